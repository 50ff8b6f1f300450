// The analytics engine against the reference fixtures that tests/reference/analytics_reference.py
// computes with numpy and scipy from the same database tables (to 1e-9), the statistics on their
// own, the "not enough data" paths, filters, and bad requests.
#include "analytics/analyticsjson.h"
#include "analytics/analyticsservice.h"
#include "analytics/statistics.h"
#include "demo/demogenerator.h"
#include "services/programmeservice.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Analytics;

namespace {

const QString ReferenceDir = QStringLiteral(SCALEREADY_SOURCE_DIR "/tests/reference");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every difference between two JSON values, numbers within 1e-9.
void compare(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList *differences)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (!x.contains(key) || !y.contains(key))
                differences->append(path + u'.' + key + QStringLiteral(" is missing on one side"));
            else
                compare(x.value(key), y.value(key), path + u'.' + key, differences);
        }
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size()) {
            differences->append(QStringLiteral("%1 has %2 entries, not %3").arg(path).arg(x.size()).arg(y.size()));
            return;
        }
        for (qsizetype i = 0; i < x.size(); ++i)
            compare(x[i], y[i], QStringLiteral("%1[%2]").arg(path).arg(i), differences);
    } else if (a.isDouble() && b.isDouble()) {
        if (std::abs(a.toDouble() - b.toDouble()) > 1e-9)
            differences->append(QStringLiteral("%1: %2, reference %3").arg(path).arg(a.toDouble(), 0, 'g', 17).arg(b.toDouble(), 0, 'g', 17));
    } else if (a != b) {
        differences->append(QStringLiteral("%1: %2, reference %3")
                                .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact))));
    }
}

} // namespace

class TestAnalytics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonObject m_cases;

    QString variantPath(const QString &variant) const { return m_dir.filePath(QStringLiteral("db/%1.db").arg(variant)); }

    std::unique_ptr<Database> open(const QString &variant)
    {
        auto opened = Database::open(variantPath(variant), Database::Mode::OpenExisting, Database::Check::Skip);
        if (!opened)
            qWarning("%s", qPrintable(opened.error()));
        return opened ? std::move(opened).value() : nullptr;
    }

    static Filter filterFor(Database &db, const QString &indicatorCode)
    {
        Filter f;
        f.programmeId = ProgrammeRepository(db).all().first().meta.id;
        f.indicatorId = IndicatorRepository(db).findByCode(f.programmeId, indicatorCode)->meta.id;
        return f;
    }

    static Dashboard computeOk(Database &db, const Filter &f)
    {
        auto computed = AnalyticsService(db).compute(f);
        if (!computed)
            qWarning("%s", qPrintable(computed.error()));
        return computed ? computed.value() : Dashboard{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cases = readJson(ReferenceDir + QStringLiteral("/cases.json"));
        QVERIFY2(!m_cases.isEmpty(), "tests/reference/cases.json is missing or not JSON");
        const QJsonObject demo = m_cases.value(QStringLiteral("demo")).toObject();
        DemoGenerator::Options options;
        options.sites = demo.value(QStringLiteral("sites")).toInt();
        options.months = demo.value(QStringLiteral("months")).toInt();
        options.seed = quint32(demo.value(QStringLiteral("seed")).toInt());
        const QString demoPath = m_dir.filePath(QStringLiteral("demo.db"));
        auto generated = DemoGenerator::generateFile(demoPath, options);
        QVERIFY2(generated, qPrintable(generated.error()));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("db")));
        const QJsonObject variants = m_cases.value(QStringLiteral("variants")).toObject();
        for (auto it = variants.begin(); it != variants.end(); ++it) {
            QVERIFY(QFile::copy(demoPath, variantPath(it.key())));
            auto db = open(it.key());
            QVERIFY(db);
            QSqlQuery q(db->connection());
            for (const QJsonValue &statement : it.value().toArray())
                QVERIFY2(q.exec(statement.toString()), qPrintable(q.lastError().text()));
        }
    }

    // The statistics alone, against values worked out by hand or published.
    void wilsonInterval()
    {
        // 0 of 10: the interval still has width (Wilson 1927; Newcombe 1998, table I: 0–0.2775).
        const auto none = Statistics::wilson(0, 10);
        QVERIFY(none);
        QVERIFY(std::abs(none->low) < 1e-12);
        QVERIFY(std::abs(none->high - 0.27753279986) < 1e-9);
        // 81 of 263 (Newcombe 1998, example: 0.2553–0.3662).
        const auto w = Statistics::wilson(81, 263);
        QVERIFY(std::abs(w->low - 0.25528) < 5e-5);
        QVERIFY(std::abs(w->high - 0.36619) < 5e-5);
        QVERIFY(!Statistics::wilson(1, 0));
        QVERIFY(!Statistics::wilson(5, 4));
    }

    void welchInterval()
    {
        // Two samples with unequal variances; df by Welch–Satterthwaite.
        const QList<double> a{19.1, 21.4, 18.7, 24.2, 22.9, 20.3};
        const QList<double> b{12.0, 15.5, 9.8, 14.1};
        const auto w = Statistics::welch(a, b);
        QVERIFY(w);
        QVERIFY(std::abs(w->difference - (Statistics::mean(a) - Statistics::mean(b))) < 1e-12);
        const double va = Statistics::variance(a) / 6, vb = Statistics::variance(b) / 4;
        QVERIFY(std::abs(w->se - std::sqrt(va + vb)) < 1e-12);
        QVERIFY(std::abs(w->df - (va + vb) * (va + vb) / (va * va / 5 + vb * vb / 3)) < 1e-9);
        // t(0.975; 10) = 2.228138852 (statistical tables); t(0.975; ∞) tends to z.
        QVERIFY(std::abs(Statistics::tQuantile975(10) - 2.2281388519649385) < 1e-9);
        QVERIFY(std::abs(Statistics::tQuantile975(1e7) - Statistics::Z975) < 1e-6);
        QVERIFY(!Statistics::welch({1.0}, b));
        QVERIFY(!Statistics::welch({2.0, 2.0}, {1.0, 1.0})); // no variation
    }

    void modifiedZScores()
    {
        const QList<double> values{10, 11, 9, 10, 12, 10, 40};
        const auto z = Statistics::modifiedZ(values);
        QVERIFY(z);
        // median 10, MAD 1: z = 0.6745 · (x − 10).
        QVERIFY(std::abs(z->last() - 0.6745 * 30) < 1e-12);
        QVERIFY(std::abs(z->at(4) - 0.6745 * 2) < 1e-12);
        QVERIFY(!Statistics::modifiedZ({5, 5, 5, 5, 5, 9})); // MAD 0
    }

    void weightedLine()
    {
        const auto line = Statistics::leastSquares({0, 1, 2, 3}, {1, 3, 5, 7});
        QVERIFY(line);
        QVERIFY(std::abs(line->slope - 2) < 1e-12);
        QVERIFY(std::abs(line->intercept - 1) < 1e-12);
        const auto weighted = Statistics::leastSquares({0, 1, 2}, {0, 1, 5}, {1, 1, 0.000001});
        QVERIFY(std::abs(weighted->slope - 1) < 1e-4);
        QVERIFY(!Statistics::leastSquares({1, 1}, {2, 3}));
    }

    // The engine against the reference fixtures, case by case.
    void fixtures_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        for (const QJsonValue &c : m_cases.value(QStringLiteral("cases")).toArray())
            QTest::newRow(qPrintable(c[QStringLiteral("name")].toString())) << c.toObject();
    }

    void fixtures()
    {
        QFETCH(QJsonObject, spec);
        auto db = open(spec.value(QStringLiteral("variant")).toString());
        QVERIFY(db);
        Filter f = filterFor(*db, spec.value(QStringLiteral("indicator")).toString());
        if (spec.contains(QStringLiteral("from")))
            f.from = Period::parse(spec.value(QStringLiteral("from")).toString());
        if (spec.contains(QStringLiteral("to")))
            f.to = Period::parse(spec.value(QStringLiteral("to")).toString());
        if (spec.contains(QStringLiteral("by")))
            f.by = *periodTypeFromKey(spec.value(QStringLiteral("by")).toString());
        f.includeSubmitted = spec.value(QStringLiteral("includeSubmitted")).toBool();
        f.province = spec.value(QStringLiteral("province")).toString();
        f.prefecture = spec.value(QStringLiteral("prefecture")).toString();
        f.county = spec.value(QStringLiteral("county")).toString();
        if (spec.contains(QStringLiteral("arm"))) {
            Arm arm;
            QVERIFY(Vocabulary::fromKey(spec.value(QStringLiteral("arm")).toString(), &arm));
            f.arm = arm;
        }
        if (spec.contains(QStringLiteral("group"))) {
            f.group = groupFromKey(spec.value(QStringLiteral("group")).toString());
            QVERIFY(f.group);
        }
        auto computed = AnalyticsService(*db).compute(f);
        QVERIFY2(computed, qPrintable(computed.error()));
        const QJsonObject expected =
            readJson(ReferenceDir + QStringLiteral("/fixtures/%1.json").arg(spec.value(QStringLiteral("name")).toString()));
        QVERIFY2(!expected.isEmpty(), "fixture missing: run tests/reference/regenerate.sh");
        QStringList differences;
        compare(toJson(computed.value()), expected, QString(), &differences);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 10).join(u'\n')));
    }

    // The fixtures cannot drift: the reference script recomputes them from the same databases.
    void referenceScriptReproducesFixtures()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import numpy, scipy")});
        QVERIFY2(probe.waitForFinished(60000) && probe.exitCode() == 0,
                 "Debian's python3-numpy and python3-scipy are needed (./test.sh installs them)");
        QTemporaryDir out;
        QProcess script;
        script.start(python, {ReferenceDir + QStringLiteral("/analytics_reference.py"), QStringLiteral("--cases"),
                              ReferenceDir + QStringLiteral("/cases.json"), QStringLiteral("--db-dir"), m_dir.filePath(QStringLiteral("db")),
                              QStringLiteral("--out-dir"), out.path()});
        QVERIFY(script.waitForFinished(300000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        int cases = 0;
        for (const QJsonValue &c : m_cases.value(QStringLiteral("cases")).toArray()) {
            const QString name = c[QStringLiteral("name")].toString() + QStringLiteral(".json");
            QStringList differences;
            compare(readJson(out.filePath(name)), readJson(ReferenceDir + QStringLiteral("/fixtures/") + name), QString(), &differences);
            QVERIFY2(differences.isEmpty(), qPrintable(name + u'\n' + differences.mid(0, 10).join(u'\n')));
            ++cases;
        }
        QVERIFY(cases >= 10);
    }

    // Edge cases give "not enough data" with the reason, never a number.
    void singleComparisonSite()
    {
        auto db = open(QStringLiteral("single-comparison"));
        const Dashboard d = computeOk(*db, filterFor(*db, QStringLiteral("ANC4")));
        QCOMPARE(d.did.reason, DidReason::TooFewComparisonSites);
        QCOMPARE(d.did.comparisonSites, 1);
        QVERIFY(!d.did.estimate && !d.did.low && !d.did.high);
        QVERIFY(didReasonText(d.did.reason).contains(QStringLiteral("comparison")));
        QVERIFY(!d.series.isEmpty());
    }

    void zeroDenominators()
    {
        auto db = open(QStringLiteral("zero-denominators"));
        const Dashboard d = computeOk(*db, filterFor(*db, QStringLiteral("ANC4")));
        QVERIFY(!d.series.isEmpty());
        for (const SeriesPoint &p : d.series) {
            QVERIFY(!p.all.value);
            QVERIFY(!p.all.low);
            QVERIFY(p.all.reports > 0); // the reports exist, they just have nothing to divide by
        }
        QCOMPARE(d.did.reason, DidReason::NoData);
        QCOMPARE(d.progress.projection, Projection::Insufficient);
        QVERIFY(!d.progress.latest);
    }

    void allValuesMissing()
    {
        auto db = open(QStringLiteral("no-values"));
        const Dashboard d = computeOk(*db, filterFor(*db, QStringLiteral("EXBF")));
        QVERIFY(d.empty());
        QCOMPARE(d.did.reason, DidReason::NoData);
        QCOMPARE(d.quality.expected, 0);
        QVERIFY(!d.quality.completeness());
        QVERIFY(d.periods.isEmpty());
    }

    void siteWithoutBaseline()
    {
        auto demo = open(QStringLiteral("demo"));
        auto db = open(QStringLiteral("no-baseline"));
        const Dashboard before = computeOk(*demo, filterFor(*demo, QStringLiteral("ANC4")));
        const Dashboard after = computeOk(*db, filterFor(*db, QStringLiteral("ANC4")));
        QCOMPARE(after.baselineFrom, Period::parse(u"202303"));
        QCOMPARE(after.did.reason, DidReason::None);
        // The three pilot sites without baseline values drop out of the DiD, not to zero.
        int pilots = 0;
        for (const SiteRow &row : after.sites)
            pilots += row.site.arm == Arm::Pilot ? 1 : 0;
        QCOMPARE(after.did.pilotSites, pilots - 3);
        QCOMPARE(before.did.pilotSites, pilots); // in the demo itself every pilot site has both windows
    }

    void consistencyFailuresAreListed()
    {
        auto db = open(QStringLiteral("inconsistent"));
        const Dashboard d = computeOk(*db, filterFor(*db, QStringLiteral("FULLIMM")));
        int parts = 0;
        for (const QualityIssue &issue : d.issues)
            parts += issue.kind == IssueKind::PartsDoNotAddUp ? 1 : 0;
        QVERIFY(parts > 0);
        int perSite = 0;
        for (const SiteRow &row : d.sites)
            perSite += row.quality.consistencyFailures;
        QCOMPARE(perSite, d.quality.consistencyFailures);
        const Dashboard asq = computeOk(*db, filterFor(*db, QStringLiteral("ASQ")));
        bool range = false;
        for (const QualityIssue &issue : asq.issues)
            range = range || (issue.kind == IssueKind::OutOfRange && issue.period == Period::parse(u"2024Q2"));
        QVERIFY(range);
    }

    // Filters narrow what the numbers rest on.
    void filters()
    {
        auto db = open(QStringLiteral("demo"));
        const Filter base = filterFor(*db, QStringLiteral("ANC4"));
        const Dashboard all = computeOk(*db, base);

        Filter pilot = base;
        pilot.arm = Arm::Pilot;
        const Dashboard p = computeOk(*db, pilot);
        for (const SeriesPoint &point : p.series) {
            QCOMPARE(point.comparison.reports, 0);
            QCOMPARE(point.all.reports, point.pilot.reports);
        }
        QCOMPARE(p.did.reason, DidReason::TooFewComparisonSites);

        Filter submitted = base;
        submitted.includeSubmitted = true;
        const Dashboard s = computeOk(*db, submitted);
        int approvedReports = 0, withSubmitted = 0;
        for (const SeriesPoint &point : all.series)
            approvedReports += point.all.reports;
        for (const SeriesPoint &point : s.series)
            withSubmitted += point.all.reports;
        QVERIFY(withSubmitted > approvedReports);

        // A province: only its sites.
        const QString province = all.sites.first().site.provinceEn;
        Filter place = base;
        place.province = province;
        const Dashboard pl = computeOk(*db, place);
        QVERIFY(!pl.sites.isEmpty());
        QVERIFY(pl.sites.size() < all.sites.size());
        for (const SiteRow &row : pl.sites)
            QCOMPARE(row.site.provinceEn, province);

        // Girls only (FULLIMM is disaggregated by sex × ethnicity): the option rows tagged
        // female, fewer children than the totals.
        const Filter immunised = filterFor(*db, QStringLiteral("FULLIMM"));
        const Dashboard total = computeOk(*db, immunised);
        QVERIFY(total.dimensions.contains(Dimension::Sex));
        Filter girls = immunised;
        girls.group = Group{Dimension::Sex, true};
        const Dashboard g = computeOk(*db, girls);
        QVERIFY(!g.series.isEmpty());
        QVERIFY(g.series.first().all.denominator > 0);
        QVERIFY(g.series.first().all.denominator < total.series.first().all.denominator);
        QVERIFY(!g.dimensions.contains(Dimension::Sex));
        QVERIFY(!all.dimensions.contains(Dimension::Sex)); // ANC4 has no disaggregation

        // Roll-up: a year is the ratio of the sums of its months.
        Filter yearly = base;
        yearly.by = Period::Type::Yearly;
        const Dashboard y = computeOk(*db, yearly);
        double n = 0, den = 0;
        for (const SeriesPoint &point : all.series)
            if (point.period.year() == y.series.first().period.year()) {
                n += point.all.numerator;
                den += point.all.denominator;
            }
        QVERIFY(std::abs(*y.series.first().all.value - 100.0 * n / den) < 1e-9);
    }

    void badRequests()
    {
        auto db = open(QStringLiteral("demo"));
        Filter f = filterFor(*db, QStringLiteral("STUNT")); // quarterly
        f.by = Period::Type::Monthly;
        auto shorter = AnalyticsService(*db).compute(f);
        QVERIFY(!shorter);
        QVERIFY(shorter.error().contains(QStringLiteral("STUNT")));

        f.by = Period::Type::Invalid;
        f.from = Period::parse(u"202402");
        f.to = Period::parse(u"202403"); // no whole quarter inside
        auto empty = AnalyticsService(*db).compute(f);
        QVERIFY(!empty);
        QVERIFY(empty.error().contains(QStringLiteral("STUNT")));

        // Girls only, for an indicator that is not reported by sex: refused, not "no data".
        Filter girls = filterFor(*db, QStringLiteral("ANC4"));
        girls.group = Group{Dimension::Sex, true};
        const auto notBySex = AnalyticsService(*db).compute(girls);
        QVERIFY(!notBySex);
        QVERIFY2(notBySex.error().contains(QStringLiteral("ANC4")), qPrintable(notBySex.error()));
        Filter meanGirls = filterFor(*db, QStringLiteral("ASQ")); // a mean: options do not add up
        meanGirls.group = Group{Dimension::Sex, true};
        QVERIFY(!AnalyticsService(*db).compute(meanGirls));

        Filter unknown = filterFor(*db, QStringLiteral("ANC4"));
        unknown.indicatorId = 999999;
        QVERIFY(!AnalyticsService(*db).compute(unknown));

        // A superseded request stops early.
        auto cancelled = AnalyticsService(*db).compute(filterFor(*db, QStringLiteral("ANC4")), [] { return true; });
        QVERIFY(!cancelled);
    }

    // The programme's windows: both months or neither, in order.
    void windowsAreValidated()
    {
        Programme p;
        p.code = QStringLiteral("W");
        p.baselineFrom = Period::parse(u"202401");
        QVERIFY(!ProgrammeService::validateWindows(p));
        p.baselineTo = Period::parse(u"2024Q1");
        QVERIFY(!ProgrammeService::validateWindows(p));
        p.baselineTo = Period::parse(u"202406");
        QVERIFY(ProgrammeService::validateWindows(p));
        p.endlineFrom = Period::parse(u"202405");
        p.endlineTo = Period::parse(u"202412");
        const auto overlap = ProgrammeService::validateWindows(p);
        QVERIFY(!overlap);
        QVERIFY(overlap.error().contains(QStringLiteral("W")));
        p.endlineFrom = Period::parse(u"202407");
        QVERIFY(ProgrammeService::validateWindows(p));
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "tst_analytics.moc"
