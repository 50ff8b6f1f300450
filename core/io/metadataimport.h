#pragma once

#include "auth/actor.h"
#include "csvreader.h"
#include "dataimport.h"
#include "domain/vocabulary.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Database;

// How the columns of a sites or indicators file map onto their fields: field key → header.
// Saved as JSON in import_mapping (kind "sites" or "indicators"): {"columns": {"code": "代码", …}}.
struct MetadataMapping final
{
    Q_DECLARE_TR_FUNCTIONS(MetadataMapping)

public:
    enum class Kind { Sites, Indicators };

    Kind kind = Kind::Sites;
    QHash<QString, QString> columns; // field key → header; a field not named is not in the file

    // The field keys of a kind, in order ("code", "name_en", …), and their translated labels.
    static QStringList fields(Kind kind);
    static QString fieldLabel(const QString &field);
    // import_mapping's kind: "sites" or "indicators".
    static QString kindKey(Kind kind);
    // Recognises the columns from a header row in English or Chinese (docs/import-export.md).
    static MetadataMapping guess(Kind kind, const QStringList &header);
    // The column index per mapped field; fails when the code is not mapped, a named header is
    // not in the file, or one column feeds two fields.
    Result<QHash<QString, int>> resolve(const QStringList &header) const;

    QJsonObject toJson() const;
    static MetadataMapping fromJson(Kind kind, const QJsonObject &json);
};

// Imports sites or indicators from a table (CSV or XLSX, through TableFiles), or sites,
// indicators and category options from a DHIS2 metadata export (Dhis2Metadata), in two steps:
//
// check() reads the whole file and decides for every record whether it is new, changes the
// stored row of the same code, is unchanged (compared field by field), or is rejected with the
// row, the column and a translated reason (no code, a code twice in the file, a word that is no
// arm or locality, not a number, a latitude out of range, an unknown category option, what the
// services' validation refuses). Nothing is written.
//
// apply() writes all of it or nothing: it refuses when any record was rejected, and otherwise
// creates and updates the rows in one transaction through SiteService and IndicatorService
// (validated, permission-checked, audited). Unchanged rows are not written, so importing the
// same file twice changes nothing. Cancelling (the progress callback returning false) or any
// error rolls everything back. A column that is not in the file, or an empty cell, leaves the
// stored value as it is (a new row gets the default).
//
// Only programme managers and administrators import metadata; check() already says so.
class MetadataImport final
{
    Q_DECLARE_TR_FUNCTIONS(MetadataImport)

public:
    enum class Source { Sites, Indicators, Dhis2 };

    struct Options
    {
        QString path;
        Source source = Source::Sites;
        CsvReader::Options csv;                 // encoding and delimiter overrides (CSV)
        QString sheet;                          // XLSX worksheet; empty: the first
        std::optional<MetadataMapping> mapping; // none: recognised from the header
        qint64 programmeId = 0;
        Arm dhis2Arm = Arm::Comparison;         // the arm of sites new from DHIS2
    };

    using Problem = DataImport::Problem;

    struct Report
    {
        qint64 records = 0; // records read (the header excluded); DHIS2: units and elements
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 rejectedRecords = 0;
        qint64 optionsCreated = 0; // DHIS2: new category options
        qint64 skipped = 0;        // DHIS2: data elements no indicator can hold
        QList<Problem> problems;   // in file order
        QStringList notes;         // what was skipped and why
        QString format;            // how the file was read
        QString backup;            // after apply(): the copy of the database made before writing
        bool applied = false;
    };

    using Progress = std::function<bool(qint64 done, qint64 total)>;

    MetadataImport(Database &database, Actor actor, Options options);
    ~MetadataImport();
    MetadataImport(const MetadataImport &) = delete;
    MetadataImport &operator=(const MetadataImport &) = delete;

    Result<Report> check(const Progress &progress = {});
    // Writes what check() found, all or nothing.
    Result<Report> apply(const Progress &progress = {});

    static QString cancelledMessage();

    // The one place that writes dhis2_mapping (kind "site", "indicator" or "option",
    // local_key the row's uuid, remote the DHIS2 uid). Returns whether it wrote.
    static Result<bool> recordDhis2Uid(Database &database, qint64 programmeId, const QString &kind,
                                       const QString &localKey, const QString &remote, const Actor &actor);
    // The local key (row uuid) recorded for a DHIS2 uid, or empty.
    static QString localKeyOfDhis2Uid(Database &database, qint64 programmeId, const QString &kind, const QString &remote);

private:
    struct State;
    Result<void> readTable(const Progress &progress);
    Result<void> readDhis2();
    void classify();

    Database &m_database;
    Actor m_actor;
    Options m_options;
    std::unique_ptr<State> m_state;
};
