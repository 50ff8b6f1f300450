#pragma once

#include "domain/datavalue.h"
#include "rowstore.h"

#include <optional>

class DataValueRepository final
{
public:
    explicit DataValueRepository(Database &database)
        : m_database(database), m_store(database, QStringLiteral("data_value")) {}

    // The stored row at the key, tombstoned or not.
    std::optional<DataValue> find(qint64 siteId, qint64 indicatorId, const Period &period, qint64 optionId) const;
    QList<DataValue> forSitePeriod(qint64 siteId, const Period &period) const;
    qint64 count() const;
    // Stored (not deleted) values of an indicator; of one of its options when optionId > 0.
    // -1 when the count cannot be read: callers guarding a removal then refuse it.
    qint64 countFor(qint64 indicatorId, qint64 optionId = 0) const;
    qint64 countForSite(qint64 siteId) const;

    Result<void> insert(DataValue &value, const Actor &actor) { return m_store.insert(value.meta, fieldsOf(value), actor); }
    Result<void> update(DataValue &value, const Actor &actor) { return m_store.update(value.meta, fieldsOf(value), actor); }
    Result<void> setDeleted(DataValue &value, bool deleted, const Actor &actor) { return m_store.setDeleted(value.meta, deleted, actor); }

    static Fields fieldsOf(const DataValue &value);

private:
    QList<DataValue> select(const QString &where, const QVariantList &bound) const;
    Database &m_database;
    RowStore m_store;
};
