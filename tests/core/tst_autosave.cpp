#include "demo/demogenerator.h"
#include "services/dataentryservice.h"
#include "services/userservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QThread>

#include <csignal>
#include <cstdio>

// Every cell is saved in its own transaction the moment it is entered: killing the process
// between edits (a crash, a power cut) loses nothing that was reported saved.
namespace {
const Period Month = Period::containing(QDate::currentDate(), Period::Type::Monthly);

// The child: signs in as the demo field officer and saves CASEMGMT's total for each of their
// sites, then HOMEVISIT's parts, printing a line after each save, until it is killed.
int runChild(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened)
        return 2;
    Database &db = *opened.value();
    auto actor = UserService(db, Actor::system()).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
    if (!actor)
        return 3;
    DataEntryService entry(db, actor.value());
    const auto programmes = ProgrammeRepository(db).all();
    if (programmes.isEmpty())
        return 5;
    const qint64 programmeId = programmes.first().meta.id;
    const auto sites = entry.sitesForEntry(programmeId);
    const auto count = IndicatorRepository(db).findByCode(programmeId, QStringLiteral("CASEMGMT"));
    for (int round = 1;; ++round) {
        for (const Site &site : sites) {
            const double value = round * 10 + site.meta.id % 10;
            if (!entry.saveCell(site.meta.id, Month, count->meta.id, 0, value, std::nullopt, std::nullopt))
                return 4;
            std::printf("saved %lld %g\n", site.meta.id, value);
            std::fflush(stdout);
            QThread::msleep(15);
        }
    }
}
} // namespace

class TestAutosave final : public QObject
{
    Q_OBJECT

private slots:
    void killingTheProcessBetweenEditsLosesNothingSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("field.db"));
        QVERIFY(DemoGenerator::generateFile(path, {20, 12, 5}).ok());

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        QVERIFY(child.waitForStarted());
        // Wait for a good number of saves, then kill without warning.
        QMap<qint64, double> reported;
        QByteArray buffer;
        while (buffer.count('\n') < 25) {
            QVERIFY2(child.waitForReadyRead(20000), "the child stopped saving");
            buffer += child.readAllStandardOutput();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        buffer += child.readAllStandardOutput();
        for (const QByteArray &line : buffer.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "saved")
                reported.insert(parts.at(1).toLongLong(), parts.at(2).toDouble());
        }
        QVERIFY(reported.size() >= 4);

        // Reopen as the window would: the file passes its checks, every reported value is there
        // (the last one saved for each site), and the audit has an entry for each.
        auto reopened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        Database &db = *reopened.value();
        QVERIFY(db.checkIntegrity(true).ok());
        const auto indicator = IndicatorRepository(db).findByCode(1, QStringLiteral("CASEMGMT"));
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const auto stored = DataValueRepository(db).find(it.key(), indicator->meta.id, Month, 0);
            QVERIFY(stored.has_value());
            // The kill may land after a save committed but before its line was printed: the
            // stored value is the reported one or the one saved just after it.
            QVERIFY2(*stored->value == it.value() || *stored->value == it.value() + 10,
                     qPrintable(QStringLiteral("site %1: stored %2, reported %3").arg(it.key()).arg(*stored->value).arg(it.value())));
        }
        QSqlDatabase connection = db.connection();
        const QStringList problems = AuditLog::verify(connection);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
