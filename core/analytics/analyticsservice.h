#pragma once

#include "analytics/analytics.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>

class Database;

// The analytics engine (docs/analytics.md): reads one indicator's values with a handful of
// queries on the covering index and computes everything the dashboards and `scaleready stats`
// show. Plain values out, no widgets; safe to run on a worker thread with its own connection.
class AnalyticsService final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsService)

public:
    explicit AnalyticsService(Database &database) : m_database(database) {}

    // Returns true when the caller no longer wants the result (a newer filter came).
    using Cancelled = std::function<bool()>;

    // Fails with a translated message for an unknown programme or indicator, or a range that
    // holds no period of the indicator's frequency; an empty result is not an error.
    Result<Analytics::Dashboard> compute(const Analytics::Filter &filter, const Cancelled &cancelled = {}) const;

private:
    Database &m_database;
};
