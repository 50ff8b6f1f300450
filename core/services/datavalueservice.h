#pragma once

#include "auth/actor.h"
#include "domain/datavalue.h"
#include "domain/indicator.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Single data values: validated against their indicator, permission-checked and audited. A
// value's key (site × indicator × period × option) is unique; saving at an existing key
// changes that row (reviving a tombstone), so a value keeps its identity across edits.
class DataValueService final
{
    Q_DECLARE_TR_FUNCTIONS(DataValueService)

public:
    DataValueService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<DataValue> values(qint64 siteId, const Period &period) const;
    Result<void> validate(const DataValue &value) const;
    Result<DataValue> save(DataValue value);
    Result<DataValue> remove(const DataValue &value);

    static Period::Type periodType(Frequency frequency);

private:
    Result<void> mayWrite(qint64 siteId) const;
    // Approved data is locked for field officers.
    Result<void> mayChange(const DataValue &stored) const;
    Database &m_database;
    Actor m_actor;
};
