#include "demo/demogenerator.h"
#include "services/dataentryservice.h"
#include "services/indicatorservice.h"
#include "services/reportservice.h"
#include "services/siteservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/siterepository.h"
#include "sync/syncservice.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace TestSupport;
using namespace Sync;

// Synchronisation through packages between a manager's database and field databases made from
// starter packages (docs/sync.md): setting up a laptop, the round trip of data, approvals and
// returns, idempotent imports, conflicts with both versions and their resolution travelling
// back, approved data locked against field packages, what a field package may not change, bad
// packages refused with nothing applied, a process killed during an import, and a property test
// of 3–5 databases editing and exchanging packages in random orders and duplicates.
class TestSyncService final : public QObject
{
    Q_OBJECT

    struct Replica
    {
        QString user;
        std::unique_ptr<Database> db;
        Actor actor;
        QList<qint64> sites; // officer: the sites assigned
    };

    QTemporaryDir m_dir;
    int m_files = 0;

    static constexpr const char *OfficerPassword = "field-password-2026";

    QString file(const QString &stem) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(stem)); }

    static QVariant scalar(Database &db, const QString &sql, const QVariantList &bound = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &v : bound)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    static Actor signIn(Database &db, const QString &user, const QString &password)
    {
        auto actor = UserService(db, Actor::system()).signIn(user, password);
        if (!actor)
            qWarning("%s", qPrintable(actor.error()));
        return actor ? actor.value() : Actor{};
    }

    // A manager's database: the demonstration programme (its officer has four sites), and
    // more officers sharing some of those sites when asked.
    std::unique_ptr<Replica> manager(int sites, int months, quint32 seed)
    {
        const QString path = file(QStringLiteral("manager.db"));
        if (auto generated = DemoGenerator::generateFile(path, {sites, months, seed}); !generated) {
            qWarning("%s", qPrintable(generated.error()));
            return nullptr;
        }
        auto opened = Database::open(path);
        if (!opened)
            return nullptr;
        auto m = std::make_unique<Replica>();
        m->user = QStringLiteral("manager");
        m->db = std::move(opened).value();
        m->actor = signIn(*m->db, m->user, QString::fromLatin1(DemoGenerator::DemoPassword));
        // The demo's officer signs in with a password of the rules' length on the laptops.
        auto officer = UserService(*m->db, admin()).user(QStringLiteral("officer"));
        if (!officer)
            return nullptr;
        if (auto set = UserService(*m->db, admin()).setPassword(*officer, QString::fromLatin1(OfficerPassword)); !set) {
            qWarning("%s", qPrintable(set.error()));
            return nullptr;
        }
        return m;
    }

    void addOfficer(Replica &m, const QString &name, const QList<qint64> &sites)
    {
        User u;
        u.username = name;
        u.fullName = name;
        u.role = Role::FieldOfficer;
        u.siteIds = sites;
        auto created = UserService(*m.db, admin()).create(u, QString::fromLatin1(OfficerPassword));
        QVERIFY2(created, qPrintable(created.error()));
    }

    static QList<qint64> sitesOf(Database &db, const QString &user)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT site_id FROM user_site WHERE user_id = (SELECT id FROM app_user WHERE username = ?)"
                                 " ORDER BY site_id"));
        q.addBindValue(user);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

    Result<SyncService::ExportResult> send(Replica &from, const QString &path, const QString &to = {}, bool starter = false)
    {
        ExchangeFile out(path);
        return SyncService(*from.db, from.actor).exportTo(out, to, 0, starter);
    }

    Result<Summary> receive(Replica &at, const QString &path)
    {
        ExchangeFile in(path);
        return SyncService(*at.db, at.actor).importFrom(in);
    }

    // The manager's database and the officer's laptop, and a cell of the officer's first site
    // that the tests edit.
    struct Pair
    {
        std::unique_ptr<Replica> m, f;
        QString site, indicator;
        Period period;
    };
    Pair pair(quint32 seed)
    {
        Pair p;
        p.m = manager(8, 12, seed);
        if (p.m)
            p.f = laptop(*p.m, QStringLiteral("officer"));
        if (p.f) {
            p.site = siteCodes(*p.f).first();
            p.indicator = plainIndicators(*p.f->db).first();
            p.period = newestPeriod(*p.f->db);
        }
        return p;
    }

    // A package from one database to the other, applied there; false (with the reason) when
    // either step fails.
    bool deliver(Replica &from, Replica &to, const QString &officer = {})
    {
        const QString path = file(QStringLiteral("package.srpk"));
        auto sent = send(from, path, officer);
        auto got = sent ? receive(to, path) : Result<Summary>(fail(sent.error()));
        if (!got)
            qWarning("%s", qPrintable(got.error()));
        return got.ok();
    }

    // A laptop for the officer, made from a starter package.
    std::unique_ptr<Replica> laptop(Replica &m, const QString &officer)
    {
        const QString package = file(officer + QStringLiteral("-starter.srpk"));
        auto sent = send(m, package, officer);
        if (!sent || !sent->starter) {
            qWarning("starter: %s", sent ? "not a starter" : qPrintable(sent.error()));
            return nullptr;
        }
        const QString path = file(officer + QStringLiteral(".db"));
        ExchangeFile in(package);
        auto made = SyncService::createFromStarter(path, in);
        if (!made) {
            qWarning("%s", qPrintable(made.error()));
            return nullptr;
        }
        auto opened = Database::open(path);
        if (!opened)
            return nullptr;
        auto r = std::make_unique<Replica>();
        r->user = officer;
        r->db = std::move(opened).value();
        r->actor = signIn(*r->db, officer, QString::fromLatin1(OfficerPassword));
        r->sites = sitesOf(*r->db, officer);
        return r;
    }

    // Ids by code on one database.
    static qint64 idOf(Database &db, const char *table, const QString &code)
    {
        return scalar(db, QStringLiteral("SELECT id FROM %1 WHERE code = ? AND deleted = 0").arg(QLatin1StringView(table)), {code})
            .toLongLong();
    }
    static QString codeOf(Database &db, const char *table, qint64 id)
    {
        return scalar(db, QStringLiteral("SELECT code FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {id}).toString();
    }

    // Monthly indicators without disaggregation: cells the tests edit.
    static QStringList plainIndicators(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT code FROM indicator i WHERE frequency = 'monthly' AND value_type = 'percentage' AND deleted = 0"
                              " AND NOT EXISTS (SELECT 1 FROM indicator_option WHERE indicator_id = i.id) ORDER BY code"));
        QStringList codes;
        while (q.next())
            codes.append(q.value(0).toString());
        return codes;
    }

    static Period newestPeriod(Database &db, int back = 0)
    {
        const Period now = Period::containing(QDate::currentDate(), Period::Type::Monthly);
        Period p = now;
        for (int i = 0; i < back; ++i)
            p = p.previous();
        Q_UNUSED(db);
        return p;
    }

    static Result<DataValue> edit(Replica &r, const QString &site, const QString &indicator, const Period &period,
                                  std::optional<double> value)
    {
        return DataEntryService(*r.db, r.actor)
            .saveCell(idOf(*r.db, "site", site), period, idOf(*r.db, "indicator", indicator), 0, std::nullopt, value,
                      value ? std::optional<double>(100) : std::nullopt);
    }

    // Nothing required, so that a report with one value can be submitted.
    static void relax(Replica &m)
    {
        IndicatorService indicators(*m.db, admin());
        for (Indicator i : indicators.indicators(scalar(*m.db, QStringLiteral("SELECT id FROM programme")).toLongLong())) {
            i.required = false;
            QVERIFY(indicators.update(i));
        }
    }

    // A site's usual value of an indicator: one that submission does not question.
    static double usual(Replica &r, const QString &site, const QString &indicator)
    {
        return scalar(*r.db, QStringLiteral("SELECT round(avg(numerator * 100.0 / denominator)) FROM data_value"
                                            " WHERE site_id = ? AND indicator_id = ? AND period < '2026'"),
                      {idOf(*r.db, "site", site), idOf(*r.db, "indicator", indicator)})
            .toDouble();
    }

    // A package rewritten as a tool would, signed again with the laptop's own key.
    static void resign(Replica &laptop, const QString &path, Package &p)
    {
        p.signingKey = scalar(*laptop.db, QStringLiteral("SELECT secret FROM sync_peer")).toByteArray();
        QVERIFY(PackageFile::write(path, p));
    }

    static QVariant valueAt(Replica &r, const QString &site, const QString &indicator, const Period &period)
    {
        return scalar(*r.db,
                      QStringLiteral("SELECT CASE WHEN deleted = 1 THEN 'deleted' ELSE numerator END FROM data_value"
                                     " WHERE site_id = ? AND indicator_id = ? AND period = ? AND option_id IS NULL"),
                      {idOf(*r.db, "site", site), idOf(*r.db, "indicator", indicator), period.id()});
    }

    static QString reportStatus(Replica &r, const QString &site, const Period &period)
    {
        return scalar(*r.db, QStringLiteral("SELECT status FROM report WHERE site_id = ? AND period = ? AND deleted = 0"),
                      {idOf(*r.db, "site", site), period.id()})
            .toString();
    }

    // The data of some sites in words, by codes (identities may differ where two databases made
    // the same row): each value and report.
    static QStringList dataOf(Replica &r, const QStringList &siteCodes)
    {
        QStringList rows;
        QSqlQuery q(r.db->connection());
        q.exec(QStringLiteral(
            "SELECT s.code || '|' || i.code || '|' || d.period || '|' || ifnull(o.code, '') || '|' || d.deleted || '|' ||"
            " ifnull(d.value, '') || '|' || ifnull(d.numerator, '') || '|' || ifnull(d.denominator, '') || '|' || d.comment"
            " || '|' || d.follow_up FROM data_value d JOIN site s ON s.id = d.site_id JOIN indicator i ON i.id = d.indicator_id"
            " LEFT JOIN category_option o ON o.id = d.option_id"
            " UNION ALL SELECT s.code || '|report|' || r.period || '|' || r.status || '|' || r.deleted || '|' || r.reason"
            " || '|' || r.reopened FROM report r JOIN site s ON s.id = r.site_id"));
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (siteCodes.contains(row.section(u'|', 0, 0)))
                rows.append(row);
        }
        rows.sort();
        return rows;
    }

    static QStringList siteCodes(Replica &r)
    {
        QStringList codes;
        for (qint64 id : r.sites)
            codes.append(codeOf(*r.db, "site", id));
        return codes;
    }

    static QStringList auditProblems(Database &db)
    {
        QSqlDatabase c = db.connection();
        return AuditLog::verify(c);
    }

    // The row's version vector as the database holds it: the last synchronised vector plus the
    // changes made here since (docs/sync.md), derived again here from the tables.
    static VersionVector vectorOf(Replica &r, const QString &site, const QString &indicator, const Period &period)
    {
        QSqlQuery q(r.db->connection());
        q.prepare(QStringLiteral("SELECT s.vector, s.base_revision, d.revision FROM data_value d LEFT JOIN sync_row s"
                                 " ON s.uuid = d.uuid WHERE d.site_id = ? AND d.indicator_id = ? AND d.period = ?"
                                 " AND d.option_id IS NULL"));
        q.addBindValue(idOf(*r.db, "site", site));
        q.addBindValue(idOf(*r.db, "indicator", indicator));
        q.addBindValue(period.id());
        if (!q.exec() || !q.next())
            return {};
        VersionVector v = q.value(0).isNull() ? VersionVector() : VersionVector::fromText(q.value(0).toString());
        for (int i = q.value(1).toInt(); i < q.value(2).toInt(); ++i)
            v.bump(r.db->replicaUuid());
        return v;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void starterPackageMakesTheOfficersDatabase()
    {
        auto m = manager(8, 12, 11);
        QVERIFY(m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        QVERIFY(f->actor.userId != 0);
        QCOMPARE(f->actor.role, Role::FieldOfficer);
        SyncService field(*f->db, f->actor);
        QVERIFY(field.isFieldDatabase());
        QVERIFY(!SyncService(*m->db, m->actor).isFieldDatabase());
        QCOMPARE(field.manager()->uuid, m->db->replicaUuid());
        // The programme, every site and indicator, the officer's sites' data, nobody else's.
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT count(*) FROM site")), scalar(*m->db, QStringLiteral("SELECT count(*) FROM site")));
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT count(*) FROM indicator")),
                 scalar(*m->db, QStringLiteral("SELECT count(*) FROM indicator")));
        QCOMPARE(f->sites.size(), 4);
        const QStringList codes = siteCodes(*f);
        QVERIFY(!dataOf(*f, codes).isEmpty());
        QCOMPARE(dataOf(*f, codes), dataOf(*m, codes));
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT count(DISTINCT site_id) FROM data_value")).toInt(), 4);
        // Only the officer's own password travels: the manager cannot sign in on the laptop.
        QVERIFY(!UserService(*f->db, Actor::system()).signIn(QStringLiteral("manager"), QString::fromLatin1(DemoGenerator::DemoPassword)));
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'manager'")).toString(), QString());
        // Every row arrived audited, and the laptop's own identity is the one the manager gave it.
        QCOMPARE(auditProblems(*f->db), QStringList());
        const QList<Peer> peers = SyncService(*m->db, m->actor).peers();
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.first().uuid, f->db->replicaUuid());
        QCOMPARE(peers.first().officer, QStringLiteral("officer"));
        QVERIFY(!peers.first().isManager);
        // The package was logged on both sides.
        QCOMPARE(field.packages().size(), 1);
        QCOMPARE(field.packages().first().direction, PackageRecord::Direction::Received);
        QVERIFY(field.packages().first().starter);
        QCOMPARE(SyncService(*m->db, m->actor).packages().first().direction, PackageRecord::Direction::Sent);
        // A starter cannot be applied to an existing database, nor made twice into one file.
        const QString starter = file(QStringLiteral("again.srpk"));
        QVERIFY(send(*m, starter, QStringLiteral("officer"), true));
        auto refused = receive(*f, starter);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("starter package")), qPrintable(refused.error()));
        ExchangeFile in(starter);
        auto twice = SyncService::createFromStarter(f->db->path(), in);
        QVERIFY(!twice);
        QVERIFY(twice.error().contains(QStringLiteral("already exists")));
    }

    void dataApprovalsAndReturnsTravelBothWays()
    {
        auto m = manager(8, 12, 12);
        QVERIFY(m);
        relax(*m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        const QString site = siteCodes(*f).first();
        const QString indicator = plainIndicators(*f->db).first();
        const Period period = newestPeriod(*f->db);
        auto saved = edit(*f, site, indicator, period, 32.5);
        QVERIFY2(saved, qPrintable(saved.error()));
        // The officer's change reaches the manager.
        const QString up = file(QStringLiteral("up.srpk"));
        auto sent = send(*f, up);
        QVERIFY2(sent, qPrintable(sent.error()));
        QVERIFY(sent->versions >= 2); // the value and its report
        auto got = receive(*m, up);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->conflicts, 0);
        QVERIFY(got->inserted + got->updated >= 2);
        QVERIFY(got->rejected.isEmpty());
        QVERIFY(QFile::exists(got->backupPath));
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 32.5);
        // The same package again changes nothing.
        auto again = receive(*m, up);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->inserted + again->updated + again->conflicts, 0);
        QCOMPARE(again->unchanged, got->inserted + got->updated);
        // The officer submits two reports; the manager approves one and returns the other; the
        // decisions reach the laptop.
        const QString other = siteCodes(*f).at(1);
        QVERIFY(edit(*f, site, indicator, period, usual(*f, site, indicator)));
        QVERIFY(edit(*f, other, indicator, period, usual(*f, other, indicator)));
        for (const QString &code : {site, other}) {
            auto submitted = DataEntryService(*f->db, f->actor).submit(idOf(*f->db, "site", code), period);
            QVERIFY2(submitted, qPrintable(submitted.error()));
        }
        const QString up2 = file(QStringLiteral("up2.srpk"));
        QVERIFY(send(*f, up2));
        auto got2 = receive(*m, up2);
        QVERIFY2(got2 && got2->rejected.isEmpty() && got2->conflicts == 0, qPrintable(got2 ? got2->text() : got2.error()));
        QCOMPARE(reportStatus(*m, site, period), QStringLiteral("submitted"));
        ReportService reports(*m->db, m->actor);
        auto approved = reports.approve(idOf(*m->db, "site", site), period);
        QVERIFY2(approved, qPrintable(approved.error()));
        auto returned = reports.returnToOfficer(idOf(*m->db, "site", other), period, QStringLiteral("check the count"));
        QVERIFY2(returned, qPrintable(returned.error()));
        const QString down = file(QStringLiteral("down.srpk"));
        auto back = send(*m, down, QStringLiteral("officer"));
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(!back->starter);
        auto applied = receive(*f, down);
        QVERIFY2(applied, qPrintable(applied.error()));
        QCOMPARE(applied->conflicts, 0);
        QCOMPARE(reportStatus(*f, site, period), QStringLiteral("approved"));
        QCOMPARE(reportStatus(*f, other, period), QStringLiteral("returned"));
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT reason FROM report WHERE site_id = ? AND period = ?"),
                        {idOf(*f->db, "site", other), period.id()}).toString(), QStringLiteral("check the count"));
        QCOMPARE(dataOf(*f, siteCodes(*f)), dataOf(*m, siteCodes(*f)));
        // Once the laptop acknowledges, nothing goes again: what it sent is not sent back to it.
        QVERIFY(deliver(*f, *m));
        const QString down2 = file(QStringLiteral("down2.srpk"));
        auto quiet = send(*m, down2, QStringLiteral("officer"));
        QVERIFY(quiet);
        QCOMPARE(quiet->versions, 0);
        QCOMPARE(auditProblems(*m->db), QStringList());
        QCOMPARE(auditProblems(*f->db), QStringList());
        // The exchange is recorded both ways.
        const Peer managerSide = SyncService(*m->db, m->actor).peers().first();
        QVERIFY(managerSide.lastReceivedAt.isValid());
        QVERIFY(managerSide.lastSentAt.isValid());
        QVERIFY(managerSide.ackedSeq > 0);
        QVERIFY(managerSide.receivedSeq > 0);
    }

    void concurrentEditsAreQueuedAndTheResolutionTravels_data()
    {
        QTest::addColumn<int>("resolution");
        QTest::newRow("keep mine") << int(Resolution::KeepMine);
        QTest::newRow("take theirs") << int(Resolution::TakeTheirs);
        QTest::newRow("edit") << int(Resolution::Edit);
    }
    void concurrentEditsAreQueuedAndTheResolutionTravels()
    {
        QFETCH(int, resolution);
        auto [m, f, site, indicator, period] = pair(13);
        QVERIFY(m && f);
        QVERIFY(edit(*f, site, indicator, period, 10));
        const QString first = file(QStringLiteral("first.srpk"));
        QVERIFY(send(*f, first));
        QVERIFY(receive(*m, first));
        // Both change the same value before they exchange again.
        QVERIFY(edit(*f, site, indicator, period, 11));
        QVERIFY(edit(*m, site, indicator, period, 12));
        const QString down = file(QStringLiteral("down.srpk"));
        QVERIFY(send(*m, down, QStringLiteral("officer")));
        const QString up = file(QStringLiteral("up.srpk"));
        QVERIFY(send(*f, up));
        // Neither side overwrites the other: both keep theirs and queue the conflict.
        auto atField = receive(*f, down);
        QVERIFY2(atField, qPrintable(atField.error()));
        QCOMPARE(atField->conflicts, 1);
        QCOMPARE(valueAt(*f, site, indicator, period).toDouble(), 11.0);
        auto atManager = receive(*m, up);
        QVERIFY2(atManager, qPrintable(atManager.error()));
        QCOMPARE(atManager->conflicts, 1);
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 12.0);
        SyncService managerSync(*m->db, m->actor);
        const QList<Conflict> queue = managerSync.conflicts();
        QCOMPARE(queue.size(), 1);
        const Conflict &c = queue.first();
        QCOMPARE(c.entity, QStringLiteral("data_value"));
        QCOMPARE(c.mine.content.value(QStringLiteral("numerator")).toDouble(), 12.0);
        QCOMPARE(c.theirs.content.value(QStringLiteral("numerator")).toDouble(), 11.0);
        QCOMPARE(c.mine.changedBy, QStringLiteral("manager"));
        QCOMPARE(c.theirs.changedBy, QStringLiteral("officer"));
        QVERIFY(c.theirs.changedAt.isValid());
        QVERIFY(c.what.contains(site) && c.what.contains(indicator) && c.what.contains(period.id()));
        QVERIFY(!c.locked);
        // The officer cannot resolve; the manager does.
        QVERIFY(!SyncService(*f->db, f->actor).resolve({SyncService(*f->db, f->actor).conflicts().first().id}, Resolution::KeepMine));
        const auto chosen = Resolution(resolution);
        const QJsonObject edited{{QStringLiteral("numerator"), 13}};
        auto resolved = managerSync.resolve({c.id}, chosen, chosen == Resolution::Edit ? edited : QJsonObject());
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(resolved.value(), 1);
        const double expected = chosen == Resolution::KeepMine ? 12.0 : chosen == Resolution::TakeTheirs ? 11.0 : 13.0;
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), expected);
        QCOMPARE(managerSync.openConflictCount(), 0);
        QCOMPARE(managerSync.conflicts(false).first().status, Conflict::Status::Resolved);
        QCOMPARE(managerSync.conflicts(false).first().resolution, chosen);
        // The resolution wins on the laptop and settles its queue.
        const QString resolution2 = file(QStringLiteral("resolution.srpk"));
        QVERIFY(send(*m, resolution2, QStringLiteral("officer")));
        auto settled = receive(*f, resolution2);
        QVERIFY2(settled, qPrintable(settled.error()));
        QCOMPARE(settled->conflicts, 0);
        QCOMPARE(settled->settled, 1);
        QCOMPARE(valueAt(*f, site, indicator, period).toDouble(), expected);
        QCOMPARE(SyncService(*f->db, f->actor).openConflictCount(), 0);
        QCOMPARE(SyncService(*f->db, f->actor).conflicts(false).first().status, Conflict::Status::Settled);
        // And the laptop's older package, arriving late, changes nothing.
        auto late = receive(*m, up);
        QVERIFY(late);
        QCOMPARE(late->conflicts + late->updated + late->inserted, 0);
        QCOMPARE(auditProblems(*m->db), QStringList());
        QCOMPARE(auditProblems(*f->db), QStringList());
    }

    void deletionsConflictLikeEdits()
    {
        auto [m, f, site, indicator, period] = pair(14);
        QVERIFY(m && f);
        QVERIFY(edit(*f, site, indicator, period, 10));
        const QString first = file(QStringLiteral("first.srpk"));
        QVERIFY(send(*f, first));
        QVERIFY(receive(*m, first));
        QVERIFY(edit(*f, site, indicator, period, std::nullopt)); // removed on the laptop
        QVERIFY(edit(*m, site, indicator, period, 20));
        const QString up = file(QStringLiteral("up.srpk"));
        QVERIFY(send(*f, up));
        auto got = receive(*m, up);
        QVERIFY(got);
        QCOMPARE(got->conflicts, 1);
        const Conflict c = SyncService(*m->db, m->actor).conflicts().first();
        QVERIFY(c.theirs.deleted);
        QVERIFY(!c.mine.deleted);
        QVERIFY(SyncService(*m->db, m->actor).resolve({c.id}, Resolution::TakeTheirs));
        QCOMPARE(valueAt(*m, site, indicator, period).toString(), QStringLiteral("deleted"));
    }

    void approvedDataIsLockedAgainstFieldPackages()
    {
        auto m = manager(8, 12, 15);
        QVERIFY(m);
        // Nothing is required, so that one value makes a report that can be submitted.
        IndicatorService indicators(*m->db, admin());
        const qint64 programmeId = scalar(*m->db, QStringLiteral("SELECT id FROM programme")).toLongLong();
        for (Indicator i : indicators.indicators(programmeId)) {
            i.required = false;
            QVERIFY(indicators.update(i));
        }
        // Two officers share a site.
        const QList<qint64> shared = sitesOf(*m->db, QStringLiteral("officer"));
        addOfficer(*m, QStringLiteral("officer2"), {shared.first()});
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        auto f2 = laptop(*m, QStringLiteral("officer2"));
        QVERIFY(f2);
        const QString site = codeOf(*m->db, "site", shared.first());
        const QString indicator = plainIndicators(*f->db).first();
        const Period period = newestPeriod(*f->db);
        // The first officer enters a usual value and submits; the manager approves.
        const double usual = scalar(*f->db, QStringLiteral("SELECT round(avg(numerator * 100.0 / denominator)) FROM data_value"
                                                           " WHERE site_id = ? AND indicator_id = ?"),
                                    {idOf(*f->db, "site", site), idOf(*f->db, "indicator", indicator)}).toDouble();
        QVERIFY(edit(*f, site, indicator, period, usual));
        auto submitted = ReportService(*f->db, f->actor).submit(idOf(*f->db, "site", site), period);
        QVERIFY2(submitted, qPrintable(submitted.error()));
        QVERIFY(deliver(*f, *m));
        auto approved = ReportService(*m->db, m->actor).approve(idOf(*m->db, "site", site), period);
        QVERIFY2(approved, qPrintable(approved.error()));
        // The second officer, not knowing, enters the same value differently.
        QVERIFY(edit(*f2, site, indicator, period, 99.5));
        const QString up = file(QStringLiteral("up.srpk"));
        QVERIFY(send(*f2, up));
        auto got = receive(*m, up);
        QVERIFY2(got, qPrintable(got.error()));
        QVERIFY(got->conflicts >= 1);
        QCOMPARE(got->updated + got->inserted, 0);
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), usual);
        QCOMPARE(reportStatus(*m, site, period), QStringLiteral("approved"));
        bool lockedValue = false;
        for (const Conflict &c : SyncService(*m->db, m->actor).conflicts()) {
            QVERIFY(c.locked);
            if (c.entity == QLatin1StringView("data_value")) {
                lockedValue = true;
                QCOMPARE(c.theirs.content.value(QStringLiteral("numerator")).toDouble(), 99.5);
                QCOMPARE(c.theirs.changedBy, QStringLiteral("officer2"));
            }
        }
        QVERIFY(lockedValue);
        // Keeping the approved value: the second laptop takes it back.
        QList<qint64> ids;
        for (const Conflict &c : SyncService(*m->db, m->actor).conflicts())
            ids.append(c.id);
        QVERIFY(SyncService(*m->db, m->actor).resolve(ids, Resolution::KeepMine));
        QVERIFY(deliver(*m, *f2, QStringLiteral("officer2")));
        QCOMPARE(valueAt(*f2, site, indicator, period).toDouble(), usual);
        QCOMPARE(reportStatus(*f2, site, period), QStringLiteral("approved"));
    }

    void aFieldPackageCannotChangeWhatIsTheManagers()
    {
        auto [m, f, site, indicator, period] = pair(16);
        QVERIFY(m && f);
        QVERIFY(edit(*f, site, indicator, period, 10));
        const QString path = file(QStringLiteral("up.srpk"));
        QVERIFY(send(*f, path));
        // Rewritten (with a valid checksum, as a tool would): an indicator renamed, a value for a
        // site the officer does not have, a report approved, the officer made an administrator.
        PackageFile::Expect expect{m->db->replicaUuid(), {}, Database::latestSchemaVersion(), false};
        auto read = PackageFile::read(path, expect);
        QVERIFY2(read, qPrintable(read.error()));
        Package p = read.value();
        const QString foreignSite = scalar(*m->db, QStringLiteral("SELECT uuid FROM site WHERE id NOT IN (SELECT site_id FROM"
                                                                  " user_site WHERE user_id = (SELECT id FROM app_user WHERE"
                                                                  " username = 'officer')) LIMIT 1")).toString();
        Version renamed;
        renamed.entity = QStringLiteral("indicator");
        renamed.uuid = scalar(*m->db, QStringLiteral("SELECT uuid FROM indicator WHERE code = ?"), {indicator}).toString();
        renamed.vector.bump(f->db->replicaUuid());
        renamed.content = QJsonObject{{QStringLiteral("code"), indicator}};
        renamed.replica = f->db->replicaUuid();
        p.versions.append(renamed);
        bool changedValue = false, changedReport = false;
        for (Version &v : p.versions) {
            if (v.entity == QLatin1StringView("data_value") && !changedValue) {
                Version other = v;
                other.uuid = QStringLiteral("00000000-0000-4000-8000-000000000001");
                other.content.insert(QStringLiteral("site_id"), foreignSite);
                p.versions.append(other);
                changedValue = true;
                break;
            }
        }
        for (Version &v : p.versions) {
            if (v.entity == QLatin1StringView("report")) {
                v.content.insert(QStringLiteral("status"), QStringLiteral("approved"));
                changedReport = true;
            }
        }
        QVERIFY(changedValue && changedReport);
        Version promoted;
        promoted.entity = QStringLiteral("app_user");
        promoted.uuid = scalar(*m->db, QStringLiteral("SELECT uuid FROM app_user WHERE username = 'officer'")).toString();
        promoted.vector.bump(f->db->replicaUuid());
        promoted.content = QJsonObject{{QStringLiteral("username"), QStringLiteral("officer")}, {QStringLiteral("role"), QStringLiteral("admin")}};
        promoted.replica = f->db->replicaUuid();
        p.versions.append(promoted);
        resign(*f, path, p);
        const QString before = scalar(*m->db, QStringLiteral("SELECT name_en FROM indicator WHERE code = ?"), {indicator}).toString();
        auto got = receive(*m, path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->rejected.size(), 4);
        const QString text = got->text();
        QVERIFY2(text.contains(QStringLiteral("the manager's")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("not assigned")));
        QVERIFY(text.contains(QStringLiteral("only a manager can approve")));
        QVERIFY(text.contains(QStringLiteral("own officer's password")));
        // The rest of the package applied; the refused rows did not.
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 10.0);
        QCOMPARE(scalar(*m->db, QStringLiteral("SELECT name_en FROM indicator WHERE code = ?"), {indicator}).toString(), before);
        QCOMPARE(scalar(*m->db, QStringLiteral("SELECT role FROM app_user WHERE username = 'officer'")).toString(), QStringLiteral("officer"));
        QVERIFY(reportStatus(*m, site, period) != QLatin1StringView("approved"));
        // The summary is kept with the package.
        const PackageRecord kept = SyncService(*m->db, m->actor).packages().first();
        QCOMPARE(kept.direction, PackageRecord::Direction::Received);
        QCOMPARE(kept.summary.rejected.size(), 4);
    }

    void badPackagesAreRefusedWithNothingApplied_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("damaged or incomplete");
        QTest::newRow("altered bytes") << QStringLiteral("alter") << QStringLiteral("changed after it was made");
        QTest::newRow("wrong receiver") << QStringLiteral("receiver") << QStringLiteral("another database");
        QTest::newRow("newer schema") << QStringLiteral("schema") << QStringLiteral("newer version");
        QTest::newRow("not a package") << QStringLiteral("text") << QStringLiteral("not a ScaleReady sync package");
        QTest::newRow("not from a laptop of this database") << QStringLiteral("stranger") << QStringLiteral("not set up from this one");
        QTest::newRow("not signed by its sender") << QStringLiteral("unsigned") << QStringLiteral("not signed by");
    }
    void badPackagesAreRefusedWithNothingApplied()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        auto m = manager(8, 12, 17);
        QVERIFY(m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        QVERIFY(edit(*f, siteCodes(*f).first(), plainIndicators(*f->db).first(), newestPeriod(*f->db), 77));
        const QString path = file(QStringLiteral("bad.srpk"));
        QVERIFY(send(*f, path));
        PackageFile::Expect expect{m->db->replicaUuid(), {}, Database::latestSchemaVersion(), false};
        Package p = PackageFile::read(path, expect).value();
        if (damage == QLatin1StringView("truncate")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (damage == QLatin1StringView("alter")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            const qsizetype at = bytes.lastIndexOf("\"numerator\":77");
            QVERIFY(at > 0);
            bytes[at + 13] = '8';
            QVERIFY(f.seek(0));
            f.write(bytes);
        } else if (damage == QLatin1StringView("receiver")) {
            p.header.receiver = QStringLiteral("another-database");
            resign(*f, path, p);
        } else if (damage == QLatin1StringView("schema")) {
            p.header.schemaVersion = Database::latestSchemaVersion() + 1;
            resign(*f, path, p);
        } else if (damage == QLatin1StringView("unsigned")) {
            // Rewritten by someone without the laptop's key (its checksum made right again).
            p.versions.first().content.insert(QStringLiteral("comment"), QStringLiteral("forged"));
            p.signingKey = QByteArrayLiteral("a guess");
            QVERIFY(PackageFile::write(path, p));
        } else if (damage == QLatin1StringView("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("sender,receiver\n1,2\n");
        } else {
            p.header.sender = QStringLiteral("a-stranger");
            resign(*f, path, p);
        }
        const QStringList before = dataOf(*m, siteCodes(*f));
        const qint64 audit = scalar(*m->db, QStringLiteral("SELECT count(*) FROM audit")).toLongLong();
        auto got = receive(*m, path);
        QVERIFY(!got);
        QVERIFY2(got.error().contains(expected), qPrintable(got.error()));
        QCOMPARE(dataOf(*m, siteCodes(*f)), before);
        QCOMPARE(scalar(*m->db, QStringLiteral("SELECT count(*) FROM audit")).toLongLong(), audit);
        // The refusal is in the log with its reason.
        const PackageRecord logged = SyncService(*m->db, m->actor).packages().first();
        QCOMPARE(logged.direction, PackageRecord::Direction::Refused);
        QCOMPARE(logged.error, got.error());
    }

    // Two packages from one laptop over the same value arrive: the newer replaces the older in
    // the queue, and taking theirs takes the newest edit (never an older one over it).
    void aNewerVersionReplacesTheOlderInTheQueue()
    {
        auto [m, f, site, indicator, period] = pair(21);
        QVERIFY(m && f);
        QVERIFY(edit(*m, site, indicator, period, 10));
        QVERIFY(edit(*f, site, indicator, period, 11));
        const QString first = file(QStringLiteral("first.srpk"));
        QVERIFY(send(*f, first));
        QVERIFY(edit(*f, site, indicator, period, 12));
        const QString second = file(QStringLiteral("second.srpk"));
        QVERIFY(send(*f, second));
        QVERIFY(receive(*m, first));
        QVERIFY(receive(*m, second));
        QVERIFY(receive(*m, first)); // late and again: adds nothing
        SyncService managerSync(*m->db, m->actor);
        const QList<Conflict> queue = managerSync.conflicts();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().theirs.content.value(QStringLiteral("numerator")).toDouble(), 12.0);
        QVERIFY(managerSync.resolve({queue.first().id}, Resolution::TakeTheirs));
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 12.0);
        QVERIFY(deliver(*m, *f, QStringLiteral("officer")));
        QCOMPARE(valueAt(*f, site, indicator, period).toDouble(), 12.0);
    }

    // Two laptops changed the value the manager changed: taking "theirs" for both at once is
    // refused (which one?); one at a time settles the row for both. An edit is checked.
    void twoLaptopsVersionsOfOneRow()
    {
        auto m = manager(8, 12, 27);
        QVERIFY(m);
        const QList<qint64> shared = sitesOf(*m->db, QStringLiteral("officer"));
        addOfficer(*m, QStringLiteral("officer2"), {shared.first()});
        auto f = laptop(*m, QStringLiteral("officer"));
        auto f2 = laptop(*m, QStringLiteral("officer2"));
        QVERIFY(f && f2);
        const QString site = codeOf(*m->db, "site", shared.first());
        const QString indicator = plainIndicators(*m->db).first();
        const Period period = newestPeriod(*m->db);
        QVERIFY(edit(*m, site, indicator, period, 10));
        QVERIFY(edit(*f, site, indicator, period, 11));
        QVERIFY(edit(*f2, site, indicator, period, 12));
        for (Replica *r : {f.get(), f2.get()}) {
            const QString up = file(QStringLiteral("up.srpk"));
            QVERIFY(send(*r, up));
            QVERIFY(receive(*m, up));
        }
        SyncService managerSync(*m->db, m->actor);
        QList<qint64> ids;
        for (const Conflict &c : managerSync.conflicts())
            if (c.entity == QLatin1StringView("data_value"))
                ids.append(c.id);
        QCOMPARE(ids.size(), 2);
        auto both = managerSync.resolve(ids, Resolution::TakeTheirs);
        QVERIFY(!both);
        QVERIFY(both.error().contains(QStringLiteral("same row")));
        // An edit of the wrong kind, or of a reference, is refused naming the field.
        auto text = managerSync.resolve({ids.first()}, Resolution::Edit, {{QStringLiteral("numerator"), QStringLiteral("abc")}});
        QVERIFY(!text);
        QVERIFY2(text.error().contains(QStringLiteral("numerator")), qPrintable(text.error()));
        auto moved = managerSync.resolve({ids.first()}, Resolution::Edit, {{QStringLiteral("site_id"), QStringLiteral("x")}});
        QVERIFY(!moved);
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 10.0);
        auto one = managerSync.resolve({ids.last()}, Resolution::TakeTheirs);
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(one.value(), 2); // both laptops' conflicts over the row are settled
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 12.0);
        for (Replica *r : {f.get(), f2.get()}) {
            const QString down = file(QStringLiteral("down.srpk"));
            QVERIFY(send(*m, down, r->user));
            QVERIFY(receive(*r, down));
            QCOMPARE(valueAt(*r, site, indicator, period).toDouble(), 12.0);
        }
    }

    // A row that cannot be stored yet (a site code still taken on the laptop) is rejected, the
    // rows after it still apply, and it comes again with the next package until it fits.
    void aRowThatCannotBeStoredYetComesAgain()
    {
        auto m = manager(8, 12, 22);
        QVERIFY(m);
        const qint64 programmeId = scalar(*m->db, QStringLiteral("SELECT id FROM programme")).toLongLong();
        const Site older = makeSite(*m->db, programmeId, QStringLiteral("NEW-A"));
        const Site newer = makeSite(*m->db, programmeId, QStringLiteral("NEW-B"));
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        // The manager gives NEW-B's code to NEW-A after removing NEW-B: in one package, NEW-A
        // (applied first) clashes with NEW-B, still there on the laptop.
        SiteService sites(*m->db, admin());
        auto removed = sites.remove(*SiteRepository(*m->db).find(newer.meta.id));
        QVERIFY2(removed, qPrintable(removed.error()));
        Site renamed = *SiteRepository(*m->db).find(older.meta.id);
        renamed.code = QStringLiteral("NEW-B");
        QVERIFY(sites.update(renamed));
        const QString down = file(QStringLiteral("down.srpk"));
        QVERIFY(send(*m, down, QStringLiteral("officer")));
        auto got = receive(*f, down);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->rejected.size(), 1);
        QVERIFY(got->rejected.first().retry);
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT deleted FROM site WHERE code = 'NEW-B' AND uuid = ?"), {newer.meta.uuid}).toInt(), 1);
        QVERIFY(got->text().contains(QStringLiteral("sent again")));
        // The laptop's acknowledgement asks for it again; the next package brings it.
        QVERIFY(deliver(*f, *m));
        const QString again = file(QStringLiteral("again.srpk"));
        QVERIFY(send(*m, again, QStringLiteral("officer")));
        auto second = receive(*f, again);
        QVERIFY2(second && second->rejected.isEmpty(), qPrintable(second ? second->text() : second.error()));
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT code FROM site WHERE uuid = ?"), {older.meta.uuid}).toString(), QStringLiteral("NEW-B"));
    }

    // A field package that moves an existing value to another of the officer's sites or periods
    // is refused, and the manager's version goes back to the laptop and wins there.
    void aFieldPackageCannotMoveARow()
    {
        auto [m, f, site, indicator, period] = pair(23);
        QVERIFY(m && f);
        QVERIFY(edit(*f, site, indicator, period, 10));
        QVERIFY(deliver(*f, *m));
        QVERIFY(edit(*f, site, indicator, period, 20));
        const QString path = file(QStringLiteral("moved.srpk"));
        QVERIFY(send(*f, path));
        PackageFile::Expect expect{m->db->replicaUuid(), {}, Database::latestSchemaVersion(), false};
        Package p = PackageFile::read(path, expect).value();
        const QString otherSite = scalar(*f->db, QStringLiteral("SELECT uuid FROM site WHERE code = ?"), {siteCodes(*f).at(1)}).toString();
        bool moved = false;
        for (Version &v : p.versions) {
            if (v.entity == QLatin1StringView("data_value")) {
                v.content.insert(QStringLiteral("site_id"), otherSite);
                moved = true;
            }
        }
        QVERIFY(moved);
        resign(*f, path, p);
        auto got = receive(*m, path);
        QVERIFY2(got, qPrintable(got.error()));
        QCOMPARE(got->rejected.size(), 1);
        QVERIFY(got->text().contains(QStringLiteral("cannot move a row")));
        QCOMPARE(valueAt(*m, site, indicator, period).toDouble(), 10.0);
        QVERIFY(valueAt(*m, siteCodes(*f).at(1), indicator, period).isNull());
        // The manager's version goes back and wins over the laptop's refused change.
        const QString down = file(QStringLiteral("down.srpk"));
        QVERIFY(send(*m, down, QStringLiteral("officer")));
        auto back = receive(*f, down);
        QVERIFY(back);
        QCOMPARE(back->conflicts, 0);
        QCOMPARE(valueAt(*f, site, indicator, period).toDouble(), 10.0);
        QCOMPARE(auditProblems(*m->db), QStringList());
    }

    // The officer changes their password on the laptop while the manager assigns them another
    // site: both reach both sides, and the account is not stuck in a conflict.
    void aPasswordChangeAndANewSiteBothArrive()
    {
        auto m = manager(8, 12, 24);
        QVERIFY(m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        auto mine = UserService(*f->db, f->actor).user(QStringLiteral("officer"));
        QVERIFY(mine);
        auto changed = UserService(*f->db, f->actor).setPassword(*mine, QStringLiteral("a-new-password-2027"));
        QVERIFY2(changed, qPrintable(changed.error()));
        auto account = UserService(*m->db, admin()).user(QStringLiteral("officer"));
        const qint64 extra = scalar(*m->db, QStringLiteral("SELECT id FROM site WHERE id NOT IN (SELECT site_id FROM user_site"
                                                           " WHERE user_id = ?) ORDER BY id LIMIT 1"), {account->meta.id}).toLongLong();
        account->siteIds.append(extra);
        QVERIFY(UserService(*m->db, admin()).update(*account));
        const QString up = file(QStringLiteral("up.srpk"));
        QVERIFY(send(*f, up));
        auto got = receive(*m, up);
        QVERIFY2(got && got->rejected.isEmpty() && got->conflicts == 0, qPrintable(got ? got->text() : got.error()));
        QVERIFY(UserService(*m->db, Actor::system()).signIn(QStringLiteral("officer"), QStringLiteral("a-new-password-2027")));
        const QString down = file(QStringLiteral("down.srpk"));
        QVERIFY(send(*m, down, QStringLiteral("officer")));
        auto back = receive(*f, down);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(SyncService(*f->db, f->actor).openConflictCount(), 0);
        QCOMPARE(sitesOf(*f->db, QStringLiteral("officer")).size(), 5);
        // The new site's data came whole, and the new password still opens the laptop.
        const QString extraCode = codeOf(*m->db, "site", extra);
        f->sites = sitesOf(*f->db, QStringLiteral("officer"));
        QVERIFY(!dataOf(*f, {extraCode}).isEmpty());
        QCOMPARE(dataOf(*f, {extraCode}), dataOf(*m, {extraCode}));
        QVERIFY(UserService(*f->db, Actor::system()).signIn(QStringLiteral("officer"), QStringLiteral("a-new-password-2027")));
        QCOMPARE(auditProblems(*f->db), QStringList());
        QCOMPARE(auditProblems(*m->db), QStringList());
    }

    // A package that brought a newly assigned site is lost: the next one brings the site again.
    void aNewSiteComesAgainWhenItsPackageIsLost()
    {
        auto m = manager(8, 12, 25);
        QVERIFY(m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        auto account = UserService(*m->db, admin()).user(QStringLiteral("officer"));
        const qint64 extra = scalar(*m->db, QStringLiteral("SELECT id FROM site WHERE id NOT IN (SELECT site_id FROM user_site"
                                                           " WHERE user_id = ?) ORDER BY id LIMIT 1"), {account->meta.id}).toLongLong();
        account->siteIds.append(extra);
        QVERIFY(UserService(*m->db, admin()).update(*account));
        const QString lost = file(QStringLiteral("lost.srpk"));
        QVERIFY(send(*m, lost, QStringLiteral("officer")));
        QVERIFY(deliver(*m, *f, QStringLiteral("officer")));
        const QString extraCode = codeOf(*m->db, "site", extra);
        QVERIFY(!dataOf(*f, {extraCode}).isEmpty());
        QCOMPARE(dataOf(*f, {extraCode}), dataOf(*m, {extraCode}));
    }

    // A manager's database with two programmes: a laptop gets one, its officer's sites in it.
    void aStarterCarriesOneProgramme()
    {
        auto m = manager(8, 12, 26);
        QVERIFY(m);
        const Programme second = makeProgramme(*m->db, QStringLiteral("P2"));
        const Site elsewhere = makeSite(*m->db, second.meta.id, QStringLiteral("P2-S1"));
        auto account = UserService(*m->db, admin()).user(QStringLiteral("officer"));
        account->siteIds.append(elsewhere.meta.id);
        QVERIFY(UserService(*m->db, admin()).update(*account));
        const QString package = file(QStringLiteral("starter.srpk"));
        ExchangeFile out(package);
        const qint64 demo = scalar(*m->db, QStringLiteral("SELECT id FROM programme WHERE code <> 'P2'")).toLongLong();
        auto sent = SyncService(*m->db, m->actor).exportTo(out, QStringLiteral("officer"), demo);
        QVERIFY2(sent, qPrintable(sent.error()));
        ExchangeFile in(package);
        const QString path = file(QStringLiteral("laptop.db"));
        auto made = SyncService::createFromStarter(path, in);
        QVERIFY2(made, qPrintable(made.error()));
        auto opened = Database::open(path);
        QVERIFY(opened);
        QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM programme")).toInt(), 1);
        QCOMPARE(sitesOf(*opened.value(), QStringLiteral("officer")).size(), 4);
        // Without naming the programme, the manager is asked which.
        ExchangeFile unnamed(file(QStringLiteral("unnamed.srpk")));
        auto refused = SyncService(*m->db, m->actor).exportTo(unnamed, QStringLiteral("officer"), 0, true);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("Name the programme")));
    }

    void killingTheProcessDuringAnImportLeavesTheDatabaseAsBefore()
    {
        auto m = manager(10, 12, 18);
        QVERIFY(m);
        auto f = laptop(*m, QStringLiteral("officer"));
        QVERIFY(f);
        // A big package back: many values changed on the manager.
        const QStringList indicators = plainIndicators(*m->db);
        for (const QString &site : siteCodes(*f))
            for (const QString &indicator : indicators)
                for (int back = 0; back < 4; ++back)
                    QVERIFY(edit(*m, site, indicator, newestPeriod(*m->db, back), 50));
        const QString down = file(QStringLiteral("down.srpk"));
        auto sent = send(*m, down, QStringLiteral("officer"));
        QVERIFY(sent);
        QVERIFY(sent->versions > 20);
        const QString path = f->db->path();
        const QStringList before = dataOf(*f, siteCodes(*f));
        const qint64 audit = scalar(*f->db, QStringLiteral("SELECT count(*) FROM audit")).toLongLong();
        const QString userName = f->user;
        f->db.reset();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child imports and is killed half way through, inside the transaction.
            auto opened = Database::open(path);
            if (!opened)
                _exit(10);
            const Actor actor = signIn(*opened.value(), userName, QString::fromLatin1(OfficerPassword));
            ExchangeFile in(down);
            auto result = SyncService(*opened.value(), actor).importFrom(in, [](qint64 done, qint64 total) {
                if (total > 0 && done * 2 >= total)
                    ::raise(SIGKILL);
                return true;
            });
            _exit(result ? 11 : 12);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the import was killed");
        auto reopened = Database::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        f->db = std::move(reopened).value();
        QVERIFY(f->db->checkIntegrity());
        QCOMPARE(dataOf(*f, siteCodes(*f)), before);
        QCOMPARE(scalar(*f->db, QStringLiteral("SELECT count(*) FROM audit")).toLongLong(), audit);
        QCOMPARE(SyncService(*f->db, f->actor).packages().size(), 1); // the starter only
        // The same package then applies whole.
        auto applied = receive(*f, down);
        QVERIFY2(applied, qPrintable(applied.error()));
        QCOMPARE(dataOf(*f, siteCodes(*f)), dataOf(*m, siteCodes(*f)));
    }

    // 3–5 databases (the manager and 2–4 laptops, some sharing sites) edit, delete, submit,
    // approve and return offline and exchange packages delivered late, out of order and twice.
    // After a last round everyone holds the same data, every conflict went through the queue,
    // and no edit is lost: the final version of every row descends from every edit made to it.
    void propertyManyDatabasesConverge()
    {
        const int seeds = qEnvironmentVariableIntValue("SCALEREADY_SYNC_SEEDS") > 0
                              ? qEnvironmentVariableIntValue("SCALEREADY_SYNC_SEEDS") : 12;
        int conflictsSeen = 0, aliasesSeen = 0, approvals = 0, returns = 0, reassignments = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            QRandomGenerator rng(quint32(seed * 7919));
            auto m = manager(8, 12, quint32(seed));
            QVERIFY(m);
            // Nothing required, so that reports can be submitted, approved and returned.
            IndicatorService indicatorService(*m->db, admin());
            for (Indicator i : indicatorService.indicators(scalar(*m->db, QStringLiteral("SELECT id FROM programme")).toLongLong())) {
                i.required = false;
                QVERIFY(indicatorService.update(i));
            }
            const QList<qint64> demoSites = sitesOf(*m->db, QStringLiteral("officer"));
            QList<qint64> allSites;
            {
                QSqlQuery q(m->db->connection());
                q.exec(QStringLiteral("SELECT id FROM site ORDER BY id"));
                while (q.next())
                    allSites.append(q.value(0).toLongLong());
            }
            const int laptops = 2 + rng.bounded(3);
            // Officer 2 shares two sites with the demo's officer; others get sites of their own.
            QList<qint64> rest;
            for (qint64 s : allSites)
                if (!demoSites.contains(s))
                    rest.append(s);
            addOfficer(*m, QStringLiteral("officer2"), {demoSites.at(0), demoSites.at(1), rest.at(0)});
            if (laptops >= 3)
                addOfficer(*m, QStringLiteral("officer3"), {rest.at(1), rest.at(2)});
            if (laptops >= 4)
                addOfficer(*m, QStringLiteral("officer4"), {rest.at(2), rest.at(3), demoSites.at(2)});
            std::vector<std::unique_ptr<Replica>> field;
            const QStringList names = {QStringLiteral("officer"), QStringLiteral("officer2"), QStringLiteral("officer3"),
                                       QStringLiteral("officer4")};
            for (int i = 0; i < laptops; ++i) {
                field.push_back(laptop(*m, names.at(i)));
                QVERIFY(field.back());
            }
            const QStringList indicators = plainIndicators(*m->db).mid(0, 3);
            const QList<Period> periods = {newestPeriod(*m->db), newestPeriod(*m->db, 1)};
            struct Edit
            {
                QString replica, site, indicator;
                Period period;
                qint64 counter;
            };
            QList<Edit> edits;
            QList<QString> toManager;      // packages on their way to the manager
            QList<QList<QString>> toField(laptops);
            const auto randomEdit = [&](Replica &r, const QList<qint64> &sites) {
                const QString site = codeOf(*r.db, "site", sites.at(rng.bounded(int(sites.size()))));
                const QString indicator = indicators.at(rng.bounded(int(indicators.size())));
                const Period period = periods.at(rng.bounded(int(periods.size())));
                // Near the site's usual value, so that the report can still be submitted.
                const double usual = scalar(*r.db, QStringLiteral("SELECT round(avg(numerator * 100.0 / denominator)) FROM"
                                                                  " data_value WHERE site_id = ? AND indicator_id = ?"
                                                                  " AND period < '2026'"),
                                            {idOf(*r.db, "site", site), idOf(*r.db, "indicator", indicator)}).toDouble();
                const std::optional<double> value =
                    rng.bounded(8) == 0 ? std::nullopt : std::optional<double>(usual + rng.bounded(5) - 2);
                if (edit(r, site, indicator, period, value))
                    edits.append({r.db->replicaUuid(), site, indicator, period,
                                  vectorOf(r, site, indicator, period).counter(r.db->replicaUuid())});
            };
            for (int step = 0; step < 60; ++step) {
                const int who = rng.bounded(laptops);
                Replica &officer = *field.at(who);
                switch (rng.bounded(11)) {
                case 0: case 1: case 2: randomEdit(officer, officer.sites); break;
                case 10: {
                    // The manager assigns the officer one more site; its data must follow.
                    auto account = UserService(*m->db, admin()).user(officer.user);
                    const qint64 site = allSites.at(rng.bounded(int(allSites.size())));
                    if (!account->siteIds.contains(site)) {
                        account->siteIds.append(site);
                        QVERIFY(UserService(*m->db, admin()).update(*account));
                        ++reassignments;
                    }
                    break;
                }
                case 3: randomEdit(*m, allSites); break;
                case 4: {
                    const QString site = codeOf(*officer.db, "site", officer.sites.at(rng.bounded(int(officer.sites.size()))));
                    (void)DataEntryService(*officer.db, officer.actor)
                        .submit(idOf(*officer.db, "site", site), periods.at(rng.bounded(2)));
                    break;
                }
                case 5: {
                    QSqlQuery q(m->db->connection());
                    q.exec(QStringLiteral("SELECT site_id, period FROM report WHERE status = 'submitted' AND deleted = 0"
                                          " AND period >= '%1'").arg(periods.last().id()));
                    while (q.next()) {
                        ReportService reports(*m->db, m->actor);
                        const Period p = Period::parse(q.value(1).toString());
                        if (rng.bounded(2) == 0)
                            approvals += reports.approve(q.value(0).toLongLong(), p).ok();
                        else
                            returns += reports.returnToOfficer(q.value(0).toLongLong(), p, QStringLiteral("check")).ok();
                    }
                    break;
                }
                case 6: {
                    const QString path = file(QStringLiteral("up.srpk"));
                    QVERIFY(send(officer, path));
                    toManager.append(path);
                    break;
                }
                case 7: {
                    const QString path = file(QStringLiteral("down.srpk"));
                    QVERIFY(send(*m, path, officer.user));
                    toField[who].append(path);
                    break;
                }
                default: {
                    // Deliver one waiting package, any of them; sometimes keep it to deliver again.
                    if (rng.bounded(2) == 0 && !toManager.isEmpty()) {
                        const int i = rng.bounded(int(toManager.size()));
                        auto got = receive(*m, toManager.at(i));
                        QVERIFY2(got, qPrintable(got.error()));
                        QVERIFY2(got->rejected.isEmpty(), qPrintable(got->text()));
                        conflictsSeen += got->conflicts;
                        if (rng.bounded(3) != 0)
                            toManager.removeAt(i);
                    } else if (!toField.at(who).isEmpty()) {
                        const int i = rng.bounded(int(toField.at(who).size()));
                        auto got = receive(officer, toField.at(who).at(i));
                        QVERIFY2(got, qPrintable(got.error()));
                        QVERIFY2(got->rejected.isEmpty(), qPrintable(got->text()));
                        conflictsSeen += got->conflicts;
                        if (rng.bounded(3) != 0)
                            toField[who].removeAt(i);
                    }
                }
                }
            }
            // Everyone exchanges; the manager resolves what is queued; until nothing moves.
            for (int round = 0; round < 4; ++round) {
                for (auto &officer : field) {
                    const QString path = file(QStringLiteral("final-up.srpk"));
                    QVERIFY(send(*officer, path));
                    auto got = receive(*m, path);
                    QVERIFY2(got, qPrintable(got.error()));
                    QVERIFY2(got->rejected.isEmpty(), qPrintable(got->text()));
                    conflictsSeen += got->conflicts;
                }
                SyncService managerSync(*m->db, m->actor);
                QList<qint64> open;
                QSet<QString> rows; // one conflict per row: its resolution settles the others
                for (const Conflict &c : managerSync.conflicts()) {
                    if (!rows.contains(c.uuid))
                        open.append(c.id);
                    rows.insert(c.uuid);
                    // Only rows really changed on both sides (or locked approved data) are queued.
                    QVERIFY(c.locked || !c.mine.vector.covers(c.theirs.vector));
                    QVERIFY(c.locked || !c.mine.sameState(c.theirs));
                }
                if (!open.isEmpty()) {
                    auto resolved = managerSync.resolve(open, rng.bounded(2) ? Resolution::KeepMine : Resolution::TakeTheirs);
                    QVERIFY2(resolved, qPrintable(resolved.error()));
                }
                for (int i = 0; i < laptops; ++i) {
                    const QString path = file(QStringLiteral("final-down.srpk"));
                    QVERIFY(send(*m, path, field.at(i)->user));
                    auto got = receive(*field.at(i), path);
                    QVERIFY2(got, qPrintable(got.error()));
                    QVERIFY2(got->rejected.isEmpty(), qPrintable(got->text()));
                }
            }
            QCOMPARE(SyncService(*m->db, m->actor).openConflictCount(), 0);
            for (auto &officer : field) {
                officer->sites = sitesOf(*officer->db, officer->user);
                QCOMPARE(officer->sites.size(), sitesOf(*m->db, officer->user).size());
                QCOMPARE(SyncService(*officer->db, officer->actor).openConflictCount(), 0);
                // The same data everywhere an officer's sites are.
                QCOMPARE(dataOf(*officer, siteCodes(*officer)), dataOf(*m, siteCodes(*officer)));
                QCOMPARE(auditProblems(*officer->db), QStringList());
            }
            QCOMPARE(auditProblems(*m->db), QStringList());
            // No edit lost: every row's final version descends from each edit made to it.
            for (const Edit &e : std::as_const(edits)) {
                const VersionVector final = vectorOf(*m, e.site, e.indicator, e.period);
                QVERIFY2(final.counter(e.replica) >= e.counter,
                         qPrintable(QStringLiteral("seed %1: an edit of %2 %3 %4 was lost").arg(seed).arg(e.site, e.indicator, e.period.id())));
            }
            aliasesSeen += scalar(*m->db, QStringLiteral("SELECT count(*) FROM sync_alias")).toInt();
        }
        // The runs did meet conflicts and rows made on two databases.
        QVERIFY(conflictsSeen > 0);
        QVERIFY(aliasesSeen > 0);
        QVERIFY(approvals > 0);
        QVERIFY(returns > 0);
        QVERIFY(reassignments > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
