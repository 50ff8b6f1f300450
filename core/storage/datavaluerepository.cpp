#include "datavaluerepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Fields DataValueRepository::fieldsOf(const DataValue &v)
{
    return {
        {QStringLiteral("site_id"), v.siteId},
        {QStringLiteral("indicator_id"), v.indicatorId},
        {QStringLiteral("period"), v.period.id()},
        {QStringLiteral("option_id"), SqlValue::fromId(v.optionId)},
        {QStringLiteral("value"), SqlValue::fromOptional(v.value)},
        {QStringLiteral("numerator"), SqlValue::fromOptional(v.numerator)},
        {QStringLiteral("denominator"), SqlValue::fromOptional(v.denominator)},
        {QStringLiteral("comment"), v.comment},
        {QStringLiteral("follow_up"), v.followUp ? 1 : 0},
    };
}

QList<DataValue> DataValueRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM data_value %1 ORDER BY indicator_id, ifnull(option_id, 0)").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<DataValue> list;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        DataValue v;
        v.meta = RowStore::readMeta(r);
        v.siteId = r.value(QStringLiteral("site_id")).toLongLong();
        v.indicatorId = r.value(QStringLiteral("indicator_id")).toLongLong();
        v.period = Period::parse(r.value(QStringLiteral("period")).toString());
        v.optionId = r.value(QStringLiteral("option_id")).toLongLong();
        v.value = SqlValue::toOptional(r.value(QStringLiteral("value")));
        v.numerator = SqlValue::toOptional(r.value(QStringLiteral("numerator")));
        v.denominator = SqlValue::toOptional(r.value(QStringLiteral("denominator")));
        v.comment = r.value(QStringLiteral("comment")).toString();
        v.followUp = r.value(QStringLiteral("follow_up")).toBool();
        list.append(v);
    }
    return list;
}

std::optional<DataValue> DataValueRepository::find(qint64 siteId, qint64 indicatorId, const Period &period,
                                                   qint64 optionId) const
{
    const auto list = select(QStringLiteral("WHERE site_id = ? AND indicator_id = ? AND period = ? AND ifnull(option_id, 0) = ?"),
                             {siteId, indicatorId, period.id(), optionId});
    return list.isEmpty() ? std::nullopt : std::optional<DataValue>(list.first());
}

QList<DataValue> DataValueRepository::forSitePeriod(qint64 siteId, const Period &period) const
{
    return select(QStringLiteral("WHERE site_id = ? AND period = ? AND deleted = 0"), {siteId, period.id()});
}

qint64 DataValueRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM data_value WHERE deleted = 0")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 DataValueRepository::countFor(qint64 indicatorId, qint64 optionId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(optionId > 0 ? QStringLiteral("SELECT count(*) FROM data_value WHERE indicator_id = ? AND option_id = ? AND deleted = 0")
                           : QStringLiteral("SELECT count(*) FROM data_value WHERE indicator_id = ? AND deleted = 0"));
    q.addBindValue(indicatorId);
    if (optionId > 0)
        q.addBindValue(optionId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 DataValueRepository::countForSite(qint64 siteId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM data_value WHERE site_id = ? AND deleted = 0"));
    q.addBindValue(siteId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
