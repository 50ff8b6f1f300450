#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/siteservice.h"
#include "storage/auditlog.h"
#include "storage/sitetargetrepository.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace TestSupport;

class TestIndicatorService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    int m_n = 0;

    Indicator valid() const
    {
        Indicator i;
        i.programmeId = m_programme.meta.id;
        i.code = QStringLiteral("EXBF");
        i.nameEn = QStringLiteral("Exclusive breastfeeding");
        i.nameZh = QStringLiteral("纯母乳喂养率");
        i.definitionEn = QStringLiteral("Infants under six months fed only breast milk.");
        i.definitionZh = QStringLiteral("6月龄内纯母乳喂养的婴儿比例。");
        i.area = OutcomeArea::Nutrition;
        i.valueType = ValueType::Percentage;
        i.direction = Direction::Higher;
        i.frequency = Frequency::Quarterly;
        i.baseline = 38;
        i.target = 60;
        i.targetKind = TargetKind::Cumulative;
        i.required = true;
        return i;
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("t%1.db").arg(++m_n));
        m_programme = makeProgramme(*m_db);
    }

    void storesEveryFieldAndTheDisaggregation()
    {
        IndicatorService service(*m_db, admin());
        const auto options = service.options(m_programme.meta.id);
        QCOMPARE(options.size(), 4); // the standard sex × ethnicity options
        for (const CategoryOption &o : options) {
            QCOMPARE(o.tags.size(), 2);
            QCOMPARE(o.tags[0].dimension, QStringLiteral("ethnicity"));
            QCOMPARE(o.tags[1].dimension, QStringLiteral("sex"));
        }
        Indicator i = valid();
        i.minValue = 5;
        i.maxValue = 95;
        i.optionIds = {options[2].meta.id, options[0].meta.id};
        auto created = service.create(i);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        const auto stored = service.indicator(created->meta.id);
        QVERIFY(stored);
        QCOMPARE(stored->code, i.code);
        QCOMPARE(stored->nameZh, i.nameZh);
        QCOMPARE(stored->definitionZh, i.definitionZh);
        QCOMPARE(stored->area, OutcomeArea::Nutrition);
        QCOMPARE(stored->valueType, ValueType::Percentage);
        QCOMPARE(stored->frequency, Frequency::Quarterly);
        QCOMPARE(stored->minValue, std::optional<double>(5));
        QCOMPARE(stored->maxValue, std::optional<double>(95));
        QCOMPARE(stored->baseline, std::optional<double>(38));
        QCOMPARE(stored->target, std::optional<double>(60));
        QVERIFY(stored->required);
        QCOMPARE(stored->optionIds, i.optionIds); // in the chosen order

        Indicator changed = stored.value();
        changed.optionIds = {options[1].meta.id};
        changed.target.reset();
        auto updated = service.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(service.indicator(i.meta.id ? i.meta.id : created->meta.id)->optionIds, QList<qint64>{options[1].meta.id});
        QVERIFY(!service.indicator(created->meta.id)->target.has_value());
    }

    void rejectsInvalidIndicators_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty code") << "code" << "code is empty";
        QTest::newRow("no name") << "name" << "has no name";
        QTest::newRow("min above max") << "range" << "minimum";
        QTest::newRow("target outside percentage") << "target120" << "target 120";
        QTest::newRow("baseline below own minimum") << "baseline" << "baseline";
        QTest::newRow("yes/no with range 0-5") << "yesno" << "target";
        QTest::newRow("unknown option") << "option" << "not in this programme";
        QTest::newRow("option twice") << "twice" << "twice";
        QTest::newRow("duplicate code") << "duplicate" << "already used by";
    }
    void rejectsInvalidIndicators()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        IndicatorService service(*m_db, admin());
        Indicator i = valid();
        const auto options = service.options(m_programme.meta.id);
        if (change == QLatin1StringView("code"))
            i.code.clear();
        else if (change == QLatin1StringView("name"))
            i.nameEn = i.nameZh = QString();
        else if (change == QLatin1StringView("range")) {
            i.minValue = 50;
            i.maxValue = 10;
        } else if (change == QLatin1StringView("target120"))
            i.target = 120;
        else if (change == QLatin1StringView("baseline")) {
            i.minValue = 40;
            i.baseline = 20;
        } else if (change == QLatin1StringView("yesno")) {
            i.valueType = ValueType::YesNo;
            i.baseline = 0;
            i.target = 5;
        } else if (change == QLatin1StringView("option"))
            i.optionIds = {99999};
        else if (change == QLatin1StringView("twice"))
            i.optionIds = {options[0].meta.id, options[0].meta.id};
        else if (change == QLatin1StringView("duplicate"))
            QVERIFY(service.create(valid()).ok());
        const int before = int(service.indicators(m_programme.meta.id).size());
        auto created = service.create(i);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(int(service.indicators(m_programme.meta.id).size()), before);
    }

    void effectiveRangeFollowsValueType()
    {
        Indicator i = valid();
        auto [low, high] = IndicatorService::effectiveRange(i);
        QCOMPARE(low, std::optional<double>(0));
        QCOMPARE(high, std::optional<double>(100));
        i.valueType = ValueType::Mean;
        std::tie(low, high) = IndicatorService::effectiveRange(i);
        QVERIFY(!low && !high);
        i.valueType = ValueType::Count;
        i.maxValue = 500;
        std::tie(low, high) = IndicatorService::effectiveRange(i);
        QCOMPARE(low, std::optional<double>(0));
        QCOMPARE(high, std::optional<double>(500));
    }

    void removesAndRestoresIndicators()
    {
        IndicatorService service(*m_db, admin());
        Indicator i = service.create(valid()).value();
        Indicator removed = service.remove(i).value();
        QVERIFY(service.indicators(m_programme.meta.id).isEmpty());
        QVERIFY(service.restore(removed).ok());
        QCOMPARE(service.indicators(m_programme.meta.id).size(), 1);
        QCOMPARE(AuditLog(*m_db).entriesFor(i.meta.uuid).size(), 3);
    }

    void setsChangesAndRemovesSiteTargets()
    {
        IndicatorService service(*m_db, admin());
        Indicator i = service.create(valid()).value();
        const Site site = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S1"), QStringLiteral("Site one"));

        SiteTarget target;
        target.siteId = site.meta.id;
        target.indicatorId = i.meta.id;
        target.baseline = 30;
        target.target = 55;
        const SiteTarget set = service.setSiteTarget(target).value();
        QCOMPARE(service.siteTargets(i.meta.id).size(), 1);
        QCOMPARE(service.siteTargets(i.meta.id).first().target, std::optional<double>(55));

        // Setting the same site again changes that row, keeping its identity.
        SiteTarget changed = set;
        changed.target = 58;
        const SiteTarget updated = service.setSiteTarget(changed).value();
        QCOMPARE(updated.meta.uuid, set.meta.uuid);
        QCOMPARE(updated.meta.revision, 2);
        QCOMPARE(service.siteTargets(i.meta.id).size(), 1);
        // A copy from before that change is stale, and so is a new entry for a site that has one.
        auto stale = service.setSiteTarget(set);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().contains(QStringLiteral("someone else")));
        QVERIFY(!service.setSiteTarget(target).ok());
        QVERIFY(!service.removeSiteTarget(set).ok());
        QCOMPARE(service.siteTargets(i.meta.id).first().target, std::optional<double>(58));

        SiteTarget outside = updated;
        outside.target = 150;
        auto refused = service.setSiteTarget(outside);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("S1")) && refused.error().contains(QStringLiteral("EXBF")),
                 qPrintable(refused.error()));
        SiteTarget empty = updated;
        empty.baseline.reset();
        empty.target.reset();
        QVERIFY(service.setSiteTarget(empty).error().contains(QStringLiteral("Enter a baseline")));

        // A site of another programme is refused.
        Programme other = makeProgramme(*m_db, QStringLiteral("P2"));
        const Site foreign = makeSite(*m_db, other.meta.id, QStringLiteral("F1"), QStringLiteral("Foreign"));
        SiteTarget wrongSite = target;
        wrongSite.siteId = foreign.meta.id;
        QVERIFY(service.setSiteTarget(wrongSite).error().contains(QStringLiteral("not a site of the programme")));

        // Remove leaves a tombstone; setting again revives the same row.
        const SiteTarget removed = service.removeSiteTarget(updated).value();
        QVERIFY(removed.meta.deleted);
        QVERIFY(service.siteTargets(i.meta.id).isEmpty());
        QVERIFY(!service.removeSiteTarget(removed).ok());
        SiteTarget again = target;
        const SiteTarget revived = service.setSiteTarget(again).value();
        QCOMPARE(revived.meta.uuid, set.meta.uuid);
        QCOMPARE(AuditLog(*m_db).entriesFor(set.meta.uuid).first().action, QStringLiteral("restore"));
        SiteTargetRepository repo(*m_db);
        QCOMPARE(repo.findByKey(site.meta.id, i.meta.id)->baseline, std::optional<double>(30));

        IndicatorService viewer(*m_db, Actor{0, QStringLiteral("v"), Role::Viewer});
        QVERIFY(!viewer.setSiteTarget(target).ok());
        QVERIFY(!viewer.removeSiteTarget(revived).ok());
    }

    void reportedDataPinsTypeFrequencyAndOptions()
    {
        IndicatorService service(*m_db, admin());
        const auto options = service.options(m_programme.meta.id);
        Indicator i = valid();
        i.frequency = Frequency::Monthly;
        i.optionIds = {options[0].meta.id, options[1].meta.id};
        i = service.create(i).value();

        // Without data everything may still change.
        Indicator free = i;
        free.frequency = Frequency::Quarterly;
        free = service.update(free).value();
        free.frequency = Frequency::Monthly;
        i = service.update(free).value();

        const Site site = makeSite(*m_db, m_programme.meta.id, QStringLiteral("S1"), QStringLiteral("Site one"));
        DataValue v;
        v.siteId = site.meta.id;
        v.indicatorId = i.meta.id;
        v.period = Period::month(2024, 1);
        v.optionId = options[1].meta.id;
        v.numerator = 3;
        v.denominator = 4;
        QVERIFY(DataValueService(*m_db, admin()).save(v).ok());

        Indicator retyped = i;
        retyped.valueType = ValueType::Count;
        auto refused = service.update(retyped);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("1 reported value")), qPrintable(refused.error()));
        Indicator refrequenced = i;
        refrequenced.frequency = Frequency::Annual;
        QVERIFY(!service.update(refrequenced).ok());
        Indicator narrowed = i;
        narrowed.optionIds = {options[0].meta.id};
        auto optionRefused = service.update(narrowed);
        QVERIFY(!optionRefused.ok());
        QVERIFY2(optionRefused.error().contains(options[1].nameEn), qPrintable(optionRefused.error()));
        // Adding an option, or removing one without data, is fine.
        Indicator widened = i;
        widened.optionIds = {options[1].meta.id, options[2].meta.id};
        auto ok = service.update(widened);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        // The audit records the disaggregation before and after.
        const auto audit = AuditLog(*m_db).entriesFor(i.meta.uuid);
        QCOMPARE(audit.first().oldValues.value(QStringLiteral("options")).toArray().size(), 2);
        QCOMPARE(audit.first().newValues.value(QStringLiteral("options")).toArray().at(1).toInteger(), options[2].meta.id);
    }

    void viewersCannotChangeIndicators()
    {
        IndicatorService service(*m_db, Actor{0, QStringLiteral("v"), Role::Viewer});
        auto created = service.create(valid());
        QVERIFY(!created.ok());
        QVERIFY(created.error().contains(QStringLiteral("may not change")));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorService)
#include "tst_indicatorservice.moc"
