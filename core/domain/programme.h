#pragma once

#include "localized.h"
#include "period.h"
#include "rowmeta.h"

#include <QDate>

// The demonstration model being piloted.
struct Programme final
{
    RowMeta meta;
    QString code;
    QString nameEn;
    QString nameZh;
    QString focusArea; // free text, e.g. "Integrated early childhood development"
    QDate startDate;
    QDate endDate;
    QString descriptionEn;
    QString descriptionZh;
    int expiryDays = 90;     // data older than this closes for entry unless reopened
    int timelinessDays = 15; // a report is on time when submitted this many days after period end
    // Months of the baseline and endline windows for pilot vs comparison; invalid = the
    // default described in docs/analytics.md.
    Period baselineFrom;
    Period baselineTo;
    Period endlineFrom;
    Period endlineTo;

    QString name() const { return localized(nameEn, nameZh); }
    QString description() const { return localized(descriptionEn, descriptionZh); }
};
