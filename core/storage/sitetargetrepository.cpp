#include "sitetargetrepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Fields SiteTargetRepository::fieldsOf(const SiteTarget &t)
{
    return {
        {QStringLiteral("site_id"), t.siteId},
        {QStringLiteral("indicator_id"), t.indicatorId},
        {QStringLiteral("baseline"), SqlValue::fromOptional(t.baseline)},
        {QStringLiteral("target"), SqlValue::fromOptional(t.target)},
    };
}

QList<SiteTarget> SiteTargetRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM site_target %1 ORDER BY site_id").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<SiteTarget> list;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        SiteTarget t;
        t.meta = RowStore::readMeta(r);
        t.siteId = r.value(QStringLiteral("site_id")).toLongLong();
        t.indicatorId = r.value(QStringLiteral("indicator_id")).toLongLong();
        t.baseline = SqlValue::toOptional(r.value(QStringLiteral("baseline")));
        t.target = SqlValue::toOptional(r.value(QStringLiteral("target")));
        list.append(t);
    }
    return list;
}

QList<SiteTarget> SiteTargetRepository::forIndicator(qint64 indicatorId) const
{
    return select(QStringLiteral("WHERE indicator_id = ? AND deleted = 0"), {indicatorId});
}

std::optional<SiteTarget> SiteTargetRepository::find(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<SiteTarget>(list.first());
}

std::optional<SiteTarget> SiteTargetRepository::findByKey(qint64 siteId, qint64 indicatorId) const
{
    const auto list = select(QStringLiteral("WHERE site_id = ? AND indicator_id = ?"), {siteId, indicatorId});
    return list.isEmpty() ? std::nullopt : std::optional<SiteTarget>(list.first());
}
