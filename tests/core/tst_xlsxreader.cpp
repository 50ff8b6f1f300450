#include "io/tablereader.h"
#include "io/xlsxreader.h"
#include "xlsxfixture.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

// The XLSX reader (core/io/xlsxreader) and the choice between CSV and XLSX by content
// (core/io/tablereader): workbooks written by libxlsxwriter as Excel writes them, and
// hand-written parts for the corners (inline strings, phonetic runs, relationships, damage).
class TestXlsxReader final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const char *suffix = ".xlsx") { return m_dir.filePath(QStringLiteral("t%1").arg(++m_n) + QLatin1StringView(suffix)); }

    static QList<QStringList> readAll(TableReader &reader, QList<qint64> *rows = nullptr)
    {
        QList<QStringList> all;
        QStringList fields;
        while (reader.next(&fields)) {
            all.append(fields);
            if (rows)
                rows->append(reader.row());
        }
        return all;
    }

private slots:
    void columnReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("column");
        QTest::newRow("A1") << QStringLiteral("A1") << 0;
        QTest::newRow("Z9") << QStringLiteral("Z9") << 25;
        QTest::newRow("AA10") << QStringLiteral("AA10") << 26;
        QTest::newRow("lower case") << QStringLiteral("c5") << 2;
        QTest::newRow("XFD, the last") << QStringLiteral("XFD1") << 16383;
        QTest::newRow("beyond XFD") << QStringLiteral("XFE1") << -1;
        QTest::newRow("no letters") << QStringLiteral("12") << -1;
    }
    void columnReferences()
    {
        QFETCH(QString, reference);
        QFETCH(int, column);
        QCOMPARE(XlsxReader::columnOf(reference), column);
    }

    // A workbook as a spreadsheet program writes it: shared strings, numbers, booleans, a
    // date, gaps between cells and rows, a second sheet chosen by name.
    void readsAWorkbookWrittenByLibxlsxwriter()
    {
        const QString file = path();
        lxw_workbook *workbook = workbook_new(file.toUtf8().constData());
        lxw_worksheet *sites = workbook_add_worksheet(workbook, "项目点");
        lxw_worksheet *other = workbook_add_worksheet(workbook, "Notes");
        lxw_format *dateFormat = workbook_add_format(workbook);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        worksheet_write_string(sites, 0, 0, "代码", nullptr);
        worksheet_write_string(sites, 0, 1, "名称", nullptr);
        worksheet_write_string(sites, 0, 3, "开始", nullptr); // D1: C1 left empty
        worksheet_write_number(sites, 1, 0, 530101, nullptr);
        worksheet_write_string(sites, 1, 1, "广南县", nullptr);
        worksheet_write_number(sites, 1, 2, 0.25, nullptr);
        lxw_datetime date = {2024, 3, 15, 0, 0, 0};
        worksheet_write_datetime(sites, 1, 3, &date, dateFormat);
        // row 3 (index 2) left empty; row 4 holds a boolean and a big number
        worksheet_write_boolean(sites, 3, 0, 1, nullptr);
        worksheet_write_number(sites, 3, 1, 1234567.5, nullptr);
        worksheet_write_boolean(sites, 3, 2, 0, nullptr);
        worksheet_write_string(other, 0, 0, "note", nullptr);
        QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));

        XlsxReader reader(file, {});
        QVERIFY2(reader.open().ok(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("项目点"), QStringLiteral("Notes")}));
        QCOMPARE(reader.sheet(), QStringLiteral("项目点"));
        QList<qint64> rows;
        const QList<QStringList> all = readAll(reader, &rows);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), (QStringList{QStringLiteral("代码"), QStringLiteral("名称"), QString(), QStringLiteral("开始")}));
        QCOMPARE(all.at(1), (QStringList{QStringLiteral("530101"), QStringLiteral("广南县"), QStringLiteral("0.25"),
                                         QStringLiteral("45366")})); // the date stays its Excel serial
        QCOMPARE(all.at(2), (QStringList{QStringLiteral("TRUE"), QStringLiteral("1234567.5"), QStringLiteral("FALSE")}));
        QCOMPARE(rows, (QList<qint64>{1, 2, 4})); // the sheet's own row numbers; the empty row skipped
        QVERIFY(reader.done() > 0 && reader.done() == reader.total());
        QVERIFY(reader.format().contains(QStringLiteral("项目点")));

        XlsxReader notes(file, {QStringLiteral("notes"), {}}); // names compare without case
        QVERIFY(notes.open().ok());
        QCOMPARE(readAll(notes), (QList<QStringList>{{QStringLiteral("note")}}));
    }

    void readsHandWrittenParts()
    {
        const QString file = path();
        const QByteArray shared = "<si><t>plain</t></si>"
                                  "<si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
                                  "<si><t xml:space=\"preserve\"> 儿童 </t></si>";
        // C2: a styled cell without a value (Excel writes these for formatted empty cells).
        const QByteArray data = "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" s=\"1\" t=\"s\"/>"
                                "<c r=\"D2\" t=\"s\"><v>1</v></c></row>"
                                "<row r=\"3\"><c t=\"inlineStr\"><is><t>inline</t></is></c><c t=\"s\"><v>2</v></c>"
                                "<c t=\"str\"><f>A1&amp;\"x\"</f><v>formula text</v></c><c t=\"e\"><v>#N/A</v></c>"
                                "<c><v>1.0000000000000001E-3</v></c><c><v>45366</v></c></row>"
                                "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c></row>";
        QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("Cover"), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>cover</t></is></c></row>"},
                                                  {QStringLiteral("Data"), data}},
                                           shared));
        XlsxReader reader(file, {QStringLiteral("Data"), QStringLiteral("shown.xlsx")});
        QVERIFY2(reader.open().ok(), "open");
        QList<qint64> rows;
        const QList<QStringList> all = readAll(reader, &rows);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), (QStringList{QString(), QStringLiteral("plain"), QString(), QStringLiteral("rich text")}));
        QCOMPARE(all.at(1), (QStringList{QStringLiteral("inline"), QStringLiteral(" 儿童 "), QStringLiteral("formula text"),
                                         QStringLiteral("#N/A"), QStringLiteral("0.001"), QStringLiteral("45366")}));
        QCOMPARE(rows, (QList<qint64>{2, 3, 4}));

        XlsxReader first(file, {});
        QVERIFY(first.open().ok());
        QCOMPARE(readAll(first), (QList<QStringList>{{QStringLiteral("cover")}}));
    }

    void readsALargeSheetInPieces()
    {
        QByteArray data;
        for (int r = 1; r <= 20000; ++r)
            data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r) +
                    "</v></c><c r=\"B" + QByteArray::number(r) + "\" t=\"inlineStr\"><is><t>项目点 " + QByteArray::number(r) +
                    "</t></is></c></row>";
        const QString file = path();
        QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("Big"), data}}));
        XlsxReader reader(file, {});
        QVERIFY(reader.open().ok());
        QVERIFY(reader.total() > 1024 * 1024);
        QStringList fields;
        qint64 n = 0;
        while (reader.next(&fields)) {
            ++n;
            if (fields.value(0) != QString::number(n) || fields.value(1) != QStringLiteral("项目点 %1").arg(n))
                QFAIL(qPrintable(fields.join(u'|')));
        }
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(n, 20000);
    }

    void refusesWhatIsNoWorkbook()
    {
        // Not a zip at all.
        const QString text = path(".xlsx");
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code,name\n1,a\n");
        }
        XlsxReader notZip(text, {});
        auto opened = notZip.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QFileInfo(text).fileName()) && opened.error().contains(QStringLiteral("not an XLSX")),
                 qPrintable(opened.error()));

        // A zip without a workbook.
        const QString plainZip = path();
        QVERIFY(XlsxFixture::writeZip(plainZip, {{QStringLiteral("readme.txt"), "hello"}}));
        XlsxReader noWorkbook(plainZip, {});
        opened = noWorkbook.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("xl/workbook.xml")), qPrintable(opened.error()));

        // A workbook without sheets, and a sheet name that is not there.
        const QString empty = path();
        QVERIFY(XlsxFixture::writeWorkbook(empty, {}));
        XlsxReader noSheet(empty, {});
        opened = noSheet.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("no worksheet")), qPrintable(opened.error()));
        const QString one = path();
        QVERIFY(XlsxFixture::writeWorkbook(one, {{QStringLiteral("Sites"), "<row r=\"1\"><c><v>1</v></c></row>"}}));
        XlsxReader wrongName(one, {QStringLiteral("Indicators"), {}});
        opened = wrongName.open();
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("\"Indicators\"")) && opened.error().contains(QStringLiteral("Sites")),
                 qPrintable(opened.error()));
    }

    void reportsDamage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mismatched tag") << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></row>") << QStringLiteral("line");
        QTest::newRow("missing shared string") << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")
                                               << QStringLiteral("shared string 7");
    }
    void reportsDamage()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString file = path();
        QVERIFY(XlsxFixture::writeWorkbook(file, {{QStringLiteral("S"), data}}, "<si><t>x</t></si>"));
        XlsxReader reader(file, {});
        QVERIFY(reader.open().ok());
        QStringList fields;
        while (reader.next(&fields)) {
        }
        QVERIFY2(reader.error().contains(QStringLiteral("is damaged")) && reader.error().contains(expected) &&
                     reader.error().contains(QFileInfo(file).fileName()),
                 qPrintable(reader.error()));
    }

    void aSheetThatEndsEarlyIsDamaged()
    {
        const QString file = path();
        QVERIFY(XlsxFixture::writeZip(
            file, {{QStringLiteral("xl/workbook.xml"),
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"A\" sheetId=\"1\"/></sheets></workbook>"},
                   {QStringLiteral("xl/worksheets/sheet1.xml"),
                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c>"}}));
        XlsxReader reader(file, {}); // no relationships: Excel's usual part name
        QVERIFY(reader.open().ok());
        QStringList fields;
        QVERIFY(reader.next(&fields));
        QCOMPARE(fields, QStringList{QStringLiteral("1")});
        QVERIFY(!reader.next(&fields));
        QVERIFY2(reader.error().contains(QStringLiteral("ends in the middle")), qPrintable(reader.error()));
    }

    // CSV or XLSX is decided by the content, whatever the name says.
    void tableFilesChooseByContent()
    {
        const QString xlsxNamedCsv = path(".csv");
        QVERIFY(XlsxFixture::writeWorkbook(xlsxNamedCsv, {{QStringLiteral("S"), "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"}}));
        auto xlsx = TableFiles::open(xlsxNamedCsv);
        QVERIFY(xlsx);
        QStringList fields;
        QVERIFY(xlsx.value()->next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("a"), QStringLiteral("2")}));
        QVERIFY(xlsx.value()->format().contains(QStringLiteral("XLSX")));

        const QString csvNamedXlsx = path(".xlsx");
        {
            QFile f(csvNamedXlsx);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a;b\n1;2\n");
        }
        auto csv = TableFiles::open(csvNamedXlsx);
        QVERIFY(csv);
        QVERIFY(csv.value()->next(&fields));
        QVERIFY(csv.value()->next(&fields));
        QCOMPARE(fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(csv.value()->row(), 2);

        auto missing = TableFiles::open(m_dir.filePath(QStringLiteral("none.xlsx")));
        QVERIFY(!missing);
        QCOMPARE(missing.errorKind(), ErrorKind::File);
        QVERIFY(missing.error().contains(QStringLiteral("none.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
