#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/siteservice.h"
#include "storage/auditlog.h"
#include "storage/siterepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QUuid>

using namespace TestSupport;

namespace {
Site validSite(qint64 programmeId, const QString &code = QStringLiteral("532528"))
{
    Site s;
    s.programmeId = programmeId;
    s.code = code;
    s.nameEn = QStringLiteral("Yuanyang County");
    s.nameZh = QStringLiteral("元阳县");
    s.provinceEn = QStringLiteral("Yunnan");
    s.provinceZh = QStringLiteral("云南省");
    s.arm = Arm::Pilot;
    s.locality = Locality::Rural;
    s.ethnicMinorityArea = true;
    s.povertyCounty = true;
    s.childPopulation = 42000;
    s.latitude = 23.22;
    s.longitude = 102.84;
    s.interventionStart = QDate(2024, 4, 1);
    return s;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestSiteService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("test.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("test.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("test.db-shm")));
        m_db = openNew(m_dir);
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        QVERIFY(m_programme.meta.id > 0);
    }

    void createsWithSyncColumnsAndAudit()
    {
        SiteService service(*m_db, admin());
        auto created = service.create(validSite(m_programme.meta.id));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const Site &s = created.value();
        QVERIFY(s.meta.id > 0);
        QVERIFY(!QUuid::fromString(s.meta.uuid).isNull());
        QCOMPARE(s.meta.revision, 1);
        QCOMPARE(s.meta.origin, m_db->replicaId());
        QVERIFY(s.meta.createdAt.isValid());
        QVERIFY(!s.meta.deleted);

        const auto stored = service.site(s.meta.id);
        QVERIFY(stored);
        QCOMPARE(stored->code, QStringLiteral("532528"));
        QCOMPARE(stored->nameZh, QStringLiteral("元阳县"));
        QCOMPARE(stored->latitude, std::optional<double>(23.22));
        QCOMPARE(stored->interventionStart, QDate(2024, 4, 1));
        QCOMPARE(stored->meta.uuid, s.meta.uuid);

        const auto audit = AuditLog(*m_db).entriesFor(s.meta.uuid);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().username, QStringLiteral("tester"));
        QCOMPARE(audit.first().newValues.value(QStringLiteral("code")).toString(), QStringLiteral("532528"));
        QVERIFY(audit.first().oldValues.isEmpty());
    }

    void rejectsInvalidSitesWritingNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty code") << "code=" << "code is empty";
        QTest::newRow("code with spaces") << "code=53 2528" << "contains spaces";
        QTest::newRow("bad province prefix") << "code=992528" << "not a province code";
        QTest::newRow("county without prefecture") << "code=530028" << "not a valid GB/T 2260";
        QTest::newRow("no name") << "name=" << "has no name";
        QTest::newRow("latitude too high") << "latitude=91" << "latitude";
        QTest::newRow("longitude too low") << "longitude=-181" << "longitude";
        QTest::newRow("one coordinate only") << "latitude=none" << "only one coordinate";
        QTest::newRow("negative children") << "children=-5" << "cannot be negative";
        QTest::newRow("duplicate code") << "duplicate" << "already used by";
        QTest::newRow("no programme") << "programme=999" << "no existing programme";
    }
    void rejectsInvalidSitesWritingNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        SiteService service(*m_db, admin());
        Site s = validSite(m_programme.meta.id);
        if (field == QLatin1StringView("duplicate")) {
            QVERIFY(service.create(validSite(m_programme.meta.id)).ok());
            s.nameEn = QStringLiteral("Another");
        } else {
            const QString key = field.section(u'=', 0, 0);
            const QString value = field.section(u'=', 1);
            if (key == QLatin1StringView("code"))
                s.code = value;
            else if (key == QLatin1StringView("name"))
                s.nameEn = s.nameZh = value;
            else if (key == QLatin1StringView("latitude"))
                s.latitude = value == QLatin1StringView("none") ? std::nullopt : std::optional<double>(value.toDouble());
            else if (key == QLatin1StringView("longitude"))
                s.longitude = value.toDouble();
            else if (key == QLatin1StringView("children"))
                s.childPopulation = value.toInt();
            else if (key == QLatin1StringView("programme"))
                s.programmeId = value.toLongLong();
        }
        const int sites = count(*m_db, QStringLiteral("SELECT count(*) FROM site"));
        const int audit = count(*m_db, QStringLiteral("SELECT count(*) FROM audit"));
        auto created = service.create(s);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM site")), sites);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM audit")), audit);
    }

    void acceptsNonDivisionCodesAndNoCoordinates()
    {
        SiteService service(*m_db, admin());
        Site s = validSite(m_programme.meta.id, QStringLiteral("TOWN-01"));
        s.latitude.reset();
        s.longitude.reset();
        s.nameEn.clear(); // a Chinese name alone is enough
        QVERIFY(service.create(s).ok());
    }

    void updatesWithRevisionAndAuditOfOldValues()
    {
        SiteService service(*m_db, admin());
        Site s = service.create(validSite(m_programme.meta.id)).value();
        Site changed = s;
        changed.childPopulation = 50000;
        changed.arm = Arm::Comparison;
        auto updated = service.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(updated->meta.revision, 2);
        QCOMPARE(service.site(s.meta.id)->childPopulation, 50000);
        QCOMPARE(service.site(s.meta.id)->arm, Arm::Comparison);
        const auto audit = AuditLog(*m_db).entriesFor(s.meta.uuid);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.first().action, QStringLiteral("update")); // newest first
        QCOMPARE(audit.first().oldValues.value(QStringLiteral("child_population")).toInt(), 42000);
        QCOMPARE(audit.first().newValues.value(QStringLiteral("child_population")).toInt(), 50000);
        QCOMPARE(audit.first().oldValues.value(QStringLiteral("arm")).toString(), QStringLiteral("pilot"));

        // The first copy is stale now: someone else's change is never silently overwritten.
        Site stale = s;
        stale.nameEn = QStringLiteral("Stale");
        auto refused = service.update(stale);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("changed or removed by someone else")), qPrintable(refused.error()));
        QCOMPARE(service.site(s.meta.id)->nameEn, QStringLiteral("Yuanyang County"));
    }

    void removesAsTombstoneAndRestores()
    {
        SiteService service(*m_db, admin());
        Site s = service.create(validSite(m_programme.meta.id)).value();
        auto removed = service.remove(s);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(removed->meta.deleted);
        QVERIFY(service.sites(m_programme.meta.id).isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM site WHERE deleted = 1")), 1);

        auto restored = service.restore(removed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(!restored->meta.deleted);
        QCOMPARE(restored->meta.revision, 3);
        QCOMPARE(service.sites(m_programme.meta.id).size(), 1);
        QCOMPARE(AuditLog(*m_db).entriesFor(s.meta.uuid).first().action, QStringLiteral("restore"));
    }

    void aSiteWithReportedDataIsClosedNotRemoved()
    {
        SiteService service(*m_db, admin());
        Site s = service.create(validSite(m_programme.meta.id)).value();
        Indicator i;
        i.programmeId = m_programme.meta.id;
        i.code = QStringLiteral("CASES");
        i.nameEn = QStringLiteral("Cases");
        i = IndicatorService(*m_db, admin()).create(i).value();
        DataValue v;
        v.siteId = s.meta.id;
        v.indicatorId = i.meta.id;
        v.period = Period::month(2024, 5);
        v.value = 3;
        QVERIFY(DataValueService(*m_db, admin()).save(v).ok());
        auto refused = service.remove(s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("Closed")), qPrintable(refused.error()));
        QCOMPARE(service.sites(m_programme.meta.id).size(), 1);
        auto indicatorRefused = IndicatorService(*m_db, admin()).remove(i);
        QVERIFY(!indicatorRefused.ok());
        QVERIFY(indicatorRefused.error().contains(QStringLiteral("CASES")));
        s.status = SiteStatus::Closed;
        QVERIFY(service.update(s).ok());
    }

    void freedCodeCanBeReusedButThenBlocksRestore()
    {
        SiteService service(*m_db, admin());
        Site s = service.create(validSite(m_programme.meta.id)).value();
        Site removed = service.remove(s).value();
        QVERIFY(service.create(validSite(m_programme.meta.id)).ok());
        auto restored = service.restore(removed);
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().contains(QStringLiteral("already used by")));
    }

    void onlyManagersAndAdminsEditSites_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << int(Role::Admin) << true;
        QTest::newRow("manager") << int(Role::Manager) << true;
        QTest::newRow("field officer") << int(Role::FieldOfficer) << false;
        QTest::newRow("viewer") << int(Role::Viewer) << false;
    }
    void onlyManagersAndAdminsEditSites()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        SiteService service(*m_db, Actor{0, QStringLiteral("someone"), static_cast<Role>(role)});
        auto created = service.create(validSite(m_programme.meta.id));
        QCOMPARE(created.ok(), allowed);
        if (!allowed)
            QVERIFY2(created.error().contains(QStringLiteral("may not change")), qPrintable(created.error()));
    }

    void recognisesDivisionCodes()
    {
        QVERIFY(SiteService::looksLikeDivisionCode(QStringLiteral("532528")));
        QVERIFY(!SiteService::looksLikeDivisionCode(QStringLiteral("53252")));
        QVERIFY(!SiteService::looksLikeDivisionCode(QStringLiteral("5325A8")));
        QVERIFY(SiteService::isProvincePrefix(53));
        QVERIFY(SiteService::isProvincePrefix(11));
        QVERIFY(!SiteService::isProvincePrefix(10));
        QVERIFY(!SiteService::isProvincePrefix(99));
    }
};

QTEST_GUILESS_MAIN(TestSiteService)
#include "tst_siteservice.moc"
