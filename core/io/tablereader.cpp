#include "tablereader.h"

#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace {
// CsvReader behind the TableReader interface, owning its file.
class CsvTable final : public TableReader
{
public:
    CsvTable(std::unique_ptr<QFile> file, const CsvReader::Options &options)
        : m_file(std::move(file)), m_reader(m_file.get(), options), m_size(m_file->size())
    {
    }

    bool next(QStringList *fields) override { return m_reader.next(fields); }
    qint64 row() const override { return m_reader.row(); }
    QString error() const override { return m_reader.error(); }
    QString format() const override
    {
        const QChar d = m_reader.delimiter();
        return TableFiles::tr("%1, %2").arg(CsvReader::encodingName(m_reader.encoding()),
                                            d == u'\t' ? TableFiles::tr("tab-delimited")
                                                       : TableFiles::tr("\"%1\"-delimited").arg(d));
    }
    qint64 done() const override { return m_reader.bytesRead(); }
    qint64 total() const override { return m_size; }
    QChar delimiter() const override { return m_reader.delimiter(); }

private:
    std::unique_ptr<QFile> m_file;
    CsvReader m_reader;
    qint64 m_size;
};
} // namespace

bool TableFiles::isZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayView("PK\x03\x04", 4);
}

Result<std::unique_ptr<TableReader>> TableFiles::open(const QString &path, CsvReader::Options csv, const QString &sheet)
{
    const QString name = QFileInfo(path).fileName();
    if (csv.source.isEmpty())
        csv.source = name;
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(name, file->errorString()), ErrorKind::File);
    if (file->peek(4) == QByteArrayView("PK\x03\x04", 4)) {
        file.reset();
        auto xlsx = std::make_unique<XlsxReader>(path, XlsxReader::Options{sheet, csv.source});
        if (auto opened = xlsx->open(); !opened)
            return fail(opened.error(), ErrorKind::File);
        return std::unique_ptr<TableReader>(std::move(xlsx));
    }
    return std::unique_ptr<TableReader>(std::make_unique<CsvTable>(std::move(file), csv));
}
