#pragma once

#include "domain/programme.h"
#include "rowstore.h"

#include <optional>

class ProgrammeRepository final
{
public:
    explicit ProgrammeRepository(Database &database) : m_database(database), m_store(database, QStringLiteral("programme")) {}

    QList<Programme> all(bool includeDeleted = false) const;
    std::optional<Programme> find(qint64 id) const;
    std::optional<Programme> findByCode(const QString &code) const;

    Result<void> insert(Programme &programme, const Actor &actor) { return m_store.insert(programme.meta, fieldsOf(programme), actor); }
    Result<void> update(Programme &programme, const Actor &actor) { return m_store.update(programme.meta, fieldsOf(programme), actor); }
    Result<void> setDeleted(Programme &programme, bool deleted, const Actor &actor) { return m_store.setDeleted(programme.meta, deleted, actor); }

    static Fields fieldsOf(const Programme &programme);

private:
    QList<Programme> select(const QString &where, const QVariantList &bound) const;
    Database &m_database;
    RowStore m_store;
};
