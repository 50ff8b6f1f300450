#pragma once

#include "localized.h"
#include "rowmeta.h"
#include "vocabulary.h"

#include <QList>

#include <optional>

struct Indicator final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString code;
    QString nameEn;
    QString nameZh;
    QString definitionEn;
    QString definitionZh;
    OutcomeArea area = OutcomeArea::Health;
    ValueType valueType = ValueType::Count;
    Direction direction = Direction::Higher;
    Frequency frequency = Frequency::Monthly;
    std::optional<double> minValue; // valid range
    std::optional<double> maxValue;
    std::optional<double> baseline; // programme-wide; per-site values in SiteTarget
    std::optional<double> target;
    TargetKind targetKind = TargetKind::Cumulative;
    bool required = false;
    int sortOrder = 0;
    QList<qint64> optionIds; // disaggregation; empty = total only

    QString name() const { return localized(nameEn, nameZh); }
    QString definition() const { return localized(definitionEn, definitionZh); }
};

// A baseline and target for one site, overriding the programme-wide ones.
struct SiteTarget final
{
    RowMeta meta;
    qint64 siteId = 0;
    qint64 indicatorId = 0;
    std::optional<double> baseline;
    std::optional<double> target;
};
