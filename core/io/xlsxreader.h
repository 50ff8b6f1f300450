#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

struct zip;
struct zip_file;

// Reads one worksheet of an XLSX workbook (Office Open XML) as rows of text, row by row: the
// sheet's XML is unzipped (libzip) and parsed (QXmlStreamReader) in 64 KiB pieces, so memory
// does not grow with the sheet; only the shared strings are held. Cells become text as a
// spreadsheet user reads them: shared and inline strings as they are, numbers in their
// shortest form ("45366", "0.25"), booleans TRUE or FALSE, formulas as their last computed
// value. Dates stay Excel serial numbers (PeriodText reads them). A cell keeps its column by
// its reference (C5 is the third field of row 5), so empty cells do not shift the columns;
// rows without any text are skipped, like blank lines of a CSV file.
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Options
    {
        QString sheet;  // the worksheet's name; empty: the first
        QString source; // the file's name, for messages; empty: the path's file name
    };

    XlsxReader(const QString &path, Options options);
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the workbook, finds the worksheet and reads the shared strings. The messages name
    // the file: not a zip archive, not a workbook, no (such) worksheet, damaged XML.
    Result<void> open();
    // The workbook's worksheets in order (after open()).
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheet() const { return m_sheet; }

    bool next(QStringList *fields) override;
    qint64 row() const override { return m_row; }
    QString error() const override { return m_error; }
    QString format() const override;
    qint64 done() const override { return m_fed; }
    qint64 total() const override { return m_size; }

    // "C5" → 2 (column C), -1 when the text starts with no column letters or is beyond XFD.
    static int columnOf(QStringView reference);

private:
    Result<QByteArray> readEntry(const QString &name) const;
    QString damaged(const QString &what) const;
    bool feed();
    bool finishCell();

    QString m_path;
    Options m_options;
    QString m_source;
    zip *m_zip = nullptr;
    zip_file *m_file = nullptr;
    QStringList m_sheetNames;
    QString m_sheet;
    QString m_sheetPart;
    QStringList m_shared;
    QXmlStreamReader m_xml;
    qint64 m_size = 0;
    qint64 m_fed = 0;
    bool m_eof = false;
    bool m_done = false;
    QString m_error;
    qint64 m_row = 0;
    qint64 m_lastRow = 0;
    // The row and cell being read.
    QStringList m_cells;
    qint64 m_rowNumber = 0;
    int m_column = -1;
    QString m_cellRef;
    QString m_cellType;
    QString m_cellText;
    bool m_inValue = false;
    bool m_inText = false;
    bool m_inPhonetic = false;
};
