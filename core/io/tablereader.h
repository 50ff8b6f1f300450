#pragma once

#include "csvreader.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// A table read record by record: a CSV file or a worksheet of an XLSX workbook. The metadata
// import (and the wizard's preview) reads either through this interface.
class TableReader
{
public:
    virtual ~TableReader() = default;

    // Reads the next record into fields; false at the end or on an error (see error()).
    virtual bool next(QStringList *fields) = 0;
    // Where the last record returned is: the file line (CSV) or the sheet row (XLSX), 1-based.
    virtual qint64 row() const = 0;
    // Empty unless reading stopped on bad input; names the file and where.
    virtual QString error() const = 0;
    // How the file was read, for reports: "UTF-8, comma-delimited", "worksheet Sites".
    virtual QString format() const = 0;
    // Bytes (CSV) or uncompressed sheet bytes (XLSX) read so far, and their total, for progress.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    // The field delimiter of a CSV file (a semicolon means decimal commas); null for a sheet.
    virtual QChar delimiter() const { return {}; }
};

class TableFiles final
{
    Q_DECLARE_TR_FUNCTIONS(TableFiles)

public:
    // Opens a CSV file or an XLSX workbook, told apart by content (a zip archive starts with
    // "PK\x03\x04"), not by the file name's extension. csv.source is set from the path when
    // empty. sheet: the worksheet to read from a workbook; empty for the first. File errors
    // have ErrorKind::File.
    static Result<std::unique_ptr<TableReader>> open(const QString &path, CsvReader::Options csv = {},
                                                     const QString &sheet = {});
    // True when the file starts like a zip archive (an XLSX workbook).
    static bool isZip(const QString &path);
};
