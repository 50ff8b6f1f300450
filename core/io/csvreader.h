#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// Reads delimited text as spreadsheets save it, record by record in flat memory (the import of
// issue 5 builds on it). The encoding is detected from the start of the file — a UTF-8 BOM, a
// UTF-16 BOM, text that is valid UTF-8, otherwise GB18030 (what Chinese Excel writes without a
// BOM) — unless the caller names one. The delimiter (comma, semicolon or tab) is detected from
// the first lines unless given. Fields follow RFC 4180: quoted fields may hold delimiters,
// doubled quotes and line breaks; CRLF and LF both end a record.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Detect, Utf8, Utf16LE, Utf16BE, Gb18030 };

    struct Options
    {
        Encoding encoding = Encoding::Detect;
        QChar delimiter;        // null: detect
        QString source;         // the file's name, for messages
    };

    CsvReader(QIODevice *device, Options options);

    // Reads the next record into fields; false at the end or on an error (see error()).
    bool next(QStringList *fields);
    // The file line on which the last record returned began (1-based).
    qint64 row() const { return m_recordLine; }
    // Empty unless reading stopped on bad input; names the file and line.
    QString error() const { return m_error; }
    bool atEnd() const { return m_done; }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    static QString encodingName(Encoding encoding);
    // Bytes read so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    void start();

    QIODevice *m_device;
    Options m_options;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = u',';
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_done = false;
    QString m_error;
};
