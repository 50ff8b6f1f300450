#include "demo/demogenerator.h"
#include "io/dataexport.h"
#include "io/dataimport.h"
#include "storage/programmerepository.h"
#include "io/periodtext.h"
#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/reportservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/backups.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QStringEncoder>

using namespace TestSupport;

// The data import (core/io/dataimport): check, apply, the validation report, idempotence,
// locks and permissions, cancelling, the rejected-rows file; and the period forms and
// column mappings it relies on.
class TestDataImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Site m_siteA, m_siteB;
    Indicator m_percentage, m_count;
    QList<CategoryOption> m_options;
    int m_n = 0;

    Actor actorFor(Role role, const QList<qint64> &siteIds = {})
    {
        User u;
        u.username = Vocabulary::key(role) + QString::number(++m_n);
        u.role = role;
        u.siteIds = siteIds;
        auto created = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        return Actor{created->meta.id, created->username, created->role};
    }

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.csv").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }
    QString writeText(const QString &text) { return write(text.toUtf8()); }

    DataImport::Options options(const QString &path, const ImportMapping &mapping = ImportMapping::canonical()) const
    {
        DataImport::Options o;
        o.path = path;
        o.mapping = mapping;
        o.programmeId = m_programme.meta.id;
        o.today = QDate(2026, 11, 28);
        return o;
    }

    // What the database holds: every data value, report and audit row, for "nothing changed".
    QByteArray contents()
    {
        QByteArray all;
        for (const char *sql : {"SELECT * FROM data_value ORDER BY id", "SELECT * FROM report ORDER BY id",
                                "SELECT id, hash FROM audit ORDER BY id", "SELECT * FROM import_log ORDER BY id"}) {
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

    std::optional<DataValue> stored(const Site &site, const Indicator &indicator, const Period &period, qint64 option = 0)
    {
        auto v = DataValueRepository(*m_db).find(site.meta.id, indicator.meta.id, period, option);
        return v && !v->meta.deleted ? v : std::nullopt;
    }

    QStringList verify()
    {
        QSqlDatabase c = m_db->connection();
        return AuditLog::verify(c);
    }

    static QStringList reasons(const DataImport::Report &report)
    {
        QStringList list;
        for (const auto &p : report.problems)
            list.append(QStringLiteral("%1|%2|%3").arg(p.row).arg(p.column, p.reason));
        return list;
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("d%1.db").arg(++m_n));
        m_programme = makeProgramme(*m_db);
        IndicatorService indicators(*m_db, admin());
        m_options = indicators.options(m_programme.meta.id);
        QVERIFY(m_options.size() >= 2);
        Indicator p;
        p.programmeId = m_programme.meta.id;
        p.code = QStringLiteral("FULLIMM");
        p.nameEn = QStringLiteral("Fully immunised");
        p.nameZh = QStringLiteral("全程免疫");
        p.valueType = ValueType::Percentage;
        p.frequency = Frequency::Monthly;
        p.optionIds = {m_options[0].meta.id, m_options[1].meta.id};
        m_percentage = indicators.create(p).value();
        Indicator c;
        c.programmeId = m_programme.meta.id;
        c.code = QStringLiteral("CASES");
        c.nameEn = QStringLiteral("Cases");
        c.nameZh = QStringLiteral("病例数");
        c.valueType = ValueType::Count;
        c.frequency = Frequency::Quarterly;
        c.maxValue = 1000;
        m_count = indicators.create(c).value();
        m_siteA = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        m_siteB = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"), QStringLiteral("Site B"));
    }

    void periodForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("wanted");
        QTest::addColumn<QString>("id"); // empty: refused
        const int m = int(Period::Type::Monthly), q = int(Period::Type::Quarterly), y = int(Period::Type::Yearly);
        QTest::newRow("dhis2 month") << "202403" << m << "202403";
        QTest::newRow("iso month") << "2024-03" << m << "202403";
        QTest::newRow("slash month") << "2024/3" << m << "202403";
        QTest::newRow("dot month") << "2024.3" << m << "202403";
        QTest::newRow("chinese month") << "2024年3月" << m << "202403";
        QTest::newRow("full-width") << "２０２４年３月" << m << "202403";
        QTest::newRow("date") << "2024-03-15" << m << "202403";
        QTest::newRow("date slash") << "2024/3/15" << m << "202403";
        QTest::newRow("chinese date") << "2024年3月15日" << m << "202403";
        QTest::newRow("excel serial") << "45366" << m << "202403";
        QTest::newRow("excel serial 1900-03-01") << "61" << m << "190003";
        QTest::newRow("excel phantom leap day") << "60" << m << "";
        QTest::newRow("dhis2 quarter") << "2024Q1" << q << "2024Q1";
        QTest::newRow("dash quarter") << "2024-Q2" << q << "2024Q2";
        QTest::newRow("space quarter") << "2024 q3" << q << "2024Q3";
        QTest::newRow("chinese quarter") << "2024年第4季度" << q << "2024Q4";
        QTest::newRow("month into quarter") << "2024-05" << q << "2024Q2";
        QTest::newRow("date into year") << "2024-05-31" << y << "2024";
        QTest::newRow("year") << "2024" << y << "2024";
        QTest::newRow("chinese year") << "2024年" << y << "2024";
        QTest::newRow("year for monthly") << "2024" << m << "";
        QTest::newRow("quarter for monthly") << "2024Q1" << m << "";
        QTest::newRow("month 13") << "2024-13" << m << "";
        QTest::newRow("february 30") << "2024-02-30" << m << "";
        QTest::newRow("words") << "March" << m << "";
        QTest::newRow("empty") << "  " << m << "";
    }
    void periodForms()
    {
        QFETCH(QString, text);
        QFETCH(int, wanted);
        QFETCH(QString, id);
        QString why;
        const Period p = PeriodText::parse(text, Period::Type(wanted), &why);
        if (id.isEmpty()) {
            QVERIFY2(!p.isValid(), qPrintable(p.id()));
            QVERIFY(!why.isEmpty());
        } else {
            QVERIFY2(p.isValid(), qPrintable(why));
            QCOMPARE(p.id(), id);
        }
    }

    void excelSerials()
    {
        QCOMPARE(PeriodText::fromExcelSerial(1), QDate(1900, 1, 1));
        QCOMPARE(PeriodText::fromExcelSerial(59), QDate(1900, 2, 28));
        QCOMPARE(PeriodText::fromExcelSerial(61), QDate(1900, 3, 1));
        QCOMPARE(PeriodText::fromExcelSerial(45366.75), QDate(2024, 3, 15));
        QCOMPARE(PeriodText::fromExcelSerial(2958465), QDate(9999, 12, 31));
        QVERIFY(!PeriodText::fromExcelSerial(0).isValid());
        QVERIFY(!PeriodText::fromExcelSerial(2958466).isValid());
    }

    void mappingGuessesEnglishAndChinese()
    {
        const QList<ImportMapping::IndicatorName> names = {{QStringLiteral("FULLIMM"), QStringLiteral("Fully immunised"),
                                                            QStringLiteral("全程免疫")},
                                                           {QStringLiteral("CASES"), QStringLiteral("Cases"), QStringLiteral("病例数")}};
        QCOMPARE(ImportMapping::guess(ImportMapping::canonicalHeader(), names), ImportMapping::canonical());

        const QStringList zh = {QStringLiteral("站点代码"), QStringLiteral("指标"), QStringLiteral("月份"), QStringLiteral("分子"),
                                QStringLiteral("分母"), QStringLiteral("备注")};
        const ImportMapping m = ImportMapping::guess(zh, names);
        QCOMPARE(m.layout, ImportMapping::Layout::Long);
        QCOMPARE(m.column(ImportMapping::Field::Site), zh[0]);
        QCOMPARE(m.column(ImportMapping::Field::Indicator), zh[1]);
        QCOMPARE(m.column(ImportMapping::Field::Period), zh[2]);
        QCOMPARE(m.column(ImportMapping::Field::Numerator), zh[3]);
        QCOMPARE(m.column(ImportMapping::Field::Denominator), zh[4]);
        QCOMPARE(m.column(ImportMapping::Field::Comment), zh[5]);
        QVERIFY(m.column(ImportMapping::Field::Value).isEmpty());
        QVERIFY(m.resolve(zh).ok());

        // Wide: indicator columns by code or name, with parts.
        const QStringList wide = {QStringLiteral("Site"), QStringLiteral("期间"), QStringLiteral("全程免疫 分子"),
                                  QStringLiteral("FULLIMM (denominator)"), QStringLiteral("病例数"), QStringLiteral("Notes")};
        const ImportMapping w = ImportMapping::guess(wide, names);
        QCOMPARE(w.layout, ImportMapping::Layout::Wide);
        QCOMPARE(w.wide.size(), 3);
        QCOMPARE(w.wide[0], (ImportMapping::WideColumn{wide[2], QStringLiteral("FULLIMM"), ImportMapping::Part::Numerator}));
        QCOMPARE(w.wide[1], (ImportMapping::WideColumn{wide[3], QStringLiteral("FULLIMM"), ImportMapping::Part::Denominator}));
        QCOMPARE(w.wide[2], (ImportMapping::WideColumn{wide[4], QStringLiteral("CASES"), ImportMapping::Part::Value}));
        QCOMPARE(w.column(ImportMapping::Field::Comment), wide[5]);
        QCOMPARE(ImportMapping::fromJson(w.toJson()), w);

        // A code and a name for the same indicator: one column is taken, not both.
        const ImportMapping twice = ImportMapping::guess({QStringLiteral("site"), QStringLiteral("period"), QStringLiteral("CASES"),
                                                          QStringLiteral("病例数")},
                                                         names);
        QCOMPARE(twice.wide.size(), 1);
        ImportMapping clash = twice;
        clash.wide.append({QStringLiteral("病例数"), QStringLiteral("CASES"), ImportMapping::Part::Value});
        auto refused = clash.resolve({QStringLiteral("site"), QStringLiteral("period"), QStringLiteral("CASES"), QStringLiteral("病例数")});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("both hold the value of indicator CASES")), qPrintable(refused.error()));

        // The bilingual headers of ScaleReady's own workbooks.
        const QStringList workbook = {QStringLiteral("Site / 项目点"), QStringLiteral("Indicator / 指标"), QStringLiteral("Period / 期间"),
                                      QStringLiteral("Option / 分类选项"), QStringLiteral("Value / 数值"),
                                      QStringLiteral("Numerator / 分子"), QStringLiteral("Denominator / 分母"),
                                      QStringLiteral("Comment / 备注")};
        const ImportMapping b = ImportMapping::guess(workbook, names);
        for (int f = 0; f < ImportMapping::FieldCount; ++f)
            QCOMPARE(b.columns[f], workbook[f]);
    }

    void mappingRefusals()
    {
        ImportMapping m = ImportMapping::canonical();
        auto missing = m.resolve({QStringLiteral("site"), QStringLiteral("indicator"), QStringLiteral("period")});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("\"option\"")), qPrintable(missing.error()));

        ImportMapping partial;
        partial.column(ImportMapping::Field::Site) = QStringLiteral("a");
        auto unmapped = partial.resolve({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(!unmapped.ok());
        QVERIFY2(unmapped.error().contains(QStringLiteral("Period")) && unmapped.error().contains(QStringLiteral("Indicator")),
                 qPrintable(unmapped.error()));

        ImportMapping twice = ImportMapping::canonical();
        twice.column(ImportMapping::Field::Comment) = QStringLiteral("value");
        auto doubled = twice.resolve(ImportMapping::canonicalHeader());
        QVERIFY(!doubled.ok());
        QVERIFY2(doubled.error().contains(QStringLiteral("\"value\" is chosen for more than one")), qPrintable(doubled.error()));
    }

    void mappingsAreSavedByName()
    {
        ImportMappingStore store(*m_db);
        const QJsonObject json = ImportMapping::canonical().toJson();
        QVERIFY(store.save(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("Monthly form"), json, 0).ok());
        ImportMapping other = ImportMapping::canonical();
        other.column(ImportMapping::Field::Comment).clear();
        QVERIFY(store.save(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("Monthly form"), other.toJson(), 0).ok());
        QCOMPARE(store.names(m_programme.meta.id, QStringLiteral("data")), QStringList{QStringLiteral("Monthly form")});
        QCOMPARE(ImportMapping::fromJson(*store.find(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("Monthly form"))),
                 other);
        QVERIFY(store.names(m_programme.meta.id, QStringLiteral("sites")).isEmpty());
        QVERIFY(!store.save(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("  "), json, 0).ok());
        QVERIFY(store.remove(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("Monthly form")).ok());
        QVERIFY(store.names(m_programme.meta.id, QStringLiteral("data")).isEmpty());
        // The name is free again.
        QVERIFY(store.save(m_programme.meta.id, QStringLiteral("data"), QStringLiteral("Monthly form"), json, 0).ok());
    }

    void importsTheCanonicalTableOnceOnly()
    {
        const QString o0 = m_options[0].code;
        const QString path = writeText(QStringLiteral(
            "site,indicator,period,option,value,numerator,denominator,comment\r\n"
            "A,FULLIMM,202403,,,40,50,checked\r\n"
            "A,FULLIMM,202403,%1,,20,25,\r\n"
            "B,CASES,2024Q1,,12,,,\"two, with \"\"quotes\"\"\"\r\n"
            "\r\n"
            "B,CASES,2024Q2,,0,,,\r\n").arg(o0));
        DataImport first(*m_db, admin(), options(path));
        auto checked = first.check();
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(checked->records, 4);
        QCOMPARE(checked->inserted, 4);
        QCOMPARE(checked->rejectedValues, 0);
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), 0); // the check writes nothing
        auto applied = first.apply();
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->inserted, 4);
        QCOMPARE(applied->reportsCreated, 3);
        QCOMPARE(scalar("SELECT count(*) FROM data_value WHERE deleted = 0"), 4);
        QCOMPARE(scalar("SELECT count(*) FROM report WHERE status = 'draft'"), 3);
        QCOMPARE(scalar("SELECT count(*) FROM import_log"), 1);
        // A checked copy of the database as it was before the import sits in the backups.
        QVERIFY(QFile::exists(applied->backup));
        QVERIFY(Backups::verify(applied->backup));
        QCOMPARE(Backups::list(m_db->path()).first().kind, Backups::Kind::BeforeImport);
        {
            auto copy = Database::open(applied->backup, Database::Mode::ReadOnly);
            QVERIFY(copy);
            QSqlQuery q(copy.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM data_value")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
        const auto total = stored(m_siteA, m_percentage, Period::month(2024, 3));
        QVERIFY(total);
        QCOMPARE(total->numerator, std::optional<double>(40));
        QCOMPARE(total->denominator, std::optional<double>(50));
        QCOMPARE(total->comment, QStringLiteral("checked"));
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 1))->comment, QStringLiteral("two, with \"quotes\""));
        QCOMPARE(stored(m_siteA, m_percentage, Period::month(2024, 3), m_options[0].meta.id)->numerator,
                 std::optional<double>(20));
        // Every written row has its audit entry, chained: the check finds nothing amiss.
        QCOMPARE(verify(), QStringList());
        QCOMPARE(scalar("SELECT count(*) FROM audit WHERE action = 'create' AND entity = 'data_value'"), 4);

        // The same file again changes nothing at all.
        const QByteArray before = contents();
        DataImport again(*m_db, admin(), options(path));
        auto second = again.check();
        QVERIFY(second.ok());
        QCOMPARE(second->unchanged, 4);
        QCOMPARE(second->inserted + second->updated, 0);
        QVERIFY(again.apply().ok());
        QCOMPARE(contents(), before);

        // A changed value is an update, audited with its old and new state.
        const QString changed = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                         "A,FULLIMM,202403,,,45,50,checked\n"
                                                         "B,CASES,2024Q1,,12,,,\"two, with \"\"quotes\"\"\"\n"));
        DataImport third(*m_db, admin(), options(changed));
        auto t = third.check();
        QVERIFY(t.ok());
        QCOMPARE(t->updated, 1);
        QCOMPARE(t->unchanged, 1);
        QVERIFY(third.apply().ok());
        QCOMPARE(stored(m_siteA, m_percentage, Period::month(2024, 3))->numerator, std::optional<double>(45));
        QCOMPARE(stored(m_siteA, m_percentage, Period::month(2024, 3))->meta.revision, 2);
        const auto entries = AuditLog(*m_db).entriesFor(stored(m_siteA, m_percentage, Period::month(2024, 3))->meta.uuid);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.first().action, QStringLiteral("update"));
        QCOMPARE(entries.first().oldValues.value(QStringLiteral("numerator")).toDouble(), 40.0);
        QCOMPARE(entries.first().newValues.value(QStringLiteral("numerator")).toDouble(), 45.0);
        QVERIFY(entries.first().reason.contains(QFileInfo(changed).fileName()));
        QCOMPARE(verify(), QStringList());
    }

    void withoutACommentColumnTheStoredCommentStays()
    {
        QVERIFY(DataValueService(*m_db, admin()).save([&] {
            DataValue v;
            v.siteId = m_siteB.meta.id;
            v.indicatorId = m_count.meta.id;
            v.period = Period::quarter(2024, 1);
            v.value = 3;
            v.comment = QStringLiteral("from the clinic register");
            return v;
        }()).ok());
        ImportMapping m = ImportMapping::canonical();
        m.column(ImportMapping::Field::Comment).clear();
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator\n"
                                                      "B,CASES,2024Q1,,3,,\n"));
        DataImport same(*m_db, admin(), options(path, m));
        auto r = same.check();
        QVERIFY(r.ok());
        QCOMPARE(r->unchanged, 1);
        const QString other = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator\n"
                                                       "B,CASES,2024Q1,,4,,\n"));
        DataImport changed(*m_db, admin(), options(other, m));
        QVERIFY(changed.check().ok());
        QVERIFY(changed.apply().ok());
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 1))->value, std::optional<double>(4));
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 1))->comment, QStringLiteral("from the clinic register"));
    }

    void reportsEveryBadRowAndImportsTheRest()
    {
        // Site B's 2024Q2 report is approved, so its values are locked.
        const Actor manager = actorFor(Role::Manager);
        DataValue locked;
        locked.siteId = m_siteB.meta.id;
        locked.indicatorId = m_count.meta.id;
        locked.period = Period::quarter(2024, 2);
        locked.value = 5;
        QVERIFY(DataValueService(*m_db, admin()).save(locked).ok());
        QVERIFY(ReportService(*m_db, admin()).submit(m_siteB.meta.id, locked.period).ok());
        QVERIFY(ReportService(*m_db, manager).approve(m_siteB.meta.id, locked.period).ok());

        const QString path = writeText(QStringLiteral(
            "site,indicator,period,option,value,numerator,denominator,comment\n"
            "A,FULLIMM,202401,,,40,50,\n"           // 2 good
            "Z,FULLIMM,202401,,,40,50,\n"           // 3 unknown site
            "A,NOPE,202401,,,40,50,\n"              // 4 unknown indicator
            "A,FULLIMM,2024-13,,,40,50,\n"          // 5 bad period
            "A,FULLIMM,202402,,,forty,50,\n"        // 6 not a number
            "B,CASES,2024Q1,,5000,,,\n"             // 7 out of range
            "A,FULLIMM,202402,,,60,50,\n"           // 8 numerator above denominator
            "A,FULLIMM,202404,,,1,2,\n"             // 9 duplicate of 10
            "A,FULLIMM,202404,,,1,3,\n"             // 10 duplicate of 9
            "B,CASES,2024Q2,,6,,,\n"                // 11 locked: approved
            "B,CASES,2024Q2,,5,,,\n"                // 12 unchanged, so not refused although locked... and a duplicate of 11
            "A,CASES,2024Q3,,7,,,\n"                // 13 good
            "A,FULLIMM,202405,other,,1,2,\n"        // 14 unknown option
            "A,FULLIMM,202405,,9,,,\n"              // 15 value for a percentage
            "A,FULLIMM,2030-01,,,1,2,\n"));         // 16 future period
        DataImport import(*m_db, admin(), options(path));
        auto r = import.check();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->records, 15);
        QCOMPARE(r->inserted, 2);
        const QStringList got = reasons(r.value());
        auto has = [&](int row, const QString &column, const QString &text) {
            for (const auto &p : r->problems) {
                if (p.row == row && p.column == column && p.reason.contains(text))
                    return true;
            }
            qWarning() << "missing" << row << column << text << "in" << got;
            return false;
        };
        QVERIFY(has(3, QStringLiteral("site"), QStringLiteral("Unknown site \"Z\"")));
        QVERIFY(has(4, QStringLiteral("indicator"), QStringLiteral("Unknown indicator \"NOPE\"")));
        QVERIFY(has(5, QStringLiteral("period"), QStringLiteral("no month 13")));
        QVERIFY(has(6, QStringLiteral("numerator"), QStringLiteral("\"forty\" is not a number")));
        QVERIFY(has(7, QStringLiteral("value"), QStringLiteral("outside the valid range")));
        QVERIFY(has(8, QStringLiteral("numerator"), QStringLiteral("larger than the denominator")));
        QVERIFY(has(9, QString(), QStringLiteral("appears again at row 10")));
        QVERIFY(has(10, QString(), QStringLiteral("already appears at row 9")));
        QVERIFY(has(11, QString(), QStringLiteral("appears again at row 12")));
        QVERIFY(has(12, QString(), QStringLiteral("already appears at row 11")));
        QVERIFY(has(14, QStringLiteral("option"), QStringLiteral("Unknown category option \"other\"")));
        QVERIFY(has(15, QStringLiteral("value"), QStringLiteral("takes a numerator and a denominator")));
        QVERIFY(has(16, QStringLiteral("period"), QStringLiteral("has not started yet")));
        QCOMPARE(r->rejectedRecords, 13);
        // Every value is accepted or rejected, once.
        QCOMPARE(r->values, 15);
        QCOMPARE(r->rejectedValues, 13);
        QCOMPARE(r->rejectedValues + r->accepted(), r->values);

        // The rejected rows, as they were, with their reasons.
        const QString rejectedPath = m_dir.filePath(QStringLiteral("rejected.csv"));
        auto written = import.writeRejected(rejectedPath);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), 13);
        QFile rejected(rejectedPath);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QByteArray bytes = rejected.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so that Excel reads UTF-8
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment,reason,file row\r\n")));
        QVERIFY2(text.contains(QStringLiteral("Z,FULLIMM,202401,,,40,50,,\"site: Unknown site \"\"Z\"\"")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("A,FULLIMM,202401,,,40,50,,")));

        QVERIFY(import.apply().ok());
        QCOMPARE(stored(m_siteA, m_percentage, Period::month(2024, 1))->numerator, std::optional<double>(40));
        QCOMPARE(stored(m_siteA, m_count, Period::quarter(2024, 3))->value, std::optional<double>(7));
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 2))->value, std::optional<double>(5)); // untouched
        QVERIFY(!stored(m_siteA, m_percentage, Period::month(2024, 4)));
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), 3);
        QCOMPARE(verify(), QStringList());
    }

    void aKeyRepeatedAnywhereTakesNoneOfItsRows()
    {
        // Three rows of one key, and a key whose first row is invalid: no row of either is
        // imported, so that correcting one later cannot silently replace the other.
        const QString path = writeText(QStringLiteral(
            "site,indicator,period,option,value,numerator,denominator,comment\n"
            "A,CASES,2024Q1,,1,,,\n"
            "A,CASES,2024Q1,,2,,,\n"
            "A,CASES,2024Q1,,3,,,\n"
            "A,FULLIMM,202402,,,forty,50,\n"
            "A,FULLIMM,202402,,,45,50,\n"
            "B,CASES,2024Q1,,4,,,\n"));
        DataImport import(*m_db, admin(), options(path));
        auto r = import.check();
        QVERIFY(r.ok());
        QCOMPARE(r->values, 6);
        QCOMPARE(r->inserted, 1);
        QCOMPARE(r->rejectedValues, 5);
        QCOMPARE(r->rejectedRecords, 5);
        QVERIFY(import.apply().ok());
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), 1);
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 1))->value, std::optional<double>(4));
    }

    void restoresADeletedValueAndKeepsTheAuditExact()
    {
        // A deleted value comes back (a restore), and values with decimals and comments with
        // control characters are audited so that the check matches them exactly.
        DataValue v;
        v.siteId = m_siteA.meta.id;
        v.indicatorId = m_percentage.meta.id;
        v.period = Period::month(2024, 2);
        v.numerator = 3;
        v.denominator = 9;
        auto saved = DataValueService(*m_db, admin()).save(v);
        QVERIFY(saved.ok());
        QVERIFY(DataValueService(*m_db, admin()).remove(saved.value()).ok());
        QVERIFY(!stored(m_siteA, m_percentage, Period::month(2024, 2)));
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "A,FULLIMM,202402,,,0.1,0.3,\"tab\there, bell\x07 and\nnew line\"\n"
                                                      "B,CASES,2024Q1,,7,,,\"quote \"\" and back\\slash\"\n"));
        DataImport import(*m_db, admin(), options(path));
        auto r = import.check();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->inserted, 2);
        QVERIFY(import.apply().ok());
        const auto back = stored(m_siteA, m_percentage, Period::month(2024, 2));
        QVERIFY(back);
        QCOMPARE(back->meta.uuid, saved->meta.uuid); // the same row, restored
        QCOMPARE(back->numerator, std::optional<double>(0.1));
        QCOMPARE(back->comment, QStringLiteral("tab\there, bell\x07 and\nnew line"));
        QCOMPARE(AuditLog(*m_db).entriesFor(back->meta.uuid).first().action, QStringLiteral("restore"));
        QCOMPARE(verify(), QStringList());
        // The entries read back as JSON with the stored values.
        const auto entry = AuditLog(*m_db).entriesFor(back->meta.uuid).first();
        QCOMPARE(entry.newValues.value(QStringLiteral("numerator")).toDouble(), 0.1);
        QCOMPARE(entry.newValues.value(QStringLiteral("comment")).toString(), back->comment);
        QVERIFY(entry.newValues.value(QStringLiteral("option_id")).isNull());
    }

    void namesTwoIndicatorsShareAreRefused()
    {
        QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("UPDATE indicator SET name_zh = '覆盖率'")));
        QVERIFY([&] { QSqlDatabase c = m_db->connection(); return AuditLog::recordBaseline(c, QStringLiteral("test")); }().isEmpty());
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "B,覆盖率,2024Q1,,7,,,\n"));
        DataImport import(*m_db, admin(), options(path));
        auto r = import.check();
        QVERIFY(r.ok());
        QCOMPARE(r->rejectedValues, 1);
        QVERIFY2(r->problems.first().reason.contains(QStringLiteral("more than one indicator")),
                 qPrintable(r->problems.first().reason));
    }

    void semicolonFilesUseTheDecimalComma()
    {
        const QString path = writeText(QStringLiteral("site;indicator;period;option;value;numerator;denominator;comment\n"
                                                      "A;FULLIMM;202401;;;12,5;50;\n"
                                                      "A;CASES;2024Q1;;1.000,5;;;\n"));
        DataImport import(*m_db, admin(), options(path));
        auto r = import.check();
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, 1);
        QCOMPARE(r->rejectedValues, 1); // "1.000,5" is not a number here: no guessing
        QVERIFY(import.apply().ok());
        QCOMPARE(stored(m_siteA, m_percentage, Period::month(2024, 1))->numerator, std::optional<double>(12.5));
    }

    void lockedValuesAreRefusedOnlyWhenTheyWouldChange()
    {
        const Actor manager = actorFor(Role::Manager);
        DataValue v;
        v.siteId = m_siteB.meta.id;
        v.indicatorId = m_count.meta.id;
        v.period = Period::quarter(2024, 2);
        v.value = 5;
        QVERIFY(DataValueService(*m_db, admin()).save(v).ok());
        QVERIFY(ReportService(*m_db, admin()).submit(m_siteB.meta.id, v.period).ok());
        const QString same = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "B,CASES,2024Q2,,5,,,\n"));
        DataImport a(*m_db, manager, options(same));
        auto r = a.check();
        QVERIFY(r.ok());
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(r->rejectedValues, 0);
        const QString changed = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                         "B,CASES,2024Q2,,6,,,\n"));
        DataImport b(*m_db, manager, options(changed));
        auto s = b.check();
        QVERIFY(s.ok());
        QCOMPARE(s->rejectedValues, 1);
        QVERIFY2(s->problems.first().reason.contains(QStringLiteral("submitted and waits for review")),
                 qPrintable(s->problems.first().reason));
    }

    void permissionsOfOfficersAndViewers()
    {
        const Actor officer = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const Actor viewer = actorFor(Role::Viewer);
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "A,CASES,2024Q1,,1,,,\n"
                                                      "B,CASES,2024Q1,,2,,,\n"));
        DataImport byViewer(*m_db, viewer, options(path));
        auto refused = byViewer.check();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("not import")), qPrintable(refused.error()));

        DataImport byOfficer(*m_db, officer, options(path));
        auto r = byOfficer.check();
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, 1);
        QCOMPARE(r->rejectedValues, 1);
        QCOMPARE(r->problems.first().row, 3);
        QVERIFY2(r->problems.first().reason.contains(QStringLiteral("not assigned to site B")),
                 qPrintable(r->problems.first().reason));
        QVERIFY(byOfficer.apply().ok());
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), 1);
        QCOMPARE(scalar("SELECT count(*) FROM audit WHERE entity = 'data_value' AND user_id IS NOT NULL"), 1);
    }

    void officersMayNotImportIntoClosedPeriods()
    {
        // The programme closes entry 30 days after a period ends; an officer's import then
        // refuses old periods that a manager may still back-fill.
        QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("UPDATE programme SET expiry_days = 30")));
        QVERIFY([&] { QSqlDatabase c = m_db->connection(); return AuditLog::recordBaseline(c, QStringLiteral("test")); }().isEmpty());
        const Actor officer = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "A,CASES,2024Q1,,1,,,\n"));
        DataImport byOfficer(*m_db, officer, options(path));
        auto r = byOfficer.check();
        QVERIFY(r.ok());
        QCOMPARE(r->rejectedValues, 1);
        QVERIFY2(r->problems.first().reason.contains(QStringLiteral("closed for entry 30 days")),
                 qPrintable(r->problems.first().reason));
        DataImport byManager(*m_db, actorFor(Role::Manager), options(path));
        auto m = byManager.check();
        QVERIFY(m.ok());
        QCOMPARE(m->inserted, 1);
    }

    void chineseExcelFileInGb18030WithAWideLayout()
    {
        // Chinese Excel's "CSV (comma delimited)": GBK without a BOM, Chinese headers and names.
        QVERIFY(QSqlQuery(m_db->connection()).exec(QStringLiteral("SELECT 1")));
        const QString text = QStringLiteral("站点,月份,全程免疫 分子,全程免疫 分母,备注\r\n"
                                            "Site A,2024年3月,40,50,已核实\r\n"
                                            "B,2024/4,,,\r\n"
                                            "B,2024-05,7,8,\r\n");
        QStringEncoder gbk("GB18030");
        const QString path = write(gbk.encode(text));
        const QList<ImportMapping::IndicatorName> names = {
            {m_percentage.code, m_percentage.nameEn, m_percentage.nameZh}, {m_count.code, m_count.nameEn, m_count.nameZh}};
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f, {});
        QStringList header;
        QVERIFY(reader.next(&header));
        QCOMPARE(reader.encoding(), CsvReader::Encoding::Gb18030);
        const ImportMapping mapping = ImportMapping::guess(header, names);
        QCOMPARE(mapping.layout, ImportMapping::Layout::Wide);
        DataImport import(*m_db, admin(), options(path, mapping));
        auto r = import.check();
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->records, 3);
        QCOMPARE(r->values, 2); // the empty cells of B, 2024/4 hold no value
        QCOMPARE(r->inserted, 2);
        QVERIFY(import.apply().ok());
        const auto a = stored(m_siteA, m_percentage, Period::month(2024, 3));
        QVERIFY(a);
        QCOMPARE(a->numerator, std::optional<double>(40));
        QCOMPARE(a->comment, QStringLiteral("已核实"));
        QCOMPARE(stored(m_siteB, m_percentage, Period::month(2024, 5))->denominator, std::optional<double>(8));
    }

    void cancellingLeavesTheDatabaseAsItWas()
    {
        QString csv = QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n");
        for (int year = 2000; year < 2024; ++year)
            for (int m = 1; m <= 12; ++m)
                csv += QStringLiteral("A,FULLIMM,%1%2,,,%3,100,\n").arg(year).arg(m, 2, 10, QLatin1Char('0')).arg(m);
        const QString path = writeText(csv);
        const QByteArray before = contents();

        DataImport inCheck(*m_db, admin(), options(path));
        int calls = 0;
        auto stopped = inCheck.check([&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error(), DataImport::cancelledMessage());
        QVERIFY(!inCheck.apply().ok()); // nothing checked, nothing to apply

        DataImport inApply(*m_db, admin(), options(path));
        auto r = inApply.check();
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, 24 * 12);
        qint64 lastDone = 0;
        auto cancelled = inApply.apply([&](qint64 done, qint64) {
            lastDone = done;
            return done < 100;
        });
        QVERIFY(!cancelled.ok());
        QVERIFY(lastDone >= 100); // it had written rows before the cancel
        QCOMPARE(contents(), before);
        QCOMPARE(verify(), QStringList());
    }

    void whatChangedSinceTheCheckIsCheckedAgain()
    {
        const Actor manager = actorFor(Role::Manager);
        const QString path = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                      "B,CASES,2024Q2,,6,,,\n"
                                                      "A,CASES,2024Q2,,7,,,\n"));
        DataImport import(*m_db, manager, options(path));
        auto r = import.check();
        QVERIFY(r.ok());
        QCOMPARE(r->inserted, 2);
        // Meanwhile site B's report is entered, submitted and approved.
        DataValue v;
        v.siteId = m_siteB.meta.id;
        v.indicatorId = m_count.meta.id;
        v.period = Period::quarter(2024, 2);
        v.value = 5;
        QVERIFY(DataValueService(*m_db, admin()).save(v).ok());
        QVERIFY(ReportService(*m_db, admin()).submit(m_siteB.meta.id, v.period).ok());
        QVERIFY(ReportService(*m_db, manager).approve(m_siteB.meta.id, v.period).ok());
        auto applied = import.apply();
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(applied->inserted, 1);
        QCOMPARE(applied->rejectedValues, 1);
        QVERIFY(applied->problems.first().reason.contains(QStringLiteral("was approved since the file was checked")));
        QCOMPARE(stored(m_siteB, m_count, Period::quarter(2024, 2))->value, std::optional<double>(5));

        // A file changed after its check is not imported.
        DataImport stale(*m_db, manager, options(path));
        QVERIFY(stale.check().ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("A,CASES,2024Q3,,8,,,\n");
        f.close();
        auto refused = stale.apply();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("changed since it was checked")), qPrintable(refused.error()));
    }

    // What ScaleReady exports it reads back: the canonical CSV and the XLSX workbook of a whole
    // programme import into the same database as unchanged, every value accepted.
    void exportsImportBackUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.db"));
        QVERIFY(DemoGenerator::generateFile(path, {8, 12, 5}).ok());
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        Database &db = *opened.value();
        DataSelection selection;
        selection.programmeId = ProgrammeRepository(db).all().first().meta.id;
        const qint64 values = [&] {
            SqliteStatement s(db.handle(), "SELECT count(*) FROM data_value WHERE deleted = 0");
            return s.next() ? s.int64(0) : -1;
        }();
        QVERIFY(values > 1000);
        for (const auto format : {DataExport::Format::Csv, DataExport::Format::Xlsx}) {
            DataExport::Options exportOptions;
            exportOptions.format = format;
            const QString file = m_dir.filePath(format == DataExport::Format::Csv ? QStringLiteral("all.csv")
                                                                                  : QStringLiteral("all.xlsx"));
            auto written = DataExport::write(db, selection, exportOptions, file);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QList<ImportMapping::IndicatorName> names;
            for (const Indicator &i : IndicatorRepository(db).all(selection.programmeId))
                names.append({i.code, i.nameEn, i.nameZh});
            auto table = TableFiles::open(file);
            QVERIFY(table.ok());
            QStringList header;
            QVERIFY(table.value()->next(&header));
            DataImport::Options o;
            o.path = file;
            o.mapping = ImportMapping::guess(header, names);
            o.programmeId = selection.programmeId;
            DataImport import(db, Actor::system(), o);
            auto r = import.check();
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r->values, values);
            QCOMPARE(r->unchanged, values);
            QCOMPARE(r->rejectedValues, 0);
            QVERIFY(r->format.contains(format == DataExport::Format::Csv ? QStringLiteral("UTF-8") : QStringLiteral("Data")));
        }
    }

    void badFiles()
    {
        DataImport missing(*m_db, admin(), options(m_dir.filePath(QStringLiteral("nothing-here.csv"))));
        auto r = missing.check();
        QVERIFY(!r.ok());
        QCOMPARE(r.errorKind(), ErrorKind::File);
        QVERIFY(r.error().contains(QStringLiteral("nothing-here.csv")));

        DataImport empty(*m_db, admin(), options(write(QByteArray())));
        auto e = empty.check();
        QVERIFY(!e.ok());
        QVERIFY2(e.error().contains(QStringLiteral("no header row")), qPrintable(e.error()));

        const QString broken = writeText(QStringLiteral("site,indicator,period,option,value,numerator,denominator,comment\n"
                                                        "A,CASES,2024Q1,,1,,,\"never closed\n"));
        DataImport quoting(*m_db, admin(), options(broken));
        auto q = quoting.check();
        QVERIFY(!q.ok());
        QVERIFY2(q.error().contains(QFileInfo(broken).fileName()) && q.error().contains(QStringLiteral("line 2")),
                 qPrintable(q.error()));
        QCOMPARE(scalar("SELECT count(*) FROM data_value"), 0);

        const QString other = writeText(QStringLiteral("a,b,c\n1,2,3\n"));
        DataImport unmapped(*m_db, admin(), options(other));
        auto u = unmapped.check();
        QVERIFY(!u.ok());
        QVERIFY2(u.error().contains(QStringLiteral("no column")), qPrintable(u.error()));
    }
};

QTEST_GUILESS_MAIN(TestDataImport)
#include "tst_dataimport.moc"
