#pragma once

#include "domain/site.h"
#include "rowstore.h"

#include <optional>

class SiteRepository final
{
public:
    explicit SiteRepository(Database &database) : m_database(database), m_store(database, QStringLiteral("site")) {}

    QList<Site> all(qint64 programmeId, bool includeDeleted = false) const;
    std::optional<Site> find(qint64 id) const;
    std::optional<Site> findByCode(qint64 programmeId, const QString &code) const;

    Result<void> insert(Site &site, const Actor &actor) { return m_store.insert(site.meta, fieldsOf(site), actor); }
    Result<void> update(Site &site, const Actor &actor) { return m_store.update(site.meta, fieldsOf(site), actor); }
    Result<void> setDeleted(Site &site, bool deleted, const Actor &actor) { return m_store.setDeleted(site.meta, deleted, actor); }

    static Fields fieldsOf(const Site &site);

private:
    QList<Site> select(const QString &where, const QVariantList &bound) const;
    Database &m_database;
    RowStore m_store;
};
