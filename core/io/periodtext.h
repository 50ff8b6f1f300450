#pragma once

#include "domain/period.h"

#include <QCoreApplication>

// Periods as spreadsheets write them, turned into DHIS2 period ids for an indicator's
// reporting frequency. Recognised: DHIS2 ids ("202403", "2024Q1", "2024"), "2024-03",
// "2024/3", "2024.3", "2024年3月", "2024-Q1", "2024 Q1", "2024年第1季度", "2024年", dates
// ("2024-03-15", "2024/3/15", "2024年3月15日") and Excel date serials (45366 is 2024-03-15).
// A date, or a month for a quarterly or annual indicator, becomes the period of the wanted
// type that contains it; a longer period than wanted (a year for a monthly indicator) is
// refused, since it cannot be split.
class PeriodText final
{
    Q_DECLARE_TR_FUNCTIONS(PeriodText)

public:
    // wanted: the indicator's period type, or Invalid to keep what the text says (a date then
    // gives its month). On failure returns an invalid period and a translated reason.
    static Period parse(QStringView text, Period::Type wanted, QString *error = nullptr);
    // The date an Excel serial stands for (1900 date system, with Excel's phantom 29 February
    // 1900); invalid outside 1 (1900-01-01) … 2958465 (9999-12-31).
    static QDate fromExcelSerial(double serial);
};
