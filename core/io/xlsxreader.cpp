#include "xlsxreader.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <zip.h>

#include <cmath>

namespace {
constexpr qint64 Chunk = 64 * 1024;
constexpr int MaxColumns = 16384; // XFD, Excel's last column
const QString RelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// A number as its shortest text: whole numbers without a decimal point (dates stay serials).
QString numberText(const QString &value)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok)
        return value.trimmed();
    if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root.
QString partPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // "../" is rare but allowed.
    while (path.contains(QLatin1StringView("/../"))) {
        const qsizetype up = path.indexOf(QLatin1StringView("/../"));
        const qsizetype parent = path.lastIndexOf(u'/', up - 1);
        path.remove(parent + 1, up + 4 - parent - 1);
    }
    return path;
}
} // namespace

XlsxReader::XlsxReader(const QString &path, Options options)
    : m_path(path), m_options(std::move(options)),
      m_source(m_options.source.isEmpty() ? QFileInfo(path).fileName() : m_options.source)
{
}

XlsxReader::~XlsxReader()
{
    if (m_file)
        zip_fclose(m_file);
    if (m_zip)
        zip_discard(m_zip);
}

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const QChar c = reference.at(i).toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString XlsxReader::format() const
{
    return tr("XLSX, worksheet \"%1\"").arg(m_sheet);
}

QString XlsxReader::damaged(const QString &what) const
{
    return tr("%1 is damaged: %2").arg(m_source, what);
}

Result<QByteArray> XlsxReader::readEntry(const QString &name) const
{
    const QByteArray entry = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, entry.constData(), 0, &stat) != 0)
        return fail(QString());
    zip_file_t *file = zip_fopen(m_zip, entry.constData(), 0);
    if (!file)
        return fail(damaged(tr("%1 cannot be unpacked (%2).").arg(name, QString::fromUtf8(zip_strerror(m_zip)))));
    QByteArray bytes;
    char buffer[Chunk];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            const QString message = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            return fail(damaged(tr("%1 cannot be unpacked (%2).").arg(name, message)));
        }
        if (n == 0)
            break;
        bytes.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    return bytes;
}

Result<void> XlsxReader::open()
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(tr("%1 is not an XLSX workbook: it cannot be opened as a zip archive (%2).").arg(m_source, reason));
    }
    auto workbook = readEntry(QStringLiteral("xl/workbook.xml"));
    if (!workbook) {
        return fail(workbook.error().isEmpty()
                        ? tr("%1 is not an XLSX workbook: the archive has no xl/workbook.xml.").arg(m_source)
                        : workbook.error());
    }
    auto xmlError = [&](const QXmlStreamReader &xml, const QString &part) {
        return damaged(tr("%1 in %2, line %3.").arg(xml.errorString(), part).arg(xml.lineNumber()));
    };
    // The worksheets in order, with the relationship that names each one's part.
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    {
        QXmlStreamReader xml(workbook.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet") {
                const QXmlStreamAttributes a = xml.attributes();
                QString id = a.value(RelationshipsNs, QStringLiteral("id")).toString();
                if (id.isEmpty())
                    id = a.value(QStringLiteral("r:id")).toString();
                sheets.append({a.value(QStringLiteral("name")).toString(), id});
            }
        }
        if (xml.hasError())
            return fail(xmlError(xml, QStringLiteral("xl/workbook.xml")));
    }
    for (const auto &s : std::as_const(sheets))
        m_sheetNames.append(s.first);
    if (sheets.isEmpty())
        return fail(tr("%1 has no worksheet.").arg(m_source));
    qsizetype chosen = 0;
    if (!m_options.sheet.isEmpty()) {
        chosen = -1;
        for (qsizetype i = 0; i < sheets.size() && chosen < 0; ++i) {
            if (sheets.at(i).first.compare(m_options.sheet, Qt::CaseInsensitive) == 0)
                chosen = i;
        }
        if (chosen < 0)
            return fail(tr("%1 has no worksheet named \"%2\"; its worksheets are: %3.")
                            .arg(m_source, m_options.sheet, m_sheetNames.join(QStringLiteral(", "))));
    }
    m_sheet = sheets.at(chosen).first;
    // The relationship gives the sheet's part; without one, Excel's usual name.
    m_sheetPart = QStringLiteral("xl/worksheets/sheet%1.xml").arg(chosen + 1);
    if (auto rels = readEntry(QStringLiteral("xl/_rels/workbook.xml.rels")); rels) {
        QXmlStreamReader xml(rels.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship" &&
                xml.attributes().value(QStringLiteral("Id")) == sheets.at(chosen).second) {
                m_sheetPart = partPath(xml.attributes().value(QStringLiteral("Target")).toString());
            }
        }
        if (xml.hasError())
            return fail(xmlError(xml, QStringLiteral("xl/_rels/workbook.xml.rels")));
    } else if (!rels.error().isEmpty()) {
        return fail(rels.error());
    }
    // Shared strings: the text of each <si>, its runs joined, phonetic guides (<rPh>) left out.
    if (auto shared = readEntry(QStringLiteral("xl/sharedStrings.xml")); shared) {
        QXmlStreamReader xml(shared.value());
        QString text;
        bool inSi = false, inT = false, inPhonetic = false;
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (xml.name() == u"si") {
                    inSi = true;
                    text.clear();
                } else if (xml.name() == u"rPh") {
                    inPhonetic = true;
                } else if (xml.name() == u"t") {
                    inT = inSi && !inPhonetic;
                }
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == u"si") {
                    m_shared.append(text);
                    inSi = false;
                } else if (xml.name() == u"rPh") {
                    inPhonetic = false;
                } else if (xml.name() == u"t") {
                    inT = false;
                }
                break;
            case QXmlStreamReader::Characters:
                if (inT)
                    text += xml.text();
                break;
            default: break;
            }
        }
        if (xml.hasError())
            return fail(xmlError(xml, QStringLiteral("xl/sharedStrings.xml")));
    } else if (!shared.error().isEmpty()) {
        return fail(shared.error());
    }
    const QByteArray part = m_sheetPart.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, part.constData(), 0, &stat) != 0)
        return fail(damaged(tr("the worksheet \"%1\" (%2) is missing.").arg(m_sheet, m_sheetPart)));
    if (stat.valid & ZIP_STAT_SIZE)
        m_size = qint64(stat.size);
    m_file = zip_fopen(m_zip, part.constData(), 0);
    if (!m_file)
        return fail(damaged(tr("%1 cannot be unpacked (%2).").arg(m_sheetPart, QString::fromUtf8(zip_strerror(m_zip)))));
    return {};
}

bool XlsxReader::feed()
{
    if (m_eof || !m_file)
        return false;
    QByteArray buffer(Chunk, Qt::Uninitialized);
    const zip_int64_t n = zip_fread(m_file, buffer.data(), buffer.size());
    if (n < 0) {
        m_error = damaged(tr("%1 cannot be unpacked (%2).").arg(m_sheetPart, QString::fromUtf8(zip_file_strerror(m_file))));
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    buffer.truncate(qsizetype(n));
    m_fed += n;
    m_xml.addData(buffer);
    return true;
}

bool XlsxReader::finishCell()
{
    QString value;
    if (m_cellText.isEmpty() && m_cellType != u"inlineStr") {
        // <c r="B2" t="s"/>: a cell with a style and no value is an empty cell.
    } else if (m_cellType == u"s") {
        bool ok = false;
        const int index = m_cellText.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_shared.size()) {
            m_error = damaged(tr("cell %1 of worksheet \"%2\" refers to shared string %3, which does not exist.")
                                  .arg(m_cellRef, m_sheet, m_cellText.trimmed()));
            return false;
        }
        value = m_shared.at(index);
    } else if (m_cellType == u"b") {
        value = m_cellText.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (m_cellType == u"inlineStr" || m_cellType == u"str" || m_cellType == u"e" || m_cellType == u"d") {
        value = m_cellText;
    } else {
        value = numberText(m_cellText);
    }
    if (m_column < 0 || m_column >= MaxColumns)
        m_column = int(m_cells.size());
    while (m_cells.size() <= m_column)
        m_cells.append(QString());
    m_cells[m_column] = value;
    return true;
}

bool XlsxReader::next(QStringList *fields)
{
    if (m_done || !m_file || !m_error.isEmpty())
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                bool ok = false;
                const qint64 r = m_xml.attributes().value(QStringLiteral("r")).toLongLong(&ok);
                m_rowNumber = ok && r > 0 ? r : m_lastRow + 1;
                m_cells.clear();
            } else if (name == u"c") {
                const QXmlStreamAttributes a = m_xml.attributes();
                m_cellRef = a.value(QStringLiteral("r")).toString();
                m_column = m_cellRef.isEmpty() ? int(m_cells.size()) : columnOf(m_cellRef);
                m_cellType = a.value(QStringLiteral("t")).toString();
                m_cellText.clear();
            } else if (name == u"v") {
                m_inValue = true;
            } else if (name == u"rPh") {
                m_inPhonetic = true;
            } else if (name == u"t") {
                m_inText = !m_inPhonetic;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = m_xml.name();
            if (name == u"v") {
                m_inValue = false;
            } else if (name == u"t") {
                m_inText = false;
            } else if (name == u"rPh") {
                m_inPhonetic = false;
            } else if (name == u"c") {
                if (!finishCell())
                    return false;
            } else if (name == u"row") {
                m_lastRow = m_rowNumber;
                bool any = false;
                for (const QString &cell : std::as_const(m_cells))
                    any = any || !cell.trimmed().isEmpty();
                if (any) {
                    m_row = m_rowNumber;
                    *fields = m_cells;
                    return true;
                }
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (m_inValue || m_inText)
                m_cellText += m_xml.text();
            break;
        case QXmlStreamReader::EndDocument:
            m_done = true;
            return false;
        case QXmlStreamReader::Invalid:
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    break;
                if (m_error.isEmpty())
                    m_error = damaged(tr("the worksheet \"%1\" (%2) ends in the middle.").arg(m_sheet, m_sheetPart));
                return false;
            }
            m_error = damaged(tr("%1 in %2, line %3.").arg(m_xml.errorString(), m_sheetPart).arg(m_xml.lineNumber()));
            return false;
        default: break;
        }
    }
}
