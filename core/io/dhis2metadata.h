#pragma once

#include "domain/categoryoption.h"
#include "domain/indicator.h"
#include "domain/site.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

// A DHIS2 metadata export (JSON, as /api/metadata writes it) read for what ScaleReady keeps:
// organisation units as sites, data elements as indicators, and the category option
// combinations of their category combos as category options. The rules (docs/import-export.md,
// "DHIS2 metadata"):
// - Sites are the organisation units that are no other unit's parent in the file; their
//   ancestors (by path or parent) and they themselves name the province (level 2),
//   prefecture (3), county (4) and township (5).
// - Codes: the DHIS2 code with spaces made "_", else the uid.
// - Names: name → English, or Chinese when it holds Chinese characters; a "zh…" translation
//   of NAME (DESCRIPTION) gives the Chinese name (definition).
// - Value types: INTEGER… and NUMBER become count, or mean when the aggregation type is an
//   AVERAGE…; INTEGER_NEGATIVE becomes mean; PERCENTAGE percentage; BOOLEAN and TRUE_ONLY
//   yes/no. Others (text, dates, …) and tracker data elements are skipped with a note.
// - Frequency: the period type of a data set holding the element (Monthly, Quarterly,
//   Yearly; others monthly); a new indicator in no data set is monthly, a stored one keeps its own.
// - Options: the combo's categoryOptionCombos when the file has them, else every combination
//   of its categories' options; the default combo means the total only.
class Dhis2Metadata final
{
    Q_DECLARE_TR_FUNCTIONS(Dhis2Metadata)

public:
    struct OrgUnit
    {
        qint64 index = 0; // position in organisationUnits, 1-based, for reports
        QString uid, code, name, nameZh;
        int level = 0; // 0: unknown
        QStringList ancestors; // uids from the root down, without the unit
        std::optional<double> latitude, longitude;
        bool closed = false;
    };
    struct OptionCombo
    {
        QString uid; // empty when computed from the categories
        QString code, nameEn, nameZh;
        QList<DimensionTag> tags;
    };
    struct DataElement
    {
        qint64 index = 0;
        QString uid, code, name, nameZh, description, descriptionZh;
        QString valueType, aggregationType, domainType, comboUid, periodType;
    };

    QList<OrgUnit> orgUnits;          // every unit of the file
    QList<DataElement> dataElements;
    QHash<QString, QList<OptionCombo>> combos; // category combo uid → its option combos; empty: default

    static Result<Dhis2Metadata> read(const QString &path);

    // The units that become sites (no other unit's parent).
    QList<OrgUnit> siteUnits() const;
    // Applies what DHIS2 says about the unit to a site (new, or stored: other fields stay).
    void applyTo(const OrgUnit &unit, Site *site) const;
    // uid → index in orgUnits, for applyTo (built on first use).
    mutable QHash<QString, qsizetype> m_unitIndex;
    // The indicator's value type, or none with a translated reason when it cannot be imported.
    static std::optional<ValueType> valueType(const DataElement &element, QString *reason);
    static Frequency frequency(const QString &periodType);
    // Applies the element's code, names, definitions, value type and frequency to an indicator.
    static void applyTo(const DataElement &element, ValueType type, Indicator *indicator);

    static QString codeOf(const QString &code, const QString &uid);
    static bool hasChinese(const QString &text);
};
