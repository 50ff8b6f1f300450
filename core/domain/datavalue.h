#pragma once

#include "period.h"
#include "rowmeta.h"
#include "vocabulary.h"

#include <optional>

// One reported value: site × indicator × period × category option (0 = the total).
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
    DataStatus status = DataStatus::Draft;
    QDateTime reportedAt; // when the value was submitted; null while a draft
};
