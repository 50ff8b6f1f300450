#include "auth/passwordhasher.h"
#include "services/siteservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace TestSupport;

class TestUserService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

private slots:
    void hashesWithArgon2idAndVerifies()
    {
        auto hash = PasswordHasher::hash(QStringLiteral("密码 secret"));
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash->contains(QStringLiteral("secret")));
        QVERIFY(PasswordHasher::verify(hash.value(), QStringLiteral("密码 secret")));
        QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("密码 Secret")));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(PasswordHasher::hash(QStringLiteral("same")).value() != PasswordHasher::hash(QStringLiteral("same")).value());
    }

    void createsAuthenticatesAndNeverStoresThePassword()
    {
        auto db = openNew(m_dir, QStringLiteral("u%1.db").arg(++m_n));
        UserService service(*db, admin());
        User u;
        u.username = QStringLiteral("manager");
        u.fullName = QStringLiteral("Li Na");
        u.role = Role::Manager;
        auto created = service.create(u, QStringLiteral("hunter22"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const auto actor = service.authenticate(QStringLiteral("MANAGER"), QStringLiteral("hunter22"));
        QVERIFY(actor);
        QCOMPARE(actor->role, Role::Manager);
        QCOMPARE(actor->userId, created->meta.id);
        QVERIFY(!service.authenticate(QStringLiteral("manager"), QStringLiteral("wrong")));
        QVERIFY(!service.authenticate(QStringLiteral("nobody"), QStringLiteral("hunter22")));

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(password_hash) || group_concat(coalesce(old_values, '') || new_values)"
                                      " FROM app_user, audit")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("hunter22")));
        const auto audit = AuditLog(*db).entriesFor(created->meta.uuid);
        QCOMPARE(audit.size(), 1);
        QVERIFY(!audit.first().newValues.contains(QStringLiteral("password_hash")));

        const Site site = makeSite(*db, makeProgramme(*db).meta.id, QStringLiteral("S1"), QStringLiteral("一号点"));
        User withSites = created.value();
        withSites.role = Role::FieldOfficer;
        withSites.siteIds = {site.meta.id};
        withSites = service.update(withSites).value();
        QCOMPARE(service.user(QStringLiteral("manager"))->siteIds, QList<qint64>{site.meta.id});
        const auto sitesAudit = AuditLog(*db).entriesFor(created->meta.uuid).first();
        QCOMPARE(sitesAudit.oldValues.value(QStringLiteral("sites")).toArray().size(), 0);
        QCOMPARE(sitesAudit.newValues.value(QStringLiteral("sites")).toArray().at(0).toInteger(), site.meta.id);
        auto changed = service.setPassword(withSites, QStringLiteral("new-pass"));
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QVERIFY(service.authenticate(QStringLiteral("manager"), QStringLiteral("new-pass")));
        QVERIFY(!service.authenticate(QStringLiteral("manager"), QStringLiteral("hunter22")));
    }

    void rejectsBadAccounts()
    {
        auto db = openNew(m_dir, QStringLiteral("u%1.db").arg(++m_n));
        UserService service(*db, admin());
        User u;
        u.username = QStringLiteral("officer");
        u.role = Role::FieldOfficer;
        QVERIFY(service.create(u, QStringLiteral("long-enough")).ok());
        auto duplicate = service.create(u, QStringLiteral("long-enough"));
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.error().contains(QStringLiteral("already taken")));
        u.username = QStringLiteral("short");
        auto shortPassword = service.create(u, QStringLiteral("abc"));
        QVERIFY(!shortPassword.ok());
        QVERIFY(shortPassword.error().contains(QStringLiteral("too short")));
        u.username = QStringLiteral("with space");
        QVERIFY(service.create(u, QStringLiteral("long-enough")).error().contains(QStringLiteral("spaces")));
        u.username = QStringLiteral("ghost");
        u.siteIds = {12345};
        QVERIFY(service.create(u, QStringLiteral("long-enough")).error().contains(QStringLiteral("does not exist")));
        UserService manager(*db, Actor{0, QStringLiteral("m"), Role::Manager});
        u.siteIds.clear();
        auto refused = manager.create(u, QStringLiteral("long-enough"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("Only an administrator")));
        QCOMPARE(service.users().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
