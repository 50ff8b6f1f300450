#include "analytics/readiness.h"
#include "demo/demogenerator.h"
#include "services/indicatorservice.h"
#include "services/monitoringservice.h"
#include "services/readinessservice.h"
#include "storage/auditlog.h"
#include "storage/programmerepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace TestSupport;
using namespace Readiness;

// The readiness framework: every computed measure at, below and above its thresholds, the
// insufficient-data rules, the verdict rules, the snapshot round trip, and the service's
// criteria, judgements and sign-off (immutable afterwards, audited).
class TestReadiness final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ReadinessCriterion computed(Evidence e, double strong, double adequate, double weak, const QString &code = QStringLiteral("C"))
    {
        ReadinessCriterion c;
        c.meta.id = 1;
        c.code = code;
        c.nameEn = code;
        c.evidence = e;
        c.strong = strong;
        c.adequate = adequate;
        c.weak = weak;
        return c;
    }

    static ReadinessCriterion judged(qint64 id, Domain d, const QString &code, bool critical = false)
    {
        ReadinessCriterion c;
        c.meta.id = id;
        c.code = code;
        c.nameEn = code;
        c.domain = d;
        c.critical = critical;
        return c;
    }

    // An indicator with a DiD (estimate and interval) and reports.
    static IndicatorEvidence indicator(const QString &code, std::optional<double> estimate, double low = 0, double high = 0,
                                       Direction direction = Direction::Higher, int expected = 10, int received = 10)
    {
        IndicatorEvidence i;
        i.code = code;
        i.nameEn = code;
        i.type = ValueType::Percentage;
        i.direction = direction;
        if (estimate) {
            i.did.estimate = estimate;
            i.did.low = low;
            i.did.high = high;
            i.did.reason = Analytics::DidReason::None;
        }
        i.quality.expected = expected;
        i.quality.received = received;
        i.quality.onTime = received;
        return i;
    }

    std::unique_ptr<Database> demo(const QString &name)
    {
        DemoGenerator::Options options;
        options.sites = 12;
        options.months = 30;
        const QString path = m_dir.filePath(name);
        auto generated = DemoGenerator::generateFile(path, options);
        if (!generated) {
            qWarning("%s", qPrintable(generated.error()));
            return nullptr;
        }
        auto opened = Database::open(path);
        return opened ? std::move(opened).value() : nullptr;
    }

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void scoreAtBelowAndAboveEachThreshold_data()
    {
        QTest::addColumn<int>("evidence");
        QTest::addColumn<double>("measure");
        QTest::addColumn<int>("score");
        const int higher = int(Evidence::Completeness); // 90 / 80 / 60
        const int lower = int(Evidence::CostPerBeneficiary); // 600 / 900 / 1500
        QTest::newRow("above strong") << higher << 95.0 << 4;
        QTest::newRow("at strong") << higher << 90.0 << 4;
        QTest::newRow("below strong") << higher << 89.9 << 3;
        QTest::newRow("at adequate") << higher << 80.0 << 3;
        QTest::newRow("below adequate") << higher << 79.9 << 2;
        QTest::newRow("at weak") << higher << 60.0 << 2;
        QTest::newRow("below weak") << higher << 59.9 << 1;
        QTest::newRow("cost below strong") << lower << 500.0 << 4;
        QTest::newRow("cost at strong") << lower << 600.0 << 4;
        QTest::newRow("cost above strong") << lower << 600.5 << 3;
        QTest::newRow("cost at adequate") << lower << 900.0 << 3;
        QTest::newRow("cost above adequate") << lower << 901.0 << 2;
        QTest::newRow("cost at weak") << lower << 1500.0 << 2;
        QTest::newRow("cost above weak") << lower << 1500.1 << 1;
    }
    void scoreAtBelowAndAboveEachThreshold()
    {
        QFETCH(int, evidence);
        QFETCH(double, measure);
        QFETCH(int, score);
        const Evidence e = Evidence(evidence);
        const ReadinessCriterion c = e == Evidence::CostPerBeneficiary ? computed(e, 600, 900, 1500) : computed(e, 90, 80, 60);
        QCOMPARE(scoreFor(measure, c), score);
        ReadinessCriterion none = c;
        none.weak.reset();
        QCOMPARE(scoreFor(measure, none), 0);
    }

    void effectivenessCountsSignificantFavourableEffects()
    {
        const ReadinessCriterion c = computed(Evidence::Effectiveness, 75, 50, 25);
        Inputs in;
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9),   // significant, favourable
                         indicator(QStringLiteral("B"), 3, -1, 7),  // favourable, interval reaches zero
                         indicator(QStringLiteral("C"), -4, -6, -2, Direction::Lower), // lower is better: significant
                         indicator(QStringLiteral("D"), -4, -6, -2)}; // significant but harmful
        CriterionResult r = assess(c, in, std::nullopt);
        QCOMPARE(r.gap, Gap::None);
        QCOMPARE(*r.measure, 50.0); // A and C of four
        QCOMPARE(r.score, 3);       // exactly at adequate
        QCOMPARE(r.basis, 4);

        // Only the criterion's indicators count.
        ReadinessCriterion some = c;
        some.indicators = {QStringLiteral("a"), QStringLiteral("C")};
        r = assess(some, in, std::nullopt);
        QCOMPARE(*r.measure, 100.0);
        QCOMPARE(r.score, 4);

        // Fewer than half with an estimate: insufficient, never good.
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9), indicator(QStringLiteral("B"), std::nullopt),
                         indicator(QStringLiteral("C"), std::nullopt)};
        r = assess(c, in, std::nullopt);
        QCOMPARE(r.gap, Gap::TooFewEstimates);
        QCOMPARE(r.score, 0);
        QVERIFY(!r.measure);

        // Half estimated is enough.
        in.indicators.removeLast();
        QCOMPARE(assess(c, in, std::nullopt).score, 4);

        // Thin data: below 60 % complete, even with significant effects.
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9, Direction::Higher, 100, 59)};
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::ThinData);
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9, Direction::Higher, 100, 60)};
        QCOMPARE(assess(c, in, std::nullopt).score, 4);

        in.indicators.clear();
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::NoIndicators);
    }

    void equityCountsGapsAndGroupEffects()
    {
        const ReadinessCriterion c = computed(Evidence::Equity, 75, 50, 25);
        Inputs in;
        IndicatorEvidence a = indicator(QStringLiteral("A"), 5, 1, 9);
        Analytics::GapChange narrowing;
        narrowing.difference = 2.0; // pilot gap narrowed more
        Analytics::GapChange widening;
        widening.difference = -1.0;
        Analytics::GapChange none; // no data
        a.gapChanges = {narrowing, widening, none};
        Analytics::GroupDid girls;
        girls.group = Analytics::Group{Analytics::Dimension::Sex, true};
        girls.did.estimate = 3.0;
        Analytics::GroupDid boys; // reference groups do not count
        boys.group = Analytics::Group{Analytics::Dimension::Sex, false};
        boys.did.estimate = -3.0;
        a.groups = {girls, boys};
        IndicatorEvidence b = indicator(QStringLiteral("B"), 5, 1, 9, Direction::Lower);
        Analytics::GroupDid rural;
        rural.group = Analytics::Group{Analytics::Dimension::Locality, true};
        rural.did.estimate = -2.0; // lower is better: favourable
        b.groups = {rural};
        in.indicators = {a, b};
        CriterionResult r = assess(c, in, std::nullopt);
        QCOMPARE(r.basis, 4);          // narrowing, widening, girls, rural
        QCOMPARE(*r.measure, 75.0);    // three of four
        QCOMPARE(r.score, 4);
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9)};
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::NoEquityComparison);
    }

    void reachReadsChosenCoverageIndicators()
    {
        ReadinessCriterion c = computed(Evidence::Reach, 80, 60, 40);
        Inputs in;
        IndicatorEvidence home = indicator(QStringLiteral("HOME"), std::nullopt);
        home.pilotLatest = 70;
        IndicatorEvidence supp = indicator(QStringLiteral("SUPP"), std::nullopt);
        supp.pilotLatest = 50;
        IndicatorEvidence count = indicator(QStringLiteral("COUNT"), std::nullopt);
        count.type = ValueType::Count;
        count.pilotLatest = 900;
        in.indicators = {home, supp, count};
        // None chosen: coverage is never assumed.
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::NoIndicators);
        c.indicators = {QStringLiteral("HOME"), QStringLiteral("SUPP"), QStringLiteral("COUNT")};
        CriterionResult r = assess(c, in, std::nullopt);
        QCOMPARE(*r.measure, 60.0); // counts are not coverage
        QCOMPARE(r.score, 3);
        in.indicators[0].pilotLatest.reset();
        in.indicators[1].pilotLatest.reset();
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::NoCoverage);
    }

    void fidelityNeedsEnoughVisits()
    {
        const ReadinessCriterion c = computed(Evidence::Fidelity, 85, 70, 50);
        Inputs in;
        in.pilotSites = 6;
        in.pilotSitesVisited = 3;
        in.visits = MinVisits;
        in.fidelity = 0.7;
        CriterionResult r = assess(c, in, std::nullopt);
        QCOMPARE(*r.measure, 70.0);
        QCOMPARE(r.score, 3);
        in.visits = MinVisits - 1;
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::TooFewVisits);
        in.visits = 10;
        in.pilotSitesVisited = 2; // a third of the pilot sites
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::FewSitesVisited);
        in.pilotSitesVisited = 6;
        in.fidelity.reset();
        QCOMPARE(assess(c, in, std::nullopt).gap, Gap::TooFewVisits);
    }

    void costsAndCoFinancing()
    {
        const ReadinessCriterion cost = computed(Evidence::CostPerBeneficiary, 600, 900, 1500);
        const ReadinessCriterion share = computed(Evidence::CoFinancing, 50, 30, 15);
        Inputs in;
        QCOMPARE(assess(cost, in, std::nullopt).gap, Gap::NoCosts);
        QCOMPARE(assess(share, in, std::nullopt).gap, Gap::NoCosts);
        in.costs = CostYear{2025, 60000, 30000, 100};
        CriterionResult r = assess(cost, in, std::nullopt);
        QCOMPARE(*r.measure, 900.0); // (60,000 + 30,000) / 100, at adequate
        QCOMPARE(r.score, 3);
        r = assess(share, in, std::nullopt);
        QCOMPARE(qRound(*r.measure * 1000), 33333);
        QCOMPARE(r.score, 3);
        in.costs->beneficiaries = 0;
        QCOMPARE(assess(cost, in, std::nullopt).gap, Gap::NoBeneficiaries);
        in.costs = CostYear{2025, 0, 0, 10};
        QCOMPARE(assess(share, in, std::nullopt).gap, Gap::NoCosts);
    }

    void completenessAndTimeliness()
    {
        const ReadinessCriterion complete = computed(Evidence::Completeness, 90, 80, 60);
        const ReadinessCriterion timely = computed(Evidence::Timeliness, 85, 70, 50);
        Inputs in;
        IndicatorEvidence a = indicator(QStringLiteral("A"), std::nullopt, 0, 0, Direction::Higher, 50, 40);
        a.quality.onTime = 30;
        IndicatorEvidence b = indicator(QStringLiteral("B"), std::nullopt, 0, 0, Direction::Higher, 50, 50);
        b.quality.onTime = 40;
        in.indicators = {a, b};
        QCOMPARE(*assess(complete, in, std::nullopt).measure, 90.0); // 90 of 100
        QCOMPARE(assess(complete, in, std::nullopt).score, 4);
        QCOMPARE(qRound(*assess(timely, in, std::nullopt).measure * 10), 778); // 70 of 90
        QCOMPARE(assess(timely, in, std::nullopt).score, 3);
        in.indicators = {indicator(QStringLiteral("A"), std::nullopt, 0, 0, Direction::Higher, 0, 0)};
        QCOMPARE(assess(complete, in, std::nullopt).gap, Gap::NoExpectedReports);
        QCOMPARE(assess(timely, in, std::nullopt).gap, Gap::NoReports);
    }

    void judgedCriteriaTakeTheManagersScore()
    {
        const ReadinessCriterion c = judged(7, Domain::Context, QStringLiteral("POLICY"));
        QCOMPARE(assess(c, {}, std::nullopt).gap, Gap::NotJudged);
        const CriterionResult r = assess(c, {}, ReadinessJudgement{7, 2, QStringLiteral("No budget line yet")});
        QCOMPARE(r.score, 2);
        QCOMPARE(r.justification, QStringLiteral("No budget line yet"));
    }

    void verdictRules()
    {
        const QList<ReadinessCriterion> criteria = {judged(1, Domain::Effectiveness, QStringLiteral("EFFECT"), true),
                                                    judged(2, Domain::Costs, QStringLiteral("COST")),
                                                    judged(3, Domain::Costs, QStringLiteral("SHARE")),
                                                    judged(4, Domain::Context, QStringLiteral("POLICY"))};
        auto with = [&](int a, int b, int c, int d) {
            QList<ReadinessJudgement> list;
            const int scores[] = {a, b, c, d};
            for (int i = 0; i < 4; ++i) {
                if (scores[i] > 0)
                    list.append(ReadinessJudgement{i + 1, scores[i], QStringLiteral("why")});
            }
            return evaluate(criteria, {}, list);
        };

        Evaluation e = with(4, 3, 3, 3);
        QCOMPARE(e.verdict, Verdict::Ready);
        QCOMPARE(e.reasons.size(), 1);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::AllMet);
        QVERIFY(e.missing.isEmpty());
        QCOMPARE(*e.domainScore(Domain::Costs), 3.0);
        QVERIFY(!e.domainScore(Domain::Problem)); // no criteria there

        e = with(4, 2, 3, 3); // a weak, non-critical criterion is a condition
        QCOMPARE(e.verdict, Verdict::ReadyWithConditions);
        QCOMPARE(e.reasons.size(), 1);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::Weak);
        QCOMPARE(e.reasons.first().code, QStringLiteral("COST"));

        e = with(4, 3, 3, 0); // missing evidence is a condition and listed as missing
        QCOMPARE(e.verdict, Verdict::ReadyWithConditions);
        QCOMPARE(e.reasons.size(), 1);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::Unscored);
        QCOMPARE(int(e.reasons.first().value), 1);
        QCOMPARE(e.missing.size(), 1);
        QCOMPARE(e.missing.first().code, QStringLiteral("POLICY"));
        QCOMPARE(e.missing.first().gap, Gap::NotJudged);

        e = with(2, 4, 4, 4); // a critical criterion below 3
        QCOMPARE(e.verdict, Verdict::NotYetReady);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::CriticalWeak);

        e = with(0, 4, 4, 4); // a critical criterion without a score
        QCOMPARE(e.verdict, Verdict::NotYetReady);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::CriticalMissing);

        e = with(3, 1, 2, 4); // costs average 1.5
        QCOMPARE(e.verdict, Verdict::NotYetReady);
        QCOMPARE(e.reasons.size(), 1);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::DomainWeak);
        QCOMPARE(e.reasons.first().domain, Domain::Costs);
        QVERIFY(e.reasons.first().text().contains(QStringLiteral("1.5")));

        e = with(3, 2, 2, 4); // costs average exactly 2: conditions, not a blocker
        QCOMPARE(e.verdict, Verdict::ReadyWithConditions);
        QCOMPARE(e.reasons.size(), 2);

        // Inactive criteria are not assessed; none at all is not ready.
        QList<ReadinessCriterion> inactive = criteria;
        for (ReadinessCriterion &c : inactive)
            c.active = false;
        e = evaluate(inactive, {}, {});
        QCOMPARE(e.verdict, Verdict::NotYetReady);
        QCOMPARE(e.reasons.first().kind, Reason::Kind::NoCriteria);
    }

    void thresholdsAreValidated()
    {
        QVERIFY(validateThresholds(computed(Evidence::Completeness, 90, 80, 60)));
        QVERIFY(validateThresholds(computed(Evidence::Completeness, 80, 80, 80)));
        QVERIFY(!validateThresholds(computed(Evidence::Completeness, 60, 80, 90))); // wrong way round
        QVERIFY(!validateThresholds(computed(Evidence::Completeness, 120, 80, 60)));
        QVERIFY(validateThresholds(computed(Evidence::CostPerBeneficiary, 600, 900, 1500)));
        const auto reversed = validateThresholds(computed(Evidence::CostPerBeneficiary, 1500, 900, 600, QStringLiteral("COST")));
        QVERIFY(!reversed);
        QVERIFY(reversed.error().contains(QStringLiteral("COST")));
        ReadinessCriterion partial = computed(Evidence::Timeliness, 85, 70, 50);
        partial.adequate.reset();
        QVERIFY(!validateThresholds(partial));
        QVERIFY(validateThresholds(judged(1, Domain::Problem, QStringLiteral("P"))));
    }

    void defaultCriteriaCoverEveryDomain()
    {
        const QList<ReadinessCriterion> list = defaultCriteria(5);
        QCOMPARE(list.size(), 16);
        QSet<Domain> domains;
        QSet<QString> codes;
        for (const ReadinessCriterion &c : list) {
            QCOMPARE(c.programmeId, 5);
            QVERIFY2(!c.nameEn.isEmpty() && !c.nameZh.isEmpty() && !c.guidanceEn.isEmpty() && !c.guidanceZh.isEmpty(),
                     qPrintable(c.code));
            QVERIFY2(validateThresholds(c), qPrintable(c.code));
            domains.insert(c.domain);
            codes.insert(c.code);
        }
        QCOMPARE(domains.size(), 10);
        QCOMPARE(codes.size(), list.size());
    }

    void evaluationSurvivesJson()
    {
        Inputs in;
        in.indicators = {indicator(QStringLiteral("A"), 5, 1, 9)};
        in.costs = CostYear{2025, 100, 50, 3};
        in.visits = 4;
        in.pilotSites = 4;
        in.pilotSitesVisited = 4;
        in.fidelity = 0.8;
        in.items = {FidelityItem{QStringLiteral("I1"), QStringLiteral("Item"), QStringLiteral("条目"), 2.5}};
        QList<ReadinessCriterion> criteria = defaultCriteria(1);
        for (int i = 0; i < criteria.size(); ++i)
            criteria[i].meta.id = i + 1;
        Evaluation e = evaluate(criteria, in, {ReadinessJudgement{1, 3, QStringLiteral("理由")}});
        e.programmeId = 1;
        e.programmeCode = QStringLiteral("ECD");
        e.assessmentId = 9;
        e.assessmentRevision = 4;
        e.computedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        const QJsonObject json = toJson(e);
        const auto back = evaluationFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(toJson(back.value()), json);
        QCOMPARE(back->verdict, e.verdict);
        QCOMPARE(back->criteria.size(), e.criteria.size());
        QCOMPARE(back->criteria.first().justification, QStringLiteral("理由"));
        QVERIFY(!evaluationFromJson(QJsonObject{{QStringLiteral("format"), 2}}));
    }

    void criteriaDefaultUntilSavedAndAreValidated()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        QVERIFY(db);
        const Programme p = makeProgramme(*db);
        Indicator ind;
        ind.programmeId = p.meta.id;
        ind.code = QStringLiteral("HOMEVISIT");
        ind.nameEn = QStringLiteral("Home visits");
        ind.valueType = ValueType::Percentage;
        auto created = IndicatorService(*db, admin()).create(ind);
        QVERIFY2(created, qPrintable(created.error()));

        ReadinessService service(*db, admin());
        QList<ReadinessCriterion> list = service.criteria(p.meta.id);
        QCOMPARE(list.size(), 16);
        QVERIFY(!service.hasOwnCriteria(p.meta.id));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM readiness_criterion")), 0); // reading writes nothing

        // Bad input names the criterion and writes nothing.
        QList<ReadinessCriterion> bad = list;
        bad[3].strong = 10; // EFFECT: 10 < 50
        auto refused = service.saveCriteria(p.meta.id, bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("EFFECT")), qPrintable(refused.error()));
        bad = list;
        bad[1].code = QStringLiteral("problem");
        refused = service.saveCriteria(p.meta.id, bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("problem")));
        bad = list;
        bad[9].indicators = {QStringLiteral("NOPE")};
        refused = service.saveCriteria(p.meta.id, bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("NOPE")));
        bad = list;
        bad[0].nameEn.clear();
        bad[0].nameZh.clear();
        QVERIFY(!service.saveCriteria(p.meta.id, bad));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM readiness_criterion")), 0);

        // Viewers and officers cannot change the framework.
        QVERIFY(!ReadinessService(*db, Actor{0, QStringLiteral("v"), Role::Viewer}).saveCriteria(p.meta.id, list));

        // Save with NUTSUPP (missing in this programme) dropped from the coverage criterion.
        list[9].indicators = {QStringLiteral("HOMEVISIT")};
        list[5].strong = 500;
        auto saved = service.saveCriteria(p.meta.id, list);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM readiness_criterion WHERE deleted = 0")), 16);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'readiness_criterion'")), 16);
        list = service.criteria(p.meta.id);
        QCOMPARE(*list[5].strong, 500.0);
        QCOMPARE(list[9].indicators, QStringList{QStringLiteral("HOMEVISIT")});

        // Saving the same list changes nothing; removing one leaves a tombstone.
        QVERIFY(service.saveCriteria(p.meta.id, list));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'readiness_criterion'")), 16);
        list.removeAt(0);
        QVERIFY(service.saveCriteria(p.meta.id, list));
        QCOMPARE(service.criteria(p.meta.id).size(), 15);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM readiness_criterion WHERE deleted = 1")), 1);
        // A code can move to another criterion in the same save, once its holder gives it up …
        QList<ReadinessCriterion> now = service.criteria(p.meta.id);
        const QString first = now[0].code;
        now[0].code = QStringLiteral("TEMP0");
        now[1].code = first;
        auto moved = service.saveCriteria(p.meta.id, now);
        QVERIFY2(moved, qPrintable(moved.error()));
        QCOMPARE(moved->at(1).code, first);
        QCOMPARE(service.criteria(p.meta.id).at(0).code, QStringLiteral("TEMP0"));
        // … but two criteria exchanging codes is refused, in words, with nothing written.
        now = service.criteria(p.meta.id);
        std::swap(now[0].code, now[1].code);
        auto swapped = service.saveCriteria(p.meta.id, now);
        QVERIFY(!swapped);
        QVERIFY2(swapped.error().contains(QStringLiteral("exchange")), qPrintable(swapped.error()));
        QCOMPARE(service.criteria(p.meta.id).at(0).code, QStringLiteral("TEMP0"));
        // Removing every criterion is refused (make them inactive instead).
        QVERIFY(!service.saveCriteria(p.meta.id, {}));
        // A programme without the coverage indicators saves the defaults as they are shown.
        const Programme other = makeProgramme(*db, QStringLiteral("P2"));
        const QList<ReadinessCriterion> shown = service.criteria(other.meta.id);
        for (const ReadinessCriterion &c : shown)
            QVERIFY(c.indicators.isEmpty());
        QVERIFY(service.saveCriteria(other.meta.id, shown));

        // Every row matches its last audit entry.
        auto connection = db->connection();
        QCOMPARE(AuditLog::verify(connection), QStringList());
    }

    void signOffFreezesTheAssessment()
    {
        auto db = demo(QStringLiteral("signoff.db"));
        QVERIFY(db);
        const qint64 programmeId = ProgrammeRepository(*db).all().first().meta.id;
        ReadinessService service(*db, admin());
        auto created = service.createAssessment(programmeId, QStringLiteral("Mid-term review"));
        QVERIFY2(created, qPrintable(created.error()));
        ReadinessAssessment a = created.value();
        QVERIFY(service.hasOwnCriteria(programmeId)); // the defaults were stored with it
        const QList<ReadinessCriterion> criteria = service.criteria(programmeId);

        // Judgements need a justification and only judged criteria take one.
        const ReadinessCriterion effect = *std::find_if(criteria.begin(), criteria.end(), [](const auto &c) { return c.code == QStringLiteral("EFFECT"); });
        QVERIFY(!service.judge(a, effect.meta.id, 3, QStringLiteral("looks good")));
        const ReadinessCriterion problem = criteria.first();
        QVERIFY(problem.judged());
        auto noReason = service.judge(a, problem.meta.id, 3, QStringLiteral("  "));
        QVERIFY(!noReason);
        QVERIFY(noReason.error().contains(problem.name()));
        QVERIFY(!service.judge(a, problem.meta.id, 5, QStringLiteral("x")));
        QVERIFY(!ReadinessService(*db, Actor{0, QStringLiteral("v"), Role::Viewer}).judge(a, problem.meta.id, 3, QStringLiteral("x")));

        // Sign-off refuses unjudged criteria, naming them.
        auto inputs = service.gather(programmeId);
        QVERIFY2(inputs, qPrintable(inputs.error()));
        const QDateTime gatheredAt = QDateTime::currentDateTimeUtc();
        auto early = service.signOff(a, inputs.value(), gatheredAt);
        QVERIFY(!early);
        QVERIFY(early.error().contains(problem.name()));

        for (const ReadinessCriterion &c : criteria) {
            if (!c.judged())
                continue;
            auto judged = service.judge(a, c.meta.id, 3, QStringLiteral("Discussed with the county health bureau"));
            QVERIFY2(judged, qPrintable(judged.error()));
            a = judged.value();
        }
        // A judgement can be cleared and set again.
        a = service.judge(a, problem.meta.id, 0, {}).value();
        QVERIFY(!a.judgement(problem.meta.id));
        a = service.judge(a, problem.meta.id, 4, QStringLiteral("Named in the county plan")).value();
        QCOMPARE(a.judgement(problem.meta.id)->score, 4);

        // A stale copy of the assessment is refused.
        ReadinessAssessment stale = a;
        stale.meta.revision -= 1;
        QVERIFY(!service.signOff(stale, inputs.value(), gatheredAt));
        // What is signed is evaluated with the criteria as they are at sign-off: a judged
        // criterion added after the evidence was gathered must be scored too.
        QList<ReadinessCriterion> more = service.criteria(programmeId);
        ReadinessCriterion added;
        added.code = QStringLiteral("LEADERSHIP");
        added.nameEn = QStringLiteral("Leadership for scale-up");
        added.domain = Domain::Context;
        added.critical = true;
        more.append(added);
        QVERIFY(service.saveCriteria(programmeId, more));
        auto late = service.signOff(a, inputs.value(), gatheredAt);
        QVERIFY(!late);
        QVERIFY(late.error().contains(QStringLiteral("Leadership for scale-up")));
        more.removeLast();
        QVERIFY(service.saveCriteria(programmeId, more));

        // Facts older than the data are refused: here another program changed a cost.
        const Cost cost = CostService(*db, admin()).costs(programmeId).first();
        Cost changedCost = cost;
        changedCost.note = QStringLiteral("corrected");
        QVERIFY(CostService(*db, admin()).update(changedCost));
        auto outdated = service.signOff(a, inputs.value(), gatheredAt);
        QVERIFY(!outdated);
        QVERIFY2(outdated.error().contains(QStringLiteral("data changed")), qPrintable(outdated.error()));
        inputs = service.gather(programmeId);
        QVERIFY(inputs);

        auto evaluation = service.evaluateWith(programmeId, a.meta.id, inputs.value(), gatheredAt);
        QVERIFY(evaluation);
        QCOMPARE(evaluation->criteria.size(), 16);
        auto signedOff = service.signOff(a, inputs.value(), gatheredAt);
        QVERIFY2(signedOff, qPrintable(signedOff.error()));
        a = signedOff.value();
        QVERIFY(a.isSigned);
        QCOMPARE(a.verdict, verdictKey(evaluation->verdict));
        QVERIFY(a.signedAt.isValid());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'readiness_assessment' AND action = 'sign'")), 1);

        const QString snapshotBefore = a.snapshot;
        auto frozen = ReadinessService::snapshot(a);
        QVERIFY(frozen);
        QCOMPARE(toJson(frozen.value()), toJson(evaluation.value()));

        // Nothing changes it afterwards: the service refuses, and so does the database.
        QVERIFY(!service.judge(a, problem.meta.id, 1, QStringLiteral("changed my mind")));
        QVERIFY(!service.rename(a, QStringLiteral("Renamed")));
        QVERIFY(!service.remove(a));
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE readiness_assessment SET verdict = 'ready' WHERE id = %1").arg(a.meta.id)));
        QVERIFY(!q.exec(QStringLiteral("UPDATE readiness_judgement SET score = 1 WHERE assessment_id = %1").arg(a.meta.id)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM readiness_judgement WHERE assessment_id = %1").arg(a.meta.id)));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM readiness_assessment WHERE id = %1").arg(a.meta.id)));
        // Not by replacing the row either (INSERT OR REPLACE skips delete triggers) …
        QVERIFY(!q.exec(QStringLiteral("INSERT OR REPLACE INTO readiness_assessment (id, programme_id, title, status, uuid,"
                                       " created_at, updated_at, origin) SELECT id, programme_id, title, 'draft', uuid,"
                                       " created_at, updated_at, origin FROM readiness_assessment WHERE id = %1")
                            .arg(a.meta.id)));
        // … nor by moving a draft's judgement into it.
        auto other = service.createAssessment(programmeId, QStringLiteral("Other"));
        QVERIFY(other);
        QVERIFY(service.judge(other.value(), problem.meta.id, 2, QStringLiteral("why")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE readiness_judgement SET assessment_id = %1 WHERE assessment_id = %2")
                            .arg(a.meta.id)
                            .arg(other->meta.id)));
        QVERIFY(service.remove(*service.assessment(other->meta.id)));
        QCOMPARE(service.assessment(a.meta.id)->judgements.size(), a.judgements.size());
        QVERIFY(service.assessment(a.meta.id)->isSigned);

        // Changing the criteria and the data afterwards leaves the snapshot as it was.
        QList<ReadinessCriterion> changed = service.criteria(programmeId);
        for (ReadinessCriterion &c : changed) {
            if (c.code == QStringLiteral("EFFECT")) {
                c.strong = 100;
                c.adequate = 100;
                c.weak = 100;
                c.nameEn = QStringLiteral("Renamed criterion");
            }
        }
        QVERIFY(service.saveCriteria(programmeId, changed));
        QVERIFY(q.exec(QStringLiteral("UPDATE cost SET beneficiaries = beneficiaries + 1000")));
        const ReadinessAssessment again = *service.assessment(a.meta.id);
        QCOMPARE(again.snapshot, snapshotBefore);
        const Evaluation stored = ReadinessService::snapshot(again).value();
        const auto storedEffect = std::find_if(stored.criteria.begin(), stored.criteria.end(),
                                               [](const CriterionResult &r) { return r.criterion.code == QStringLiteral("EFFECT"); });
        QCOMPARE(*storedEffect->criterion.strong, 75.0);
        QCOMPARE(storedEffect->criterion.nameEn, QStringLiteral("Pilot sites improved more than comparison sites"));

        // A new draft is evaluated live with the new thresholds.
        auto next = service.createAssessment(programmeId, {});
        QVERIFY(next);
        QVERIFY(!next->title.isEmpty());
        QCOMPARE(service.assessments(programmeId).first().meta.id, next->meta.id); // newest first
        auto live = service.evaluate(programmeId, next->meta.id);
        QVERIFY(live);
        const auto liveEffect = std::find_if(live->criteria.begin(), live->criteria.end(),
                                             [](const CriterionResult &r) { return r.criterion.code == QStringLiteral("EFFECT"); });
        QCOMPARE(*liveEffect->criterion.strong, 100.0);
        QVERIFY(service.remove(next.value()));
        QCOMPARE(service.assessments(programmeId).size(), 1);

        auto connection = db->connection();
        const QStringList problems = AuditLog::verify(connection, 100000);
        // The cost update above was behind the services' back: exactly those rows are reported,
        // and no readiness row.
        QVERIFY(!problems.isEmpty());
        for (const QString &p : problems) {
            QVERIFY2(p.contains(QStringLiteral("cost")), qPrintable(p));
            QVERIFY2(!p.contains(QStringLiteral("readiness")), qPrintable(p));
        }
    }

    void demoEvidenceIsComputed()
    {
        auto db = demo(QStringLiteral("evidence.db"));
        QVERIFY(db);
        const qint64 programmeId = ProgrammeRepository(*db).all().first().meta.id;
        ReadinessService service(*db, admin());
        int calls = 0;
        auto e = service.evaluate(programmeId, 0, {}, [&](int, int) { ++calls; });
        QVERIFY2(e, qPrintable(e.error()));
        QVERIFY(calls > 1);
        QVERIFY(!e->inputs.indicators.isEmpty());
        QVERIFY(e->inputs.costs);
        QVERIFY(e->inputs.pilotSites > 0);
        for (const CriterionResult &r : e->criteria) {
            if (r.criterion.judged()) {
                QCOMPARE(r.gap, Gap::NotJudged);
                continue;
            }
            // The demonstration programme has data for every computed criterion.
            QVERIFY2(r.scored() || r.criterion.evidence == Evidence::Fidelity,
                     qPrintable(r.criterion.code + QStringLiteral(": ") + gapText(r.gap)));
        }
        // The costs are the pilot sites' latest year, summed, as the SQL tool sums them.
        const qint64 year = count(*db, QStringLiteral("SELECT max(year) FROM cost JOIN site s ON s.id = site_id WHERE s.arm = 'pilot'"));
        QCOMPARE(e->inputs.costs->year, int(year));
        QCOMPARE(qint64(e->inputs.costs->beneficiaries),
                 count(*db, QStringLiteral("SELECT sum(beneficiaries) FROM cost JOIN site s ON s.id = site_id"
                                           " WHERE s.arm = 'pilot' AND year = %1").arg(year)));
        // Judged criteria are unscored, so the verdict cannot be "ready".
        QVERIFY(e->verdict != Verdict::Ready);
        QVERIFY(!e->missing.isEmpty());

        // Visits in the twelve months before a date long after the last visit: insufficient.
        auto late = service.evaluate(programmeId, 0, {}, {}, QDate(2090, 1, 1));
        QVERIFY(late);
        for (const CriterionResult &r : late->criteria) {
            if (r.criterion.evidence == Evidence::Fidelity)
                QCOMPARE(r.gap, Gap::TooFewVisits);
        }
        // Cancelling stops the evaluation.
        QVERIFY(!service.evaluate(programmeId, 0, [] { return true; }));
    }

    void programmeWithoutDataIsInsufficientNeverGood()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        QVERIFY(db);
        const Programme p = makeProgramme(*db);
        makeSite(*db, p.meta.id, QStringLiteral("S1"));
        ReadinessService service(*db, admin());
        auto e = service.evaluate(p.meta.id);
        QVERIFY2(e, qPrintable(e.error()));
        for (const CriterionResult &r : e->criteria) {
            QVERIFY2(!r.scored(), qPrintable(r.criterion.code));
            QVERIFY(r.gap != Gap::None);
            QVERIFY(!gapText(r.gap).isEmpty());
        }
        QCOMPARE(e->verdict, Verdict::NotYetReady);
        QCOMPARE(e->reasons.first().kind, Reason::Kind::CriticalMissing);
        QCOMPARE(e->missing.size(), e->criteria.size());
        QVERIFY(!service.evaluate(p.meta.id + 100));
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
