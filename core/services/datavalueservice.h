#pragma once

#include "auth/actor.h"
#include "domain/datavalue.h"
#include "domain/indicator.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

class Database;

// Single data values: validated against their indicator, permission-checked and audited. A
// value's key (site × indicator × period × option) is unique; saving at an existing key
// changes that row (reviving a tombstone), so a value keeps its identity across edits.
class DataValueService final
{
    Q_DECLARE_TR_FUNCTIONS(DataValueService)

public:
    // today decides which periods are open for entry (ReportService::entryOpen).
    DataValueService(Database &database, Actor actor, QDate today = QDate::currentDate())
        : m_database(database), m_actor(std::move(actor)), m_today(today) {}

    // Full: everything validate() checks must hold. Structure: only that the value fits its
    // indicator (site, indicator, period kind, option, numbers not negative); the entry grid
    // saves what was typed as a draft and shows the rest as problems that block submission.
    enum class Check { Full, Structure };

    QList<DataValue> values(qint64 siteId, const Period &period) const;
    Result<void> validate(const DataValue &value) const;
    Result<void> validateStructure(const DataValue &value) const;
    // The content problem of a structurally valid value (range, parts, yes/no), if any.
    static std::optional<QString> contentProblem(const DataValue &value, const Indicator &indicator,
                                                 const QString &where = {});
    // Saves in its own transaction with its audit entry, creating the site's draft report for
    // the period if needed; refused when the period is closed for entry or the report is
    // submitted or approved.
    Result<DataValue> save(DataValue value, Check check = Check::Full);
    Result<DataValue> remove(const DataValue &value);

    static Period::Type periodType(Frequency frequency);

private:
    Database &m_database;
    Actor m_actor;
    QDate m_today;
};
