#pragma once

#include "domain/vocabulary.h"
#include "io/dataselection.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Writes the data values a DataSelection chooses to a file: the canonical CSV that the
// importer reads back, XLSX for people, and DHIS2's dataValueSets JSON, DHIS2 CSV and ADX XML
// for a DHIS2 instance (docs/import-export.md describes every layout). Rows are streamed from
// one SQLite statement in a stable order, so memory stays flat whatever the size. The file is
// written under a temporary name in the same folder and renamed only when complete: an error or
// a cancel leaves no file (and an existing file untouched).
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    enum class Format { Csv, Xlsx, Dhis2Json, Dhis2Csv, Adx };
    // XLSX: every value on one long sheet, or one long sheet per indicator.
    enum class SheetLayout { Long, PerIndicator };

    // DHIS2's own default categoryOptionCombo (the "default" combo's fixed uid), used for totals.
    static constexpr const char *DefaultCategoryOptionCombo = "HllvX50cXC0";

    struct Options
    {
        Format format = Format::Csv;
        bool bom = true; // canonical CSV only: UTF-8 byte order mark, so Excel reads UTF-8
        SheetLayout sheets = SheetLayout::Long;
        // DHIS2 formats: the categoryOptionCombo of a total (a value without an option); empty
        // leaves it out, so that DHIS2 applies its default.
        QString defaultCategoryOptionCombo = QString::fromLatin1(DefaultCategoryOptionCombo);
        // DHIS2 formats: the dataSet uid or code, written when not empty (DHIS2's ADX import
        // needs it on every group).
        QString dataSet;
    };

    struct Summary
    {
        qint64 rows = 0;      // values written
        QStringList warnings; // translated: codes that fell back, values left out
    };

    // One value as the export streams it; texts in UTF-8.
    struct Row
    {
        QByteArray site;       // site code
        QByteArray indicator;  // indicator code
        QByteArray period;     // DHIS2 period id
        QByteArray option;     // category option code; empty for the total
        std::optional<double> value, numerator, denominator;
        QByteArray comment;
        QByteArray status;     // the report's status key
        QByteArray siteUuid, indicatorUuid, optionUuid;
        bool followUp = false;
        QByteArray updatedAt;  // ISO 8601 UTC
        QByteArray storedBy;   // user name of the last change; empty for the system
        ValueType valueType = ValueType::Count;
        qint64 indicatorId = 0;
    };

    // Called with the rows done and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    static QString formatLabel(Format format);
    static QString fileSuffix(Format format);

    // Checks the selection against the database: the programme, sites and indicators exist and
    // belong together, the periods parse and are in order, the statuses are known.
    static Result<void> validate(Database &database, const DataSelection &selection);

    // Writes the selection to path in the chosen format.
    static Result<Summary> write(Database &database, const DataSelection &selection, const Options &options,
                                 const QString &path, const Progress &progress = {});

    // Streams the selected rows in the export's order (site code, indicator sort order and code,
    // period, total before options in their sort order) to visit, which returns false to stop.
    // byPeriod orders site, period, indicator, option instead (ADX groups by site and period).
    // Returns the number of rows visited.
    static Result<qint64> forEachRow(Database &database, const DataSelection &selection,
                                     const std::function<bool(const Row &)> &visit, bool byPeriod = false);
    static Result<qint64> count(Database &database, const DataSelection &selection);

    // A number in its shortest form that reads back to the same double, without an exponent and
    // with '.' as the decimal separator ("12.5", "0.1", "1000000"); empty for no value.
    static QByteArray number(const std::optional<double> &value);
    // One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote, CR or LF.
    static QByteArray csvField(const QByteArray &text);
};
