#include "services/datavalueservice.h"
#include "services/reportservice.h"
#include "services/indicatorservice.h"
#include "services/siteservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/datavaluerepository.h"
#include "testsupport.h"

using namespace TestSupport;

class TestDataValueService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    Site m_site;
    Site m_otherSite;
    Indicator m_percentage;
    Indicator m_count;
    QList<CategoryOption> m_options;
    int m_n = 0;

    DataValue percentage(double num, double den, const Period &period = Period::month(2024, 3), qint64 option = 0) const
    {
        DataValue v;
        v.siteId = m_site.meta.id;
        v.indicatorId = m_percentage.meta.id;
        v.period = period;
        v.optionId = option;
        v.numerator = num;
        v.denominator = den;
        return v;
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("d%1.db").arg(++m_n));
        m_programme = makeProgramme(*m_db);
        IndicatorService indicators(*m_db, admin());
        m_options = indicators.options(m_programme.meta.id);
        Indicator p;
        p.programmeId = m_programme.meta.id;
        p.code = QStringLiteral("FULLIMM");
        p.nameEn = QStringLiteral("Fully immunised");
        p.valueType = ValueType::Percentage;
        p.frequency = Frequency::Monthly;
        p.optionIds = {m_options[0].meta.id, m_options[1].meta.id};
        m_percentage = indicators.create(p).value();
        Indicator c;
        c.programmeId = m_programme.meta.id;
        c.code = QStringLiteral("CASES");
        c.nameEn = QStringLiteral("Cases");
        c.valueType = ValueType::Count;
        c.frequency = Frequency::Quarterly;
        c.maxValue = 1000;
        m_count = indicators.create(c).value();
        m_site = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        m_otherSite = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"), QStringLiteral("Site B"));
    }

    void savesAndUpdatesTheSameKey()
    {
        DataValueService service(*m_db, admin());
        auto first = service.save(percentage(40, 50));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = service.save(percentage(45, 50));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->meta.uuid, first->meta.uuid); // one row per key
        QCOMPARE(second->meta.revision, 2);
        const auto values = service.values(m_site.meta.id, Period::month(2024, 3));
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.first().numerator, std::optional<double>(45));
        // A disaggregated cell is a different key.
        QVERIFY(service.save(percentage(20, 25, Period::month(2024, 3), m_options[0].meta.id)).ok());
        QCOMPARE(service.values(m_site.meta.id, Period::month(2024, 3)).size(), 2);
        QCOMPARE(DataValueRepository(*m_db).count(), 2);
    }

    void removedValueIsRevivedWithItsIdentity()
    {
        DataValueService service(*m_db, admin());
        DataValue saved = service.save(percentage(40, 50)).value();
        QVERIFY(service.remove(saved).ok());
        QVERIFY(service.values(m_site.meta.id, Period::month(2024, 3)).isEmpty());
        auto revived = service.save(percentage(41, 50));
        QVERIFY2(revived.ok(), qPrintable(revived.error()));
        QCOMPARE(revived->meta.uuid, saved.meta.uuid);
        QVERIFY(!revived->meta.deleted);
        const auto audit = AuditLog(*m_db).entriesFor(saved.meta.uuid);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.first().action, QStringLiteral("restore"));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("numerator above denominator") << "numgtden" << "larger than the denominator";
        QTest::newRow("missing denominator") << "noden" << "enter the denominator too";
        QTest::newRow("negative numerator") << "negative" << "cannot be negative";
        QTest::newRow("zero denominator") << "zeroden" << "denominator is 0";
        QTest::newRow("quarter for a monthly indicator") << "wrongperiod" << "reported monthly";
        QTest::newRow("option outside disaggregation") << "option" << "not part of this indicator";
        QTest::newRow("count above range") << "range" << "outside the valid range";
        QTest::newRow("empty count") << "empty" << "value is empty";
        QTest::newRow("invalid period") << "badperiod" << "period is not valid";
    }
    void rejectsBadValues()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        DataValueService service(*m_db, admin());
        DataValue v = percentage(40, 50);
        if (kind == QLatin1StringView("numgtden"))
            v = percentage(60, 50);
        else if (kind == QLatin1StringView("noden"))
            v.denominator.reset();
        else if (kind == QLatin1StringView("negative"))
            v = percentage(-1, 50);
        else if (kind == QLatin1StringView("zeroden"))
            v = percentage(3, 0);
        else if (kind == QLatin1StringView("wrongperiod"))
            v.period = Period::quarter(2024, 1);
        else if (kind == QLatin1StringView("option"))
            v.optionId = m_options[3].meta.id;
        else if (kind == QLatin1StringView("badperiod"))
            v.period = Period();
        else {
            v = DataValue{};
            v.siteId = m_site.meta.id;
            v.indicatorId = m_count.meta.id;
            v.period = Period::quarter(2024, 1);
            if (kind == QLatin1StringView("range"))
                v.value = 1001;
        }
        auto saved = service.save(v);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(message), qPrintable(saved.error()));
        QVERIFY2(saved.error().contains(QStringLiteral("A,")), qPrintable(saved.error())); // names the site
        QCOMPARE(DataValueRepository(*m_db).count(), 0);
    }

    void officersEnterOnlyTheirSitesAndNotApprovedData()
    {
        UserService users(*m_db, admin());
        User officer;
        officer.username = QStringLiteral("wang");
        officer.role = Role::FieldOfficer;
        officer.siteIds = {m_site.meta.id};
        officer = users.create(officer, QStringLiteral("secret-pass-1")).value();
        const Actor actor{officer.meta.id, officer.username, officer.role};
        DataValueService service(*m_db, actor);
        QVERIFY(service.save(percentage(10, 20)).ok());
        DataValue other = percentage(10, 20);
        other.siteId = m_otherSite.meta.id;
        auto refused = service.save(other);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("may not enter data for site B")), qPrintable(refused.error()));

        DataValue approved = percentage(11, 20, Period::month(2024, 4));
        QVERIFY(DataValueService(*m_db, admin()).save(approved).ok());
        QVERIFY(ReportService(*m_db, actor).submit(m_site.meta.id, approved.period).ok());
        auto selfApproved = ReportService(*m_db, actor).approve(m_site.meta.id, approved.period);
        QVERIFY(!selfApproved.ok());
        QVERIFY2(selfApproved.error().contains(QStringLiteral("programme manager")), qPrintable(selfApproved.error()));
        QVERIFY(ReportService(*m_db, admin()).approve(m_site.meta.id, approved.period).ok());
        auto locked = service.save(percentage(12, 20, Period::month(2024, 4)));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().contains(QStringLiteral("approved and locked")));

        auto deleted = service.remove(percentage(12, 20, Period::month(2024, 4)));
        QVERIFY(!deleted.ok());
        QVERIFY(deleted.error().contains(QStringLiteral("approved and locked")));
        QCOMPARE(service.values(m_site.meta.id, Period::month(2024, 4)).size(), 1);

        DataValueService viewer(*m_db, Actor{0, QStringLiteral("v"), Role::Viewer});
        QVERIFY(!viewer.save(percentage(1, 2, Period::month(2024, 5))).ok());
    }

    void checksTheRateAgainstTheValidRange()
    {
        Indicator narrowed = m_percentage;
        narrowed.minValue = 10;
        narrowed.maxValue = 90;
        QVERIFY(IndicatorService(*m_db, admin()).update(narrowed).ok());
        DataValueService service(*m_db, admin());
        auto high = service.save(percentage(19, 20));
        QVERIFY(!high.ok());
        QVERIFY2(high.error().contains(QStringLiteral("gives 95")), qPrintable(high.error()));
        QVERIFY(service.save(percentage(18, 20)).ok());
        QVERIFY(!service.save(percentage(1, 20, Period::month(2024, 4))).ok());
        // Exactly on the bounds, whatever floating point makes of the division.
        narrowed = IndicatorService(*m_db, admin()).indicator(m_percentage.meta.id).value();
        narrowed.minValue = 14;
        narrowed.maxValue = 58;
        QVERIFY(IndicatorService(*m_db, admin()).update(narrowed).ok());
        QVERIFY2(service.save(percentage(7, 50, Period::month(2024, 5))).ok(), "7 of 50 is 14 %");
        QVERIFY2(service.save(percentage(29, 50, Period::month(2024, 6))).ok(), "29 of 50 is 58 %");
    }

    void ratesPerThousandMayExceedAThousand()
    {
        Indicator visits;
        visits.programmeId = m_programme.meta.id;
        visits.code = QStringLiteral("VISITS");
        visits.nameEn = QStringLiteral("Home visits per 1,000 children");
        visits.valueType = ValueType::RatePer1000;
        visits.frequency = Frequency::Monthly;
        visits = IndicatorService(*m_db, admin()).create(visits).value();
        DataValue v;
        v.siteId = m_site.meta.id;
        v.indicatorId = visits.meta.id;
        v.period = Period::month(2024, 3);
        v.numerator = 2600;
        v.denominator = 1000;
        auto saved = DataValueService(*m_db, admin()).save(v);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }

    void aStaleCopyIsNotRemoved()
    {
        DataValueService service(*m_db, admin());
        const DataValue first = service.save(percentage(40, 50)).value();
        QVERIFY(service.save(percentage(41, 50)).ok());
        auto refused = service.remove(first);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("someone else")));
        QCOMPARE(service.values(m_site.meta.id, Period::month(2024, 3)).size(), 1);
    }

    void removingAuditsTheStoredValue()
    {
        DataValueService service(*m_db, admin());
        const DataValue saved = service.save(percentage(40, 50)).value();
        DataValue stale = saved;
        stale.numerator = 1; // what the caller holds is not what is stored
        auto removed = service.remove(stale);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        const auto audit = AuditLog(*m_db).entriesFor(saved.meta.uuid);
        QCOMPARE(audit.first().action, QStringLiteral("delete"));
        QCOMPARE(audit.first().oldValues.value(QStringLiteral("numerator")).toDouble(), 40.0);
        QVERIFY(!service.remove(saved).ok()); // already gone
    }
};

QTEST_GUILESS_MAIN(TestDataValueService)
#include "tst_datavalueservice.moc"
