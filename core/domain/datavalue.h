#pragma once

#include "period.h"
#include "rowmeta.h"
#include "vocabulary.h"

#include <optional>

// One reported value: site × indicator × period × category option (0 = the total). Its status
// is that of the site's report for the period (domain/workflow.h).
struct DataValue final
{
    RowMeta meta;
    qint64 siteId = 0;
    qint64 indicatorId = 0;
    Period period;
    qint64 optionId = 0;
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    QString comment;
    bool followUp = false;

    bool isEmpty() const { return !value && !numerator && !denominator; }
};
