#pragma once

#include "domain/indicator.h"
#include "rowstore.h"

#include <optional>

class IndicatorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorRepository)

public:
    explicit IndicatorRepository(Database &database)
        : m_database(database), m_store(database, QStringLiteral("indicator")) {}

    QList<Indicator> all(qint64 programmeId, bool includeDeleted = false) const;
    std::optional<Indicator> find(qint64 id) const;
    std::optional<Indicator> findByCode(qint64 programmeId, const QString &code) const;

    // Insert and update also replace the indicator's disaggregation (indicator_option rows).
    Result<void> insert(Indicator &indicator, const Actor &actor);
    Result<void> update(Indicator &indicator, const Actor &actor);
    Result<void> setDeleted(Indicator &indicator, bool deleted, const Actor &actor)
    {
        return m_store.setDeleted(indicator.meta, deleted, actor);
    }


    static Fields fieldsOf(const Indicator &indicator);
    // For the audit: the disaggregation, kept in indicator_option.
    static QJsonObject childrenOf(const Indicator &indicator);

private:
    QList<Indicator> select(const QString &where, const QVariantList &bound) const;
    Result<void> writeOptions(const Indicator &indicator);
    Database &m_database;
    RowStore m_store;
};
