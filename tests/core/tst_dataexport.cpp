// The export: every format cell by cell on a small hand-made programme (canonical CSV byte for
// byte, XLSX read back from its sheet XML with python3's zipfile, DHIS2 JSON parsed back, DHIS2
// CSV read with CsvReader, ADX validated with xmllint against the ADX schema), the selection
// filters, DHIS2 code mappings and their fallbacks, and errors and cancels that leave no file.
#include "demo/demogenerator.h"
#include "io/csvreader.h"
#include "io/dataexport.h"
#include "services/datavalueservice.h"
#include "services/dhis2mappingservice.h"
#include "services/indicatorservice.h"
#include "storage/database.h"
#include "storage/programmerepository.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString AdxSchema = QStringLiteral(SCALEREADY_SOURCE_DIR "/../shared/contracts/dhis2/adx/schema/adx_loose.xsd");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Reads an XLSX file's sheets with python3: {sheet name: {cell ref: text or number}}, plus the
// raw sheet XML and styles under "__xml__".
QJsonObject readXlsx(const QString &path)
{
    static const char *script = R"(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
wb = ET.fromstring(z.read('xl/workbook.xml'))
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
out = {'__xml__': {'styles': z.read('xl/styles.xml').decode('utf-8')}, '__order__': []}
for i, sheet in enumerate(wb.find('m:sheets', ns).findall('m:sheet', ns), 1):
    name = sheet.get('name')
    raw = z.read('xl/worksheets/sheet%d.xml' % i).decode('utf-8')
    out['__xml__'][name] = raw
    out['__order__'].append(name)
    cells = {}
    for c in ET.fromstring(raw).iter('{%s}c' % ns['m']):
        t = c.get('t')
        if t == 'inlineStr':
            cells[c.get('r')] = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
        elif t == 's':
            cells[c.get('r')] = shared[int(c.find('m:v', ns).text)]
        elif c.find('m:v', ns) is not None:
            cells[c.get('r')] = float(c.find('m:v', ns).text)
    out[name] = cells
print(json.dumps(out))
)";
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("python3 failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, CsvReader::Options{CsvReader::Encoding::Detect, u',', path});
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(&fields))
        records.append(fields);
    if (!reader.error().isEmpty())
        qWarning("%s", qPrintable(reader.error()));
    return records;
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestDataExport final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Site m_s01, m_s02;
    Indicator m_cases, m_pct;
    CategoryOption m_optA, m_optB;

    DataSelection all() const
    {
        DataSelection s;
        s.programmeId = m_programme.meta.id;
        return s;
    }

    void save(const Site &site, const Indicator &indicator, const Period &period, qint64 optionId, std::optional<double> value,
              std::optional<double> num = {}, std::optional<double> den = {}, const QString &comment = {})
    {
        DataValue v;
        v.siteId = site.meta.id;
        v.indicatorId = indicator.meta.id;
        v.period = period;
        v.optionId = optionId;
        v.value = value;
        v.numerator = num;
        v.denominator = den;
        v.comment = comment;
        auto saved = DataValueService(*m_db, admin()).save(v, DataValueService::Check::Structure);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    Result<DataExport::Summary> run(DataExport::Format format, const QString &file, DataSelection selection = {},
                                    DataExport::Options options = {})
    {
        if (selection.programmeId == 0)
            selection = all();
        options.format = format;
        return DataExport::write(*m_db, selection, options, path(file));
    }

    void map(Dhis2Kind kind, const QString &localKey, const QString &remote)
    {
        Dhis2Mapping m;
        m.programmeId = m_programme.meta.id;
        m.kind = kind;
        m.localKey = localKey;
        m.remote = remote;
        auto set = Dhis2MappingService(*m_db, admin()).set(m);
        QVERIFY2(set.ok(), qPrintable(set.error()));
    }

    QByteArray expectedCsv() const
    {
        const QByteArray a = m_optA.code.toUtf8(), b = m_optB.code.toUtf8();
        return "site,indicator,period,option,value,numerator,denominator,comment\r\n"
               "S01,CASES,202401,,10,,,\"He said \"\"hi\"\", ok\"\r\n"
               "S01,CASES,202401," + a + ",4,,,\r\n"
               "S01,CASES,202401," + b + ",6,,,\r\n"
               "S01,CASES,202402,,0.1,,,\r\n"
               "S01,PCT,202401,,,7,50,\"line 1\nline 2\"\r\n"
               "S02,CASES,202401,,3,,,café\r\n"
               "S02,CASES,202403,,1000000,,,\r\n";
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The database in a folder of its own, so that the test folder holds only exports.
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("data")));
        m_db = openNew(*m_dir, QStringLiteral("data/test.db"));
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        // Created out of order: the export orders by code.
        m_s02 = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S02"), QStringLiteral("Second"));
        m_s01 = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S01"), QStringLiteral("First"));
        const auto options = IndicatorService(*m_db, admin()).options(m_programme.meta.id);
        QVERIFY(options.size() >= 2);
        m_optA = options[0];
        m_optB = options[1];
        Indicator pct;
        pct.programmeId = m_programme.meta.id;
        pct.code = QStringLiteral("PCT");
        pct.nameEn = QStringLiteral("Share");
        pct.nameZh = QStringLiteral("比例");
        pct.valueType = ValueType::Percentage;
        pct.frequency = Frequency::Monthly;
        auto createdPct = IndicatorService(*m_db, admin()).create(pct);
        QVERIFY2(createdPct.ok(), qPrintable(createdPct.error()));
        m_pct = createdPct.value();
        Indicator cases;
        cases.programmeId = m_programme.meta.id;
        cases.code = QStringLiteral("CASES");
        cases.nameEn = QStringLiteral("Cases");
        cases.nameZh = QStringLiteral("病例");
        cases.valueType = ValueType::Count;
        cases.frequency = Frequency::Monthly;
        cases.optionIds = {m_optA.meta.id, m_optB.meta.id};
        auto createdCases = IndicatorService(*m_db, admin()).create(cases);
        QVERIFY2(createdCases.ok(), qPrintable(createdCases.error()));
        m_cases = createdCases.value();
        // Indicators order by sort order, then code: make CASES come first whatever create did.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE indicator SET sort_order = 0")));

        const Period jan = Period::month(2024, 1), feb = Period::month(2024, 2), mar = Period::month(2024, 3);
        save(m_s01, m_cases, jan, 0, 10, {}, {}, QStringLiteral("He said \"hi\", ok"));
        save(m_s01, m_cases, jan, m_optB.meta.id, 6);
        save(m_s01, m_cases, jan, m_optA.meta.id, 4);
        save(m_s01, m_cases, feb, 0, 0.1);
        save(m_s01, m_pct, jan, 0, {}, 7, 50, QStringLiteral("line 1\nline 2"));
        save(m_s02, m_cases, mar, 0, 1000000);
        save(m_s02, m_cases, jan, 0, 3, {}, {}, QStringLiteral("café"));
        QVERIFY(q.exec(QStringLiteral("UPDATE report SET status = 'approved' WHERE period = '202401' AND site_id = %1")
                           .arg(m_s01.meta.id)));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("whole") << 10.0 << QByteArray("10");
        QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("million") << 1e6 << QByteArray("1000000");
        QTest::newRow("small") << 1e-7 << QByteArray("0.0000001");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(DataExport::number(value), text);
        QCOMPARE(QByteArray(DataExport::number(value)).toDouble(), value);
        QCOMPARE(DataExport::number(std::nullopt), QByteArray());
    }

    void csvQuoting()
    {
        QCOMPARE(DataExport::csvField("plain"), QByteArray("plain"));
        QCOMPARE(DataExport::csvField("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(DataExport::csvField("say \"x\""), QByteArray("\"say \"\"x\"\"\""));
        QCOMPARE(DataExport::csvField("a\rb"), QByteArray("\"a\rb\""));
        QCOMPARE(DataExport::csvField("a\nb"), QByteArray("\"a\nb\""));
        QCOMPARE(DataExport::csvField(""), QByteArray());
    }

    void canonicalCsvWithBom()
    {
        auto done = run(DataExport::Format::Csv, QStringLiteral("out.csv"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->rows, qint64(7));
        QVERIFY(done->warnings.isEmpty());
        QCOMPARE(readAll(path(QStringLiteral("out.csv"))), QByteArray("\xEF\xBB\xBF") + expectedCsv());
        // The project's own reader takes it back field for field.
        const auto records = readCsv(path(QStringLiteral("out.csv")));
        QCOMPARE(records.size(), 8);
        QCOMPARE(records[1].at(7), QStringLiteral("He said \"hi\", ok"));
        QCOMPARE(records[5].at(7), QStringLiteral("line 1\nline 2"));
        QCOMPARE(records[6].at(7), QStringLiteral("café"));
        QCOMPARE(filesIn(*m_dir), QStringList{QStringLiteral("out.csv")});
    }

    void canonicalCsvWithoutBom()
    {
        DataExport::Options options;
        options.bom = false;
        auto done = run(DataExport::Format::Csv, QStringLiteral("out.csv"), {}, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(readAll(path(QStringLiteral("out.csv"))), expectedCsv());
    }

    // "To" a quarter or a year takes every period that starts within it.
    void toALongerPeriodTakesAllOfIt()
    {
        const qint64 everything = DataExport::count(*m_db, all()).value();
        DataSelection quarter = all();
        quarter.to = QStringLiteral("2024Q1");
        QCOMPARE(DataExport::count(*m_db, quarter).value(), everything);
        DataSelection year = all();
        year.from = QStringLiteral("2024");
        year.to = QStringLiteral("2024");
        QCOMPARE(DataExport::count(*m_db, year).value(), everything);
        DataSelection january = all();
        january.to = QStringLiteral("202401");
        QVERIFY(DataExport::count(*m_db, january).value() < everything);
    }

    void selectionFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("keys"); // site/indicator/period/option of the rows
        QTest::newRow("site") << QStringLiteral("site") << QStringList{QStringLiteral("S02,CASES,202401,"), QStringLiteral("S02,CASES,202403,")};
        QTest::newRow("indicator") << QStringLiteral("indicator") << QStringList{QStringLiteral("S01,PCT,202401,")};
        QTest::newRow("period range") << QStringLiteral("period") << QStringList{QStringLiteral("S01,CASES,202402,")};
        QTest::newRow("open start") << QStringLiteral("to") << QStringList{QStringLiteral("S01,CASES,202401,"), QStringLiteral("S01,CASES,202401,A"),
                                                                          QStringLiteral("S01,CASES,202401,B"), QStringLiteral("S01,PCT,202401,"),
                                                                          QStringLiteral("S02,CASES,202401,")};
        QTest::newRow("open end") << QStringLiteral("quarter") << QStringList{QStringLiteral("S02,CASES,202403,")};
        QTest::newRow("status") << QStringLiteral("status") << QStringList{QStringLiteral("S01,CASES,202401,"), QStringLiteral("S01,CASES,202401,A"),
                                                                          QStringLiteral("S01,CASES,202401,B"), QStringLiteral("S01,PCT,202401,")};
        QTest::newRow("draft") << QStringLiteral("draft") << QStringList{QStringLiteral("S01,CASES,202402,"), QStringLiteral("S02,CASES,202401,"),
                                                                        QStringLiteral("S02,CASES,202403,")};
    }
    void selectionFilters()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, keys);
        DataSelection s = all();
        if (filter == QLatin1StringView("site"))
            s.siteIds = {m_s02.meta.id};
        else if (filter == QLatin1StringView("indicator"))
            s.indicatorIds = {m_pct.meta.id};
        else if (filter == QLatin1StringView("period"))
            s.from = s.to = QStringLiteral("202402");
        else if (filter == QLatin1StringView("to"))
            s.to = QStringLiteral("202401");
        else if (filter == QLatin1StringView("quarter"))
            s.siteIds = {m_s02.meta.id}, s.from = QStringLiteral("202402");
        else if (filter == QLatin1StringView("status"))
            s.statuses = {QStringLiteral("approved")};
        else if (filter == QLatin1StringView("draft"))
            s.statuses = {QStringLiteral("draft"), QStringLiteral("submitted")};
        auto done = run(DataExport::Format::Csv, QStringLiteral("f.csv"), s);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QStringList got;
        const auto records = readCsv(path(QStringLiteral("f.csv")));
        for (const QStringList &r : records.mid(1)) {
            QString option = r.at(3);
            option = option == m_optA.code ? QStringLiteral("A") : option == m_optB.code ? QStringLiteral("B") : option;
            got.append(QStringList{r.at(0), r.at(1), r.at(2), option}.join(u','));
        }
        QCOMPARE(got, keys);
        QCOMPARE(done->rows, qint64(keys.size()));
        QCOMPARE(DataExport::count(*m_db, s).value(), qint64(keys.size()));
    }

    void badSelections_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("programme") << QStringLiteral("programme") << QStringLiteral("programme (id 9999)");
        QTest::newRow("site") << QStringLiteral("site") << QStringLiteral("site (id 9999)");
        QTest::newRow("indicator") << QStringLiteral("indicator") << QStringLiteral("indicator (id 9999)");
        QTest::newRow("period") << QStringLiteral("period") << QStringLiteral("2024M13");
        QTest::newRow("range") << QStringLiteral("range") << QStringLiteral("ends (202401) before it starts (202403)");
        QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("\"done\"");
    }
    void badSelections()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        DataSelection s = all();
        if (what == QLatin1StringView("programme"))
            s.programmeId = 9999;
        else if (what == QLatin1StringView("site"))
            s.siteIds = {m_s01.meta.id, 9999};
        else if (what == QLatin1StringView("indicator"))
            s.indicatorIds = {9999};
        else if (what == QLatin1StringView("period"))
            s.from = QStringLiteral("2024M13");
        else if (what == QLatin1StringView("range"))
            s.from = QStringLiteral("202403"), s.to = QStringLiteral("202401");
        else
            s.statuses = {QStringLiteral("done")};
        auto done = run(DataExport::Format::Csv, QStringLiteral("bad.csv"), s);
        QVERIFY(!done.ok());
        QVERIFY2(done.error().contains(message), qPrintable(done.error()));
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.csv"))));
    }

    void xlsxLong()
    {
        auto done = run(DataExport::Format::Xlsx, QStringLiteral("out.xlsx"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->rows, qint64(7));
        const QJsonObject book = readXlsx(path(QStringLiteral("out.xlsx")));
        QCOMPARE(book.value(QStringLiteral("__order__")).toArray(),
                 QJsonArray({QStringLiteral("Data 数据"), QStringLiteral("Indicators 指标"), QStringLiteral("Sites 项目点")}));
        const QJsonObject data = book.value(QStringLiteral("Data 数据")).toObject();
        const QStringList headers = {QStringLiteral("Site / 项目点"), QStringLiteral("Indicator / 指标"), QStringLiteral("Period / 期间"),
                                     QStringLiteral("Option / 分类选项"), QStringLiteral("Value / 数值"), QStringLiteral("Numerator / 分子"),
                                     QStringLiteral("Denominator / 分母"), QStringLiteral("Comment / 备注"), QStringLiteral("Status / 状态")};
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(data.value(QString(QChar(u'A' + c)) + u'1').toString(), headers[c]);
        QCOMPARE(data.value(QStringLiteral("A2")).toString(), QStringLiteral("S01"));
        QCOMPARE(data.value(QStringLiteral("B2")).toString(), QStringLiteral("CASES"));
        QCOMPARE(data.value(QStringLiteral("C2")).toString(), QStringLiteral("202401"));
        QVERIFY(!data.contains(QStringLiteral("D2")));
        QCOMPARE(data.value(QStringLiteral("E2")).toDouble(), 10.0);
        QCOMPARE(data.value(QStringLiteral("H2")).toString(), QStringLiteral("He said \"hi\", ok"));
        QCOMPARE(data.value(QStringLiteral("I2")).toString(), QStringLiteral("approved"));
        QCOMPARE(data.value(QStringLiteral("D3")).toString(), m_optA.code);
        QCOMPARE(data.value(QStringLiteral("E5")).toDouble(), 0.1);
        QCOMPARE(data.value(QStringLiteral("I5")).toString(), QStringLiteral("draft"));
        // The percentage row: numerator and denominator, no value.
        QCOMPARE(data.value(QStringLiteral("B6")).toString(), QStringLiteral("PCT"));
        QVERIFY(!data.contains(QStringLiteral("E6")));
        QCOMPARE(data.value(QStringLiteral("F6")).toDouble(), 7.0);
        QCOMPARE(data.value(QStringLiteral("G6")).toDouble(), 50.0);
        QCOMPARE(data.value(QStringLiteral("E8")).toDouble(), 1e6);
        QVERIFY(!data.contains(QStringLiteral("A9")));
        // Frozen header row and the number formats.
        const QJsonObject xml = book.value(QStringLiteral("__xml__")).toObject();
        QVERIFY(xml.value(QStringLiteral("Data 数据")).toString().contains(QStringLiteral("ySplit=\"1\"")));
        // Values carry their indicator's number format (a count's is Excel's built-in #,##0).
        QVERIFY(xml.value(QStringLiteral("Data 数据")).toString().contains(QStringLiteral("<c r=\"E2\" s=\"")));
        QVERIFY(!xml.value(QStringLiteral("Data 数据")).toString().contains(QStringLiteral("<c r=\"F6\" s=\"")));

        const QJsonObject indicators = book.value(QStringLiteral("Indicators 指标")).toObject();
        QCOMPARE(indicators.value(QStringLiteral("A2")).toString(), QStringLiteral("CASES"));
        QCOMPARE(indicators.value(QStringLiteral("B2")).toString(), QStringLiteral("Cases"));
        QCOMPARE(indicators.value(QStringLiteral("C2")).toString(), QStringLiteral("病例"));
        QCOMPARE(indicators.value(QStringLiteral("D2")).toString(), QStringLiteral("count"));
        QCOMPARE(indicators.value(QStringLiteral("E2")).toString(), QStringLiteral("monthly"));
        QCOMPARE(indicators.value(QStringLiteral("A3")).toString(), QStringLiteral("PCT"));
        QCOMPARE(indicators.value(QStringLiteral("D3")).toString(), QStringLiteral("percentage"));
        QVERIFY(indicators.value(QStringLiteral("F3")).toString().startsWith(u'%'));
        const QJsonObject sites = book.value(QStringLiteral("Sites 项目点")).toObject();
        QCOMPARE(sites.value(QStringLiteral("A1")).toString(), QStringLiteral("Code / 代码"));
        QCOMPARE(sites.value(QStringLiteral("A2")).toString(), QStringLiteral("S01"));
        QCOMPARE(sites.value(QStringLiteral("B2")).toString(), QStringLiteral("First"));
        QCOMPARE(sites.value(QStringLiteral("J2")).toString(), QStringLiteral("pilot"));
        QCOMPARE(sites.value(QStringLiteral("K2")).toString(), QStringLiteral("rural"));
        QCOMPARE(sites.value(QStringLiteral("A3")).toString(), QStringLiteral("S02"));
        QCOMPARE(filesIn(*m_dir), QStringList{QStringLiteral("out.xlsx")});
    }

    void xlsxPerIndicator()
    {
        DataExport::Options options;
        options.sheets = DataExport::SheetLayout::PerIndicator;
        DataSelection s = all();
        s.siteIds = {m_s01.meta.id};
        auto done = run(DataExport::Format::Xlsx, QStringLiteral("per.xlsx"), s, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const QJsonObject book = readXlsx(path(QStringLiteral("per.xlsx")));
        QCOMPARE(book.value(QStringLiteral("__order__")).toArray(),
                 QJsonArray({QStringLiteral("CASES"), QStringLiteral("PCT"), QStringLiteral("Indicators 指标"), QStringLiteral("Sites 项目点")}));
        const QJsonObject cases = book.value(QStringLiteral("CASES")).toObject();
        QCOMPARE(cases.value(QStringLiteral("B1")).toString(), QStringLiteral("Period / 期间"));
        QCOMPARE(cases.value(QStringLiteral("B2")).toString(), QStringLiteral("202401"));
        QCOMPARE(cases.value(QStringLiteral("D2")).toDouble(), 10.0);
        QCOMPARE(cases.value(QStringLiteral("D5")).toDouble(), 0.1);
        QVERIFY(!cases.contains(QStringLiteral("A6")));
        const QJsonObject pct = book.value(QStringLiteral("PCT")).toObject();
        QCOMPARE(pct.value(QStringLiteral("E2")).toDouble(), 7.0);
        QCOMPARE(pct.value(QStringLiteral("F2")).toDouble(), 50.0);
        const QJsonObject sites = book.value(QStringLiteral("Sites 项目点")).toObject();
        QVERIFY(!sites.contains(QStringLiteral("A3"))); // S02 is not selected
    }

    void dhis2Json()
    {
        map(Dhis2Kind::Site, m_s01.meta.uuid, QStringLiteral("OuS01aaaaaa"));
        map(Dhis2Kind::Indicator, m_cases.meta.uuid, QStringLiteral("DeCasesaaaa"));
        map(Dhis2Kind::Option, m_optA.meta.uuid, QStringLiteral("CocAaaaaaaa"));
        map(Dhis2Kind::Period, QStringLiteral("202403"), QStringLiteral("2024Mar"));
        DataExport::Options options;
        options.dataSet = QStringLiteral("DsIecdaaaaa");
        auto done = run(DataExport::Format::Dhis2Json, QStringLiteral("out.json"), {}, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->rows, qint64(7));
        // Fallbacks: S02, PCT and option B, each named once.
        QCOMPARE(done->warnings.size(), 3);
        QVERIFY2(done->warnings.at(0).contains(QStringLiteral("(1): S02")), qPrintable(done->warnings.at(0)));
        QVERIFY2(done->warnings.at(1).contains(QStringLiteral("(1): PCT")), qPrintable(done->warnings.at(1)));
        QVERIFY2(done->warnings.at(2).contains(QStringLiteral("(1): ") + m_optB.code), qPrintable(done->warnings.at(2)));

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path(QStringLiteral("out.json"))), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("dataSet")).toString(), QStringLiteral("DsIecdaaaaa"));
        const QJsonArray values = doc.object().value(QStringLiteral("dataValues")).toArray();
        QCOMPARE(values.size(), 7);
        const QJsonObject first = values.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("dataElement")).toString(), QStringLiteral("DeCasesaaaa"));
        QCOMPARE(first.value(QStringLiteral("orgUnit")).toString(), QStringLiteral("OuS01aaaaaa"));
        QCOMPARE(first.value(QStringLiteral("period")).toString(), QStringLiteral("202401"));
        QCOMPARE(first.value(QStringLiteral("categoryOptionCombo")).toString(), QString::fromLatin1(DataExport::DefaultCategoryOptionCombo));
        QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("10"));
        QCOMPARE(first.value(QStringLiteral("comment")).toString(), QStringLiteral("He said \"hi\", ok"));
        QCOMPARE(first.value(QStringLiteral("followup")).toBool(), false);
        QVERIFY(!first.value(QStringLiteral("lastUpdated")).toString().isEmpty());
        QCOMPARE(values.at(1).toObject().value(QStringLiteral("categoryOptionCombo")).toString(), QStringLiteral("CocAaaaaaaa"));
        QCOMPARE(values.at(2).toObject().value(QStringLiteral("categoryOptionCombo")).toString(), m_optB.code);
        QCOMPARE(values.at(3).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("0.1"));
        // A percentage stored as 7 of 50 goes as its rate, 14 (%).
        const QJsonObject pct = values.at(4).toObject();
        QCOMPARE(pct.value(QStringLiteral("dataElement")).toString(), QStringLiteral("PCT"));
        QCOMPARE(pct.value(QStringLiteral("value")).toString(), QStringLiteral("14"));
        QCOMPARE(pct.value(QStringLiteral("comment")).toString(), QStringLiteral("line 1\nline 2"));
        QCOMPARE(values.at(5).toObject().value(QStringLiteral("orgUnit")).toString(), QStringLiteral("S02"));
        QCOMPARE(values.at(5).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("café"));
        QCOMPARE(values.at(6).toObject().value(QStringLiteral("period")).toString(), QStringLiteral("2024Mar"));
        QCOMPARE(values.at(6).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("1000000"));
    }

    void dhis2JsonWithoutDefaultCombo()
    {
        DataExport::Options options;
        options.defaultCategoryOptionCombo.clear();
        auto done = run(DataExport::Format::Dhis2Json, QStringLiteral("out.json"), {}, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const QJsonArray values =
            QJsonDocument::fromJson(readAll(path(QStringLiteral("out.json")))).object().value(QStringLiteral("dataValues")).toArray();
        QVERIFY(!values.at(0).toObject().contains(QStringLiteral("categoryOptionCombo")));
        QVERIFY(values.at(1).toObject().contains(QStringLiteral("categoryOptionCombo")));
    }

    void dhis2Csv()
    {
        map(Dhis2Kind::Site, m_s01.meta.uuid, QStringLiteral("OuS01aaaaaa"));
        auto done = run(DataExport::Format::Dhis2Csv, QStringLiteral("dhis2.csv"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        const QByteArray bytes = readAll(path(QStringLiteral("dhis2.csv")));
        QVERIFY(bytes.startsWith("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,"
                                 "comment,followup\r\n"));
        const auto records = readCsv(path(QStringLiteral("dhis2.csv")));
        QCOMPARE(records.size(), 8);
        const QStringList first = records.at(1);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.mid(0, 6), (QStringList{QStringLiteral("CASES"), QStringLiteral("202401"), QStringLiteral("OuS01aaaaaa"),
                                               QStringLiteral("HllvX50cXC0"), QString(), QStringLiteral("10")}));
        QVERIFY(first.at(7).startsWith(QStringLiteral("20"))); // lastupdated
        QCOMPARE(first.at(8), QStringLiteral("He said \"hi\", ok"));
        QCOMPARE(first.at(9), QStringLiteral("false"));
        QCOMPARE(records.at(2).at(3), m_optA.code);
        QCOMPARE(records.at(5).at(5), QStringLiteral("14"));
        QCOMPARE(records.at(6).at(2), QStringLiteral("S02"));
        QCOMPARE(done->warnings.size(), 3);
    }

    void adxValidates()
    {
        map(Dhis2Kind::Site, m_s01.meta.uuid, QStringLiteral("OuS01aaaaaa"));
        map(Dhis2Kind::Period, QStringLiteral("202403"), QStringLiteral("2024Q1")); // a period id: written as its range
        DataExport::Options options;
        options.dataSet = QStringLiteral("IECD & co");
        auto done = run(DataExport::Format::Adx, QStringLiteral("out.xml"), {}, options);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->rows, qint64(7));
        QProcess xmllint;
        xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), AdxSchema,
                                                  path(QStringLiteral("out.xml"))});
        QVERIFY(xmllint.waitForFinished(60000));
        QVERIFY2(xmllint.exitStatus() == QProcess::NormalExit && xmllint.exitCode() == 0, xmllint.readAllStandardError().constData());
        const QString xml = QString::fromUtf8(readAll(path(QStringLiteral("out.xml"))));
        // One group per site and period, values in indicator order within it.
        QCOMPARE(xml.count(QStringLiteral("<group ")), 4);
        QVERIFY(xml.contains(QStringLiteral("<group orgUnit=\"OuS01aaaaaa\" period=\"2024-01-01/P1M\" dataSet=\"IECD &amp; co\">")));
        QVERIFY(xml.contains(QStringLiteral("<group orgUnit=\"S02\" period=\"2024-01-01/P3M\"")));
        QVERIFY(xml.contains(QStringLiteral("<dataValue dataElement=\"CASES\" categoryOptionCombo=\"HllvX50cXC0\" value=\"10\">"
                                            "<annotation>He said \"hi\", ok</annotation></dataValue>")));
        QVERIFY(xml.contains(QStringLiteral("<dataValue dataElement=\"PCT\" categoryOptionCombo=\"HllvX50cXC0\" value=\"14\">")));
        QVERIFY(xml.indexOf(QStringLiteral("dataElement=\"CASES\" categoryOptionCombo=\"HllvX50cXC0\" value=\"10\""))
                < xml.indexOf(QStringLiteral("dataElement=\"PCT\"")));
    }

    void adxOfNothingIsRefused()
    {
        DataSelection s = all();
        s.statuses = {QStringLiteral("returned")};
        auto done = run(DataExport::Format::Adx, QStringLiteral("none.xml"), s);
        QVERIFY(!done.ok());
        QVERIFY2(done.error().contains(QStringLiteral("none.xml")), qPrintable(done.error()));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.xml"))));
        // CSV of nothing is its header.
        auto csv = run(DataExport::Format::Csv, QStringLiteral("none.csv"), s);
        QVERIFY(csv.ok());
        QCOMPARE(csv->rows, qint64(0));
    }

    void badOutputPath_data()
    {
        QTest::addColumn<int>("format");
        for (auto f : {DataExport::Format::Csv, DataExport::Format::Xlsx, DataExport::Format::Dhis2Json, DataExport::Format::Dhis2Csv,
                       DataExport::Format::Adx})
            QTest::newRow(qPrintable(DataExport::formatKey(f))) << int(f);
    }
    void badOutputPath()
    {
        QFETCH(int, format);
        const QString target = path(QStringLiteral("missing-folder/out.file"));
        auto done = DataExport::write(*m_db, all(), DataExport::Options{DataExport::Format(format)}, target);
        QVERIFY(!done.ok());
        QCOMPARE(done.errorKind(), ErrorKind::File);
        QVERIFY2(done.error().contains(QStringLiteral("missing-folder")), qPrintable(done.error()));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(filesIn(*m_dir), QStringList());
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("when"); // 0 at the start, 1 inside the query (its sort), 2 midway through the rows
        for (auto f : {DataExport::Format::Csv, DataExport::Format::Xlsx, DataExport::Format::Adx}) {
            QTest::newRow(qPrintable(DataExport::formatKey(f) + QStringLiteral(" at start"))) << int(f) << 0;
            QTest::newRow(qPrintable(DataExport::formatKey(f) + QStringLiteral(" in the query"))) << int(f) << 1;
            QTest::newRow(qPrintable(DataExport::formatKey(f) + QStringLiteral(" midway"))) << int(f) << 2;
        }
    }
    void cancelLeavesNoFile()
    {
        QFETCH(int, format);
        QFETCH(int, when);
        // A demonstration programme, large enough for progress calls during the rows.
        QTemporaryDir demoDir;
        const QString demoPath = demoDir.filePath(QStringLiteral("demo.db"));
        auto generated = DemoGenerator::generateFile(demoPath, DemoGenerator::Options{8, 12, 7});
        QVERIFY2(generated.ok(), qPrintable(generated.error()));
        auto opened = Database::open(demoPath, Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        Database &demo = *opened.value();
        DataSelection s;
        s.programmeId = ProgrammeRepository(demo).all().first().meta.id;
        const qint64 total = DataExport::count(demo, s).value();
        QVERIFY2(total > 2000, qPrintable(QString::number(total)));

        // An existing file stays as it was.
        const QString target = path(QStringLiteral("existing.out"));
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        qint64 calls = 0;
        qint64 lastRows = -1;
        auto done = DataExport::write(demo, s, DataExport::Options{DataExport::Format(format)}, target,
                                      [&](qint64 rows, qint64 all) {
                                          ++calls;
                                          lastRows = rows;
                                          if (when == 0)
                                              return false;
                                          if (when == 1) // the call after the first comes from inside the query
                                              return calls < 2;
                                          return rows < 1000 || rows >= all;
                                      });
        QVERIFY(!done.ok());
        QVERIFY2(done.error().contains(QStringLiteral("cancelled")), qPrintable(done.error()));
        if (when == 0)
            QCOMPARE(calls, qint64(1));
        else if (when == 1)
            QCOMPARE(lastRows, qint64(0)); // stopped before a single row was written
        else
            QCOMPARE(lastRows, qint64(1000));
        QCOMPARE(readAll(target), QByteArray("old content"));
        QCOMPARE(filesIn(*m_dir), QStringList{QStringLiteral("existing.out")});

        // Without a cancel, every row arrives.
        auto full = DataExport::write(demo, s, DataExport::Options{DataExport::Format(format)}, target);
        QVERIFY2(full.ok(), qPrintable(full.error()));
        if (format == int(DataExport::Format::Adx)) // values without a number are left out
            QVERIFY(full->rows > 0 && full->rows <= total);
        else
            QCOMPARE(full->rows, total);
        QCOMPARE(filesIn(*m_dir), QStringList{QStringLiteral("existing.out")});
    }

    void formatKeys()
    {
        for (auto f : {DataExport::Format::Csv, DataExport::Format::Xlsx, DataExport::Format::Dhis2Json, DataExport::Format::Dhis2Csv,
                       DataExport::Format::Adx}) {
            QCOMPARE(DataExport::formatFromKey(DataExport::formatKey(f)), std::optional(f));
            QVERIFY(!DataExport::formatLabel(f).isEmpty());
        }
        QVERIFY(!DataExport::formatFromKey(QStringLiteral("pdf")));
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
