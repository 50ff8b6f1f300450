#include "io/dataexport.h"
#include "io/metadataimport.h"
#include "services/indicatorservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/sqlitestatement.h"
#include "testsupport.h"
#include "xlsxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <xlsxwriter.h>

using namespace TestSupport;

// The metadata import (core/io/metadataimport, core/io/dhis2metadata): sites and indicators
// from CSV and XLSX with English or Chinese headers, DHIS2 metadata JSON, the validation
// report, all or nothing, idempotence, permissions and cancelling.
class TestMetadataImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Actor m_manager;
    int m_n = 0;

    Actor actorFor(Role role)
    {
        User u;
        u.username = Vocabulary::key(role) + QString::number(++m_n);
        u.role = role;
        auto created = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        return Actor{created->meta.id, created->username, created->role};
    }

    QString write(const QByteArray &bytes, const char *suffix = ".csv")
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1").arg(++m_n) + QLatin1StringView(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    MetadataImport::Options options(const QString &path, MetadataImport::Source source) const
    {
        MetadataImport::Options o;
        o.path = path;
        o.source = source;
        o.programmeId = m_programme.meta.id;
        return o;
    }

    // Everything an import may write, for "nothing changed".
    QByteArray contents()
    {
        QByteArray all;
        for (const char *sql : {"SELECT * FROM site ORDER BY id", "SELECT * FROM indicator ORDER BY id",
                                "SELECT * FROM indicator_option ORDER BY indicator_id, option_id",
                                "SELECT * FROM category_option ORDER BY id", "SELECT * FROM dhis2_mapping ORDER BY id",
                                "SELECT id, hash FROM audit ORDER BY id"}) {
            SqliteStatement s(m_db->handle(), sql);
            while (s.next()) {
                for (int i = 0; i < s.columnCount(); ++i)
                    all += s.bytes(i) + '|';
                all += '\n';
            }
        }
        return all;
    }

    qint64 scalar(const char *sql)
    {
        SqliteStatement s(m_db->handle(), sql);
        return s.next() ? s.int64(0) : -1;
    }

    QStringList verify()
    {
        QSqlDatabase c = m_db->connection();
        return AuditLog::verify(c);
    }

    static QStringList reasons(const MetadataImport::Report &report)
    {
        QStringList list;
        for (const auto &p : report.problems)
            list.append(QStringLiteral("%1|%2|%3").arg(p.row).arg(p.column, p.reason));
        return list;
    }

    std::optional<Site> site(const QString &code)
    {
        for (const Site &s : SiteService(*m_db, admin()).sites(m_programme.meta.id))
            if (s.code == code)
                return s;
        return std::nullopt;
    }

    std::optional<Indicator> indicator(const QString &code)
    {
        for (const Indicator &i : IndicatorService(*m_db, admin()).indicators(m_programme.meta.id))
            if (i.code == code)
                return i;
        return std::nullopt;
    }

    qint64 optionId(const QString &code)
    {
        for (const CategoryOption &o : IndicatorService(*m_db, admin()).options(m_programme.meta.id))
            if (o.code == code)
                return o.meta.id;
        return 0;
    }

    // Check and apply; returns the applied report (or fails the test).
    MetadataImport::Report importOk(const MetadataImport::Options &o)
    {
        MetadataImport import(*m_db, m_manager, o);
        auto checked = import.check();
        if (!checked) {
            qWarning("%s", qPrintable(checked.error()));
            return {};
        }
        if (checked->rejectedRecords > 0)
            qWarning("%s", qPrintable(reasons(checked.value()).join(u'\n')));
        auto applied = import.apply();
        if (!applied) {
            qWarning("%s", qPrintable(applied.error()));
            return {};
        }
        return applied.value();
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("m%1.db").arg(++m_n));
        m_programme = makeProgramme(*m_db);
        m_manager = actorFor(Role::Manager);
    }

    void headersAreRecognisedInEnglishAndChinese()
    {
        const auto sites = MetadataMapping::guess(
            MetadataMapping::Kind::Sites,
            {QStringLiteral("代码"), QStringLiteral("名称"), QStringLiteral("Name"), QStringLiteral("省份"),
             QStringLiteral("县（区）"), QStringLiteral("组别"), QStringLiteral("城乡"), QStringLiteral("民族地区"),
             QStringLiteral("Poverty County"), QStringLiteral("儿童人数"), QStringLiteral("纬度"), QStringLiteral("lng"),
             QStringLiteral("干预开始时间"), QStringLiteral("状态"), QStringLiteral("remarks")});
        QCOMPARE(sites.columns.value(QStringLiteral("code")), QStringLiteral("代码"));
        QCOMPARE(sites.columns.value(QStringLiteral("name_zh")), QStringLiteral("名称"));
        QCOMPARE(sites.columns.value(QStringLiteral("name_en")), QStringLiteral("Name"));
        QCOMPARE(sites.columns.value(QStringLiteral("province_zh")), QStringLiteral("省份"));
        QCOMPARE(sites.columns.value(QStringLiteral("county_zh")), QStringLiteral("县（区）"));
        QCOMPARE(sites.columns.value(QStringLiteral("arm")), QStringLiteral("组别"));
        QCOMPARE(sites.columns.value(QStringLiteral("poverty_county")), QStringLiteral("Poverty County"));
        QCOMPARE(sites.columns.value(QStringLiteral("longitude")), QStringLiteral("lng"));
        QCOMPARE(sites.columns.value(QStringLiteral("intervention_start")), QStringLiteral("干预开始时间"));
        QCOMPARE(sites.columns.size(), 14);
        const auto json = MetadataMapping::fromJson(MetadataMapping::Kind::Sites, sites.toJson());
        QCOMPARE(json.columns, sites.columns);

        const auto indicators = MetadataMapping::guess(
            MetadataMapping::Kind::Indicators,
            {QStringLiteral("指标代码"), QStringLiteral("指标名称"), QStringLiteral("数值类型"), QStringLiteral("报告频率"),
             QStringLiteral("基线"), QStringLiteral("目标值"), QStringLiteral("分类选项")});
        QCOMPARE(indicators.columns.size(), 7);
        QCOMPARE(indicators.columns.value(QStringLiteral("options")), QStringLiteral("分类选项"));

        auto noCode = MetadataMapping::guess(MetadataMapping::Kind::Sites, {QStringLiteral("名称")})
                          .resolve({QStringLiteral("名称")});
        QVERIFY(!noCode);
        QVERIFY(noCode.error().contains(QStringLiteral("code")));
    }

    // A Chinese Excel "CSV (comma delimited)" file: GB18030 without a BOM, Chinese headers and
    // words, dates in three spellings. The second import of the same file changes nothing.
    void sitesFromAChineseCsvFileOnceOnly()
    {
        const QString text = QStringLiteral(
            "代码,名称,英文名称,省,县,组别,城乡,民族地区,贫困县,儿童人数,纬度,经度,干预开始时间,状态\n"
            "532627,广南县,Guangnan,云南省,广南县,试点,农村,是,1,\"12,345\",24.05,105.06,2024年3月,\n"
            "532628,富宁县,,云南省,富宁县,对照,城市,否,0,8000,,,45366,暂停\n"
            "S-3,第三点,Third,,,pilot,rural,no,no,0,,,2024-03-15,active\n");
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QString path = write(encoder.encode(text));
        const auto o = options(path, MetadataImport::Source::Sites);
        MetadataImport import(*m_db, m_manager, o);
        auto checked = import.check();
        QVERIFY2(checked, qPrintable(checked.error()));
        QVERIFY2(checked->problems.isEmpty(), qPrintable(reasons(checked.value()).join(u'\n')));
        QCOMPARE(checked->records, 3);
        QCOMPARE(checked->inserted, 3);
        QVERIFY2(checked->format.contains(QStringLiteral("GB18030")), qPrintable(checked->format));
        QCOMPARE(scalar("SELECT count(*) FROM site"), 0); // the check writes nothing
        auto applied = import.apply();
        QVERIFY2(applied, qPrintable(applied.error()));
        QVERIFY(applied->applied);
        QCOMPARE(scalar("SELECT count(*) FROM site"), 3);

        const Site guangnan = *site(QStringLiteral("532627"));
        QCOMPARE(guangnan.nameZh, QStringLiteral("广南县"));
        QCOMPARE(guangnan.nameEn, QStringLiteral("Guangnan"));
        QCOMPARE(guangnan.provinceZh, QStringLiteral("云南省"));
        QCOMPARE(guangnan.arm, Arm::Pilot);
        QCOMPARE(guangnan.locality, Locality::Rural);
        QVERIFY(guangnan.ethnicMinorityArea && guangnan.povertyCounty);
        QCOMPARE(guangnan.childPopulation, 12345);
        QCOMPARE(*guangnan.latitude, 24.05);
        QCOMPARE(guangnan.interventionStart, QDate(2024, 3, 1));
        QCOMPARE(guangnan.status, SiteStatus::Active);
        const Site funing = *site(QStringLiteral("532628"));
        QCOMPARE(funing.arm, Arm::Comparison);
        QCOMPARE(funing.locality, Locality::Urban);
        QVERIFY(!funing.ethnicMinorityArea && !funing.povertyCounty);
        QVERIFY(!funing.latitude);
        QCOMPARE(funing.interventionStart, QDate(2024, 3, 15)); // Excel serial 45366
        QCOMPARE(funing.status, SiteStatus::Suspended);
        QCOMPARE(site(QStringLiteral("S-3"))->interventionStart, QDate(2024, 3, 15));
        QCOMPARE(scalar("SELECT count(*) FROM audit WHERE entity = 'site' AND action = 'create'"), 3);

        const QByteArray before = contents();
        const auto again = importOk(o);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.inserted + again.updated, 0);
        QCOMPARE(contents(), before);
        QVERIFY2(verify().isEmpty(), qPrintable(verify().join(u'\n')));

        // The sites sheet of ScaleReady's own workbook reads back: its bilingual headers are
        // recognised and nothing differs.
        DataSelection all;
        all.programmeId = m_programme.meta.id;
        DataExport::Options xlsx;
        xlsx.format = DataExport::Format::Xlsx;
        const QString book = m_dir.filePath(QStringLiteral("book.xlsx"));
        auto exported = DataExport::write(*m_db, all, xlsx, book);
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        auto fromBook = options(book, MetadataImport::Source::Sites);
        fromBook.sheet = QStringLiteral("Sites 项目点");
        MetadataImport roundTrip(*m_db, m_manager, fromBook);
        auto back = roundTrip.check();
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY2(back->problems.isEmpty(), qPrintable(reasons(back.value()).join(u'\n')));
        QCOMPARE(back->unchanged, 3);
    }

    // An XLSX workbook as Excel writes it: a named sheet, numbers and a date cell; an existing
    // site is updated only where the file says something else, empty cells keep what is stored.
    void sitesFromAWorkbook()
    {
        Site stored = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        stored.nameZh = QStringLiteral("甲");
        stored.childPopulation = 50;
        stored = SiteService(*m_db, admin()).update(stored).value();
        const QString path = m_dir.filePath(QStringLiteral("sites%1.xlsx").arg(++m_n));
        lxw_workbook *workbook = workbook_new(path.toUtf8().constData());
        workbook_add_worksheet(workbook, "Cover");
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sites");
        lxw_format *dateFormat = workbook_add_format(workbook);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        const char *header[] = {"Site code", "Name", "Province", "Arm", "Locality", "Child population", "Latitude",
                                "Longitude", "Intervention start"};
        for (int c = 0; c < 9; ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);
        worksheet_write_string(sheet, 1, 0, "A", nullptr);
        worksheet_write_string(sheet, 1, 1, "Site A", nullptr);
        worksheet_write_string(sheet, 1, 3, "Comparison", nullptr);
        worksheet_write_number(sheet, 2, 0, 110101, nullptr);
        worksheet_write_string(sheet, 2, 1, "Dongcheng", nullptr);
        worksheet_write_string(sheet, 2, 2, "Beijing", nullptr);
        worksheet_write_string(sheet, 2, 3, "pilot", nullptr);
        worksheet_write_string(sheet, 2, 4, "urban", nullptr);
        worksheet_write_number(sheet, 2, 5, 2500, nullptr);
        worksheet_write_number(sheet, 2, 6, 39.93, nullptr);
        worksheet_write_number(sheet, 2, 7, 116.42, nullptr);
        lxw_datetime start = {2025, 1, 20, 0, 0, 0};
        worksheet_write_datetime(sheet, 2, 8, &start, dateFormat);
        QCOMPARE(int(workbook_close(workbook)), int(LXW_NO_ERROR));

        auto o = options(path, MetadataImport::Source::Sites);
        o.sheet = QStringLiteral("Sites");
        const auto report = importOk(o);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.updated, 1);
        QVERIFY(report.format.contains(QStringLiteral("Sites")));
        const Site a = *site(QStringLiteral("A"));
        QCOMPARE(a.arm, Arm::Comparison);
        QCOMPARE(a.nameZh, QStringLiteral("甲")); // no column: kept
        QCOMPARE(a.childPopulation, 50);          // empty cell: kept
        QCOMPARE(a.meta.revision, stored.meta.revision + 1);
        const Site d = *site(QStringLiteral("110101"));
        QCOMPARE(d.nameEn, QStringLiteral("Dongcheng"));
        QCOMPARE(d.provinceEn, QStringLiteral("Beijing"));
        QCOMPARE(d.locality, Locality::Urban);
        QCOMPARE(d.childPopulation, 2500);
        QCOMPARE(*d.longitude, 116.42);
        QCOMPARE(d.interventionStart, QDate(2025, 1, 20));

        const QByteArray before = contents();
        QCOMPARE(importOk(o).unchanged, 2);
        QCOMPARE(contents(), before);

        // Without the sheet name, the first sheet (empty) is read and has no header row.
        MetadataImport first(*m_db, m_manager, options(path, MetadataImport::Source::Sites));
        auto checked = first.check();
        QVERIFY(!checked);
        QCOMPARE(checked.errorKind(), ErrorKind::File);
        QVERIFY2(checked.error().contains(QStringLiteral("no header")), qPrintable(checked.error()));
        QVERIFY(verify().isEmpty());
    }

    // Every bad row is reported with its row, column and reason; nothing is written.
    void badRowsAreReportedAndNothingIsWritten()
    {
        makeSite(*m_db, m_programme.meta.id, QStringLiteral("OLD"), QStringLiteral("Old site"));
        const QString path = write(QStringLiteral(
            "code,name,arm,locality,latitude,longitude,child population,status,intervention start,minority area\n"
            "GOOD,Good,pilot,rural,30,110,10,active,2024-01,yes\n"
            ",No code,pilot,rural,,,,,,\n"
            "DUP,First,pilot,rural,,,,,,\n"
            "DUP,Second,pilot,rural,,,,,,\n"
            "BADARM,Bad arm,maybe,suburb,,,,,,\n"
            "BADNUM,Bad numbers,pilot,rural,north,110,-3,,,\n"
            "FAR,Far away,pilot,rural,95,110,,gone,someday,perhaps\n"
            "NONAME,,pilot,rural,,,,,,\n"
            "ONE,One coordinate,pilot,rural,30,,,,,\n"
            "bad code,Spaces,pilot,rural,,,,,,\n").toUtf8());
        const QByteArray before = contents();
        MetadataImport import(*m_db, m_manager, options(path, MetadataImport::Source::Sites));
        auto checked = import.check();
        QVERIFY2(checked, qPrintable(checked.error()));
        const QStringList r = reasons(checked.value());
        auto has = [&](const QString &prefix, const QString &part) {
            for (const QString &line : r)
                if (line.startsWith(prefix) && line.contains(part))
                    return true;
            qWarning("missing %s … %s in:\n%s", qPrintable(prefix), qPrintable(part), qPrintable(r.join(u'\n')));
            return false;
        };
        QVERIFY(has(QStringLiteral("3|code|"), QStringLiteral("The code is empty")));
        QVERIFY(has(QStringLiteral("4|code|"), QStringLiteral("rows 4, 5")));
        QVERIFY(has(QStringLiteral("5|code|"), QStringLiteral("rows 4, 5")));
        QVERIFY(has(QStringLiteral("6|arm|"), QStringLiteral("“maybe” is not an arm")));
        QVERIFY(has(QStringLiteral("6|locality|"), QStringLiteral("“suburb”")));
        QVERIFY(has(QStringLiteral("7|latitude|"), QStringLiteral("“north” is not a number")));
        QVERIFY(has(QStringLiteral("7|child population|"), QStringLiteral("cannot be negative")));
        QVERIFY(has(QStringLiteral("8|latitude|"), QStringLiteral("outside −90 to 90")));
        QVERIFY(has(QStringLiteral("8|status|"), QStringLiteral("“gone”")));
        QVERIFY(has(QStringLiteral("8|intervention start|"), QStringLiteral("“someday”")));
        QVERIFY(has(QStringLiteral("8|minority area|"), QStringLiteral("“perhaps” is not yes or no")));
        QVERIFY(has(QStringLiteral("9||"), QStringLiteral("no name")));
        QVERIFY(has(QStringLiteral("10||"), QStringLiteral("only one coordinate")));
        QVERIFY(has(QStringLiteral("11||"), QStringLiteral("contains spaces")));
        QCOMPARE(checked->records, 10);
        QCOMPARE(checked->rejectedRecords, 9);
        QCOMPARE(checked->inserted, 1);
        auto applied = import.apply();
        QVERIFY(!applied);
        QVERIFY2(applied.error().contains(QStringLiteral("Nothing was imported")), qPrintable(applied.error()));
        QCOMPARE(contents(), before);
    }

    void indicatorsWithOptionsOnceOnly()
    {
        const QString path = write(QStringLiteral(
            "指标代码,指标名称,英文名称,数值类型,报告频率,方向,最小值,最大值,基线,目标值,必填,分类选项,领域\n"
            "ANC4,至少四次产检,ANC4+,百分比,季度,越高越好,,,60%,85,是,F_HAN；F_MIN,健康\n"
            "VISITS,家访次数,Home visits,count,monthly,higher,0,\"1,000\",,,否,,early learning\n"
            "STUNT,发育迟缓,Stunting,rate_per_1000,annual,越低越好,,,,,0,合计,营养\n").toUtf8());
        const auto o = options(path, MetadataImport::Source::Indicators);
        const auto report = importOk(o);
        QCOMPARE(report.inserted, 3);
        const Indicator anc = *indicator(QStringLiteral("ANC4"));
        QCOMPARE(anc.nameZh, QStringLiteral("至少四次产检"));
        QCOMPARE(anc.valueType, ValueType::Percentage);
        QCOMPARE(anc.frequency, Frequency::Quarterly);
        QCOMPARE(*anc.baseline, 60.0);
        QCOMPARE(*anc.target, 85.0);
        QVERIFY(anc.required);
        QCOMPARE(anc.optionIds, (QList<qint64>{optionId(QStringLiteral("F_HAN")), optionId(QStringLiteral("F_MIN"))}));
        const Indicator visits = *indicator(QStringLiteral("VISITS"));
        QCOMPARE(*visits.maxValue, 1000.0);
        QCOMPARE(visits.area, OutcomeArea::EarlyLearning);
        const Indicator stunting = *indicator(QStringLiteral("STUNT"));
        QCOMPARE(stunting.direction, Direction::Lower);
        QCOMPARE(stunting.frequency, Frequency::Annual);
        QCOMPARE(stunting.area, OutcomeArea::Nutrition);
        QVERIFY(stunting.optionIds.isEmpty());

        const QByteArray before = contents();
        QCOMPARE(importOk(o).unchanged, 3);
        QCOMPARE(contents(), before);

        // An unknown option and a baseline outside a percentage's range reject their rows.
        const QString bad = write(QStringLiteral("code,name,value type,options,baseline\n"
                                                 "ANC4,ANC4,percentage,F_HAN;X_Y,\n"
                                                 "NEW,New,percentage,,120\n"
                                                 "ODD,Odd,sometimes,,\n").toUtf8());
        MetadataImport import(*m_db, m_manager, options(bad, MetadataImport::Source::Indicators));
        auto checked = import.check();
        QVERIFY(checked);
        const QStringList r = reasons(checked.value());
        QCOMPARE(r.size(), 3);
        QVERIFY2(r.at(0).startsWith(QStringLiteral("2|options|“X_Y” is not a category option")), qPrintable(r.at(0)));
        QVERIFY2(r.at(1).startsWith(QStringLiteral("3||The baseline 120")), qPrintable(r.at(1)));
        QVERIFY2(r.at(2).startsWith(QStringLiteral("4|value type|“sometimes” is not one of: count, percentage")),
                 qPrintable(r.at(2)));
        QVERIFY(!import.apply());
        QCOMPARE(contents(), before);
        QVERIFY(verify().isEmpty());
    }

    // The DHIS2 sample of the contract folder: one data element with a sex category combo.
    void dhis2SampleFromTheContracts()
    {
        const QString path = QStringLiteral(SCALEREADY_SOURCE_DIR
                                            "/../shared/contracts/dhis2/dhis2-core/data_element_and_dataset_with_catcombo.json");
        if (!QFile::exists(path))
            QSKIP("the shared contract files are not beside the source tree");
        const auto o = options(path, MetadataImport::Source::Dhis2);
        const auto report = importOk(o);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.optionsCreated, 2);
        const Indicator i = *indicator(QStringLiteral("NB_INSUREES"));
        QCOMPARE(i.nameEn, QStringLiteral("NB_INSUREES"));
        QCOMPARE(i.valueType, ValueType::Count); // NUMBER, SUM
        QCOMPARE(i.frequency, Frequency::Monthly); // the data set's period type
        QCOMPARE(i.optionIds, (QList<qint64>{optionId(QStringLiteral("M")), optionId(QStringLiteral("F"))}));
        const auto options = IndicatorService(*m_db, admin()).options(m_programme.meta.id);
        for (const CategoryOption &opt : options) {
            if (opt.code == u"M") {
                QCOMPARE(opt.nameEn, QStringLiteral("Male3"));
                QCOMPARE(opt.tags, (QList<DimensionTag>{{QStringLiteral("sex"), QStringLiteral("male")}}));
            }
        }
        SqliteStatement s(m_db->handle(), "SELECT m.remote FROM dhis2_mapping m JOIN indicator i ON i.uuid = m.local_key"
                                          " WHERE m.kind = 'indicator' AND i.code = 'NB_INSUREES'");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("IjXDFHSWw8n"));

        const QByteArray before = contents();
        const auto again = importOk(o);
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(again.optionsCreated, 0);
        QCOMPARE(contents(), before);
        QVERIFY(verify().isEmpty());
    }

    // Organisation units with their hierarchy, Chinese names, coordinates; option combos with
    // uids; a percentage that averages; a text element skipped.
    void dhis2OrganisationUnitsAndOptionCombos()
    {
        const QJsonObject root{
            {QStringLiteral("organisationUnits"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("CN000000001")}, {QStringLiteral("name"), QStringLiteral("China")},
                             {QStringLiteral("level"), 1}, {QStringLiteral("path"), QStringLiteral("/CN000000001")}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("YN000000001")}, {QStringLiteral("name"), QStringLiteral("Yunnan")},
                             {QStringLiteral("code"), QStringLiteral("530000")}, {QStringLiteral("level"), 2},
                             {QStringLiteral("path"), QStringLiteral("/CN000000001/YN000000001")},
                             {QStringLiteral("translations"),
                              QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("NAME")},
                                                     {QStringLiteral("locale"), QStringLiteral("zh_CN")},
                                                     {QStringLiteral("value"), QStringLiteral("云南省")}}}}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("WS000000001")}, {QStringLiteral("name"), QStringLiteral("文山州")},
                             {QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("YN000000001")}}}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("GN000000001")}, {QStringLiteral("name"), QStringLiteral("广南县")},
                             {QStringLiteral("code"), QStringLiteral("532627")},
                             {QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("WS000000001")}}},
                             {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                      {QStringLiteral("coordinates"), QJsonArray{105.06, 24.05}}}}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("FN000000001")}, {QStringLiteral("name"), QStringLiteral("Funing")},
                             {QStringLiteral("parent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("WS000000001")}}},
                             {QStringLiteral("closedDate"), QStringLiteral("2025-01-01")}},
             }},
            {QStringLiteral("categories"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CAT00000SEX")}, {QStringLiteral("code"), QStringLiteral("SEX")},
                                    {QStringLiteral("categoryOptions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000FEML")}},
                                                QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000MALE")}}}}}}},
            {QStringLiteral("categoryOptions"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000FEML")}, {QStringLiteral("name"), QStringLiteral("Female")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000MALE")}, {QStringLiteral("name"), QStringLiteral("Male")}}}},
            {QStringLiteral("categoryCombos"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("COMBO00SEX1")}, {QStringLiteral("name"), QStringLiteral("Sex")},
                                    {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CAT00000SEX")}}}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("bjDvmb4bfuf")}, {QStringLiteral("name"), QStringLiteral("default")}}}},
            {QStringLiteral("categoryOptionCombos"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("COC00000FEM")}, {QStringLiteral("name"), QStringLiteral("Girls")},
                                    {QStringLiteral("code"), QStringLiteral("GIRLS")},
                                    {QStringLiteral("categoryCombo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("COMBO00SEX1")}}},
                                    {QStringLiteral("categoryOptions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000FEML")}}}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("COC0000MALE")}, {QStringLiteral("name"), QStringLiteral("Boys")},
                                    {QStringLiteral("code"), QStringLiteral("BOYS")},
                                    {QStringLiteral("categoryCombo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("COMBO00SEX1")}}},
                                    {QStringLiteral("categoryOptions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("OPT0000MALE")}}}}}}},
            {QStringLiteral("dataElements"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("DE0000COVER")}, {QStringLiteral("name"), QStringLiteral("Coverage")},
                                    {QStringLiteral("code"), QStringLiteral("IMM COVER")}, {QStringLiteral("valueType"), QStringLiteral("PERCENTAGE")},
                                    {QStringLiteral("aggregationType"), QStringLiteral("AVERAGE")},
                                    {QStringLiteral("categoryCombo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("COMBO00SEX1")}}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("DE000WEIGHT")}, {QStringLiteral("name"), QStringLiteral("平均体重")},
                                    {QStringLiteral("valueType"), QStringLiteral("NUMBER")},
                                    {QStringLiteral("aggregationType"), QStringLiteral("AVERAGE_SUM_ORG_UNIT")},
                                    {QStringLiteral("categoryCombo"), QJsonObject{{QStringLiteral("id"), QStringLiteral("bjDvmb4bfuf")}}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("DE0000NOTES")}, {QStringLiteral("name"), QStringLiteral("Notes")},
                                    {QStringLiteral("code"), QStringLiteral("NOTES")}, {QStringLiteral("valueType"), QStringLiteral("LONG_TEXT")}}}},
        };
        const QString path = write(QJsonDocument(root).toJson(), ".json");
        const auto o = options(path, MetadataImport::Source::Dhis2);
        const auto report = importOk(o);
        QCOMPARE(report.inserted, 4); // two sites, two indicators
        QCOMPARE(report.skipped, 1);
        QVERIFY(report.notes.value(0).contains(QStringLiteral("LONG_TEXT")));
        QCOMPARE(report.optionsCreated, 2);

        const Site guangnan = *site(QStringLiteral("532627"));
        QCOMPARE(guangnan.nameZh, QStringLiteral("广南县"));
        QCOMPARE(guangnan.provinceEn, QStringLiteral("Yunnan"));
        QCOMPARE(guangnan.provinceZh, QStringLiteral("云南省"));
        QCOMPARE(guangnan.prefectureZh, QStringLiteral("文山州"));
        QCOMPARE(guangnan.countyZh, QStringLiteral("广南县"));
        QCOMPARE(guangnan.arm, Arm::Comparison); // the default arm of new DHIS2 sites
        QCOMPARE(*guangnan.latitude, 24.05);
        const Site funing = *site(QStringLiteral("FN000000001")); // no code: the uid
        QCOMPARE(funing.status, SiteStatus::Closed);
        QCOMPARE(funing.countyEn, QStringLiteral("Funing"));
        QVERIFY(!site(QStringLiteral("530000"))); // a parent is no site

        const Indicator cover = *indicator(QStringLiteral("IMM_COVER"));
        QCOMPARE(cover.valueType, ValueType::Percentage);
        QCOMPARE(cover.optionIds, (QList<qint64>{optionId(QStringLiteral("GIRLS")), optionId(QStringLiteral("BOYS"))}));
        const Indicator weight = *indicator(QStringLiteral("DE000WEIGHT"));
        QCOMPARE(weight.valueType, ValueType::Mean);
        QCOMPARE(weight.nameZh, QStringLiteral("平均体重"));
        QVERIFY(weight.optionIds.isEmpty());
        QCOMPARE(scalar("SELECT count(*) FROM dhis2_mapping WHERE kind = 'site'"), 2);
        QCOMPARE(scalar("SELECT count(*) FROM dhis2_mapping WHERE kind = 'indicator'"), 2);
        QCOMPARE(scalar("SELECT count(*) FROM dhis2_mapping WHERE kind = 'option'"), 2);
        QCOMPARE(scalar("SELECT count(*) FROM dhis2_mapping m JOIN category_option o ON o.uuid = m.local_key"
                        " WHERE m.remote = 'COC00000FEM' AND o.code = 'GIRLS'"),
                 1);

        const QByteArray before = contents();
        const auto again = importOk(o);
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.optionsCreated, 0);
        QCOMPARE(contents(), before);

        // A site whose arm a manager changed keeps it: DHIS2 knows nothing of arms.
        Site changed = guangnan;
        changed.arm = Arm::Pilot;
        QVERIFY(SiteService(*m_db, m_manager).update(changed));
        QCOMPARE(importOk(o).unchanged, 4);
        QCOMPARE(site(QStringLiteral("532627"))->arm, Arm::Pilot);
        QVERIFY(verify().isEmpty());
    }

    void notAMetadataExport()
    {
        for (const QByteArray &bytes : {QByteArray("{\"dataValues\": []}"), QByteArray("{not json")}) {
            MetadataImport import(*m_db, m_manager, options(write(bytes, ".json"), MetadataImport::Source::Dhis2));
            auto checked = import.check();
            QVERIFY(!checked);
            QCOMPARE(checked.errorKind(), ErrorKind::File);
            QVERIFY2(checked.error().contains(QStringLiteral(".json")), qPrintable(checked.error()));
        }
    }

    void officersAndViewersAreRefused()
    {
        const QString path = write("code,name\nX,Site X\n");
        for (Role role : {Role::FieldOfficer, Role::Viewer}) {
            MetadataImport import(*m_db, actorFor(role), options(path, MetadataImport::Source::Sites));
            auto checked = import.check();
            QVERIFY(!checked);
            QVERIFY2(checked.error().contains(QStringLiteral("Only programme managers and administrators")),
                     qPrintable(checked.error()));
            QVERIFY(!import.apply());
        }
        QCOMPARE(scalar("SELECT count(*) FROM site"), 0);
    }

    void cancellingRollsBack()
    {
        const QString path = write("code,name\nX,Site X\nY,Site Y\nZ,Site Z\n");
        const QByteArray before = contents();
        MetadataImport import(*m_db, m_manager, options(path, MetadataImport::Source::Sites));
        QVERIFY(import.check());
        int calls = 0;
        auto applied = import.apply([&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!applied);
        QCOMPARE(applied.error(), MetadataImport::cancelledMessage());
        QCOMPARE(contents(), before);
        QVERIFY(verify().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetadataImport)
#include "tst_metadataimport.moc"
