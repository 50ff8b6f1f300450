#include "services/dataentryservice.h"
#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/monitoringservice.h"
#include "services/reportservice.h"
#include "services/setupservice.h"
#include "services/userservice.h"
#include "storage/workflowrepositories.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace TestSupport;

// The report workflow: draft → submitted → approved, returned with a reason, reopened with a
// reason; who may take each step; when entry is open; the lists and the completeness grid.
class TestReportService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Indicator m_count;
    Site m_siteA;
    Site m_siteB;
    Site m_siteC;
    int m_n = 0;

    const Period m_march = Period::month(2024, 3);
    const Period m_april = Period::month(2024, 4);

    // A stored user of the role, assigned to the sites, as the actor services check.
    Actor actorFor(Role role, const QList<qint64> &siteIds = {}, const QString &name = {})
    {
        User u;
        u.username = name.isEmpty() ? Vocabulary::key(role) + QString::number(++m_n) : name;
        u.role = role;
        u.siteIds = siteIds;
        auto created = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        return Actor{created->meta.id, created->username, created->role};
    }

    DataValue cases(qint64 siteId, const Period &period, double value) const
    {
        DataValue v;
        v.siteId = siteId;
        v.indicatorId = m_count.meta.id;
        v.period = period;
        v.value = value;
        return v;
    }

    // A draft report with one value, entered by an administrator.
    bool enter(qint64 siteId, const Period &period, double value = 10)
    {
        auto saved = DataValueService(*m_db, admin()).save(cases(siteId, period, value));
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return saved.ok();
    }

    bool submitted(qint64 siteId, const Period &period)
    {
        if (!enter(siteId, period))
            return false;
        auto done = ReportService(*m_db, admin()).submit(siteId, period);
        if (!done)
            qWarning("%s", qPrintable(done.error()));
        return done.ok();
    }

    bool approved(qint64 siteId, const Period &period)
    {
        return submitted(siteId, period) && ReportService(*m_db, admin()).approve(siteId, period).ok();
    }

    std::optional<DataStatus> statusOf(qint64 siteId, const Period &period) const
    {
        const auto r = ReportService(*m_db, admin()).report(siteId, period);
        return r ? std::optional<DataStatus>(r->status) : std::nullopt;
    }

    std::optional<double> storedValue(qint64 siteId, const Period &period) const
    {
        const auto values = DataValueService(*m_db, admin()).values(siteId, period);
        return values.isEmpty() ? std::nullopt : values.first().value;
    }

    // Everything the matrix operations can change, as one string to compare before and after.
    QString state() const
    {
        QStringList parts;
        QSqlQuery q(m_db->connection());
        for (const char *sql : {"SELECT count(*) FROM data_value WHERE deleted = 0",
                                "SELECT ifnull(group_concat(site_id || period || status || reopened, ','), '') FROM report",
                                "SELECT count(*) FROM visit", "SELECT count(*) FROM cost",
                                "SELECT count(*) FROM validation_rule", "SELECT count(*) FROM checklist_item",
                                "SELECT count(*) FROM app_user"}) {
            if (!q.exec(QLatin1StringView(sql)) || !q.next())
                return QStringLiteral("unreadable");
            parts.append(q.value(0).toString());
        }
        return parts.join(u'|');
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("r%1.db").arg(++m_n));
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        Indicator c;
        c.programmeId = m_programme.meta.id;
        c.code = QStringLiteral("CASES");
        c.nameEn = QStringLiteral("Cases");
        c.valueType = ValueType::Count;
        c.frequency = Frequency::Monthly;
        c.maxValue = 1000;
        auto created = IndicatorService(*m_db, admin()).create(c);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        m_count = created.value();
        m_siteA = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        m_siteB = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"), QStringLiteral("Site B"));
        m_siteC = makeSite(*m_db, m_programme.meta.id, QStringLiteral("C"), QStringLiteral("Site C"));
        QVERIFY(m_siteC.meta.id > 0);
    }

    void officerOfTheSiteSubmitsADraft()
    {
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const Actor officerB = actorFor(Role::FieldOfficer, {m_siteB.meta.id});
        const Actor viewer = actorFor(Role::Viewer);

        auto nothing = ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march);
        QVERIFY(!nothing.ok());
        QVERIFY2(nothing.error().contains(QStringLiteral("no data to submit")), qPrintable(nothing.error()));

        QVERIFY(enter(m_siteA.meta.id, m_march));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Draft));

        auto otherSite = ReportService(*m_db, officerB).submit(m_siteA.meta.id, m_march);
        QVERIFY(!otherSite.ok());
        QVERIFY2(otherSite.error().contains(QStringLiteral("may not enter data for site A")), qPrintable(otherSite.error()));
        auto byViewer = ReportService(*m_db, viewer).submit(m_siteA.meta.id, m_march);
        QVERIFY(!byViewer.ok());
        QVERIFY2(byViewer.error().contains(QStringLiteral("may not enter data")), qPrintable(byViewer.error()));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Draft));

        auto done = ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->status, DataStatus::Submitted);
        QCOMPARE(done->submittedBy, officerA.userId);
        QVERIFY(done->submittedAt.isValid());
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));
    }

    void onlyReviewersApprove()
    {
        QVERIFY(submitted(m_siteA.meta.id, m_march));
        QVERIFY(submitted(m_siteB.meta.id, m_march));
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const Actor manager = actorFor(Role::Manager);

        auto byOfficer = ReportService(*m_db, officerA).approve(m_siteA.meta.id, m_march);
        QVERIFY(!byOfficer.ok());
        QVERIFY2(byOfficer.error().contains(QStringLiteral("Only a programme manager")), qPrintable(byOfficer.error()));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));

        auto byManager = ReportService(*m_db, manager).approve(m_siteA.meta.id, m_march);
        QVERIFY2(byManager.ok(), qPrintable(byManager.error()));
        QCOMPARE(byManager->status, DataStatus::Approved);
        QCOMPARE(byManager->decidedBy, manager.userId);
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Approved));

        auto byAdmin = ReportService(*m_db, admin()).approve(m_siteB.meta.id, m_march);
        QVERIFY2(byAdmin.ok(), qPrintable(byAdmin.error()));
        QCOMPARE(statusOf(m_siteB.meta.id, m_march), std::optional<DataStatus>(DataStatus::Approved));
    }

    void returningNeedsAReason()
    {
        QVERIFY(submitted(m_siteA.meta.id, m_march));
        const Actor manager = actorFor(Role::Manager);
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        ReportService reports(*m_db, manager);
        for (const QString &empty : {QString(), QStringLiteral("   ")}) {
            auto refused = reports.returnToOfficer(m_siteA.meta.id, m_march, empty);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QStringLiteral("Say why")), qPrintable(refused.error()));
        }
        QVERIFY(!ReportService(*m_db, officerA).returnToOfficer(m_siteA.meta.id, m_march, QStringLiteral("why")).ok());
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));

        auto returned = reports.returnToOfficer(m_siteA.meta.id, m_march, QStringLiteral("  Check the March cases  "));
        QVERIFY2(returned.ok(), qPrintable(returned.error()));
        QCOMPARE(returned->status, DataStatus::Returned);
        QCOMPARE(reports.report(m_siteA.meta.id, m_march)->reason, QStringLiteral("Check the March cases"));
        QCOMPARE(reports.report(m_siteA.meta.id, m_march)->decidedBy, manager.userId);
    }

    void approvedDataIsReopenedWithAReason()
    {
        QVERIFY(approved(m_siteA.meta.id, m_march));
        const Actor manager = actorFor(Role::Manager);
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});

        auto noReason = ReportService(*m_db, manager).reopen(m_siteA.meta.id, m_march, QStringLiteral(" "));
        QVERIFY(!noReason.ok());
        QVERIFY2(noReason.error().contains(QStringLiteral("Say why")), qPrintable(noReason.error()));
        auto byOfficer = ReportService(*m_db, officerA).reopen(m_siteA.meta.id, m_march, QStringLiteral("typo"));
        QVERIFY(!byOfficer.ok());
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Approved));

        auto reopened = ReportService(*m_db, manager).reopen(m_siteA.meta.id, m_march, QStringLiteral("Late correction"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE(reopened->status, DataStatus::Draft);
        QVERIFY(reopened->reopened);
        QCOMPARE(reopened->reason, QStringLiteral("Late correction"));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Draft));
        // And it can go round again.
        QVERIFY(ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march).ok());
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));
    }

    void forbiddenTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("message");
        QTest::newRow("approve a draft") << "draft" << "approve" << "only a submitted report can (it is draft)";
        QTest::newRow("approve a missing report") << "missing" << "approve" << "only a submitted report can (it is missing)";
        QTest::newRow("approve an approved report") << "approved" << "approve" << "only a submitted report can (it is approved)";
        QTest::newRow("return a draft") << "draft" << "return" << "cannot be returned";
        QTest::newRow("return an approved report") << "approved" << "return" << "cannot be returned";
        QTest::newRow("return a returned report") << "returned" << "return" << "cannot be returned";
        QTest::newRow("reopen a submitted report") << "submitted" << "reopen" << "approve it or return it";
        QTest::newRow("submit a submitted report") << "submitted" << "submit" << "waits for review";
        QTest::newRow("submit an approved report") << "approved" << "submit" << "approved and locked";
    }
    void forbiddenTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, step);
        QFETCH(QString, message);
        const qint64 site = m_siteA.meta.id;
        if (from == QLatin1StringView("draft"))
            QVERIFY(enter(site, m_march));
        else if (from == QLatin1StringView("submitted"))
            QVERIFY(submitted(site, m_march));
        else if (from == QLatin1StringView("approved"))
            QVERIFY(approved(site, m_march));
        else if (from == QLatin1StringView("returned"))
            QVERIFY(submitted(site, m_march) &&
                    ReportService(*m_db, admin()).returnToOfficer(site, m_march, QStringLiteral("fix")).ok());
        const auto before = ReportService(*m_db, admin()).report(site, m_march);
        const QString stateBefore = state();

        ReportService reports(*m_db, admin());
        Result<Report> result = fail(QString());
        if (step == QLatin1StringView("approve"))
            result = reports.approve(site, m_march);
        else if (step == QLatin1StringView("return"))
            result = reports.returnToOfficer(site, m_march, QStringLiteral("a reason"));
        else if (step == QLatin1StringView("reopen"))
            result = reports.reopen(site, m_march, QStringLiteral("a reason"));
        else
            result = reports.submit(site, m_march);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral("A")), qPrintable(result.error()));
        QCOMPARE(state(), stateBefore);
        const auto after = ReportService(*m_db, admin()).report(site, m_march);
        QCOMPARE(after.has_value(), before.has_value());
        if (after)
            QCOMPARE(after->meta.revision, before->meta.revision);
    }

    void entryIsLockedWhileSubmittedOrApproved()
    {
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        DataValueService values(*m_db, officerA);
        DataEntryService entry(*m_db, officerA);
        QVERIFY(values.save(cases(m_siteA.meta.id, m_march, 10)).ok());
        QVERIFY(ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march).ok());

        auto whileSubmitted = values.save(cases(m_siteA.meta.id, m_march, 11));
        QVERIFY(!whileSubmitted.ok());
        QVERIFY2(whileSubmitted.error().contains(QStringLiteral("submitted and waits for review")),
                 qPrintable(whileSubmitted.error()));
        auto cellWhileSubmitted = entry.saveCell(m_siteA.meta.id, m_march, m_count.meta.id, 0, 12, {}, {});
        QVERIFY(!cellWhileSubmitted.ok());
        QVERIFY2(cellWhileSubmitted.error().contains(QStringLiteral("submitted and waits for review")),
                 qPrintable(cellWhileSubmitted.error()));
        auto removeWhileSubmitted = entry.saveCell(m_siteA.meta.id, m_march, m_count.meta.id, 0, {}, {}, {});
        QVERIFY(!removeWhileSubmitted.ok());
        QVERIFY(!entry.form(m_siteA.meta.id, m_march).editable);
        // Not even an administrator edits a submitted report.
        QVERIFY(!DataValueService(*m_db, admin()).save(cases(m_siteA.meta.id, m_march, 13)).ok());
        QCOMPARE(storedValue(m_siteA.meta.id, m_march), std::optional<double>(10));

        QVERIFY(ReportService(*m_db, admin()).approve(m_siteA.meta.id, m_march).ok());
        auto whileApproved = values.save(cases(m_siteA.meta.id, m_march, 14));
        QVERIFY(!whileApproved.ok());
        QVERIFY2(whileApproved.error().contains(QStringLiteral("approved and locked")), qPrintable(whileApproved.error()));
        auto cellWhileApproved = entry.saveCell(m_siteA.meta.id, m_march, m_count.meta.id, 0, 15, {}, {});
        QVERIFY(!cellWhileApproved.ok());
        QVERIFY2(cellWhileApproved.error().contains(QStringLiteral("approved and locked")),
                 qPrintable(cellWhileApproved.error()));
        const EntryForm locked = entry.form(m_siteA.meta.id, m_march);
        QVERIFY(!locked.editable);
        QVERIFY2(locked.lockReason.contains(QStringLiteral("approved and locked")), qPrintable(locked.lockReason));
        QCOMPARE(storedValue(m_siteA.meta.id, m_march), std::optional<double>(10));

        // Returned: open again for the officer.
        QVERIFY(submitted(m_siteA.meta.id, m_april));
        QVERIFY(ReportService(*m_db, admin()).returnToOfficer(m_siteA.meta.id, m_april, QStringLiteral("check")).ok());
        QVERIFY(entry.form(m_siteA.meta.id, m_april).editable);
        auto afterReturn = entry.saveCell(m_siteA.meta.id, m_april, m_count.meta.id, 0, 16, {}, {});
        QVERIFY2(afterReturn.ok(), qPrintable(afterReturn.error()));
        QCOMPARE(storedValue(m_siteA.meta.id, m_april), std::optional<double>(16));
        // Editing keeps the report returned until it is submitted again.
        QCOMPARE(statusOf(m_siteA.meta.id, m_april), std::optional<DataStatus>(DataStatus::Returned));
        QVERIFY(ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_april).ok());
    }

    void futurePeriodsAreClosed()
    {
        const ReportService midJune(*m_db, admin(), QDate(2024, 6, 15));
        QVERIFY(midJune.entryOpen(m_siteA.meta.id, Period::month(2024, 6)).ok());
        auto july = midJune.entryOpen(m_siteA.meta.id, Period::month(2024, 7));
        QVERIFY(!july.ok());
        QVERIFY2(july.error().contains(QStringLiteral("future periods are closed")), qPrintable(july.error()));
        QVERIFY(!midJune.mayEnter(m_siteA.meta.id, Period::month(2025, 1)).ok());
        // DataValueService goes by the real date.
        const Period next = Period::containing(QDate::currentDate(), Period::Type::Monthly).next();
        auto saved = DataValueService(*m_db, admin()).save(cases(m_siteA.meta.id, next, 1));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("has not started yet")), qPrintable(saved.error()));
        QVERIFY(!ReportService(*m_db, admin()).report(m_siteA.meta.id, next));
    }

    void aReturnAfterTheExpiryCanBeCorrectedAndApprovalLocksAgain()
    {
        Programme p = m_programme;
        p.expiryDays = 30;
        QVERIFY(ProgrammeService(*m_db, admin()).update(p).ok());
        const QDate late(2026, 6, 1);
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const Actor manager = actorFor(Role::Manager);
        // Entered and submitted in time, reviewed long after the expiry: the return opens it.
        QVERIFY(DataValueService(*m_db, officerA, QDate(2024, 4, 2)).save(cases(m_siteA.meta.id, m_march, 5)).ok());
        QVERIFY(ReportService(*m_db, officerA, QDate(2024, 4, 2)).submit(m_siteA.meta.id, m_march).ok());
        auto returned = ReportService(*m_db, manager, late).returnToOfficer(m_siteA.meta.id, m_march, QStringLiteral("Recount"));
        QVERIFY2(returned.ok(), qPrintable(returned.error()));
        QVERIFY(ReportService(*m_db, officerA, late).mayEnter(m_siteA.meta.id, m_march).ok());
        QVERIFY(DataValueService(*m_db, officerA, late).save(cases(m_siteA.meta.id, m_march, 6)).ok());
        QVERIFY(ReportService(*m_db, officerA, late).submit(m_siteA.meta.id, m_march).ok());
        auto approvedAgain = ReportService(*m_db, manager, late).approve(m_siteA.meta.id, m_march);
        QVERIFY(approvedAgain.ok());
        QVERIFY(!approvedAgain->reopened);
        // Reopening a period that has not started is refused.
        auto future = ReportService(*m_db, manager, late).reopen(m_siteA.meta.id, Period::month(2030, 1), QStringLiteral("x"));
        QVERIFY(!future.ok());
        QVERIFY(!ReportService(*m_db, admin()).report(m_siteA.meta.id, Period::month(2030, 1)));
    }

    void aRoleChangedDuringASessionCountsAtOnce()
    {
        const Actor manager = actorFor(Role::Manager, {}, QStringLiteral("ma"));
        const Actor officer = actorFor(Role::FieldOfficer, {m_siteA.meta.id}, QStringLiteral("zhang"));
        QVERIFY(enter(m_siteA.meta.id, m_march));
        QVERIFY(submitted(m_siteA.meta.id, m_march));
        // The administrator demotes the manager and disables the officer while both are signed in.
        UserService admins(*m_db, admin());
        User demoted = *admins.user(QStringLiteral("ma"));
        demoted.role = Role::Viewer;
        QVERIFY(admins.update(demoted).ok());
        User disabled = *admins.user(QStringLiteral("zhang"));
        disabled.active = false;
        QVERIFY(admins.update(disabled).ok());
        auto approval = ReportService(*m_db, manager).approve(m_siteA.meta.id, m_march);
        QVERIFY(!approval.ok());
        QVERIFY2(approval.error().contains(QStringLiteral("programme manager")), qPrintable(approval.error()));
        QCOMPARE(statusOf(m_siteA.meta.id, m_april), std::nullopt);
        QVERIFY(!DataValueService(*m_db, officer).save(cases(m_siteA.meta.id, m_april, 3)).ok());
        QVERIFY(!ReportService(*m_db, officer).report(m_siteA.meta.id, m_april));
    }

    void submittingChecksTheFormWhoeverCalls()
    {
        Indicator required = m_count;
        required.required = true;
        QVERIFY(IndicatorService(*m_db, admin()).update(required).ok());
        // A report with only a comment on another cell: the required total is missing.
        QVERIFY(DataEntryService(*m_db, admin()).setNote(m_siteA.meta.id, m_march, m_count.meta.id, 0, QStringLiteral("later"), true).ok());
        auto refused = ReportService(*m_db, admin()).submit(m_siteA.meta.id, m_march);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("cannot be submitted")), qPrintable(refused.error()));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Draft));
    }

    void expiredPeriodsOpenOnlyAfterReopening()
    {
        Programme p = m_programme;
        p.expiryDays = 30;
        auto updated = ProgrammeService(*m_db, admin()).update(p);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        // March ends on the 31st: open up to 30 April, closed from 1 May.
        QVERIFY(ReportService(*m_db, admin(), QDate(2024, 4, 30)).entryOpen(m_siteA.meta.id, m_march).ok());
        QVERIFY(!ReportService(*m_db, admin(), QDate(2024, 4, 30)).isExpired(updated.value(), m_march));
        QVERIFY(ReportService(*m_db, admin(), QDate(2024, 5, 1)).isExpired(updated.value(), m_march));
        auto closed = ReportService(*m_db, admin(), QDate(2024, 5, 1)).entryOpen(m_siteA.meta.id, m_march);
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().contains(QStringLiteral("closed for entry 30 days after")), qPrintable(closed.error()));

        // Years later (and by the real date, which DataValueService uses) it is closed.
        const QDate later(2026, 6, 1);
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        QVERIFY(!ReportService(*m_db, officerA, later).mayEnter(m_siteA.meta.id, m_march).ok());
        auto refused = DataValueService(*m_db, officerA).save(cases(m_siteA.meta.id, m_march, 5));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("closed for entry")), qPrintable(refused.error()));
        QVERIFY(!DataEntryService(*m_db, officerA, later).form(m_siteA.meta.id, m_march).editable);

        QVERIFY(!ReportService(*m_db, officerA, later).reopen(m_siteA.meta.id, m_march, QStringLiteral("late")).ok());
        const Actor manager = actorFor(Role::Manager);
        auto reopened = ReportService(*m_db, manager, later).reopen(m_siteA.meta.id, m_march, QStringLiteral("Late paper forms"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QVERIFY(reopened->reopened);
        QCOMPARE(reopened->status, DataStatus::Draft);
        QVERIFY(ReportService(*m_db, officerA, later).mayEnter(m_siteA.meta.id, m_march).ok());
        auto saved = DataValueService(*m_db, officerA).save(cases(m_siteA.meta.id, m_march, 5));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        // Only that report was reopened.
        QVERIFY(!ReportService(*m_db, officerA, later).mayEnter(m_siteA.meta.id, m_april).ok());
        QVERIFY(!ReportService(*m_db, officerA, later).mayEnter(m_siteB.meta.id, m_march).ok());
    }

    void approveAllIsAllOrNothing()
    {
        QVERIFY(submitted(m_siteA.meta.id, m_march));
        QVERIFY(submitted(m_siteB.meta.id, m_march));
        QVERIFY(enter(m_siteC.meta.id, m_march)); // a draft
        const Actor manager = actorFor(Role::Manager);
        ReportService reports(*m_db, manager);
        auto refused = reports.approveAll({{m_siteA.meta.id, m_march}, {m_siteB.meta.id, m_march}, {m_siteC.meta.id, m_march}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("C, ")), qPrintable(refused.error()));
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));
        QCOMPARE(statusOf(m_siteB.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));
        QCOMPARE(statusOf(m_siteC.meta.id, m_march), std::optional<DataStatus>(DataStatus::Draft));

        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        QVERIFY(!ReportService(*m_db, officerA).approveAll({{m_siteA.meta.id, m_march}}).ok());
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));

        auto all = reports.approveAll({{m_siteA.meta.id, m_march}, {m_siteB.meta.id, m_march}});
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all.value(), 2);
        QCOMPARE(statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Approved));
        QCOMPARE(statusOf(m_siteB.meta.id, m_march), std::optional<DataStatus>(DataStatus::Approved));
        // The connection is usable afterwards (no transaction left open).
        QVERIFY(enter(m_siteC.meta.id, m_april));
    }

    void reportsAreFiltered()
    {
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id}, QStringLiteral("wang"));
        const Actor officerB = actorFor(Role::FieldOfficer, {m_siteB.meta.id}, QStringLiteral("li"));
        QVERIFY(enter(m_siteA.meta.id, m_march));
        QVERIFY(enter(m_siteA.meta.id, m_april));
        QVERIFY(enter(m_siteB.meta.id, m_march));
        QVERIFY(enter(m_siteC.meta.id, m_march));
        QVERIFY(ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march).ok());
        QVERIFY(ReportService(*m_db, officerB).submit(m_siteB.meta.id, m_march).ok());
        QVERIFY(ReportService(*m_db, admin()).approve(m_siteB.meta.id, m_march).ok());
        QVERIFY(ReportService(*m_db, admin()).submit(m_siteC.meta.id, m_march).ok());
        QVERIFY(ReportService(*m_db, admin()).returnToOfficer(m_siteC.meta.id, m_march, QStringLiteral("no")).ok());

        const ReportService reports(*m_db, admin());
        auto keys = [](const QList<ReportService::Summary> &list) {
            QStringList k;
            for (const auto &s : list)
                k.append(s.siteCode + u' ' + s.report.period.id());
            k.sort();
            return k;
        };
        auto key = [](QStringView code, const Period &p) -> QString { return code.toString() + u' ' + p.id(); };
        ReportService::Filter all;
        QCOMPARE(keys(reports.reports(m_programme.meta.id, all)),
                 (QStringList{key(u"A", m_march), key(u"A", m_april), key(u"B", m_march),
                              key(u"C", m_march)}));
        ReportService::Filter submittedOnly;
        submittedOnly.statuses = {DataStatus::Submitted};
        const auto sub = reports.reports(m_programme.meta.id, submittedOnly);
        QCOMPARE(keys(sub), QStringList{key(u"A", m_march)});
        QCOMPARE(sub.first().submittedBy, QStringLiteral("wang"));
        QCOMPARE(sub.first().siteName, QStringLiteral("Site A"));
        QCOMPARE(sub.first().values, qint64(1));
        ReportService::Filter decided;
        decided.statuses = {DataStatus::Approved, DataStatus::Returned};
        QCOMPARE(keys(reports.reports(m_programme.meta.id, decided)),
                 (QStringList{key(u"B", m_march), key(u"C", m_march)}));
        ReportService::Filter drafts;
        drafts.statuses = {DataStatus::Draft};
        QCOMPARE(keys(reports.reports(m_programme.meta.id, drafts)), QStringList{key(u"A", m_april)});
        ReportService::Filter siteA;
        siteA.siteId = m_siteA.meta.id;
        QCOMPARE(keys(reports.reports(m_programme.meta.id, siteA)),
                 (QStringList{key(u"A", m_march), key(u"A", m_april)}));
        ReportService::Filter april;
        april.period = m_april;
        QCOMPARE(keys(reports.reports(m_programme.meta.id, april)), QStringList{key(u"A", m_april)});
        ReportService::Filter byB;
        byB.officerId = officerB.userId;
        QCOMPARE(keys(reports.reports(m_programme.meta.id, byB)), QStringList{key(u"B", m_march)});
        ReportService::Filter combined;
        combined.siteId = m_siteA.meta.id;
        combined.period = m_march;
        combined.statuses = {DataStatus::Approved};
        QVERIFY(reports.reports(m_programme.meta.id, combined).isEmpty());
        // Another programme's reports are not listed.
        const Programme other = makeProgramme(*m_db, QStringLiteral("P2"));
        QVERIFY(reports.reports(other.meta.id, all).isEmpty());
    }

    void returnedReportsOfMySitesOnly()
    {
        for (const Site &s : {m_siteA, m_siteB}) {
            QVERIFY(submitted(s.meta.id, m_march));
            QVERIFY(ReportService(*m_db, admin()).returnToOfficer(s.meta.id, m_march, QStringLiteral("check")).ok());
        }
        QVERIFY(submitted(m_siteC.meta.id, m_march)); // submitted, not returned
        const Actor officerA = actorFor(Role::FieldOfficer, {m_siteA.meta.id});
        const Actor officerC = actorFor(Role::FieldOfficer, {m_siteC.meta.id});
        const auto mine = ReportService(*m_db, officerA).returnedToMe(m_programme.meta.id);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().report.siteId, m_siteA.meta.id);
        QCOMPARE(mine.first().report.reason, QStringLiteral("check"));
        QVERIFY(ReportService(*m_db, officerC).returnedToMe(m_programme.meta.id).isEmpty());
        QCOMPARE(ReportService(*m_db, actorFor(Role::Manager)).returnedToMe(m_programme.meta.id).size(), 2);
        QVERIFY(ReportService(*m_db, actorFor(Role::Viewer)).returnedToMe(m_programme.meta.id).isEmpty());
        // Once resubmitted it is no longer waiting for the officer.
        QVERIFY(ReportService(*m_db, officerA).submit(m_siteA.meta.id, m_march).ok());
        QVERIFY(ReportService(*m_db, officerA).returnedToMe(m_programme.meta.id).isEmpty());
    }

    void completenessGrid()
    {
        Site closed = makeSite(*m_db, m_programme.meta.id, QStringLiteral("D"), QStringLiteral("Closed site"));
        closed.status = SiteStatus::Closed;
        QVERIFY(SiteService(*m_db, admin()).update(closed).ok());
        QVERIFY(submitted(m_siteA.meta.id, m_march));
        QVERIFY(enter(m_siteB.meta.id, Period::month(2024, 2)));
        QVERIFY(approved(m_siteC.meta.id, Period::month(2024, 1)));
        QVERIFY(enter(m_siteA.meta.id, Period::month(2024, 6))); // outside the range

        const auto grid = ReportService(*m_db, admin())
                              .completeness(m_programme.meta.id, Period::Type::Monthly, Period::month(2024, 1), m_april);
        QCOMPARE(grid.periods.size(), 4);
        QCOMPARE(grid.periods.first(), Period::month(2024, 1));
        QCOMPARE(grid.periods.last(), m_april);
        QCOMPARE(grid.sites.size(), 3);
        for (const Site &s : grid.sites)
            QVERIFY(s.code != QLatin1StringView("D"));
        QCOMPARE(grid.statusOf(m_siteA.meta.id, m_march), std::optional<DataStatus>(DataStatus::Submitted));
        QCOMPARE(grid.statusOf(m_siteB.meta.id, Period::month(2024, 2)), std::optional<DataStatus>(DataStatus::Draft));
        QCOMPARE(grid.statusOf(m_siteC.meta.id, Period::month(2024, 1)), std::optional<DataStatus>(DataStatus::Approved));
        QVERIFY(!grid.statusOf(m_siteA.meta.id, Period::month(2024, 1))); // missing
        QVERIFY(!grid.statusOf(m_siteC.meta.id, m_april));
        QVERIFY(!grid.statusOf(m_siteA.meta.id, Period::month(2024, 6)));
        QCOMPARE(grid.statuses.size(), 3);
    }

    void roleMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        struct Who
        {
            const char *name;
            Role role;
            bool assigned;
        };
        const Who roles[] = {{"admin", Role::Admin, false},
                             {"manager", Role::Manager, false},
                             {"assigned officer", Role::FieldOfficer, true},
                             {"unassigned officer", Role::FieldOfficer, false},
                             {"viewer", Role::Viewer, false}};
        // operation → who may: admin, manager, assigned officer, unassigned officer, viewer
        const struct
        {
            const char *operation;
            bool allowed[5];
        } operations[] = {
            {"save a value", {true, true, true, false, false}},
            {"submit", {true, true, true, false, false}},
            {"approve", {true, true, false, false, false}},
            {"return", {true, true, false, false, false}},
            {"reopen", {true, true, false, false, false}},
            {"create visit", {true, true, true, false, false}},
            {"create cost", {true, true, true, false, false}},
            {"create validation rule", {true, true, false, false, false}},
            {"create checklist item", {true, true, false, false, false}},
            {"create user", {true, false, false, false, false}},
        };
        for (const auto &op : operations) {
            for (int r = 0; r < 5; ++r)
                QTest::addRow("%s: %s", roles[r].name, op.operation)
                    << roles[r].role << roles[r].assigned << QString::fromLatin1(op.operation) << op.allowed[r];
        }
    }
    void roleMatrix()
    {
        QFETCH(Role, role);
        QFETCH(bool, assigned);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        const qint64 site = m_siteA.meta.id;
        // The state each operation starts from, prepared by an administrator.
        if (operation == QLatin1StringView("submit"))
            QVERIFY(enter(site, m_march));
        else if (operation == QLatin1StringView("approve") || operation == QLatin1StringView("return"))
            QVERIFY(submitted(site, m_march));
        else if (operation == QLatin1StringView("reopen"))
            QVERIFY(approved(site, m_march));
        auto checklist = SetupService(*m_db, admin()).create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K1"),
                                                                           QStringLiteral("Home visits"), {}, 1});
        QVERIFY2(checklist.ok(), qPrintable(checklist.error()));
        const Actor actor = actorFor(role, assigned ? QList<qint64>{site} : QList<qint64>{m_siteB.meta.id});
        QVERIFY(actor.userId > 0);
        const QString before = state();

        std::pair<bool, QString> result;
        auto take = [&](const auto &r) { result = {r.ok(), r.ok() ? QString() : r.error()}; };
        if (operation == QLatin1StringView("save a value")) {
            take(DataValueService(*m_db, actor).save(cases(site, m_march, 7)));
        } else if (operation == QLatin1StringView("submit")) {
            take(ReportService(*m_db, actor).submit(site, m_march));
        } else if (operation == QLatin1StringView("approve")) {
            take(ReportService(*m_db, actor).approve(site, m_march));
        } else if (operation == QLatin1StringView("return")) {
            take(ReportService(*m_db, actor).returnToOfficer(site, m_march, QStringLiteral("check")));
        } else if (operation == QLatin1StringView("reopen")) {
            take(ReportService(*m_db, actor).reopen(site, m_march, QStringLiteral("correction")));
        } else if (operation == QLatin1StringView("create visit")) {
            Visit v;
            v.siteId = site;
            v.date = QDate(2024, 3, 10);
            v.scores = {VisitScore{checklist->meta.id, 2, {}}};
            take(VisitService(*m_db, actor).create(v));
        } else if (operation == QLatin1StringView("create cost")) {
            Cost c;
            c.siteId = site;
            c.year = 2024;
            c.programmeSpending = 1000;
            c.beneficiaries = 10;
            take(CostService(*m_db, actor).create(c));
        } else if (operation == QLatin1StringView("create validation rule")) {
            ValidationRule rule;
            rule.nameEn = QStringLiteral("Total within range");
            rule.programmeId = m_programme.meta.id;
            rule.leftSide = QStringLiteral("CASES");
            rule.op = RuleOperator::GreaterOrEqual;
            rule.rightSide = QStringLiteral("0");
            take(SetupService(*m_db, actor).create(rule));
        } else if (operation == QLatin1StringView("create checklist item")) {
            take(SetupService(*m_db, actor).create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K2"),
                                                                 QStringLiteral("Group sessions"), {}, 2}));
        } else if (operation == QLatin1StringView("create user")) {
            User u;
            u.username = QStringLiteral("newcomer");
            u.role = Role::Viewer;
            take(UserService(*m_db, actor).create(u, QStringLiteral("another-long-password")));
        } else {
            QFAIL("unknown operation");
        }
        if (allowed) {
            QVERIFY2(result.first, qPrintable(result.second));
            QVERIFY2(state() != before, "an allowed operation changed nothing");
        } else {
            QVERIFY2(!result.first, "a forbidden operation succeeded");
            QVERIFY(result.second.contains(actor.username));
            QCOMPARE(state(), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
