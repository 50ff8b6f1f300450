#include "services/indicatorservice.h"
#include "services/monitoringservice.h"
#include "services/setupservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace TestSupport;

// Monitoring visits with the fidelity checklist and action items, costs, the programme's rules
// and checklist (SetupService), and sign-in with its growing delay (UserService).
class TestMonitoringService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Site m_siteA;
    Site m_siteB;
    ChecklistItem m_item1;
    ChecklistItem m_item2;
    int m_n = 0;

    ChecklistItem makeItem(qint64 programmeId, const QString &code, int order)
    {
        auto created = SetupService(*m_db, admin()).create(ChecklistItem{{}, programmeId, code, code + QStringLiteral(" item"), {}, order});
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? created.value() : ChecklistItem{};
    }

    Visit visitTo(qint64 siteId, QDate date, QList<VisitScore> scores = {}) const
    {
        Visit v;
        v.siteId = siteId;
        v.date = date;
        v.scores = scores;
        return v;
    }

    Actor officerOf(qint64 siteId, const QString &name)
    {
        User u;
        u.username = name;
        u.role = Role::FieldOfficer;
        u.siteIds = {siteId};
        auto created = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        return Actor{created->meta.id, created->username, created->role};
    }

    qint64 rows(const char *table) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1StringView(table))) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    Indicator makeIndicator(const QString &code, ValueType type)
    {
        Indicator i;
        i.programmeId = m_programme.meta.id;
        i.code = code;
        i.nameEn = code;
        i.valueType = type;
        i.frequency = Frequency::Monthly;
        auto created = IndicatorService(*m_db, admin()).create(i);
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? created.value() : Indicator{};
    }

private slots:
    void accountsCannotBeRaisedOrLockedOutThroughTheirPassword()
    {
        UserService admins(*m_db, admin());
        User viewer;
        viewer.username = QStringLiteral("lin");
        viewer.role = Role::Viewer;
        viewer = admins.create(viewer, QStringLiteral("viewer-password")).value();
        const Actor self{viewer.meta.id, viewer.username, viewer.role};
        // Changing one's own password with a copy that claims to be an administrator.
        User forged = viewer;
        forged.role = Role::Admin;
        forged.siteIds = {m_siteA.meta.id};
        QVERIFY(UserService(*m_db, self).setPassword(forged, QStringLiteral("new-viewer-password")).ok());
        const auto stored = UserService(*m_db, admin()).user(QStringLiteral("lin"));
        QCOMPARE(stored->role, Role::Viewer);
        QVERIFY(stored->siteIds.isEmpty());
        QVERIFY(admins.authenticate(QStringLiteral("lin"), QStringLiteral("new-viewer-password")));
        // The change is audited as a password change, with a digest, never the hash.
        const auto entries = AuditLog(*m_db).entriesFor(stored->meta.uuid);
        QCOMPARE(entries.first().action, QStringLiteral("password"));
        QVERIFY(entries.first().newValues.value(QStringLiteral("password")).toString() !=
                entries.first().oldValues.value(QStringLiteral("password")).toString());
        QVERIFY(!entries.first().newValues.contains(QStringLiteral("password_hash")));
        // An update keeps the stored password whatever hash the copy carries.
        User renamed = *stored;
        renamed.fullName = QStringLiteral("Lin Na");
        renamed.passwordHash.clear();
        QVERIFY(admins.update(renamed).ok());
        QVERIFY(admins.authenticate(QStringLiteral("lin"), QStringLiteral("new-viewer-password")));
    }

    void theLastAdministratorStays()
    {
        UserService admins(*m_db, admin());
        User first = admins.user(admin().username).value_or(User{});
        if (first.meta.id == 0) {
            User a;
            a.username = QStringLiteral("root");
            a.role = Role::Admin;
            first = admins.create(a, QStringLiteral("root-password")).value();
        }
        for (const User &u : admins.users()) {
            if (u.role == Role::Admin && u.meta.id != first.meta.id) {
                User demoted = u;
                demoted.role = Role::Viewer;
                QVERIFY(admins.update(demoted).ok());
            }
        }
        User demoted = *admins.user(first.username);
        demoted.active = false;
        auto refused = admins.update(demoted);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("last active administrator")), qPrintable(refused.error()));
    }

    void anOfficerRecordsOnlyTheirOwnVisits()
    {
        UserService admins(*m_db, admin());
        User officer;
        officer.username = QStringLiteral("zhou");
        officer.role = Role::FieldOfficer;
        officer.siteIds = {m_siteA.meta.id};
        officer = admins.create(officer, QStringLiteral("officer-password")).value();
        User other;
        other.username = QStringLiteral("qian");
        other.role = Role::FieldOfficer;
        other = admins.create(other, QStringLiteral("officer-password")).value();
        Visit v;
        v.siteId = m_siteA.meta.id;
        v.date = QDate::currentDate();
        v.officerId = other.meta.id;
        auto refused = VisitService(*m_db, Actor{officer.meta.id, officer.username, officer.role}).create(v);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("their own visits")));
        v.officerId = 0;
        auto created = VisitService(*m_db, Actor{officer.meta.id, officer.username, officer.role}).create(v);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created->officerId, officer.meta.id);
    }

    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("m%1.db").arg(++m_n));
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        m_siteA = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        m_siteB = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"), QStringLiteral("Site B"));
        m_item1 = makeItem(m_programme.meta.id, QStringLiteral("K1"), 1);
        m_item2 = makeItem(m_programme.meta.id, QStringLiteral("K2"), 2);
        QVERIFY(m_item2.meta.id > 0);
    }

    void visitsAreValidated_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no date") << "nodate" << "enter the date";
        QTest::newRow("future date") << "future" << "is in the future";
        QTest::newRow("score above 3") << "high" << "must be 0, 1, 2 or 3, not 4";
        QTest::newRow("negative score") << "negative" << "not -1";
        QTest::newRow("unknown item") << "unknown" << "not part of the programme";
        QTest::newRow("another programme's item") << "foreign" << "not part of the programme";
        QTest::newRow("item scored twice") << "twice" << "scored twice";
        QTest::newRow("deleted site") << "site" << "site that does not exist";
    }
    void visitsAreValidated()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        Visit v = visitTo(m_siteA.meta.id, QDate(2024, 3, 1), {VisitScore{m_item1.meta.id, 2, {}}});
        if (kind == QLatin1StringView("nodate"))
            v.date = QDate();
        else if (kind == QLatin1StringView("future"))
            v.date = QDate::currentDate().addDays(1);
        else if (kind == QLatin1StringView("high"))
            v.scores.append(VisitScore{m_item2.meta.id, 4, {}});
        else if (kind == QLatin1StringView("negative"))
            v.scores.append(VisitScore{m_item2.meta.id, -1, {}});
        else if (kind == QLatin1StringView("unknown"))
            v.scores.append(VisitScore{m_item2.meta.id + 1000, 1, {}});
        else if (kind == QLatin1StringView("foreign")) {
            const Programme other = makeProgramme(*m_db, QStringLiteral("P2"));
            v.scores.append(VisitScore{makeItem(other.meta.id, QStringLiteral("K9"), 1).meta.id, 1, {}});
        } else if (kind == QLatin1StringView("twice"))
            v.scores.append(VisitScore{m_item1.meta.id, 3, {}});
        else if (kind == QLatin1StringView("site"))
            v.siteId = m_siteB.meta.id + 1000;
        QVERIFY(VisitService(*m_db, admin()).validate(visitTo(m_siteA.meta.id, QDate::currentDate())).ok()); // today is fine
        auto created = VisitService(*m_db, admin()).create(v);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(rows("visit"), qint64(0));
    }

    void fidelityIsTheMeanScoreShare()
    {
        QVERIFY(!Visit{}.fidelity());
        Visit v = visitTo(m_siteA.meta.id, QDate(2024, 3, 1), {VisitScore{m_item1.meta.id, 3, QStringLiteral("fine")},
                                                                VisitScore{m_item2.meta.id, 1, {}}});
        QVERIFY(v.fidelity());
        QVERIFY(qFuzzyCompare(*v.fidelity(), 4.0 / 6.0));
        auto created = VisitService(*m_db, admin()).create(v);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const auto stored = VisitService(*m_db, admin()).visit(created->meta.id);
        QVERIFY(stored);
        QCOMPARE(stored->scores.size(), 2);
        QVERIFY(stored->scores.contains(VisitScore{m_item1.meta.id, 3, QStringLiteral("fine")}));
        QVERIFY(qFuzzyCompare(*stored->fidelity(), 4.0 / 6.0));
        QCOMPARE(visitTo(0, {}, {VisitScore{1, 3, {}}, VisitScore{2, 3, {}}}).fidelity(), std::optional<double>(1.0));
        QCOMPARE(visitTo(0, {}, {VisitScore{1, 0, {}}}).fidelity(), std::optional<double>(0.0));
        // Changing the scores changes the stored visit.
        Visit changed = stored.value();
        changed.scores = {VisitScore{m_item1.meta.id, 0, {}}};
        QVERIFY(VisitService(*m_db, admin()).update(changed).ok());
        QCOMPARE(VisitService(*m_db, admin()).visit(created->meta.id)->fidelity(), std::optional<double>(0.0));
        QCOMPARE(VisitService(*m_db, admin()).visits(m_siteA.meta.id).size(), 1);
        QVERIFY(VisitService(*m_db, admin()).visits(m_siteB.meta.id).isEmpty());
    }

    void actionsAndOpenActions()
    {
        VisitService service(*m_db, admin());
        const Visit visitA = service.create(visitTo(m_siteA.meta.id, QDate(2024, 3, 1))).value();
        const Visit visitB = service.create(visitTo(m_siteB.meta.id, QDate(2024, 3, 2))).value();
        auto action = [&](const Visit &v, const QString &what, QDate due) {
            VisitAction a;
            a.visitId = v.meta.id;
            a.description = what;
            a.dueDate = due;
            return service.create(a);
        };
        auto empty = action(visitA, QStringLiteral("  "), QDate(2024, 4, 1));
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().contains(QStringLiteral("Describe the action")), qPrintable(empty.error()));
        VisitAction noVisit;
        noVisit.visitId = visitB.meta.id + 1000;
        noVisit.description = QStringLiteral("x");
        QVERIFY(!service.create(noVisit).ok());

        const VisitAction late = action(visitA, QStringLiteral("late"), QDate(2024, 6, 1)).value();
        const VisitAction early = action(visitB, QStringLiteral("early"), QDate(2024, 4, 1)).value();
        const VisitAction undated = action(visitA, QStringLiteral("undated"), QDate()).value();
        VisitAction finished = action(visitA, QStringLiteral("finished"), QDate(2024, 3, 15)).value();
        QCOMPARE(finished.status, ActionStatus::Open);
        finished.status = ActionStatus::Done;
        auto updated = service.update(finished);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(service.actions(visitA.meta.id).size(), 3);
        const auto ofA = service.actions(visitA.meta.id);
        QCOMPARE(std::count_if(ofA.cbegin(), ofA.cend(), [](const VisitAction &x) { return x.status == ActionStatus::Done; }), 1);
        VisitAction dropped = action(visitB, QStringLiteral("dropped"), QDate(2024, 3, 20)).value();
        dropped.status = ActionStatus::Dropped;
        QVERIFY(service.update(dropped).ok());

        const auto open = service.openActions(m_programme.meta.id);
        QStringList order;
        for (const auto &o : open)
            order.append(o.action.description);
        QCOMPARE(order, (QStringList{QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("undated")}));
        QCOMPARE(open.first().siteCode, QStringLiteral("B"));
        QCOMPARE(open.first().visit.meta.id, visitB.meta.id);
        QCOMPARE(open.at(1).siteName, QStringLiteral("Site A"));

        // Reopening an action lists it again; another programme's actions are not listed.
        finished = service.actions(visitA.meta.id).value(0);
        for (const VisitAction &a : service.actions(visitA.meta.id)) {
            if (a.description == QLatin1StringView("finished"))
                finished = a;
        }
        finished.status = ActionStatus::Open;
        QVERIFY(service.update(finished).ok());
        QCOMPARE(service.openActions(m_programme.meta.id).first().action.description, QStringLiteral("finished"));
        const Programme other = makeProgramme(*m_db, QStringLiteral("P2"));
        QVERIFY(service.openActions(other.meta.id).isEmpty());
        Q_UNUSED(late);
        Q_UNUSED(early);
        Q_UNUSED(undated);
    }

    void costsAreValidated_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative spending") << "spending" << "cannot be negative";
        QTest::newRow("negative contribution") << "government" << "cannot be negative";
        QTest::newRow("negative beneficiaries") << "beneficiaries" << "beneficiaries cannot be negative";
        QTest::newRow("next year") << "future" << "not between 2000 and this year";
        QTest::newRow("before 2000") << "old" << "not between 2000 and this year";
        QTest::newRow("same site and year") << "duplicate" << "already recorded";
    }
    void costsAreValidated()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        CostService service(*m_db, admin());
        Cost c;
        c.siteId = m_siteA.meta.id;
        c.year = 2024;
        c.programmeSpending = 100;
        c.governmentContribution = 50;
        c.beneficiaries = 10;
        if (kind == QLatin1StringView("duplicate"))
            QVERIFY(service.create(c).ok());
        else if (kind == QLatin1StringView("spending"))
            c.programmeSpending = -0.01;
        else if (kind == QLatin1StringView("government"))
            c.governmentContribution = -1;
        else if (kind == QLatin1StringView("beneficiaries"))
            c.beneficiaries = -1;
        else if (kind == QLatin1StringView("future"))
            c.year = QDate::currentDate().year() + 1;
        else if (kind == QLatin1StringView("old"))
            c.year = 1999;
        const qint64 before = rows("cost");
        auto created = service.create(c);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(rows("cost"), before);
    }

    void costFigures()
    {
        CostService service(*m_db, admin());
        Cost c;
        c.siteId = m_siteA.meta.id;
        c.year = 2024;
        c.programmeSpending = 5000;
        c.governmentContribution = 1000;
        c.beneficiaries = 300;
        auto created = service.create(c);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created->total(), 6000.0);
        QCOMPARE(created->costPerBeneficiary(), std::optional<double>(20.0));
        QVERIFY(qFuzzyCompare(*created->governmentShare(), 1.0 / 6.0));
        // The same year at another site, and another year at the same site, are fine.
        Cost other = c;
        other.siteId = m_siteB.meta.id;
        QVERIFY(service.create(other).ok());
        Cost nextYear = c;
        nextYear.year = 2025;
        QVERIFY(service.create(nextYear).ok());
        // Changing an entry is not a duplicate of itself.
        Cost changed = created.value();
        changed.beneficiaries = 0;
        auto updated = service.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QVERIFY(!updated->costPerBeneficiary());
        Cost nothing;
        QVERIFY(!nothing.governmentShare());
        QCOMPARE(service.costs(m_programme.meta.id).size(), 3);
        // A removed entry frees its site and year.
        QVERIFY(service.remove(updated.value()).ok());
        QVERIFY(service.create(c).ok());
    }

    void officersRecordVisitsAndCostsOfTheirSitesOnly()
    {
        const Actor officerA = officerOf(m_siteA.meta.id, QStringLiteral("wang"));
        VisitService visits(*m_db, officerA);
        auto own = visits.create(visitTo(m_siteA.meta.id, QDate(2024, 3, 1)));
        QVERIFY2(own.ok(), qPrintable(own.error()));
        QCOMPARE(own->officerId, officerA.userId);
        auto other = visits.create(visitTo(m_siteB.meta.id, QDate(2024, 3, 1)));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(QStringLiteral("may not enter data for site B")), qPrintable(other.error()));
        // Moving its own visit to another site is refused too.
        Visit moved = own.value();
        moved.siteId = m_siteB.meta.id;
        QVERIFY(!visits.update(moved).ok());
        Cost c;
        c.siteId = m_siteB.meta.id;
        c.year = 2024;
        QVERIFY(!CostService(*m_db, officerA).create(c).ok());
        QCOMPARE(rows("cost"), qint64(0));
    }

    // Removing or changing another site's records by handing in a copy that names one's own
    // site (or visit) must be refused like any other change to that site.
    void forgedSiteDoesNotOpenAnotherSitesRecords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("remove a visit") << "visit";
        QTest::newRow("remove a cost") << "cost";
        QTest::newRow("change an action") << "action update";
        QTest::newRow("remove an action") << "action remove";
    }
    void forgedSiteDoesNotOpenAnotherSitesRecords()
    {
        QFETCH(QString, kind);
        const Actor officerA = officerOf(m_siteA.meta.id, QStringLiteral("wang"));
        const Visit visitA = VisitService(*m_db, admin()).create(visitTo(m_siteA.meta.id, QDate(2024, 3, 1))).value();
        const Visit visitB = VisitService(*m_db, admin()).create(visitTo(m_siteB.meta.id, QDate(2024, 3, 1))).value();
        VisitAction a;
        a.visitId = visitB.meta.id;
        a.description = QStringLiteral("B's action");
        const VisitAction actionB = VisitService(*m_db, admin()).create(a).value();
        Cost c;
        c.siteId = m_siteB.meta.id;
        c.year = 2024;
        c.programmeSpending = 10;
        const Cost costB = CostService(*m_db, admin()).create(c).value();

        bool done = false;
        if (kind == QLatin1StringView("visit")) {
            Visit forged = visitB;
            forged.siteId = m_siteA.meta.id;
            done = VisitService(*m_db, officerA).remove(forged).ok();
        } else if (kind == QLatin1StringView("cost")) {
            Cost forged = costB;
            forged.siteId = m_siteA.meta.id;
            done = CostService(*m_db, officerA).remove(forged).ok();
        } else {
            VisitAction forged = actionB;
            forged.visitId = visitA.meta.id;
            forged.description = QStringLiteral("taken over");
            done = kind == QLatin1StringView("action update") ? VisitService(*m_db, officerA).update(forged).ok()
                                                               : VisitService(*m_db, officerA).remove(forged).ok();
        }
        QSqlDatabase db = m_db->connection();
        QStringList problems = AuditLog::verify(db);
        // The programme's standard options are unaudited (ProgrammeService::create): tst_audit's concern.
        problems.removeIf([](const QString &p) { return p.contains(QLatin1StringView("category_option")); });
        const QString effect = QStringLiteral("an officer of site A changed a record of site B: %1 visits, %2 costs, %3 "
                                              "actions of B's visit left; audit check: %4")
                                   .arg(rows("visit"))
                                   .arg(rows("cost"))
                                   .arg(VisitService(*m_db, admin()).actions(visitB.meta.id).size())
                                   .arg(problems.isEmpty() ? QStringLiteral("clean") : problems.join(u' '));
        QVERIFY2(!done, qPrintable(effect));
        QCOMPARE(rows("visit"), qint64(2));
        QCOMPARE(rows("cost"), qint64(1));
        QCOMPARE(VisitService(*m_db, admin()).actions(visitB.meta.id).size(), 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void rulesReferToTheProgrammesIndicators_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message");
        QTest::newRow("counts") << "ANC4" << "ANC1 + 2" << true << "";
        QTest::newRow("parts of a percentage") << "RATE.num" << "RATE.den" << true << "";
        QTest::newRow("unknown indicator") << "ANC4" << "NOPE" << false << "refers to NOPE, which is not an indicator";
        QTest::newRow("another programme's indicator") << "OTHER" << "1" << false << "which is not an indicator";
        QTest::newRow("numerator of a count") << "ANC1.num" << "10" << false << "ANC1 has no numerator and denominator";
        QTest::newRow("unreadable") << "ANC1 ANC4" << "1" << false << "The rule's left side";
        QTest::newRow("empty right side") << "ANC1" << "" << false << "The rule's right side";
    }
    void rulesReferToTheProgrammesIndicators()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        QVERIFY(makeIndicator(QStringLiteral("ANC1"), ValueType::Count).meta.id > 0);
        QVERIFY(makeIndicator(QStringLiteral("ANC4"), ValueType::Count).meta.id > 0);
        QVERIFY(makeIndicator(QStringLiteral("RATE"), ValueType::Percentage).meta.id > 0);
        const Programme other = makeProgramme(*m_db, QStringLiteral("P2"));
        Indicator foreign;
        foreign.programmeId = other.meta.id;
        foreign.code = QStringLiteral("OTHER");
        foreign.nameEn = QStringLiteral("Other");
        QVERIFY(IndicatorService(*m_db, admin()).create(foreign).ok());

        ValidationRule rule;
        rule.programmeId = m_programme.meta.id;
        rule.nameEn = QStringLiteral("A rule");
        rule.leftSide = left;
        rule.rightSide = right;
        rule.op = RuleOperator::LessOrEqual;
        auto created = SetupService(*m_db, admin()).create(rule);
        QCOMPARE(created.ok(), valid);
        if (!valid)
            QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(SetupService(*m_db, admin()).rules(m_programme.meta.id).size(), valid ? 1 : 0);
        // A rule needs a name in one of the languages.
        ValidationRule unnamed = rule;
        unnamed.nameEn.clear();
        auto refused = SetupService(*m_db, admin()).create(unnamed);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("needs a name")));
    }

    void checklistCodesAreUnique()
    {
        SetupService setup(*m_db, admin());
        auto duplicate = setup.create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K1"), QStringLiteral("again"), {}, 3});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().contains(QStringLiteral("already has an item with the code K1")), qPrintable(duplicate.error()));
        auto unnamed = setup.create(ChecklistItem{{}, m_programme.meta.id, QStringLiteral("K3"), {}, {}, 3});
        QVERIFY(!unnamed.ok());
        const auto list = setup.checklist(m_programme.meta.id);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().code, QStringLiteral("K1"));
    }

    void delayGrowsAfterWrongPasswords()
    {
        User u;
        u.username = QStringLiteral("wang");
        u.role = Role::FieldOfficer;
        QVERIFY(UserService(*m_db, admin()).create(u, QStringLiteral("correct-horse-1")).ok());
        UserService users(*m_db, Actor{});
        const QDateTime t0(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
        const QString wrong = QStringLiteral("wrong-password");

        for (int i = 0; i < UserService::FreeAttempts; ++i) {
            QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t0), 0);
            auto failed = users.signIn(QStringLiteral("wang"), wrong, t0);
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().contains(QStringLiteral("password is wrong")), qPrintable(failed.error()));
        }
        // After the free attempts: wait 1 s, even with the right password.
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t0), 1);
        auto waiting = users.signIn(QStringLiteral("wang"), QStringLiteral("correct-horse-1"), t0);
        QVERIFY(!waiting.ok());
        QVERIFY2(waiting.error().contains(QStringLiteral("wait 1 second")), qPrintable(waiting.error()));
        // Waiting was not a failure: one second later it may try again.
        const QDateTime t1 = t0.addSecs(1);
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t1), 0);
        QVERIFY(!users.signIn(QStringLiteral("wang"), wrong, t1).ok()); // the fourth failure: 2 s
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t1), 2);
        auto again = users.signIn(QStringLiteral("wang"), wrong, t1.addSecs(1));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("wait 1 second")), qPrintable(again.error()));
        const QDateTime t3 = t1.addSecs(2);
        QVERIFY(!users.signIn(QStringLiteral("wang"), wrong, t3).ok()); // the fifth: 4 s
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t3), 4);
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t3.addSecs(3)), 1);

        // Success after waiting resets the count.
        auto signedIn = users.signIn(QStringLiteral("wang"), QStringLiteral("correct-horse-1"), t3.addSecs(4));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        QCOMPARE(signedIn->username, QStringLiteral("wang"));
        QCOMPARE(signedIn->role, Role::FieldOfficer);
        const QDateTime t4 = t3.addSecs(5);
        QVERIFY(!users.signIn(QStringLiteral("wang"), wrong, t4).ok());
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t4), 0); // one failure: free again

        // Unknown names are counted the same way, and names are counted separately.
        for (int i = 0; i < UserService::FreeAttempts; ++i)
            QVERIFY(!users.signIn(QStringLiteral("nobody"), wrong, t0).ok());
        QCOMPARE(users.secondsToWait(QStringLiteral("nobody"), t0), 1);
        QCOMPARE(users.secondsToWait(QStringLiteral("wang"), t4), 0);
    }

    void delayDoublesUpToTheCap()
    {
        for (int f = 0; f < UserService::FreeAttempts; ++f)
            QCOMPARE(UserService::delaySeconds(f), 0);
        QCOMPARE(UserService::delaySeconds(UserService::FreeAttempts), 1);
        QCOMPARE(UserService::delaySeconds(UserService::FreeAttempts + 1), 2);
        QCOMPARE(UserService::delaySeconds(UserService::FreeAttempts + 2), 4);
        QCOMPARE(UserService::delaySeconds(UserService::FreeAttempts + 8), 256);
        QCOMPARE(UserService::delaySeconds(UserService::FreeAttempts + 9), UserService::MaximumDelaySeconds);
        QCOMPARE(UserService::delaySeconds(100000), UserService::MaximumDelaySeconds);
    }

    void shortPasswordsAreRefused()
    {
        UserService users(*m_db, admin());
        User u;
        u.username = QStringLiteral("li");
        u.role = Role::Viewer;
        const QString tooShort(UserService::MinimumPasswordLength - 1, u'x');
        auto refused = users.create(u, tooShort);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("too short")), qPrintable(refused.error()));
        QVERIFY(!users.user(QStringLiteral("li")));
        const QString justLongEnough(UserService::MinimumPasswordLength, u'y');
        auto created = users.create(u, justLongEnough);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(!users.setPassword(created.value(), tooShort).ok());
        QVERIFY(users.authenticate(QStringLiteral("li"), justLongEnough));
        QVERIFY(!users.authenticate(QStringLiteral("li"), tooShort));
    }

    void firstAdministratorOnlyOnAnEmptyDatabase()
    {
        UserService users(*m_db, Actor{});
        QVERIFY(!users.hasUsers());
        QVERIFY(!users.createFirstAdmin(QStringLiteral("boss"), QStringLiteral("The Boss"), QStringLiteral("short")).ok());
        QVERIFY(!users.hasUsers());
        auto first = users.createFirstAdmin(QStringLiteral(" boss "), QStringLiteral("The Boss"), QStringLiteral("long-enough-password"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->role, Role::Admin);
        QCOMPARE(first->username, QStringLiteral("boss"));
        QVERIFY(users.hasUsers());
        auto second = users.createFirstAdmin(QStringLiteral("boss2"), QString(), QStringLiteral("long-enough-password"));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().contains(QStringLiteral("already has its administrator")), qPrintable(second.error()));
        QCOMPARE(users.users().size(), 1);
        auto signedIn = users.signIn(QStringLiteral("boss"), QStringLiteral("long-enough-password"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
        QCOMPARE(signedIn->role, Role::Admin);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringService)
#include "tst_monitoringservice.moc"
