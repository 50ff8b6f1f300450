#pragma once

#include "rowmeta.h"

#include <QString>

// What a DHIS2 code mapping stands for. The key is what the dhis2_mapping.kind column holds.
enum class Dhis2Kind { Site, Indicator, Option, Period };

inline QString dhis2KindKey(Dhis2Kind kind)
{
    switch (kind) {
    case Dhis2Kind::Site: return QStringLiteral("site");
    case Dhis2Kind::Indicator: return QStringLiteral("indicator");
    case Dhis2Kind::Option: return QStringLiteral("option");
    case Dhis2Kind::Period: return QStringLiteral("period");
    }
    return {};
}

inline bool dhis2KindFromKey(const QString &key, Dhis2Kind *kind)
{
    for (Dhis2Kind k : {Dhis2Kind::Site, Dhis2Kind::Indicator, Dhis2Kind::Option, Dhis2Kind::Period}) {
        if (dhis2KindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// The code a DHIS2 instance knows one of the programme's sites (orgUnit), indicators
// (dataElement) or category options (categoryOptionCombo) by, or the period id DHIS2 uses
// where it differs from ours. localKey is the row's uuid (stable across renames and sync), or
// the period id for Dhis2Kind::Period.
struct Dhis2Mapping final
{
    RowMeta meta;
    qint64 programmeId = 0;
    Dhis2Kind kind = Dhis2Kind::Site;
    QString localKey;
    QString remote;
};
