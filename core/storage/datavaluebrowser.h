#pragma once

#include "io/dataselection.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class Database;

// Reads the data values of a DataSelection one page at a time, in one sort order, for the data
// browser (docs/architecture.md, "Data browser"). Sorting and filtering happen in SQL; nothing
// reads every value except positions(), which scans the order once, reading only the sort keys,
// and keeps every Step-th row's key as an anchor for jumps.
//
// Paging is by keyset: a page starts after (or before) the key of a row, so a page deep in the
// order costs the same as the first. A jump to row k starts at the anchor before k and skips at
// most Step - 1 rows. Every statement is finished before a call returns, so no read transaction
// stays open between calls.
class DataValueBrowser final
{
    Q_DECLARE_TR_FUNCTIONS(DataValueBrowser)

public:
    enum class SortColumn { Site, Indicator, Period, Option, Value, Status, UpdatedAt };

    struct Sort
    {
        SortColumn column = SortColumn::Site;
        bool descending = false;
        friend bool operator==(const Sort &, const Sort &) = default;
    };

    // A row's place in the order: its sort key and its id (the tie-break).
    struct Key
    {
        QVariantList values;
        qint64 id = 0;
    };

    struct Row
    {
        qint64 id = 0;
        qint64 siteId = 0;
        QString siteCode, siteNameEn, siteNameZh;
        qint64 indicatorId = 0;
        QString indicatorCode, indicatorNameEn, indicatorNameZh;
        QString period;
        qint64 optionId = 0; // 0: the total
        QString optionCode, optionNameEn, optionNameZh;
        std::optional<double> value, numerator, denominator;
        QString comment;
        QString status; // the report's; "draft" when the site and period have no report
        QString updatedAt;
        QString valueType; // the indicator's (Vocabulary key)
        Key key;
    };

    // The number of rows, and the key of every Step-th row (anchors[j] is row j * Step).
    struct Positions
    {
        qint64 count = 0;
        int step = 0;
        QList<Key> anchors;
    };

    static constexpr int DefaultStep = 512;

    // Returns true to stop a long scan (the caller's filter has changed).
    using Cancelled = std::function<bool()>;

    DataValueBrowser(Database &database, DataSelection selection, Sort sort);
    DataValueBrowser(Database &database, DataSelection selection);

    const DataSelection &selection() const { return m_selection; }
    Sort sort() const { return m_sort; }

    // The number of rows (one count(*) over the filters, in no order).
    Result<qint64> count() const;
    // The first n rows of the order.
    Result<QList<Row>> first(int n, qint64 offset = 0) const;
    // The n rows after key (or from it, inclusive).
    Result<QList<Row>> after(const Key &key, int n, qint64 offset = 0, bool inclusive = false) const;
    // The n rows before key, in the order (the last of them just before key).
    Result<QList<Row>> before(const Key &key, int n) const;
    // Count and anchors, in one scan of the sort keys; fails with an empty message when cancelled.
    Result<Positions> positions(int step = DefaultStep, const Cancelled &cancelled = {}) const;
    // The n rows from row (0-based), starting at the anchor before it.
    Result<QList<Row>> at(const Positions &positions, qint64 row, int n) const;

    // The SQL of a page query (for the benchmark's reference and for EXPLAIN in tests).
    QString pageSql(bool withCursor, bool inclusive, bool backwards) const;

private:
    QStringList keyExpressions() const;
    QString fromClause(bool withNames, bool needReport) const;
    bool needsReport(bool forDisplay) const;
    Result<QList<Row>> page(const Key *key, bool inclusive, bool backwards, int n, qint64 offset) const;

    Database &m_database;
    DataSelection m_selection;
    Sort m_sort;
    bool m_otherProgrammes = true; // the file has sites of other programmes
    bool m_driveBySites = false;   // few sites chosen: read them by the key, then sort
    QStringList m_periodBounds;    // the from and to months (yyyyMM), empty when open
};
