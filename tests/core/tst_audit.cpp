#include "services/datavalueservice.h"
#include "services/dhis2mappingservice.h"
#include "services/readinessservice.h"
#include "services/indicatorservice.h"
#include "services/monitoringservice.h"
#include "services/reportservice.h"
#include "services/setupservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace TestSupport;

// The hash-chained audit: every service write leaves its entry, and AuditLog::verify (and
// `scaleready check`) finds rows and entries changed behind the application's back.
class TestAudit final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_n = 0;

    // What the sequence of writes created.
    Programme m_programme;
    Site m_siteA;
    Site m_siteB;
    Indicator m_cases;
    DataValue m_value;   // site A, March 2024: created, then updated
    Visit m_visit;
    Cost m_cost;
    qint64 m_officerId = 0;

    const Period m_march = Period::month(2024, 3);
    const Period m_april = Period::month(2024, 4);

    DataValue cases(qint64 siteId, const Period &period, double value) const
    {
        DataValue v;
        v.siteId = siteId;
        v.indicatorId = m_cases.meta.id;
        v.period = period;
        v.value = value;
        return v;
    }

    // Sites, an indicator with a site target, values, a report through every step, a rule, a
    // checklist, a visit with scores and an action, a cost: every audited table gets rows.
    // Without the programme's standard category options, whose rows ProgrammeService::create
    // writes without audit entries (see verifyIsCleanAfterServiceWrites), the file verifies
    // clean, so that a tampering test sees only its own change.
    void writeEverything(bool standardOptions = true)
    {
        if (standardOptions) {
            m_programme = makeProgramme(*m_db);
        } else {
            Programme p;
            p.code = QStringLiteral("P1");
            p.nameEn = QStringLiteral("Programme");
            p.startDate = QDate(2024, 1, 1);
            p.expiryDays = 0;
            auto created = ProgrammeService(*m_db, admin()).create(p, false);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            m_programme = created.value();
        }
        m_siteA = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"));
        m_siteB = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"));
        Indicator c;
        c.programmeId = m_programme.meta.id;
        c.code = QStringLiteral("CASES");
        c.nameEn = QStringLiteral("Cases");
        c.valueType = ValueType::Count;
        c.frequency = Frequency::Monthly;
        const auto options = IndicatorService(*m_db, admin()).options(m_programme.meta.id);
        if (options.size() >= 2)
            c.optionIds = {options[0].meta.id, options[1].meta.id};
        auto indicator = IndicatorService(*m_db, admin()).create(c);
        QVERIFY2(indicator.ok(), qPrintable(indicator.error()));
        m_cases = indicator.value();
        SiteTarget target;
        target.siteId = m_siteA.meta.id;
        target.indicatorId = m_cases.meta.id;
        target.target = 100;
        QVERIFY(IndicatorService(*m_db, admin()).setSiteTarget(target).ok());
        Dhis2Mapping orgUnit;
        orgUnit.programmeId = m_programme.meta.id;
        orgUnit.kind = Dhis2Kind::Site;
        orgUnit.localKey = m_siteA.meta.uuid;
        orgUnit.remote = QStringLiteral("DiszpKrYNg8");
        auto mapped = Dhis2MappingService(*m_db, admin()).set(orgUnit);
        QVERIFY2(mapped.ok(), qPrintable(mapped.error()));
        mapped->remote = QStringLiteral("DiszpKrYNg9");
        QVERIFY(Dhis2MappingService(*m_db, admin()).set(mapped.value()).ok());
        // A readiness assessment (storing the default criteria), a judgement and a sign-off.
        ReadinessService readiness(*m_db, admin());
        auto assessment = readiness.createAssessment(m_programme.meta.id, QStringLiteral("Review"));
        QVERIFY2(assessment.ok(), qPrintable(assessment.error()));
        const ReadinessCriterion problem = readiness.criteria(m_programme.meta.id).first();
        assessment = readiness.judge(assessment.value(), problem.meta.id, 3, QStringLiteral("County plan"));
        QVERIFY2(assessment.ok(), qPrintable(assessment.error()));

        User u;
        u.username = QStringLiteral("wang");
        u.role = Role::FieldOfficer;
        u.siteIds = {m_siteA.meta.id};
        auto officer = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        QVERIFY2(officer.ok(), qPrintable(officer.error()));
        m_officerId = officer->meta.id;
        const Actor asOfficer{officer->meta.id, officer->username, officer->role};

        DataValueService values(*m_db, asOfficer);
        QVERIFY(values.save(cases(m_siteA.meta.id, m_march, 10)).ok());
        auto updated = values.save(cases(m_siteA.meta.id, m_march, 12));
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        m_value = updated.value();
        QVERIFY(values.save(cases(m_siteA.meta.id, m_april, 7)).ok());
        QVERIFY(DataValueService(*m_db, admin()).save(cases(m_siteB.meta.id, m_march, 3)).ok());

        ReportService officerReports(*m_db, asOfficer);
        ReportService managerReports(*m_db, admin());
        QVERIFY(officerReports.submit(m_siteA.meta.id, m_march).ok());
        QVERIFY(managerReports.returnToOfficer(m_siteA.meta.id, m_march, QStringLiteral("Check March")).ok());
        QVERIFY(officerReports.submit(m_siteA.meta.id, m_march).ok());
        QVERIFY(managerReports.approve(m_siteA.meta.id, m_march).ok());
        QVERIFY(managerReports.reopen(m_siteA.meta.id, m_march, QStringLiteral("Late forms")).ok());

        ValidationRule rule;
        rule.programmeId = m_programme.meta.id;
        rule.nameEn = QStringLiteral("Cases within limits");
        rule.leftSide = QStringLiteral("CASES");
        rule.op = RuleOperator::GreaterOrEqual;
        rule.rightSide = QStringLiteral("0");
        QVERIFY(SetupService(*m_db, admin()).create(rule).ok());
        auto item1 = SetupService(*m_db, admin()).create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K1"),
                                                                       QStringLiteral("Home visits"), {}, 1});
        auto item2 = SetupService(*m_db, admin()).create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K2"),
                                                                       QStringLiteral("Sessions"), {}, 2});
        QVERIFY(item1.ok() && item2.ok());

        Visit v;
        v.siteId = m_siteA.meta.id;
        v.date = QDate(2024, 3, 12);
        v.narrative = QStringLiteral("Met the village doctor");
        v.scores = {VisitScore{item1->meta.id, 3, QStringLiteral("good")}, VisitScore{item2->meta.id, 1, {}}};
        auto visit = VisitService(*m_db, asOfficer).create(v);
        QVERIFY2(visit.ok(), qPrintable(visit.error()));
        m_visit = visit.value();
        VisitAction action;
        action.visitId = m_visit.meta.id;
        action.description = QStringLiteral("Train the new doctor");
        action.dueDate = QDate(2024, 4, 30);
        auto created = VisitService(*m_db, asOfficer).create(action);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        VisitAction done = created.value();
        done.status = ActionStatus::Done;
        QVERIFY(VisitService(*m_db, asOfficer).update(done).ok());

        Cost cost;
        cost.siteId = m_siteA.meta.id;
        cost.year = 2024;
        cost.programmeSpending = 5000;
        cost.governmentContribution = 1000;
        cost.beneficiaries = 300;
        auto costed = CostService(*m_db, asOfficer).create(cost);
        QVERIFY2(costed.ok(), qPrintable(costed.error()));
        m_cost = costed.value();
    }

    qint64 scalar(QSqlDatabase db, const QString &sql) const
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    static QString joined(const QStringList &problems) { return problems.join(u'\n'); }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run check(const QString &path) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCALEREADY_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCALEREADY_BINARY_DIR "/app/scaleready"), {QStringLiteral("check"), path});
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void init()
    {
        m_db.reset();
        m_path = m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n));
        m_db = openNew(m_dir, QStringLiteral("a%1.db").arg(m_n));
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(QLatin1StringView("raw-")))
                QSqlDatabase::removeDatabase(name);
        }
    }

    void verifyIsCleanAfterServiceWrites()
    {
        writeEverything();
        if (QTest::currentTestFailed())
            return;
        QSqlDatabase db = m_db->connection();
        // Every row of every audited table has an entry under its own table's name.
        QStringList unaudited;
        for (const QString &table : AuditLog::auditedTables()) {
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0,
                     qPrintable(QStringLiteral("the sequence wrote no %1 row").arg(table)));
            const qint64 without = scalar(db, QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM"
                                                             " audit a WHERE a.entity = '%1' AND a.entity_uuid = t.uuid)")
                                                  .arg(table));
            if (without != 0)
                unaudited.append(QStringLiteral("%1 rows of %2").arg(without).arg(table));
        }
        QVERIFY2(unaudited.isEmpty(), qPrintable(QStringLiteral("without an audit entry: ") + unaudited.join(QStringLiteral(", "))));
        const QStringList problems = AuditLog::verify(db);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void everyWriteHasItsEntry()
    {
        writeEverything(false);
        if (QTest::currentTestFailed())
            return;
        QSqlDatabase db = m_db->connection();
        const QStringList problems = AuditLog::verify(db);
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
        for (const QString &table : AuditLog::auditedTables()) {
            if (table == QLatin1StringView("category_option"))
                continue; // none without the standard options
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)) > 0,
                     qPrintable(QStringLiteral("the sequence wrote no %1 row").arg(table)));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM audit a"
                                               " WHERE a.entity = '%1' AND a.entity_uuid = t.uuid)").arg(table)),
                     qint64(0));
        }

        // One entry per write.
        const AuditLog log(*m_db);
        const auto valueEntries = log.entriesFor(m_value.meta.uuid);
        QCOMPARE(valueEntries.size(), 2);
        QCOMPARE(valueEntries.at(0).action, QStringLiteral("update"));
        QCOMPARE(valueEntries.at(1).action, QStringLiteral("create"));
        QCOMPARE(valueEntries.at(0).entity, QStringLiteral("data_value"));
        QCOMPARE(valueEntries.at(0).userId, m_officerId);
        QCOMPARE(valueEntries.at(0).username, QStringLiteral("wang"));
        QCOMPARE(valueEntries.at(0).siteId, m_siteA.meta.id);
        QCOMPARE(valueEntries.at(0).period, m_march.id());
        QCOMPARE(valueEntries.at(0).oldValues.value(QStringLiteral("value")).toDouble(), 10.0);
        QCOMPARE(valueEntries.at(0).newValues.value(QStringLiteral("value")).toDouble(), 12.0);

        const auto report = ReportService(*m_db, admin()).report(m_siteA.meta.id, m_march);
        QVERIFY(report);
        const auto reportEntries = log.entriesFor(report->meta.uuid);
        QStringList actions;
        for (const AuditEntry &e : reportEntries) {
            actions.prepend(e.action);
            QCOMPARE(e.entity, QStringLiteral("report"));
            QCOMPARE(e.siteId, m_siteA.meta.id);
            QCOMPARE(e.period, m_march.id());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("submit"), QStringLiteral("return"),
                                       QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("reopen")}));
        QCOMPARE(reportEntries.at(0).reason, QStringLiteral("Late forms"));  // reopen
        QCOMPARE(reportEntries.at(3).reason, QStringLiteral("Check March")); // return
        QVERIFY(reportEntries.at(1).reason.isEmpty());                       // approve

        const auto visitEntries = log.entriesFor(m_visit.meta.uuid);
        QCOMPARE(visitEntries.size(), 1);
        QCOMPARE(visitEntries.first().siteId, m_siteA.meta.id);
        QVERIFY(visitEntries.first().newValues.contains(QStringLiteral("scores")));
        const auto costEntries = log.entriesFor(m_cost.meta.uuid);
        QCOMPARE(costEntries.size(), 1);
        QCOMPARE(costEntries.first().period, QStringLiteral("2024")); // the year stands for the period
        QCOMPARE(log.entriesFor(m_siteA.meta.uuid).size(), 1);

        // The whole log: as many entries per row as writes, in an unbroken id sequence.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'visit_action'")), qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(id) - min(id) + 1 - count(*) FROM audit")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE hash = '' OR length(hash) != 64")), qint64(0));

        // The log itself refuses changes.
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET reason = 'x' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit WHERE id = 1")));
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("value changed") << "update" << "differs from audit entry %1 in value";
        QTest::newRow("entry changed") << "entry" << "broken at audit entry %1 (update of data_value";
        QTest::newRow("value deleted") << "delete" << "recorded by audit entry %1 is missing";
        QTest::newRow("value inserted") << "insert" << "has no audit entry";
        QTest::newRow("entry deleted") << "entry deleted" << "the entry before it (%1) was removed or changed";
        QTest::newRow("visit score changed") << "score" << "differs from audit entry %1 in scores";
        QTest::newRow("report status changed") << "status" << "differs from audit entry %1 in status";
    }
    void tamperingIsFound()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        writeEverything(false);
        if (QTest::currentTestFailed())
            return;
        const qint64 valueId = m_value.meta.id;
        const QString valueUuid = m_value.meta.uuid;
        m_db.reset(); // only the raw connection from here on

        const QString name = QStringLiteral("raw-%1").arg(m_n);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QVERIFY2(AuditLog::verify(raw).isEmpty(), qPrintable(joined(AuditLog::verify(raw))));
        const qint64 lastOfValue = scalar(raw, QStringLiteral("SELECT max(id) FROM audit WHERE entity_uuid = '%1'").arg(valueUuid));
        QVERIFY(lastOfValue > 0);
        qint64 named = lastOfValue;
        QSqlQuery q(raw);
        auto exec = [&](const QString &sql) {
            const bool ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return ok;
        };
        if (kind == QLatin1StringView("update")) {
            QVERIFY(exec(QStringLiteral("UPDATE data_value SET value = value + 1 WHERE id = %1").arg(valueId)));
        } else if (kind == QLatin1StringView("entry")) {
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET reason = 'x' WHERE id = %1").arg(lastOfValue)));
            QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(exec(QStringLiteral("UPDATE audit SET new_values = replace(new_values, '\"value\":12', '\"value\":13')"
                                        " WHERE id = %1").arg(lastOfValue)));
            QCOMPARE(q.numRowsAffected(), 1);
            // And the row to match, as someone covering their tracks would.
            QVERIFY(exec(QStringLiteral("UPDATE data_value SET value = 13 WHERE id = %1").arg(valueId)));
        } else if (kind == QLatin1StringView("delete")) {
            QVERIFY(exec(QStringLiteral("DELETE FROM data_value WHERE id = %1").arg(valueId)));
        } else if (kind == QLatin1StringView("insert")) {
            QVERIFY(exec(QStringLiteral(
                "INSERT INTO data_value (site_id, indicator_id, period, value, uuid, created_at, updated_at, origin)"
                " VALUES (%1, %2, '%3', 99, 'ffffffff-0000-4000-8000-000000000000', '2024-05-01T00:00:00.000Z',"
                " '2024-05-01T00:00:00.000Z', (SELECT id FROM replica WHERE is_local = 1))")
                             .arg(m_siteB.meta.id)
                             .arg(m_cases.meta.id)
                             .arg(m_april.id())));
        } else if (kind == QLatin1StringView("entry deleted")) {
            QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_no_delete")));
            QVERIFY(exec(QStringLiteral("DELETE FROM audit WHERE id = %1").arg(lastOfValue)));
            named = lastOfValue - 1;
        } else if (kind == QLatin1StringView("score")) {
            QVERIFY(exec(QStringLiteral("UPDATE visit_score SET score = 0 WHERE visit_id = %1").arg(m_visit.meta.id)));
            named = scalar(raw, QStringLiteral("SELECT max(id) FROM audit WHERE entity_uuid = '%1'").arg(m_visit.meta.uuid));
        } else if (kind == QLatin1StringView("status")) {
            QVERIFY(exec(QStringLiteral("UPDATE report SET status = 'approved' WHERE site_id = %1 AND period = '%2'")
                             .arg(m_siteA.meta.id)
                             .arg(m_march.id())));
            named = scalar(raw, QStringLiteral("SELECT max(a.id) FROM audit a JOIN report r ON r.uuid = a.entity_uuid"
                                               " WHERE r.site_id = %1 AND r.period = '%2'")
                                    .arg(m_siteA.meta.id)
                                    .arg(m_march.id()));
        }
        const QString expected = message.contains(QStringLiteral("%1")) ? message.arg(named) : message;
        const QStringList problems = AuditLog::verify(raw);
        QVERIFY2(!problems.isEmpty(), "the change was not detected");
        QVERIFY2(problems.first().contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, joined(problems))));
        if (kind == QLatin1StringView("update") || kind == QLatin1StringView("delete"))
            QVERIFY2(problems.first().contains(QStringLiteral("data_value row ") + valueUuid.left(8)), qPrintable(problems.first()));
        raw.close();
    }

    // Edits the check must see although every row still matches its old values elsewhere:
    // swapped ids (which would move a site's data to another site), a dimension tag, a password.
    void quieterTamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("field");
        QTest::newRow("site ids swapped") << "UPDATE site SET id = -1 WHERE code = 'A'; UPDATE site SET id = (SELECT min(id) FROM"
                                             " site WHERE code = 'A') WHERE code = 'B'; UPDATE site SET id = %1 WHERE id = -1"
                                          << "in id";
        QTest::newRow("dimension tag changed") << "UPDATE category_option_tag SET member = 'male' WHERE member = 'female'"
                                               << "in tags";
        QTest::newRow("password hash replaced") << "UPDATE app_user SET password_hash = '$argon2id$forged' WHERE role = 'officer'"
                                                << "in password";
    }
    void quieterTamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(QString, field);
        writeEverything(true);
        if (QTest::currentTestFailed())
            return;
        const qint64 siteB = m_siteB.meta.id;
        m_db.reset();
        const QString name = QStringLiteral("quiet-%1").arg(m_n);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QVERIFY2(AuditLog::verify(raw).isEmpty(), qPrintable(joined(AuditLog::verify(raw))));
        QSqlQuery q(raw);
        // Swapping ids: A takes B's id, B takes A's; the first statement parks A at -1.
        if (sql.contains(QStringLiteral("id = -1"))) {
            const qint64 siteA = scalar(raw, QStringLiteral("SELECT id FROM site WHERE code = 'A'"));
            QVERIFY(q.exec(QStringLiteral("UPDATE site SET id = -1 WHERE id = %1").arg(siteA)));
            QVERIFY(q.exec(QStringLiteral("UPDATE site SET id = %1 WHERE id = %2").arg(siteA).arg(siteB)));
            QVERIFY(q.exec(QStringLiteral("UPDATE site SET id = %1 WHERE id = -1").arg(siteB)));
        } else {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() > 0);
        }
        const QStringList problems = AuditLog::verify(raw);
        QVERIFY2(!problems.isEmpty(), "the change was not detected");
        QVERIFY2(problems.first().contains(field), qPrintable(joined(problems)));
        raw.close();
    }

    void checkCommandReportsTampering()
    {
        writeEverything(false);
        if (QTest::currentTestFailed())
            return;
        const qint64 valueId = m_value.meta.id;
        m_db.reset();
        const Run clean = check(m_path);
        QVERIFY2(clean.code == 0, qPrintable(clean.out + clean.err));
        QVERIFY2(clean.out.contains(QStringLiteral("Audit chain and audited rows: intact")), qPrintable(clean.out));

        qint64 lastOfValue = 0;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            lastOfValue = scalar(raw, QStringLiteral("SELECT max(id) FROM audit WHERE entity_uuid = '%1'").arg(m_value.meta.uuid));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET username = 'someone else' WHERE id = %1").arg(lastOfValue)));
            QVERIFY(q.exec(QStringLiteral("UPDATE data_value SET value = 500 WHERE id = %1").arg(valueId)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
        const Run tampered = check(m_path);
        QVERIFY2(tampered.code != 0, qPrintable(tampered.out));
        QCOMPARE(tampered.code, 3); // "check found problems"
        const QString broken = QStringLiteral("audit entry %1").arg(lastOfValue);
        QVERIFY2(tampered.err.contains(broken) || tampered.out.contains(broken), qPrintable(tampered.out + tampered.err));
        QVERIFY2(QString(tampered.out + tampered.err).contains(QStringLiteral("data_value row")), qPrintable(tampered.out + tampered.err));
    }

    void migrationFromVersionOneRebuildsReportsAndChain()
    {
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        const QString name = QStringLiteral("raw-v1");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            auto migrated = Database::migrate(db, 1);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
            QCOMPARE(Database::schemaVersion(db), 1);
            const QString meta = QStringLiteral("'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z',"
                                                " (SELECT id FROM replica WHERE is_local = 1)");
            auto exec = [&](const QString &sql) {
                const bool ok = q.exec(sql);
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return ok;
            };
            QVERIFY(exec(QStringLiteral("INSERT INTO programme (id, code, name_en, uuid, created_at, updated_at, origin)"
                                        " VALUES (1, 'P1', 'Programme', '10000000-0000-4000-8000-000000000001', ") + meta + u')'));
            for (int s = 1; s <= 2; ++s)
                QVERIFY(exec(QStringLiteral("INSERT INTO site (id, programme_id, code, arm, locality, uuid, created_at,"
                                            " updated_at, origin) VALUES (%1, 1, 'S%1', 'pilot', 'rural',"
                                            " '20000000-0000-4000-8000-00000000000%1', ")
                                 .arg(s) + meta + u')'));
            for (int i = 1; i <= 2; ++i)
                QVERIFY(exec(QStringLiteral("INSERT INTO indicator (id, programme_id, code, outcome_area, value_type, direction,"
                                            " frequency, uuid, created_at, updated_at, origin) VALUES (%1, 1, 'I%1', 'health',"
                                            " 'count', 'higher', 'monthly', '30000000-0000-4000-8000-00000000000%1', ")
                                 .arg(i) + meta + u')'));
            struct Row
            {
                int site, indicator;
                const char *period, *status;
                int deleted;
            };
            const Row rows[] = {
                {1, 1, "202403", "approved", 0},  {1, 2, "202403", "approved", 0},  // → approved
                {1, 1, "202404", "submitted", 0}, {1, 2, "202404", "draft", 0},     // → draft
                {2, 1, "202403", "approved", 0},  {2, 2, "202403", "returned", 0},  // → returned
                {2, 1, "202404", "submitted", 0},                                  // → submitted
                {2, 1, "202405", "approved", 1},                                   // deleted: no report
            };
            int n = 0;
            for (const Row &r : rows) {
                ++n;
                QVERIFY(exec(QStringLiteral("INSERT INTO data_value (site_id, indicator_id, period, value, status, reported_at,"
                                            " deleted, uuid, created_at, updated_at, origin) VALUES (%1, %2, '%3', %4, '%5',"
                                            " '2024-06-01T00:00:00.000Z', %6, '40000000-0000-4000-8000-0000000000%7', ")
                                 .arg(r.site)
                                 .arg(r.indicator)
                                 .arg(QLatin1StringView(r.period))
                                 .arg(n * 10)
                                 .arg(QLatin1StringView(r.status))
                                 .arg(r.deleted)
                                 .arg(n, 2, 10, QLatin1Char('0')) + meta + u')'));
            }
            // Version-1 audit entries: no hash, no reason; one with the old status column.
            QVERIFY(exec(QStringLiteral("INSERT INTO audit (id, at, user_id, username, replica_uuid, entity, entity_uuid, action,"
                                        " old_values, new_values) VALUES (1, '2024-01-01T00:00:00.000Z', NULL, 'system',"
                                        " (SELECT uuid FROM replica), 'programme', '10000000-0000-4000-8000-000000000001',"
                                        " 'create', NULL, '{\"code\":\"P1\",\"name_en\":\"Programme\"}')")));
            QVERIFY(exec(QStringLiteral("INSERT INTO audit (id, at, user_id, username, replica_uuid, entity, entity_uuid, action,"
                                        " old_values, new_values) VALUES (2, '2024-06-01T00:00:00.000Z', NULL, 'system',"
                                        " (SELECT uuid FROM replica), 'data_value', '40000000-0000-4000-8000-000000000001',"
                                        " 'create', NULL, '{\"value\":10,\"status\":\"approved\",\"deleted\":false}')")));

            auto latest = Database::migrate(db, Database::latestSchemaVersion());
            QVERIFY2(latest.ok(), qPrintable(latest.error()));
            QCOMPARE(Database::schemaVersion(db), Database::latestSchemaVersion());

            QHash<QString, QString> statuses;
            QVERIFY(q.exec(QStringLiteral("SELECT site_id || '/' || period, status FROM report")));
            while (q.next())
                statuses.insert(q.value(0).toString(), q.value(1).toString());
            QCOMPARE(statuses.size(), 4);
            QCOMPARE(statuses.value(QStringLiteral("1/202403")), QStringLiteral("approved"));
            QCOMPARE(statuses.value(QStringLiteral("1/202404")), QStringLiteral("draft"));
            QCOMPARE(statuses.value(QStringLiteral("2/202403")), QStringLiteral("returned"));
            QCOMPARE(statuses.value(QStringLiteral("2/202404")), QStringLiteral("submitted"));
            // A return from before the upgrade says so, and is open for correction.
            QVERIFY(q.exec(QStringLiteral("SELECT reason, reopened FROM report WHERE site_id = 2 AND period = '202403'")) && q.next());
            QVERIFY(q.value(0).toString().contains(QStringLiteral("before the upgrade")));
            QCOMPARE(q.value(1).toInt(), 1);
            QVERIFY(!db.record(QStringLiteral("data_value")).contains(QStringLiteral("status")));

            // The old entries are chained, and every row has its baseline.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE hash = ''")), qint64(0));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE id <= 2 AND action = 'create'")), qint64(2));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'report' AND action = 'baseline'")),
                     qint64(4));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'data_value' AND action = 'baseline'")),
                     qint64(8)); // every row, the one with a version-1 entry too: its state now is the reference
            const QStringList problems = AuditLog::verify(db);
            QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET reason = 'x'"))); // append-only again
            // A column that a later migration added (the programme's windows) is NULL in every
            // row until an audited write records it: a value put there directly is found.
            QVERIFY(q.exec(QStringLiteral("UPDATE programme SET baseline_from = '202401', baseline_to = '202406'")));
            const QStringList windows = AuditLog::verify(db);
            QVERIFY2(joined(windows).contains(QStringLiteral("baseline_")), qPrintable(joined(windows)));
            QVERIFY(q.exec(QStringLiteral("UPDATE programme SET baseline_from = NULL, baseline_to = NULL")));
            QVERIFY(AuditLog::verify(db).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        // The migrated file works with the services and stays verifiable.
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<Database> database = std::move(opened).value();
        auto approved = ReportService(*database, admin()).approve(2, Period::month(2024, 4));
        QVERIFY2(approved.ok(), qPrintable(approved.error()));
        auto locked = DataValueService(*database, admin()).save([] {
            DataValue v;
            v.siteId = 1;
            v.indicatorId = 1;
            v.period = Period::month(2024, 3);
            v.value = 1;
            return v;
        }());
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().contains(QStringLiteral("approved and locked")), qPrintable(locked.error()));
        QSqlDatabase connection = database->connection();
        const QStringList after = AuditLog::verify(connection);
        QVERIFY2(after.isEmpty(), qPrintable(joined(after)));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
