#pragma once

#include "localized.h"
#include "rowmeta.h"

#include <QList>

// A dimension tag such as sex=female or ethnicity=minority.
struct DimensionTag final
{
    QString dimension;
    QString member;
    friend bool operator==(const DimensionTag &, const DimensionTag &) = default;
};

// One cell of a disaggregation (a DHIS2 category option combination), e.g. "girls of an
// ethnic minority", tagged with each dimension it belongs to so that analytics can add up
// all options of sex=female.
struct CategoryOption final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString code;
    QString nameEn;
    QString nameZh;
    QList<DimensionTag> tags;
    int sortOrder = 0;

    QString name() const { return localized(nameEn, nameZh); }
};
