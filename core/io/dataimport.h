#pragma once

#include "auth/actor.h"
#include "csvreader.h"
#include "tablereader.h"
#include "importmapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>

class Database;

// Imports data values from a delimited file in two steps (docs/import-export.md):
//
// check() reads the whole file in flat memory and decides for every value whether it is new,
// changes a stored value, is unchanged, or is rejected — with the file row, the column and a
// translated reason (unknown site, unknown indicator, bad period, not a number, out of range,
// numerator above denominator, a key repeated in the file, a locked report, a site the user may
// not enter). Nothing is written to the database; the verdicts wait in temporary tables of
// the connection.
//
// apply() then writes the new and changed values in one transaction through SQLite's C API,
// each with its audit entry, creating draft reports where a site has none for the period.
// Whatever changed in the database since the check is checked again. Cancelling (the progress
// callback returning false) or any error rolls everything back. Importing the same file again
// finds every value unchanged and writes nothing.
//
// Permissions and locks are those of data entry: field officers import for their assigned
// sites into periods open for entry; programme managers and administrators for every site,
// also into periods whose entry window has closed (back-filling history is what imports are
// for). Nobody changes a submitted or approved report's values: it must be returned or
// reopened first. Viewers import nothing.
class DataImport final
{
    Q_DECLARE_TR_FUNCTIONS(DataImport)

public:
    struct Options
    {
        QString path;
        CsvReader::Options csv; // encoding and delimiter overrides; source is set from path
        QString sheet;          // the worksheet of an XLSX workbook; empty: the first
        ImportMapping mapping = ImportMapping::canonical();
        qint64 programmeId = 0;
        QDate today = QDate::currentDate();
    };

    struct Problem
    {
        qint64 row = 0;  // file line where the record begins
        QString column;  // header of the column at fault; empty when the whole record is
        QString reason;  // translated
    };

    struct Report
    {
        qint64 records = 0; // data records (the header excluded)
        qint64 values = 0;  // values found in them
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 rejectedValues = 0;
        qint64 rejectedRecords = 0;
        qint64 problemCount = 0;     // lines of the problem list (one per record and reason)
        qint64 reportsCreated = 0;   // after apply(): draft reports created
        QList<Problem> problems;     // the first MaxShown, in file order
        QString format; // how the file was read: "UTF-8, comma-delimited", "worksheet Data"
        QString backup; // after apply(): the copy of the database made before writing
        bool applied = false;

        qint64 accepted() const { return inserted + updated + unchanged; }
    };
    static constexpr int MaxShown = 1000;

    // Called with the bytes (check) or values (apply) done and the total; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DataImport(Database &database, Actor actor, Options options);
    ~DataImport();
    DataImport(const DataImport &) = delete;
    DataImport &operator=(const DataImport &) = delete;

    Result<Report> check(const Progress &progress = {});
    // Writes what check() accepted. Fails without writing when check() has not run, the file
    // changed since, or the user may not import.
    Result<Report> apply(const Progress &progress = {});
    // Writes the rejected records as they were in the file, with a "reason" column (all of a
    // record's reasons, one per line), as UTF-8 CSV with a BOM. Returns the records written.
    Result<qint64> writeRejected(const QString &path) const;
    // Every problem, in file order (the report holds the first MaxShown).
    QList<Problem> problems(qint64 offset, int limit) const;

    static QString cancelledMessage();

private:
    struct State;
    Result<void> prepareTables();
    // SQL naming this import's temporary tables.
    QString sql(const char *text) const;
    QString m_stage, m_problem;
    Database &m_database;
    Actor m_actor;
    Options m_options;
    std::unique_ptr<State> m_state;
};
