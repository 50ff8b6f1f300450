#include "services/dataentryservice.h"
#include "services/datavalueservice.h"
#include "services/indicatorservice.h"
#include "services/reportservice.h"
#include "services/ruleexpression.h"
#include "services/setupservice.h"
#include "services/userservice.h"
#include "testsupport.h"

#include <algorithm>

using namespace TestSupport;

// The entry form of one site and period: its rows, the previous period and targets, the
// problems it shows while typing, comments, a cell's history and submission.
class TestDataEntryService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Programme m_programme;
    QList<CategoryOption> m_options;
    Indicator m_rate;      // percentage, monthly, disaggregated by two options
    Indicator m_cases;     // count, monthly, disaggregated by two options, at most 1000
    Indicator m_required;  // count, monthly, required
    Indicator m_anc1;      // counts for a programme rule
    Indicator m_anc4;
    Indicator m_quarterly; // count, quarterly
    Site m_site;
    Site m_otherSite;
    int m_n = 0;

    const Period m_march = Period::month(2024, 3);

    Indicator makeIndicator(const QString &code, ValueType type, Frequency frequency, QList<qint64> options = {},
                            bool required = false, std::optional<double> max = std::nullopt)
    {
        Indicator i;
        i.programmeId = m_programme.meta.id;
        i.code = code;
        i.nameEn = code;
        i.valueType = type;
        i.frequency = frequency;
        i.optionIds = options;
        i.required = required;
        i.maxValue = max;
        auto created = IndicatorService(*m_db, admin()).create(i);
        if (!created)
            qWarning("%s", qPrintable(created.error()));
        return created ? created.value() : Indicator{};
    }

    DataEntryService entry() const { return DataEntryService(*m_db, admin()); }

    bool count(const Indicator &i, double value, qint64 option = 0, const Period &period = Period::month(2024, 3))
    {
        auto saved = entry().saveCell(m_site.meta.id, period, i.meta.id, option, value, {}, {});
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return saved.ok();
    }

    bool parts(const Indicator &i, std::optional<double> num, std::optional<double> den, qint64 option = 0)
    {
        auto saved = entry().saveCell(m_site.meta.id, m_march, i.meta.id, option, {}, num, den);
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return saved.ok();
    }

    EntryForm form(const Period &period = Period::month(2024, 3)) const { return entry().form(m_site.meta.id, period); }

    static QList<EntryIssue> ofKind(const EntryForm &f, EntryIssue::Kind kind)
    {
        QList<EntryIssue> list;
        for (const EntryIssue &i : f.issues) {
            if (i.kind == kind)
                list.append(i);
        }
        return list;
    }

    static QString messages(const EntryForm &f)
    {
        QStringList list;
        for (const EntryIssue &i : f.issues)
            list.append(i.message);
        return list.join(u'\n');
    }

private slots:
    void init()
    {
        m_db.reset();
        m_db = openNew(m_dir, QStringLiteral("e%1.db").arg(++m_n));
        QVERIFY(m_db);
        m_programme = makeProgramme(*m_db);
        m_options = IndicatorService(*m_db, admin()).options(m_programme.meta.id);
        QVERIFY(m_options.size() >= 2);
        const QList<qint64> two{m_options[0].meta.id, m_options[1].meta.id};
        m_rate = makeIndicator(QStringLiteral("FULLIMM"), ValueType::Percentage, Frequency::Monthly, two);
        m_cases = makeIndicator(QStringLiteral("CASES"), ValueType::Count, Frequency::Monthly, two, false, 1000);
        m_required = makeIndicator(QStringLiteral("REQ"), ValueType::Count, Frequency::Monthly, {}, true);
        m_anc1 = makeIndicator(QStringLiteral("ANC1"), ValueType::Count, Frequency::Monthly);
        m_anc4 = makeIndicator(QStringLiteral("ANC4"), ValueType::Count, Frequency::Monthly);
        m_quarterly = makeIndicator(QStringLiteral("QTR"), ValueType::Count, Frequency::Quarterly);
        QVERIFY(m_quarterly.meta.id > 0);
        m_site = makeSite(*m_db, m_programme.meta.id, QStringLiteral("A"), QStringLiteral("Site A"));
        m_otherSite = makeSite(*m_db, m_programme.meta.id, QStringLiteral("B"), QStringLiteral("Site B"));
        QVERIFY(m_otherSite.meta.id > 0);
    }

    void rowsFollowThePeriodType()
    {
        const EntryForm monthly = form();
        QVERIFY(monthly.editable);
        QVERIFY(!monthly.report);
        QCOMPARE(monthly.status(), DataStatus::Draft);
        QStringList codes;
        for (const EntryRow &r : monthly.rows)
            codes.append(r.indicator.code);
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("ANC1"), QStringLiteral("ANC4"), QStringLiteral("CASES"),
                                     QStringLiteral("FULLIMM"), QStringLiteral("REQ")}));
        const EntryRow *rate = monthly.row(m_rate.meta.id);
        QVERIFY(rate);
        QCOMPARE(rate->options.size(), 2);
        QCOMPARE(rate->options.at(0).meta.id, m_options[0].meta.id);
        QCOMPARE(rate->options.at(1).meta.id, m_options[1].meta.id);
        QVERIFY(!monthly.row(m_quarterly.meta.id));

        const EntryForm quarterly = form(Period::quarter(2024, 1));
        QCOMPARE(quarterly.rows.size(), 1);
        QCOMPARE(quarterly.rows.first().indicator.meta.id, m_quarterly.meta.id);
        QVERIFY(form(Period::year(2024)).rows.isEmpty());

        QCOMPARE(entry().periodTypes(m_programme.meta.id),
                 (QList<Period::Type>{Period::Type::Monthly, Period::Type::Quarterly}));
    }

    void previousPeriodAndTargets()
    {
        QVERIFY(count(m_cases, 40, 0, Period::month(2024, 2)));
        QVERIFY(count(m_cases, 25, m_options[0].meta.id, Period::month(2024, 2)));
        QVERIFY(count(m_cases, 7, 0, Period::month(2024, 1))); // two periods back: not "previous"
        QVERIFY(count(m_cases, 44));
        Indicator withTargets = IndicatorService(*m_db, admin()).indicator(m_cases.meta.id).value();
        withTargets.baseline = 30;
        withTargets.target = 80;
        QVERIFY(IndicatorService(*m_db, admin()).update(withTargets).ok());
        SiteTarget own;
        own.siteId = m_site.meta.id;
        own.indicatorId = m_cases.meta.id;
        own.target = 95;
        auto set = IndicatorService(*m_db, admin()).setSiteTarget(own);
        QVERIFY2(set.ok(), qPrintable(set.error()));

        const EntryForm f = form();
        const EntryRow *row = f.row(m_cases.meta.id);
        QVERIFY(row);
        QCOMPARE(row->values.value(0).value, std::optional<double>(44));
        QCOMPARE(row->previous.size(), 2);
        QCOMPARE(row->previous.value(0).value, std::optional<double>(40));
        QCOMPARE(row->previous.value(m_options[0].meta.id).value, std::optional<double>(25));
        QCOMPARE(row->target, std::optional<double>(95));   // the site's own
        QCOMPARE(row->baseline, std::optional<double>(30)); // the site has none: the programme's
        QVERIFY(f.report);

        const EntryForm other = entry().form(m_otherSite.meta.id, m_march);
        QCOMPARE(other.row(m_cases.meta.id)->target, std::optional<double>(80));
        QVERIFY(other.row(m_cases.meta.id)->previous.isEmpty());
        QVERIFY(!form().row(m_rate.meta.id)->target);
    }

    void valueOutOfRangeIsSavedAsAProblem()
    {
        QVERIFY(count(m_cases, 1001));
        const EntryForm f = form();
        QCOMPARE(f.row(m_cases.meta.id)->values.value(0).value, std::optional<double>(1001)); // kept as a draft
        const auto issues = f.issuesFor(m_cases.meta.id, 0);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, EntryIssue::Kind::Invalid);
        QVERIFY(issues.first().blocks());
        QVERIFY2(issues.first().message.contains(QStringLiteral("outside the valid range")), qPrintable(issues.first().message));
        QVERIFY(count(m_cases, 1000));
        QVERIFY(form().issuesFor(m_cases.meta.id, 0).isEmpty());
    }

    void numeratorAboveDenominator()
    {
        QVERIFY(parts(m_rate, 60, 50));
        const auto issues = form().issuesFor(m_rate.meta.id, 0);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, EntryIssue::Kind::Invalid);
        QVERIFY2(issues.first().message.contains(QStringLiteral("larger than the denominator")), qPrintable(issues.first().message));
        QVERIFY(parts(m_rate, 50, 60));
        QVERIFY(form().issuesFor(m_rate.meta.id, 0).isEmpty());
    }

    void missingDenominatorIsADraftWithAProblem()
    {
        QVERIFY(parts(m_rate, 12, std::nullopt));
        const EntryForm f = form();
        const DataValue stored = f.row(m_rate.meta.id)->values.value(0);
        QCOMPARE(stored.numerator, std::optional<double>(12));
        QVERIFY(!stored.denominator);
        QVERIFY(stored.meta.id > 0);
        const auto issues = f.issuesFor(m_rate.meta.id, 0);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().blocks());
        QVERIFY2(issues.first().message.contains(QStringLiteral("enter the denominator too")), qPrintable(issues.first().message));
        // The full check of DataValueService would refuse it outright.
        DataValue v = stored;
        QVERIFY(!DataValueService(*m_db, admin()).save(v).ok());
        // A structural problem is refused, not saved.
        auto structural = entry().saveCell(m_site.meta.id, m_march, m_rate.meta.id, 0, 5, {}, {});
        QVERIFY(!structural.ok());
        QVERIFY2(structural.error().contains(QStringLiteral("numerator and a denominator")), qPrintable(structural.error()));
        auto negative = entry().saveCell(m_site.meta.id, m_march, m_rate.meta.id, 0, {}, -1, 5);
        QVERIFY(!negative.ok());
        QCOMPARE(form().row(m_rate.meta.id)->values.value(0).numerator, std::optional<double>(12));
    }

    void disaggregationsAddUpToTheTotal()
    {
        const qint64 o0 = m_options[0].meta.id;
        const qint64 o1 = m_options[1].meta.id;
        QVERIFY(count(m_cases, 10));
        QVERIFY(count(m_cases, 4, o0));
        QVERIFY(ofKind(form(), EntryIssue::Kind::Sum).isEmpty()); // not every part entered yet
        // …unless the parts entered so far already exceed the total.
        QVERIFY(count(m_cases, 12, o0));
        const auto partial = ofKind(form(), EntryIssue::Kind::Sum);
        QCOMPARE(partial.size(), 1);
        QVERIFY2(partial.first().message.contains(QStringLiteral("entered so far already add up to 12, more than the total 10")),
                 qPrintable(partial.first().message));
        QVERIFY(count(m_cases, 4, o0));
        QVERIFY(count(m_cases, 5, o1));
        auto sums = ofKind(form(), EntryIssue::Kind::Sum);
        QCOMPARE(sums.size(), 1);
        QCOMPARE(sums.first().indicatorId, m_cases.meta.id);
        QVERIFY(sums.first().blocks());
        QVERIFY2(sums.first().message.contains(QStringLiteral("values of the disaggregations add up to 9, but the total is 10")),
                 qPrintable(sums.first().message));
        QVERIFY(count(m_cases, 6, o1));
        QVERIFY2(ofKind(form(), EntryIssue::Kind::Sum).isEmpty(), qPrintable(messages(form())));

        // Percentages: numerators and denominators separately.
        QVERIFY(parts(m_rate, 20, 40));
        QVERIFY(parts(m_rate, 10, 20, o0));
        QVERIFY(parts(m_rate, 9, 20, o1));
        sums = ofKind(form(), EntryIssue::Kind::Sum);
        QCOMPARE(sums.size(), 1);
        QVERIFY2(sums.first().message.contains(QStringLiteral("numerators")), qPrintable(sums.first().message));
        QVERIFY(parts(m_rate, 10, 21, o1));
        sums = ofKind(form(), EntryIssue::Kind::Sum);
        QCOMPARE(sums.size(), 1);
        QVERIFY2(sums.first().message.contains(QStringLiteral("denominators")), qPrintable(sums.first().message));
        QVERIFY(parts(m_rate, 10, 20, o1));
        QVERIFY2(ofKind(form(), EntryIssue::Kind::Sum).isEmpty(), qPrintable(messages(form())));
    }

    void requiredIndicatorMissing()
    {
        auto required = ofKind(form(), EntryIssue::Kind::Required);
        QCOMPARE(required.size(), 1);
        QCOMPARE(required.first().indicatorId, m_required.meta.id);
        QVERIFY(required.first().blocks());
        QVERIFY2(required.first().message.contains(QStringLiteral("REQ is required")), qPrintable(required.first().message));
        QVERIFY(count(m_required, 0)); // zero is a value
        QVERIFY(ofKind(form(), EntryIssue::Kind::Required).isEmpty());
    }

    void programmeRule_data()
    {
        QTest::addColumn<Importance>("importance");
        QTest::newRow("error") << Importance::Error;
        QTest::newRow("warning") << Importance::Warning;
    }
    void programmeRule()
    {
        QFETCH(Importance, importance);
        ValidationRule rule;
        rule.programmeId = m_programme.meta.id;
        rule.nameEn = QStringLiteral("ANC4 within ANC1");
        rule.leftSide = QStringLiteral("ANC4");
        rule.op = RuleOperator::LessOrEqual;
        rule.rightSide = QStringLiteral("ANC1 + 2");
        rule.importance = importance;
        auto created = SetupService(*m_db, admin()).create(rule);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(count(m_required, 1));
        QVERIFY(count(m_anc4, 12));
        QVERIFY(ofKind(form(), EntryIssue::Kind::Rule).isEmpty()); // ANC1 missing: not checked
        QVERIFY(count(m_anc1, 10));
        auto rules = ofKind(form(), EntryIssue::Kind::Rule);
        QVERIFY(rules.isEmpty()); // 12 <= 10 + 2
        QVERIFY(count(m_anc4, 13));
        const EntryForm failing = form();
        rules = ofKind(failing, EntryIssue::Kind::Rule);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().importance, importance);
        QCOMPARE(rules.first().indicatorId, qint64(0));
        QVERIFY2(rules.first().message.contains(QStringLiteral("ANC4 within ANC1")), qPrintable(rules.first().message));
        QCOMPARE(rules.first().blocks(), importance == Importance::Error);
        QCOMPARE(failing.blockingCount(), importance == Importance::Error ? 1 : 0);
        auto submitted = entry().submit(m_site.meta.id, m_march);
        QCOMPARE(submitted.ok(), importance == Importance::Warning);
    }

    void outlierBlocksUntilExplained()
    {
        // Six earlier months of the site: 10, 11, 9, 10, 11, 9.
        const double history[] = {10, 11, 9, 10, 11, 9};
        for (int m = 0; m < 6; ++m)
            QVERIFY(count(m_cases, history[m], 0, Period::month(2024, m + 1)));
        const Period july = Period::month(2024, 7);
        QVERIFY(count(m_required, 1, 0, july));
        QVERIFY(count(m_cases, 11, 0, july));
        QVERIFY(ofKind(form(july), EntryIssue::Kind::Outlier).isEmpty());
        QVERIFY(count(m_cases, 50, 0, july));
        auto outliers = ofKind(form(july), EntryIssue::Kind::Outlier);
        QCOMPARE(outliers.size(), 1);
        QCOMPARE(outliers.first().importance, Importance::Warning);
        QVERIFY(!outliers.first().accepted);
        QVERIFY(outliers.first().blocks());
        QVERIFY2(outliers.first().message.contains(QStringLiteral("usual values")), qPrintable(outliers.first().message));

        auto refused = entry().submit(m_site.meta.id, july);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("usual values")), qPrintable(refused.error()));

        auto noted = entry().setNote(m_site.meta.id, july, m_cases.meta.id, 0, QStringLiteral("Measles outbreak"), false);
        QVERIFY2(noted.ok(), qPrintable(noted.error()));
        QCOMPARE(noted->value, std::optional<double>(50)); // the note keeps the number
        outliers = ofKind(form(july), EntryIssue::Kind::Outlier);
        QCOMPARE(outliers.size(), 1);
        QVERIFY(outliers.first().accepted);
        QVERIFY(!outliers.first().blocks());
        // Saving the number again keeps the comment.
        QVERIFY(count(m_cases, 51, 0, july));
        QCOMPARE(form(july).row(m_cases.meta.id)->values.value(0).comment, QStringLiteral("Measles outbreak"));
        auto submitted = entry().submit(m_site.meta.id, july);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
        QCOMPARE(submitted->status, DataStatus::Submitted);
    }

    void noOutlierWithoutEnoughHistory()
    {
        for (int m = 1; m <= DataEntryService::OutlierMinimumHistory - 1; ++m)
            QVERIFY(count(m_cases, 10, 0, Period::month(2024, m)));
        const Period june = Period::month(2024, 6);
        QVERIFY(count(m_cases, 500, 0, june));
        QVERIFY(ofKind(form(june), EntryIssue::Kind::Outlier).isEmpty());
        // The other site's history does not count.
        QVERIFY(ofKind(entry().form(m_otherSite.meta.id, june), EntryIssue::Kind::Outlier).isEmpty());
    }

    void submitIsRefusedWhileProblemsRemain()
    {
        QVERIFY(parts(m_rate, 60, 50));
        QVERIFY(count(m_cases, 2000));
        auto refused = entry().submit(m_site.meta.id, m_march);
        QVERIFY(!refused.ok());
        // Three problems: the rate, the range and the required indicator.
        QVERIFY2(refused.error().contains(QStringLiteral("3 problem")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("larger than the denominator")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("outside the valid range")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("REQ is required")), qPrintable(refused.error()));
        QCOMPARE(ReportService(*m_db, admin()).report(m_site.meta.id, m_march)->status, DataStatus::Draft);

        QVERIFY(parts(m_rate, 40, 50));
        QVERIFY(count(m_cases, 200));
        QVERIFY(count(m_required, 3));
        QCOMPARE(form().blockingCount(), 0);
        auto submitted = entry().submit(m_site.meta.id, m_march);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
        QCOMPARE(ReportService(*m_db, admin()).report(m_site.meta.id, m_march)->status, DataStatus::Submitted);
        QVERIFY(!form().editable);
    }

    void emptyCellRemovesTheValue()
    {
        QVERIFY(count(m_cases, 10));
        QCOMPARE(form().row(m_cases.meta.id)->values.size(), 1);
        auto removed = entry().saveCell(m_site.meta.id, m_march, m_cases.meta.id, 0, {}, {}, {});
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(form().row(m_cases.meta.id)->values.isEmpty());
        QVERIFY(DataValueService(*m_db, admin()).values(m_site.meta.id, m_march).isEmpty());
        // Nothing there: nothing to do, and no error.
        QVERIFY(entry().saveCell(m_site.meta.id, m_march, m_cases.meta.id, 0, {}, {}, {}).ok());
        const auto history = entry().history(m_site.meta.id, m_march, m_cases.meta.id, 0);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, QStringLiteral("delete"));
    }

    void historyListsEverySavedStateNewestFirst()
    {
        User u;
        u.username = QStringLiteral("wang");
        u.role = Role::FieldOfficer;
        u.siteIds = {m_site.meta.id};
        auto officer = UserService(*m_db, admin()).create(u, QStringLiteral("long-enough-password"));
        QVERIFY2(officer.ok(), qPrintable(officer.error()));
        DataEntryService asOfficer(*m_db, Actor{officer->meta.id, officer->username, officer->role});

        QVERIFY(count(m_cases, 10));
        QVERIFY(asOfficer.saveCell(m_site.meta.id, m_march, m_cases.meta.id, 0, 12, {}, {}).ok());
        QVERIFY(asOfficer.setNote(m_site.meta.id, m_march, m_cases.meta.id, 0, QStringLiteral("checked"), true).ok());
        QVERIFY(count(m_cases, 13));

        const auto history = entry().history(m_site.meta.id, m_march, m_cases.meta.id, 0);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).newValues.value(QStringLiteral("value")).toDouble(), 13.0);
        QCOMPARE(history.at(0).username, QStringLiteral("tester"));
        QCOMPARE(history.at(1).newValues.value(QStringLiteral("comment")).toString(), QStringLiteral("checked"));
        QCOMPARE(history.at(1).username, QStringLiteral("wang"));
        QCOMPARE(history.at(2).newValues.value(QStringLiteral("value")).toDouble(), 12.0);
        QCOMPARE(history.at(2).oldValues.value(QStringLiteral("value")).toDouble(), 10.0);
        QCOMPARE(history.at(2).userId, officer->meta.id);
        QCOMPARE(history.at(3).action, QStringLiteral("create"));
        QCOMPARE(history.at(3).newValues.value(QStringLiteral("value")).toDouble(), 10.0);
        for (int i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).id > history.at(i).id);
        // Another cell has its own history.
        QVERIFY(entry().history(m_site.meta.id, m_march, m_cases.meta.id, m_options[0].meta.id).isEmpty());
    }

    void ruleExpressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("message"); // for an invalid one
        QTest::addColumn<int>("terms");
        QTest::newRow("sum with a number") << "A + B - 2" << true << "" << 3;
        QTest::newRow("numerator") << "A.num" << true << "" << 1;
        QTest::newRow("denominator and decimal") << "B.den - 0.5" << true << "" << 2;
        QTest::newRow("missing operator") << "A B" << false << "needs + or -" << 0;
        QTest::newRow("empty") << "" << false << "empty" << 0;
        QTest::newRow("blank") << "   " << false << "empty" << 0;
        QTest::newRow("dangling plus") << "A +" << false << "cannot be read at position 3" << 0;
        QTest::newRow("two dots") << "1..2" << false << "cannot be read at position 2" << 0;
        QTest::newRow("unknown part") << "A.rate" << false << "cannot be read" << 0;
    }
    void ruleExpressions()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, message);
        QFETCH(int, terms);
        const auto parsed = RuleExpression::parse(text);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
            return;
        }
        QCOMPARE(parsed.value().terms().size(), terms);
    }

    void ruleExpressionEvaluates()
    {
        const auto parsed = RuleExpression::parse(QStringLiteral("A + B.num - 2"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().codes(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        const auto &t = parsed.value().terms();
        QCOMPARE(t.at(1).part, QStringLiteral("num"));
        QCOMPARE(t.at(2).sign, -1.0);
        QCOMPARE(t.at(2).number, std::optional<double>(2));
        auto lookup = [](const QString &code, const QString &part) -> std::optional<double> {
            if (code == QLatin1StringView("A") && part.isEmpty())
                return 10;
            if (code == QLatin1StringView("B") && part == QLatin1StringView("num"))
                return 5;
            return std::nullopt;
        };
        QCOMPARE(parsed.value().evaluate(lookup), std::optional<double>(13));
        QVERIFY(!RuleExpression::parse(QStringLiteral("A + C")).value().evaluate(lookup));
    }
};

QTEST_GUILESS_MAIN(TestDataEntryService)
#include "tst_dataentryservice.moc"
