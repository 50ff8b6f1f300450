#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which data values an export (or the data browser's selection) takes: one programme's values,
// optionally narrowed to sites, indicators, a period range and report statuses. Tombstones are
// never selected.
struct DataSelection
{
    qint64 programmeId = 0;
    QList<qint64> siteIds;      // empty: every site of the programme
    QList<qint64> indicatorIds; // empty: every indicator of the programme
    // A value's period counts by the month it starts in: from its first month to the last
    // month of `to` (so `to` 2024 takes every month, quarter and the year of 2024).
    QString from;               // DHIS2 period id, inclusive; empty: open
    QString to;                 // DHIS2 period id, inclusive; empty: open
    QStringList statuses;       // report statuses ("draft", "submitted", "approved", "returned"); empty: all
};
