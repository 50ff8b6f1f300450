#include "services/programmeservice.h"
#include "storage/auditlog.h"
#include "testsupport.h"

using namespace TestSupport;

class TestProgrammeService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

private slots:
    void createsWithStandardDisaggregation()
    {
        auto db = openNew(m_dir, QStringLiteral("p%1.db").arg(++m_n));
        ProgrammeService service(*db, admin());
        Programme p;
        p.code = QStringLiteral("IECD");
        p.nameZh = QStringLiteral("儿童早期综合发展");
        p.startDate = QDate(2024, 1, 1);
        auto created = service.create(p);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(service.programmes().size(), 1);
        QCOMPARE(service.programme(created->meta.id)->nameZh, p.nameZh);
        QCOMPARE(service.programme(created->meta.id)->name(), p.nameZh); // falls back to the other language
        const auto summary = service.summary(created->meta.id);
        QCOMPARE(summary.pilotSites + summary.comparisonSites + summary.indicators, 0);
        QCOMPARE(ProgrammeService::standardOptions().size(), 4);
    }

    void rejectsInvalidProgrammes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty code") << "" << "x" << QDate() << "code is empty";
        QTest::newRow("spaces") << "A B" << "x" << QDate() << "contains spaces";
        QTest::newRow("no name") << "A" << "" << QDate() << "has no name";
        QTest::newRow("ends before start") << "A" << "x" << QDate(2023, 1, 1) << "before it starts";
        QTest::newRow("duplicate") << "DUP" << "x" << QDate() << "already used by";
    }
    void rejectsInvalidProgrammes()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QDate, end);
        QFETCH(QString, message);
        auto db = openNew(m_dir, QStringLiteral("p%1.db").arg(++m_n));
        ProgrammeService service(*db, admin());
        makeProgramme(*db, QStringLiteral("DUP"));
        Programme p;
        p.code = code;
        p.nameEn = name;
        p.startDate = QDate(2024, 1, 1);
        p.endDate = end;
        const auto before = AuditLog(*db).latest(1000).size();
        auto created = service.create(p);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(message), qPrintable(created.error()));
        QCOMPARE(service.programmes().size(), 1);
        QCOMPARE(AuditLog(*db).latest(1000).size(), before);
    }

    void updatesAndAudits()
    {
        auto db = openNew(m_dir, QStringLiteral("p%1.db").arg(++m_n));
        ProgrammeService service(*db, admin());
        Programme p = makeProgramme(*db);
        p.timelinessDays = 20;
        p.descriptionEn = QStringLiteral("Updated");
        auto updated = service.update(p);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(service.programme(p.meta.id)->timelinessDays, 20);
        const auto audit = AuditLog(*db).entriesFor(p.meta.uuid);
        QCOMPARE(audit.first().oldValues.value(QStringLiteral("timeliness_days")).toInt(), 15);
        QCOMPARE(audit.first().newValues.value(QStringLiteral("timeliness_days")).toInt(), 20);
        ProgrammeService viewer(*db, Actor{0, QStringLiteral("v"), Role::Viewer});
        QVERIFY(!viewer.update(updated.value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeService)
#include "tst_programmeservice.moc"
