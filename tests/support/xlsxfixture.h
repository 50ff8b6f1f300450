#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <zip.h>

// Hand-written XLSX workbooks for the readers' tests: the parts are given as XML text and
// zipped with libzip, so a test controls every byte (inline strings, phonetic runs, missing
// parts, broken XML) without a spreadsheet program.
namespace XlsxFixture {

inline bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer when the archive is closed: hand it a copy it frees itself.
        void *copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

inline QByteArray sheet(const QByteArray &sheetData)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>") +
           sheetData + QByteArrayLiteral("</sheetData></worksheet>");
}

inline QByteArray sharedStrings(const QByteArray &items)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">") +
           items + QByteArrayLiteral("</sst>");
}

// A workbook of named sheets, each given as its <sheetData> content, stored in parts named
// worksheets/part<N>.xml in reverse order so that only the relationships find them.
inline bool writeWorkbook(const QString &path, const QList<std::pair<QString, QByteArray>> &sheets,
                          const QByteArray &sharedItems = {})
{
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<std::pair<QString, QByteArray>> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        const QByteArray part = "worksheets/part" + QByteArray::number(sheets.size() - i) + ".xml";
        workbook += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"" +
                part + "\"/>";
        entries.append({QStringLiteral("xl/") + QString::fromUtf8(part), sheet(sheets.at(i).second)});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.append({QStringLiteral("xl/workbook.xml"), workbook});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    if (!sharedItems.isNull())
        entries.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings(sharedItems)});
    return writeZip(path, entries);
}

} // namespace XlsxFixture
