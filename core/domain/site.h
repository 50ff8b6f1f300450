#pragma once

#include "localized.h"
#include "rowmeta.h"
#include "vocabulary.h"

#include <QDate>

#include <optional>

// A pilot or comparison site, usually a county, identified where it is one by its
// GB/T 2260 administrative division code.
struct Site final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString code;
    QString nameEn;
    QString nameZh;
    QString provinceEn;
    QString provinceZh;
    QString prefectureEn;
    QString prefectureZh;
    QString countyEn;
    QString countyZh;
    QString townshipEn;
    QString townshipZh;
    Arm arm = Arm::Pilot;
    Locality locality = Locality::Rural;
    bool ethnicMinorityArea = false;
    bool povertyCounty = false;
    int childPopulation = 0;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QDate interventionStart;
    SiteStatus status = SiteStatus::Active;

    QString name() const { return localized(nameEn, nameZh); }
    QString province() const { return localized(provinceEn, provinceZh); }
    QString prefecture() const { return localized(prefectureEn, prefectureZh); }
    QString county() const { return localized(countyEn, countyZh); }
    QString township() const { return localized(townshipEn, townshipZh); }
};
