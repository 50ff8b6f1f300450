#pragma once

#include "analytics/analytics.h"

#include <QJsonObject>

// The JSON form of a dashboard that `scaleready stats --json` prints (fields in
// docs/analytics.md) and the reference fixtures hold.
namespace Analytics {
QJsonObject toJson(const Dashboard &dashboard);
QString periodTypeKey(Period::Type type); // month, quarter, year
std::optional<Period::Type> periodTypeFromKey(const QString &key);
} // namespace Analytics
