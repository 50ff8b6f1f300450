#include "periodtext.h"

#include <QRegularExpression>

#include <cmath>

namespace {
enum class Kind { None, Year, Quarter, Month, Day };

struct Parsed
{
    Kind kind = Kind::None;
    int year = 0;
    int part = 0; // quarter or month
    QDate date;
};

Parsed read(const QString &s)
{
    // Full-width digits and separators from Chinese input methods count as ASCII ones.
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                                                       "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    static const QRegularExpression ym(QStringLiteral("^(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression compactMonth(QStringLiteral("^(\\d{4})(\\d{2})$"));
    static const QRegularExpression quarter(
        QStringLiteral("^(\\d{4})\\s*(?:[-/ ]?\\s*[Qq]|年\\s*第?\\s*|年\\s*[Qq])\\s*([1-4])\\s*(?:季度|季)?$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})\\s*年?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:\\.\\d+)?$"));

    Parsed p;
    if (auto m = ymd.match(s); m.hasMatch()) {
        p.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        p.kind = p.date.isValid() ? Kind::Day : Kind::None;
        return p;
    }
    if (auto m = compactMonth.match(s); m.hasMatch()) {
        p = {Kind::Month, m.captured(1).toInt(), m.captured(2).toInt(), {}};
        return p;
    }
    if (auto m = ym.match(s); m.hasMatch()) {
        p = {Kind::Month, m.captured(1).toInt(), m.captured(2).toInt(), {}};
        return p;
    }
    if (auto m = quarter.match(s); m.hasMatch()) {
        p = {Kind::Quarter, m.captured(1).toInt(), m.captured(2).toInt(), {}};
        return p;
    }
    if (auto m = year.match(s); m.hasMatch()) {
        p = {Kind::Year, m.captured(1).toInt(), 0, {}};
        return p;
    }
    if (serial.match(s).hasMatch()) {
        p.date = PeriodText::fromExcelSerial(s.toDouble());
        p.kind = p.date.isValid() ? Kind::Day : Kind::None;
    }
    return p;
}

QString normalised(QStringView text)
{
    QString s = text.trimmed().toString();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = u' ';
    }
    return s;
}
} // namespace

QDate PeriodText::fromExcelSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    int days = int(std::floor(serial));
    // Excel counts 1900-02-29, which never was: serial 60. Serials after it are one day ahead.
    if (days == 60)
        return {};
    if (days > 60)
        --days;
    return QDate(1899, 12, 31).addDays(days);
}

Period PeriodText::parse(QStringView text, Period::Type wanted, QString *error)
{
    const QString s = normalised(text);
    auto reject = [&](const QString &why) {
        if (error)
            *error = why;
        return Period();
    };
    if (s.isEmpty())
        return reject(tr("The period is empty."));
    const Parsed p = read(s);
    Period period;
    switch (p.kind) {
    case Kind::None:
        return reject(tr("\"%1\" is not a period: write it as 2024-03, 2024/3, 2024年3月, 2024-Q1, 2024 or a date.")
                          .arg(s));
    case Kind::Day:
        if (p.date.year() < 1900 || p.date.year() > 2100)
            return reject(tr("The period \"%1\" has a year outside %2–%3.").arg(s).arg(1900).arg(2100));
        period = Period::containing(p.date, wanted == Period::Type::Invalid ? Period::Type::Monthly : wanted);
        break;
    case Kind::Month:
        if (p.part < 1 || p.part > 12)
            return reject(tr("The period \"%1\" has no month %2.").arg(s).arg(p.part));
        period = Period::month(p.year, p.part);
        break;
    case Kind::Quarter: period = Period::quarter(p.year, p.part); break;
    case Kind::Year: period = Period::year(p.year); break;
    }
    if (!period.isValid()) {
        // Period's own checks (the year range) say what is wrong.
        QString why;
        Period::parse(QStringLiteral("%1").arg(p.kind == Kind::Day ? p.date.year() : p.year), &why);
        return reject(why.isEmpty() ? tr("\"%1\" is not a valid period.").arg(s) : why);
    }
    if (wanted == Period::Type::Invalid || period.type() == wanted)
        return period;
    const Period rolled = period.rolledUpTo(wanted);
    if (rolled.isValid() && rolled.contains(period))
        return rolled;
    const QString reported = wanted == Period::Type::Monthly     ? tr("monthly")
                             : wanted == Period::Type::Quarterly ? tr("quarterly")
                                                                 : tr("annually");
    return reject(tr("\"%1\" covers more than one reporting period of an indicator reported %2; it cannot be split.")
                      .arg(s, reported));
}
