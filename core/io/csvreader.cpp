#include "csvreader.h"

#include <QIODevice>

namespace {
constexpr qint64 Chunk = 64 * 1024;

// Whether the bytes are valid UTF-8, allowing a sequence cut at the very end.
bool validUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int more = 0;
        if (c < 0x80)
            more = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            more = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            more = 3;
        else
            return false;
        if (i + more >= n && more > 0)
            return true; // cut by the sample's end
        for (int k = 1; k <= more; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += more + 1;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(QIODevice *device, Options options) : m_device(device), m_options(std::move(options)) {}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Detect: return tr("detect");
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

void CsvReader::start()
{
    m_started = true;
    const QByteArray head = m_device->peek(Chunk);
    m_encoding = m_options.encoding;
    qint64 skip = 0;
    if (m_encoding == Encoding::Detect) {
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_encoding = Encoding::Utf8;
        } else if (head.startsWith("\xFF\xFE")) {
            m_encoding = Encoding::Utf16LE;
        } else if (head.startsWith("\xFE\xFF")) {
            m_encoding = Encoding::Utf16BE;
        } else {
            m_encoding = validUtf8(head) ? Encoding::Utf8 : Encoding::Gb18030;
        }
    }
    if ((m_encoding == Encoding::Utf8 && head.startsWith("\xEF\xBB\xBF")))
        skip = 3;
    else if ((m_encoding == Encoding::Utf16LE && head.startsWith("\xFF\xFE")) || (m_encoding == Encoding::Utf16BE && head.startsWith("\xFE\xFF")))
        skip = 2;
    if (skip)
        m_bytesRead += m_device->read(skip).size();
    switch (m_encoding) {
    case Encoding::Utf16LE: m_decoder = QStringDecoder(QStringConverter::Utf16LE); break;
    case Encoding::Utf16BE: m_decoder = QStringDecoder(QStringConverter::Utf16BE); break;
    case Encoding::Gb18030: m_decoder = QStringDecoder("GB18030"); break;
    default: m_decoder = QStringDecoder(QStringConverter::Utf8); break;
    }

    // The delimiter: the candidate found the same number of times (and at least once) on each
    // of the first lines, outside quotes; the most frequent one on the first line otherwise.
    m_delimiter = m_options.delimiter;
    fill();
    if (m_delimiter.isNull()) {
        const QChar candidates[] = {u',', u';', u'\t'};
        QList<QList<int>> counts(3);
        bool quoted = false;
        int lines = 0;
        QList<int> current(3, 0);
        for (qsizetype i = 0; i < m_buffer.size() && lines < 10; ++i) {
            const QChar c = m_buffer[i];
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == u'\n') {
                for (int k = 0; k < 3; ++k)
                    counts[k].append(current[k]);
                current = QList<int>(3, 0);
                ++lines;
            } else if (!quoted)
                for (int k = 0; k < 3; ++k)
                    if (c == candidates[k])
                        ++current[k];
        }
        if (lines < 10 && (current[0] || current[1] || current[2]))
            for (int k = 0; k < 3; ++k)
                counts[k].append(current[k]);
        int best = -1;
        for (int k = 0; k < 3; ++k) {
            if (counts[k].isEmpty() || counts[k].first() == 0)
                continue;
            const bool consistent = std::all_of(counts[k].begin(), counts[k].end(), [&](int n) { return n == counts[k].first(); });
            if (consistent && (best < 0 || counts[k].first() > counts[best].first()))
                best = k;
        }
        if (best < 0)
            for (int k = 0; k < 3; ++k)
                if (!counts[k].isEmpty() && counts[k].first() > 0 && (best < 0 || counts[k].first() > counts[best].first()))
                    best = k;
        m_delimiter = best < 0 ? QChar(u',') : candidates[best];
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(Chunk);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        m_eof = true;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        return false;
    }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError() && m_error.isEmpty())
        m_error = tr("%1: the text is not valid %2 near line %3; choose the file's encoding.")
                      .arg(m_options.source, encodingName(m_encoding))
                      .arg(m_line);
    return true;
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (m_done || !m_error.isEmpty())
        return false;
    if (!m_started) {
        start();
        if (!m_error.isEmpty())
            return false;
    }
    // Skip nothing: an empty line is a record with one empty field, except at the very end.
    while (m_pos >= m_buffer.size()) {
        if (!fill()) {
            m_done = true;
            return false;
        }
        if (!m_error.isEmpty())
            return false;
    }
    m_recordLine = m_line;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the field began with a quote
    bool afterQuote = false; // the quoted part ended; only a delimiter or line end may follow
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                if (quoted) {
                    m_error = tr("%1: line %2: a quoted field is not closed before the end of the file.")
                                  .arg(m_options.source)
                                  .arg(m_recordLine);
                    return false;
                }
                fields->append(field);
                m_done = true;
                return true;
            }
            if (!m_error.isEmpty())
                return false;
            continue;
        }
        const QChar c = m_buffer[m_pos++];
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            fields->append(field);
            field.clear();
            wasQuoted = afterQuote = false;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer[m_pos] == u'\n')
                    ++m_pos;
            }
            ++m_line;
            fields->append(field);
            return true;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            continue;
        }
        if (afterQuote) {
            m_error = tr("%1: line %2: text after a closing quote in field %3; a quote inside a quoted field is "
                         "written twice (\"\").")
                          .arg(m_options.source)
                          .arg(m_line)
                          .arg(fields->size() + 1);
            return false;
        }
        field += c;
    }
}
