#include "programmerepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Fields ProgrammeRepository::fieldsOf(const Programme &p)
{
    return {
        {QStringLiteral("code"), p.code},
        {QStringLiteral("name_en"), p.nameEn},
        {QStringLiteral("name_zh"), p.nameZh},
        {QStringLiteral("focus_area"), p.focusArea},
        {QStringLiteral("start_date"), SqlValue::fromDate(p.startDate)},
        {QStringLiteral("end_date"), SqlValue::fromDate(p.endDate)},
        {QStringLiteral("description_en"), p.descriptionEn},
        {QStringLiteral("description_zh"), p.descriptionZh},
        {QStringLiteral("expiry_days"), p.expiryDays},
        {QStringLiteral("timeliness_days"), p.timelinessDays},
        {QStringLiteral("baseline_from"), SqlValue::fromPeriod(p.baselineFrom)},
        {QStringLiteral("baseline_to"), SqlValue::fromPeriod(p.baselineTo)},
        {QStringLiteral("endline_from"), SqlValue::fromPeriod(p.endlineFrom)},
        {QStringLiteral("endline_to"), SqlValue::fromPeriod(p.endlineTo)},
    };
}

QList<Programme> ProgrammeRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM programme %1 ORDER BY code").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<Programme> list;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        Programme p;
        p.meta = RowStore::readMeta(r);
        p.code = r.value(QStringLiteral("code")).toString();
        p.nameEn = r.value(QStringLiteral("name_en")).toString();
        p.nameZh = r.value(QStringLiteral("name_zh")).toString();
        p.focusArea = r.value(QStringLiteral("focus_area")).toString();
        p.startDate = SqlValue::toDate(r.value(QStringLiteral("start_date")));
        p.endDate = SqlValue::toDate(r.value(QStringLiteral("end_date")));
        p.descriptionEn = r.value(QStringLiteral("description_en")).toString();
        p.descriptionZh = r.value(QStringLiteral("description_zh")).toString();
        p.expiryDays = r.value(QStringLiteral("expiry_days")).toInt();
        p.timelinessDays = r.value(QStringLiteral("timeliness_days")).toInt();
        p.baselineFrom = Period::parse(r.value(QStringLiteral("baseline_from")).toString());
        p.baselineTo = Period::parse(r.value(QStringLiteral("baseline_to")).toString());
        p.endlineFrom = Period::parse(r.value(QStringLiteral("endline_from")).toString());
        p.endlineTo = Period::parse(r.value(QStringLiteral("endline_to")).toString());
        list.append(p);
    }
    return list;
}

QList<Programme> ProgrammeRepository::all(bool includeDeleted) const
{
    return select(includeDeleted ? QString() : QStringLiteral("WHERE deleted = 0"), {});
}

std::optional<Programme> ProgrammeRepository::find(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<Programme>(list.first());
}

std::optional<Programme> ProgrammeRepository::findByCode(const QString &code) const
{
    const auto list = select(QStringLiteral("WHERE code = ? AND deleted = 0"), {code});
    return list.isEmpty() ? std::nullopt : std::optional<Programme>(list.first());
}
