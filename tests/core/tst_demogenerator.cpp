#include "demo/demogenerator.h"
#include "domain/period.h"
#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/programmeservice.h"
#include "services/siteservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/datavaluerepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace TestSupport;

namespace {
// Every row of every table, as text, except what the random password salts decide: the
// password hashes, the digest of them in the audit, and the audit chain's hashes over those.
QStringList dump(Database &db)
{
    static const QRegularExpression digest(QStringLiteral("\"password\":\"[0-9a-f]{64}\""));
    QStringList lines;
    const QStringList tables = db.connection().tables();
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            return {QStringLiteral("cannot read ") + table};
        while (q.next()) {
            QStringList cells{table};
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                const QString field = r.fieldName(i);
                if (field == QLatin1StringView("password_hash") ||
                    (table == QLatin1StringView("audit") && (field == QLatin1StringView("hash") ||
                                                              field == QLatin1StringView("previous_hash"))))
                    continue;
                cells.append(r.value(i).toString().replace(digest, QStringLiteral("\"password\":\"…\"")));
            }
            lines.append(cells.join(u'|'));
        }
    }
    return lines;
}

double scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return qQNaN();
    }
    return q.value(0).toDouble();
}
} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;

    std::unique_ptr<Database> generate(const QString &name, DemoGenerator::Options options)
    {
        const QString path = m_dir.filePath(name);
        auto result = DemoGenerator::generateFile(path, options);
        if (!result) {
            qWarning("%s", qPrintable(result.error()));
            return nullptr;
        }
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        return opened ? std::move(opened).value() : nullptr;
    }

private slots:
    void initTestCase()
    {
        m_demo = generate(QStringLiteral("demo.db"), {});
        QVERIFY(m_demo);
    }

    void sameSeedGivesSameContent()
    {
        QStringList first;
        QStringList second;
        {
            auto a = generate(QStringLiteral("a.db"), {8, 18, 7});
            QVERIFY(a);
            first = dump(*a);
        }
        {
            auto b = generate(QStringLiteral("b.db"), {8, 18, 7});
            QVERIFY(b);
            second = dump(*b);
        }
        QVERIFY(first.size() > 1000);
        QCOMPARE(first, second);
        auto c = generate(QStringLiteral("c.db"), {8, 18, 8});
        QVERIFY(c);
        QVERIFY(dump(*c) != first);
    }

    void buildsTheDocumentedProgramme()
    {
        Database &db = *m_demo;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM programme")), 1.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM site WHERE arm = 'pilot'")), 10.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM site WHERE arm = 'comparison'")), 10.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT province_en) FROM site")), 5.0);
        // Each prefecture has both arms: pilot and comparison counties are neighbours.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT prefecture_en FROM site GROUP BY 1 HAVING count(DISTINCT arm) < 2)")), 0.0);
        const double indicators = scalar(db, QStringLiteral("SELECT count(*) FROM indicator"));
        QVERIFY(indicators >= 8 && indicators <= 12);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT outcome_area) FROM indicator")), 4.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM indicator WHERE definition_en = '' OR definition_zh = ''")), 0.0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT indicator_id) FROM indicator_option")) >= 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT period) FROM data_value WHERE length(period) = 6 AND period NOT LIKE '%Q%'")), 36.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM app_user")), 4.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM user_site us JOIN app_user u ON u.id = us.user_id WHERE u.username = 'officer'")), 4.0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM site WHERE arm = 'pilot' AND intervention_start IS NULL")), 0.0);
        const auto summary = ProgrammeService(db, Actor::system()).summary(qint64(scalar(db, QStringLiteral("SELECT id FROM programme"))));
        QCOMPARE(summary.pilotSites, 10);
        QCOMPARE(summary.comparisonSites, 10);
        QCOMPARE(summary.indicators, 12);
    }

    void demoUsersSignInWithDemo()
    {
        UserService users(*m_demo, Actor::system());
        for (const char *name : {"admin", "manager", "officer", "viewer"})
            QVERIFY2(users.authenticate(QLatin1StringView(name), QStringLiteral("demo")), name);
        QCOMPARE(users.authenticate(QStringLiteral("officer"), QStringLiteral("demo"))->role, Role::FieldOfficer);
    }

    void everyRowPassesTheServicesValidation()
    {
        Database &db = *m_demo;
        const qint64 programmeId = qint64(scalar(db, QStringLiteral("SELECT id FROM programme")));
        SiteService sites(db, Actor::system());
        for (const Site &s : sites.sites(programmeId))
            QVERIFY2(sites.validate(s).ok(), qPrintable(sites.validate(s).error()));
        IndicatorService indicators(db, Actor::system());
        for (const Indicator &i : indicators.indicators(programmeId))
            QVERIFY2(indicators.validate(i).ok(), qPrintable(indicators.validate(i).error()));
        DataValueService values(db, Actor::system());
        int checked = 0;
        for (const Site &s : sites.sites(programmeId)) {
            for (const Period &p : {Period::month(2024, 6), Period::quarter(2025, 1), Period::year(2025)}) {
                for (const DataValue &v : values.values(s.meta.id, p)) {
                    QVERIFY2(values.validate(v).ok(), qPrintable(values.validate(v).error()));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void disaggregationsAddUpToTheTotal()
    {
        QCOMPARE(scalar(*m_demo, QStringLiteral(
                                     "SELECT count(*) FROM data_value t JOIN (SELECT site_id, indicator_id, period,"
                                     " sum(coalesce(value, 0)) v, sum(coalesce(numerator, 0)) n, sum(coalesce(denominator, 0)) d"
                                     " FROM data_value WHERE option_id IS NOT NULL GROUP BY 1, 2, 3) o"
                                     " USING (site_id, indicator_id, period)"
                                     " WHERE t.option_id IS NULL AND (coalesce(t.value, 0) <> o.v OR coalesce(t.numerator, 0) <> o.n"
                                     " OR coalesce(t.denominator, 0) <> o.d)")),
                 0.0);
    }

    void containsTheImperfectionsOfRealData()
    {
        Database &db = *m_demo;
        // Missing reports: fewer site-months than sites × months for a monthly indicator.
        const double reported = scalar(db, QStringLiteral("SELECT count(*) FROM data_value v JOIN indicator i ON i.id = v.indicator_id"
                                                          " WHERE i.code = 'ANC4'"));
        QVERIFY2(reported < 20 * 36 && reported > 20 * 36 * 0.85, qPrintable(QString::number(reported)));
        // Late reports: submitted more than the programme's 15 days after the period end.
        const double late = scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE length(period) = 6 AND period NOT LIKE '%Q%' AND"
                                                      " julianday(submitted_at) - julianday(date(substr(period, 1, 4) || '-' ||"
                                                      " substr(period, 5, 2) || '-01', '+1 month', '-1 day')) > 15"));
        QVERIFY2(late > 20, qPrintable(QString::number(late)));
        // Outliers: some commented as checked.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM data_value WHERE comment <> ''")) > 0);
        // Recent periods are still in review.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE status = 'submitted'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE status = 'draft' AND submitted_at IS NOT NULL")) == 0);
        // Most reports are approved; some were returned with a reason and opened for correction.
        const double reports = scalar(db, QStringLiteral("SELECT count(*) FROM report"));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE status = 'approved'")) > 0.8 * reports);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE status = 'returned' AND reason <> '' AND reopened = 1")) > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM report WHERE status = 'returned' AND reason = ''")), 0.0);
        // Every site-period with data has its report, and every report has data.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT site_id, period FROM data_value)")), reports);
        // Visits to pilot sites with a score for every checklist item; open actions; costs per site and year.
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM visit v JOIN site s ON s.id = v.site_id WHERE s.arm = 'comparison'")) == 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM visit")) > 20);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM visit_score")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM visit")) * scalar(db, QStringLiteral("SELECT count(*) FROM checklist_item")));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM visit_action WHERE status = 'open'")) > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cost")), 20.0 * 4);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM validation_rule")) >= 2);
        // The audit chain starts with every row, and the check finds it intact.
        QSqlDatabase connection = db.connection();
        const QStringList problems = AuditLog::verify(connection);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void pilotSitesImproveAndTheirEquityGapNarrows()
    {
        Database &db = *m_demo;
        auto rate = [&](const char *code, const char *arm, const char *from, const char *to, const char *option = nullptr) {
            QString sql = QStringLiteral("SELECT 100.0 * sum(v.numerator) / sum(v.denominator) FROM data_value v"
                                         " JOIN site s ON s.id = v.site_id JOIN indicator i ON i.id = v.indicator_id"
                                         " LEFT JOIN category_option o ON o.id = v.option_id"
                                         " WHERE i.code = '%1' AND s.arm = '%2' AND v.period BETWEEN '%3' AND '%4' AND %5")
                              .arg(QLatin1StringView(code), QLatin1StringView(arm), QLatin1StringView(from), QLatin1StringView(to),
                                   option ? QStringLiteral("o.code = '%1'").arg(QLatin1StringView(option)) : QStringLiteral("v.option_id IS NULL"));
            return scalar(db, sql);
        };
        const double pilotGain = rate("HOMEVISIT", "pilot", "202507", "202606") - rate("HOMEVISIT", "pilot", "202307", "202312");
        const double comparisonGain = rate("HOMEVISIT", "comparison", "202507", "202606") - rate("HOMEVISIT", "comparison", "202307", "202312");
        QVERIFY2(pilotGain - comparisonGain > 30, qPrintable(QStringLiteral("%1 vs %2").arg(pilotGain).arg(comparisonGain)));
        auto gap = [&](const char *arm, const char *from, const char *to) {
            return rate("FULLIMM", arm, from, to, "F_HAN") - rate("FULLIMM", arm, from, to, "F_MIN");
        };
        const double pilotNarrowing = gap("pilot", "202307", "202312") - gap("pilot", "202507", "202606");
        const double comparisonNarrowing = gap("comparison", "202307", "202312") - gap("comparison", "202507", "202606");
        QVERIFY2(pilotNarrowing > comparisonNarrowing,
                 qPrintable(QStringLiteral("%1 vs %2").arg(pilotNarrowing).arg(comparisonNarrowing)));
    }

    void scalesToTownships()
    {
        auto db = generate(QStringLiteral("towns.db"), {120, 12, 3});
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM site")), 120.0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(DISTINCT code) FROM site")), 120.0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM site WHERE township_zh <> ''")) > 60);
        QVERIFY(db->checkIntegrity().ok());
    }

    void refusesBadOptionsAndExistingFiles()
    {
        QVERIFY(!DemoGenerator::validate({1, 36, 1}).ok());
        QVERIFY(!DemoGenerator::validate({20, 6, 1}).ok());
        QVERIFY(!DemoGenerator::validate({DemoGenerator::MaxSites + 1, 36, 1}).ok());
        const QString existing = m_dir.filePath(QStringLiteral("existing.db"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        auto result = DemoGenerator::generateFile(existing, {});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QStringLiteral("already exists")), qPrintable(result.error()));
        QCOMPARE(fingerprint(existing), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256));
    }

    void cancelLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.db"));
        int calls = 0;
        auto result = DemoGenerator::generateFile(path, {}, [&](int) { return ++calls < 5; });
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QCOMPARE(sidecars(path + QStringLiteral(".partial")), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
