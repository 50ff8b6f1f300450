#include "domain/period.h"

#include <QTest>

class TestPeriod final : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("type");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("month") << "202403" << int(Period::Type::Monthly) << QDate(2024, 3, 1) << QDate(2024, 3, 31);
        QTest::newRow("leap february") << "202402" << int(Period::Type::Monthly) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("december") << "202312" << int(Period::Type::Monthly) << QDate(2023, 12, 1) << QDate(2023, 12, 31);
        QTest::newRow("quarter 1") << "2024Q1" << int(Period::Type::Quarterly) << QDate(2024, 1, 1) << QDate(2024, 3, 31);
        QTest::newRow("quarter 4") << "2024Q4" << int(Period::Type::Quarterly) << QDate(2024, 10, 1) << QDate(2024, 12, 31);
        QTest::newRow("year") << "2024" << int(Period::Type::Yearly) << QDate(2024, 1, 1) << QDate(2024, 12, 31);
        QTest::newRow("surrounding spaces") << " 2025Q2 " << int(Period::Type::Quarterly) << QDate(2025, 4, 1) << QDate(2025, 6, 30);
    }
    void parsesValidIds()
    {
        QFETCH(QString, id);
        QFETCH(int, type);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QString error;
        const Period p = Period::parse(id, &error);
        QVERIFY2(p.isValid(), qPrintable(error));
        QCOMPARE(int(p.type()), type);
        QCOMPARE(p.startDate(), start);
        QCOMPARE(p.endDate(), end);
        QCOMPARE(p.id(), id.trimmed());
        QCOMPARE(Period::parse(p.id()), p);
    }

    void rejectsBadIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("month 13") << "202413" << "month 13";
        QTest::newRow("month 00") << "202400" << "month 0";
        QTest::newRow("quarter 5") << "2024Q5" << "quarter 5";
        QTest::newRow("quarter 0") << "2024Q0" << "quarter 0";
        QTest::newRow("lower-case q") << "2024q1" << "2024q1";
        QTest::newRow("iso month") << "2024-03" << "2024-03";
        QTest::newRow("letters") << "abc" << "abc";
        QTest::newRow("short year") << "24" << "24";
        QTest::newRow("too long") << "2024031" << "2024031";
        QTest::newRow("year too early") << "1850" << "1850";
        QTest::newRow("week") << "2024W10" << "2024W10";
        QTest::newRow("chinese") << "2024年3月" << "2024年3月";
    }
    void rejectsBadIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, mentions);
        QString error;
        const Period p = Period::parse(id, &error);
        QVERIFY(!p.isValid());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void ordersByStartThenLength()
    {
        QList<Period> periods = {Period::year(2024), Period::month(2024, 2), Period::quarter(2024, 1),
                                 Period::month(2024, 1), Period::month(2023, 12), Period::quarter(2023, 4)};
        std::sort(periods.begin(), periods.end());
        QStringList ids;
        for (const Period &p : periods)
            ids.append(p.id());
        QCOMPARE(ids, (QStringList{QStringLiteral("2023Q4"), QStringLiteral("202312"), QStringLiteral("202401"),
                                   QStringLiteral("2024Q1"), QStringLiteral("2024"), QStringLiteral("202402")}));
        QVERIFY(Period::month(2024, 1) < Period::quarter(2024, 1));
        QVERIFY(Period() < Period::year(1990));
    }

    void stepsAcrossYears()
    {
        QCOMPARE(Period::month(2023, 12).next(), Period::month(2024, 1));
        QCOMPARE(Period::month(2024, 1).previous(), Period::month(2023, 12));
        QCOMPARE(Period::quarter(2024, 4).next(), Period::quarter(2025, 1));
        QCOMPARE(Period::month(2024, 6).shifted(-18), Period::month(2022, 12));
        QCOMPARE(Period::month(2022, 12).stepsTo(Period::month(2024, 6)), 18);
        QCOMPARE(Period::quarter(2023, 3).stepsTo(Period::quarter(2024, 2)), 3);
    }

    void rollsUp()
    {
        QCOMPARE(Period::month(2024, 5).rolledUpTo(Period::Type::Quarterly), Period::quarter(2024, 2));
        QCOMPARE(Period::month(2024, 5).rolledUpTo(Period::Type::Yearly), Period::year(2024));
        QCOMPARE(Period::quarter(2024, 3).rolledUpTo(Period::Type::Yearly), Period::year(2024));
        QVERIFY(!Period::year(2024).rolledUpTo(Period::Type::Monthly).isValid());
        QVERIFY(Period::quarter(2024, 2).contains(Period::month(2024, 6)));
        QVERIFY(!Period::quarter(2024, 2).contains(Period::month(2024, 7)));
    }

    void displaysInBothLanguages()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Period::month(2024, 3).displayName(zh), QStringLiteral("2024年3月"));
        QCOMPARE(Period::month(2024, 3).displayName(en), QStringLiteral("March 2024"));
        QCOMPARE(Period::quarter(2024, 1).displayName(zh), QStringLiteral("2024年第1季度"));
        QCOMPARE(Period::quarter(2024, 1).displayName(en), QStringLiteral("Q1 2024"));
        QCOMPARE(Period::year(2024).displayName(zh), QStringLiteral("2024年"));
    }

    void hashesEqualPeriodsAlike()
    {
        QCOMPARE(qHash(Period::parse(u"2024Q1")), qHash(Period::quarter(2024, 1)));
        QVERIFY(qHash(Period::month(2024, 1)) != qHash(Period::quarter(2024, 1)));
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
