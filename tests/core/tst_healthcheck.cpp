#include "demo/demogenerator.h"
#include "storage/healthcheck.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace TestSupport;

class TestHealthCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString demo()
    {
        const QString path = m_dir.filePath(QStringLiteral("h%1.db").arg(++m_n));
        auto generated = DemoGenerator::generateFile(path, {4, 12, 1});
        if (!generated)
            qWarning("%s", qPrintable(generated.error()));
        return path;
    }

    // Changes a file behind ScaleReady's back, as another tool could.
    static void tamper(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString &sql : statements)
                QVERIFY2(QSqlQuery(db).exec(sql), qPrintable(sql));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private slots:
    void healthyFileIsHealthyAndUnchanged()
    {
        const QString path = demo();
        const QByteArray before = fingerprint(path);
        auto report = HealthCheck::run(path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY2(report->healthy(), qPrintable(report->problems.join(u'\n')));
        QVERIFY(report->facts.join(u'\n').contains(QStringLiteral("Sites: 4")));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(sidecars(path), QStringList());
    }

    void findsProblems_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing index") << QStringList{QStringLiteral("DROP INDEX data_value_key")} << "lacks index data_value_key";
        QTest::newRow("changed table")
            << QStringList{QStringLiteral("DROP TRIGGER audit_no_delete"),
                           QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END")}
            << "trigger audit_no_delete differs";
        QTest::newRow("bad period") << QStringList{QStringLiteral("UPDATE data_value SET period = '2024-13' WHERE id = 1")}
                                    << "bad period";
        QTest::newRow("dangling reference")
            << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("UPDATE data_value SET site_id = 9999 WHERE id = 2")}
            << "refers to a missing row of site";
    }
    void findsProblems()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, problem);
        const QString path = demo();
        tamper(path, statements);
        const QByteArray before = fingerprint(path);
        auto report = HealthCheck::run(path);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(!report->healthy());
        QVERIFY2(report->problems.join(u'\n').contains(problem), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(fingerprint(path), before);
    }

    void unreadableFilesFail()
    {
        auto missing = HealthCheck::run(m_dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("missing.db")));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
