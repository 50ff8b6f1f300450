#include "period.h"

#include <QHashFunctions>

namespace {
constexpr int MinYear = 1900;
constexpr int MaxYear = 2200;

int typeRank(Period::Type type)
{
    return static_cast<int>(type);
}
} // namespace

Period Period::month(int year, int month)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12)
        return {};
    return Period(Type::Monthly, year, month);
}

Period Period::quarter(int year, int quarter)
{
    if (year < MinYear || year > MaxYear || quarter < 1 || quarter > 4)
        return {};
    return Period(Type::Quarterly, year, quarter);
}

Period Period::year(int year)
{
    if (year < MinYear || year > MaxYear)
        return {};
    return Period(Type::Yearly, year, 0);
}

Period Period::containing(QDate date, Type type)
{
    if (!date.isValid())
        return {};
    switch (type) {
    case Type::Monthly: return month(date.year(), date.month());
    case Type::Quarterly: return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Type::Yearly: return year(date.year());
    case Type::Invalid: break;
    }
    return {};
}

Period Period::parse(QStringView id, QString *error)
{
    auto reject = [&](const QString &why) {
        if (error)
            *error = why;
        return Period();
    };
    const QStringView trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return reject(tr("The period is empty."));
    auto allDigits = [](QStringView s) {
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return !s.isEmpty();
    };
    const QString shown = trimmed.toString();
    if (trimmed.size() >= 4 && allDigits(trimmed.left(4))) {
        const int y = trimmed.left(4).toInt();
        if (y < MinYear || y > MaxYear)
            return reject(tr("The period \"%1\" has a year outside %2–%3.").arg(shown).arg(MinYear).arg(MaxYear));
        const QStringView rest = trimmed.mid(4);
        if (rest.isEmpty())
            return Period(Type::Yearly, y, 0);
        if (rest.size() == 2 && allDigits(rest)) {
            const int m = rest.toInt();
            if (m < 1 || m > 12)
                return reject(tr("The period \"%1\" has no month %2.").arg(shown).arg(m));
            return Period(Type::Monthly, y, m);
        }
        if (rest.size() == 2 && (rest[0] == u'Q') && allDigits(rest.mid(1))) {
            const int q = rest.mid(1).toInt();
            if (q < 1 || q > 4)
                return reject(tr("The period \"%1\" has no quarter %2.").arg(shown).arg(q));
            return Period(Type::Quarterly, y, q);
        }
    }
    return reject(tr("\"%1\" is not a period id; use 202403 for a month, 2024Q1 for a quarter or 2024 for a year.")
                      .arg(shown));
}

QString Period::id() const
{
    switch (m_type) {
    case Type::Monthly: return QString::asprintf("%04d%02d", m_year, m_index);
    case Type::Quarterly: return QString::asprintf("%04dQ%d", m_year, m_index);
    case Type::Yearly: return QString::number(m_year);
    case Type::Invalid: break;
    }
    return {};
}

QDate Period::startDate() const
{
    switch (m_type) {
    case Type::Monthly: return QDate(m_year, m_index, 1);
    case Type::Quarterly: return QDate(m_year, (m_index - 1) * 3 + 1, 1);
    case Type::Yearly: return QDate(m_year, 1, 1);
    case Type::Invalid: break;
    }
    return {};
}

QDate Period::endDate() const
{
    switch (m_type) {
    case Type::Monthly: return startDate().addMonths(1).addDays(-1);
    case Type::Quarterly: return startDate().addMonths(3).addDays(-1);
    case Type::Yearly: return QDate(m_year, 12, 31);
    case Type::Invalid: break;
    }
    return {};
}

QString Period::displayName(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    switch (m_type) {
    case Type::Monthly:
        return chinese ? QStringLiteral("%1年%2月").arg(m_year).arg(m_index)
                       : QLocale(QLocale::English).monthName(m_index) + u' ' + QString::number(m_year);
    case Type::Quarterly:
        return chinese ? QStringLiteral("%1年第%2季度").arg(m_year).arg(m_index)
                       : QStringLiteral("Q%2 %1").arg(m_year).arg(m_index);
    case Type::Yearly:
        return chinese ? QStringLiteral("%1年").arg(m_year) : QString::number(m_year);
    case Type::Invalid: break;
    }
    return {};
}

Period Period::shifted(int steps) const
{
    switch (m_type) {
    case Type::Monthly: {
        const int n = m_year * 12 + (m_index - 1) + steps;
        return month(n / 12, n % 12 + 1);
    }
    case Type::Quarterly: {
        const int n = m_year * 4 + (m_index - 1) + steps;
        return quarter(n / 4, n % 4 + 1);
    }
    case Type::Yearly: return year(m_year + steps);
    case Type::Invalid: break;
    }
    return {};
}

Period Period::rolledUpTo(Type type) const
{
    if (!isValid() || typeRank(type) < typeRank(m_type))
        return {};
    return containing(startDate(), type);
}

bool Period::contains(const Period &other) const
{
    return isValid() && other.isValid() && startDate() <= other.startDate() && other.endDate() <= endDate();
}

int Period::stepsTo(const Period &other) const
{
    switch (m_type) {
    case Type::Monthly: return (other.m_year * 12 + other.m_index) - (m_year * 12 + m_index);
    case Type::Quarterly: return (other.m_year * 4 + other.m_index) - (m_year * 4 + m_index);
    case Type::Yearly: return other.m_year - m_year;
    case Type::Invalid: break;
    }
    return 0;
}

std::strong_ordering operator<=>(const Period &a, const Period &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() <=> b.isValid();
    if (const auto c = a.startDate().toJulianDay() <=> b.startDate().toJulianDay(); c != 0)
        return c;
    return typeRank(a.type()) <=> typeRank(b.type());
}

size_t qHash(const Period &period, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(period.type()), period.year(), period.index());
}
