#pragma once

#include "domain/indicator.h"
#include "rowstore.h"

#include <optional>

// A site's own baseline and target for an indicator, overriding the programme-wide ones. One
// row per site × indicator; removing it leaves a tombstone that setting it again revives.
class SiteTargetRepository final
{
public:
    explicit SiteTargetRepository(Database &database)
        : m_database(database), m_store(database, QStringLiteral("site_target")) {}

    QList<SiteTarget> forIndicator(qint64 indicatorId) const;
    std::optional<SiteTarget> find(qint64 id) const;
    // The row at the key, tombstoned or not.
    std::optional<SiteTarget> findByKey(qint64 siteId, qint64 indicatorId) const;

    Result<void> insert(SiteTarget &target, const Actor &actor) { return m_store.insert(target.meta, fieldsOf(target), actor); }
    Result<void> update(SiteTarget &target, const Actor &actor) { return m_store.update(target.meta, fieldsOf(target), actor); }
    Result<void> setDeleted(SiteTarget &target, bool deleted, const Actor &actor)
    {
        return m_store.setDeleted(target.meta, deleted, actor);
    }

    static Fields fieldsOf(const SiteTarget &target);

private:
    QList<SiteTarget> select(const QString &where, const QVariantList &bound) const;
    Database &m_database;
    RowStore m_store;
};
