// DHIS2 code mappings: who may change them, what is refused, and that every change is audited
// so that the audit check stays clean.
#include "services/dhis2mappingservice.h"
#include "services/indicatorservice.h"
#include "services/siteservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestDhis2MappingService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Site m_site, m_other;

    Dhis2Mapping siteMapping(const QString &remote, const Site &site) const
    {
        Dhis2Mapping m;
        m.programmeId = m_programme.meta.id;
        m.kind = Dhis2Kind::Site;
        m.localKey = site.meta.uuid;
        m.remote = remote;
        return m;
    }

    Actor makeUser(const QString &name, Role role)
    {
        User u;
        u.username = name;
        u.role = role;
        if (role == Role::FieldOfficer)
            u.siteIds = {m_site.meta.id};
        auto created = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? Actor{created->meta.id, created->username, created->role} : Actor{};
    }

    QStringList verify()
    {
        QSqlDatabase c = m_db->connection();
        return AuditLog::verify(c);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh file for every test and data row
        m_db = openNew(*m_dir);
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        m_site = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S01"));
        m_other = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S02"));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void setUpdateRemoveRestore()
    {
        Dhis2MappingService service(*m_db, admin());
        auto created = service.set(siteMapping(QStringLiteral("  OuAaaaaaaaa "), m_site));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created->remote, QStringLiteral("OuAaaaaaaaa")); // trimmed
        QCOMPARE(service.mappings(m_programme.meta.id, Dhis2Kind::Site).size(), 1);

        Dhis2Mapping changed = created.value();
        changed.remote = QStringLiteral("OuBbbbbbbbb");
        auto updated = service.set(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(updated->meta.revision, 2);
        // The stale copy (revision 1) is refused.
        auto stale = service.set(created.value());
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().contains(QStringLiteral("S01")), qPrintable(stale.error()));
        // A fresh entry for a live key is refused too: it would overwrite unseen.
        QVERIFY(!service.set(siteMapping(QStringLiteral("OuCcccccccc"), m_site)).ok());

        auto removed = service.remove(updated.value());
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(service.mappings(m_programme.meta.id, Dhis2Kind::Site).isEmpty());
        QVERIFY(!service.remove(updated.value()).ok());
        auto revived = service.set(siteMapping(QStringLiteral("OuDdddddddd"), m_site));
        QVERIFY2(revived.ok(), qPrintable(revived.error()));
        QCOMPARE(revived->meta.id, created->meta.id);

        const auto entries = AuditLog(*m_db).entriesFor(created->meta.uuid);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).action, QStringLiteral("restore"));
        QCOMPARE(entries.at(1).action, QStringLiteral("delete"));
        QCOMPARE(entries.at(2).action, QStringLiteral("update"));
        QCOMPARE(entries.at(3).action, QStringLiteral("create"));
        QCOMPARE(entries.at(0).entity, QStringLiteral("dhis2_mapping"));
        QSqlDatabase connection = m_db->connection();
        const QStringList problems = AuditLog::verify(connection);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void permissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin") << int(Role::Admin) << true;
        QTest::newRow("manager") << int(Role::Manager) << true;
        QTest::newRow("field officer") << int(Role::FieldOfficer) << false;
        QTest::newRow("viewer") << int(Role::Viewer) << false;
    }
    void permissions()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const Actor actor = makeUser(QStringLiteral("user%1").arg(role), Role(role));
        QVERIFY(actor.userId > 0);
        Dhis2MappingService service(*m_db, actor);
        auto set = service.set(siteMapping(QStringLiteral("OuAaaaaaaaa"), m_site));
        QCOMPARE(set.ok(), allowed);
        if (!allowed) {
            QVERIFY2(set.error().contains(actor.username), qPrintable(set.error()));
            QVERIFY(service.mappings(m_programme.meta.id, Dhis2Kind::Site).isEmpty());
            // Nor may they remove one an administrator made.
            auto made = Dhis2MappingService(*m_db, admin()).set(siteMapping(QStringLiteral("OuAaaaaaaaa"), m_site));
            QVERIFY(made.ok());
            QVERIFY(!service.remove(made.value()).ok());
            QCOMPARE(service.mappings(m_programme.meta.id, Dhis2Kind::Site).size(), 1); // reading is for everyone
        }
    }

    void validation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("localKey");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << int(Dhis2Kind::Site) << QStringLiteral("site") << QStringLiteral("   ")
                               << QStringLiteral("Enter the DHIS2 code for S01");
        QTest::newRow("space") << int(Dhis2Kind::Site) << QStringLiteral("site") << QStringLiteral("Ou A")
                               << QStringLiteral("contains a space");
        QTest::newRow("too long") << int(Dhis2Kind::Site) << QStringLiteral("site") << QString(51, u'x')
                                  << QStringLiteral("longer than 50");
        QTest::newRow("duplicate") << int(Dhis2Kind::Site) << QStringLiteral("other") << QStringLiteral("OuTaken0000")
                                   << QStringLiteral("already used for S01");
        QTest::newRow("unknown site") << int(Dhis2Kind::Site) << QStringLiteral("nonsense") << QStringLiteral("OuAaaaaaaaa")
                                      << QStringLiteral("site that is not in the programme");
        QTest::newRow("site as indicator") << int(Dhis2Kind::Indicator) << QStringLiteral("site") << QStringLiteral("DeAaaaaaaaa")
                                           << QStringLiteral("indicator that is not in the programme");
        QTest::newRow("bad period") << int(Dhis2Kind::Period) << QStringLiteral("2024M13") << QStringLiteral("2024-13")
                                    << QStringLiteral("2024M13");
    }
    void validation()
    {
        QFETCH(int, kind);
        QFETCH(QString, localKey);
        QFETCH(QString, remote);
        QFETCH(QString, message);
        Dhis2MappingService service(*m_db, admin());
        QVERIFY(service.set(siteMapping(QStringLiteral("OuTaken0000"), m_site)).ok());
        Dhis2Mapping m;
        m.programmeId = m_programme.meta.id;
        m.kind = Dhis2Kind(kind);
        m.localKey = localKey == QLatin1StringView("site") ? m_site.meta.uuid : localKey == QLatin1StringView("other") ? m_other.meta.uuid : localKey;
        m.remote = remote;
        auto set = service.set(m);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().contains(message), qPrintable(set.error()));
    }

    // The code of a site since removed is free again: a re-imported site may take it.
    void aRemovedSitesCodeIsFree()
    {
        Dhis2MappingService service(*m_db, admin());
        QVERIFY(service.set(siteMapping(QStringLiteral("OuTaken0000"), m_site)).ok());
        auto removed = SiteService(*m_db, admin()).remove(m_site);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        auto taken = service.set(siteMapping(QStringLiteral("OuTaken0000"), m_other));
        QVERIFY2(taken.ok(), qPrintable(taken.error()));
        QCOMPARE(verify(), QStringList());
    }

    void periodAndOptionMappings()
    {
        Dhis2MappingService service(*m_db, admin());
        Dhis2Mapping period;
        period.programmeId = m_programme.meta.id;
        period.kind = Dhis2Kind::Period;
        period.localKey = QStringLiteral("2024Q1");
        period.remote = QStringLiteral("2024April");
        auto set = service.set(period);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        const auto options = IndicatorService(*m_db, admin()).options(m_programme.meta.id);
        QVERIFY(!options.isEmpty());
        Dhis2Mapping option;
        option.programmeId = m_programme.meta.id;
        option.kind = Dhis2Kind::Option;
        option.localKey = options.first().meta.uuid;
        option.remote = QStringLiteral("CocAaaaaaaa");
        auto setOption = service.set(option);
        QVERIFY2(setOption.ok(), qPrintable(setOption.error()));
        QCOMPARE(service.mappings(m_programme.meta.id, Dhis2Kind::Option).size(), 1);
        QCOMPARE(service.mappings(m_programme.meta.id, Dhis2Kind::Period).first().remote, QStringLiteral("2024April"));
        QVERIFY(service.mappings(m_programme.meta.id, Dhis2Kind::Site).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDhis2MappingService)
#include "tst_dhis2mappingservice.moc"
