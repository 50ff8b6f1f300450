#include "storage/backups.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace TestSupport;

// Backups through SQLite's online backup API: a checked, self-contained copy; rotation per
// kind; cancel; verification of damaged, foreign and missing files; restore (what it replaces
// is kept, a damaged backup is refused and the file left as it was).
class TestBackups final : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static std::unique_ptr<Database> withSites(const QTemporaryDir &dir, int sites)
    {
        auto db = openNew(dir);
        if (!db)
            return nullptr;
        const Programme p = makeProgramme(*db);
        for (int i = 0; i < sites; ++i)
            makeSite(*db, p.meta.id, QStringLiteral("S%1").arg(i));
        return db;
    }

private slots:
    void copyIsCheckedAndSelfContained()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 30);
        QVERIFY(db);
        int calls = 0;
        auto made = Backups::create(*db, Backups::Kind::Manual, 10, [&](int) { ++calls; });
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(calls > 0);
        QVERIFY(made->path.startsWith(Backups::folderOf(db->path())));
        QVERIFY(made->path.endsWith(QStringLiteral("-manual.db")));
        QVERIFY(Backups::verify(made->path));
        QCOMPARE(sidecars(made->path), QStringList());
        QVERIFY(!QFile::exists(made->path + QStringLiteral(".part")));
        auto copy = Database::open(made->path, Database::Mode::ReadOnly);
        QVERIFY(copy);
        QCOMPARE(scalar(*copy.value(), QStringLiteral("SELECT count(*) FROM site")), 30);
        QCOMPARE(Backups::list(db->path()).size(), 1);
        QCOMPARE(Backups::list(db->path()).first().path, made->path);
        QVERIFY(*Backups::hoursSinceLast(db->path(), Backups::Kind::Manual) < 1);
        QVERIFY(!Backups::hoursSinceLast(db->path(), Backups::Kind::Scheduled));
    }

    void rotationKeepsTheNewestOfEachKind()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 2);
        QVERIFY(db);
        QVERIFY(Backups::create(*db, Backups::Kind::Scheduled, 2));
        QList<QString> made;
        for (int i = 0; i < 4; ++i) {
            auto b = Backups::create(*db, Backups::Kind::BeforeImport, 3);
            QVERIFY(b);
            made.append(b->path);
        }
        const auto list = Backups::list(db->path());
        QCOMPARE(list.size(), 4); // three imports and the scheduled one
        QVERIFY(!QFile::exists(made.first()));
        QCOMPARE(list.first().path, made.last()); // newest first
        int scheduled = 0;
        for (const auto &b : list)
            scheduled += b.kind == Backups::Kind::Scheduled ? 1 : 0;
        QCOMPARE(scheduled, 1);
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 5);
        QVERIFY(db);
        auto cancelled = Backups::create(*db, Backups::Kind::Manual, 10, {}, [] { return true; });
        QVERIFY(!cancelled);
        QCOMPARE(Backups::list(db->path()).size(), 0);
        QCOMPARE(QDir(Backups::folderOf(db->path())).entryList(QDir::Files).size(), 0);
    }

    void verifyFindsBadCopies()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 200);
        QVERIFY(db);
        auto made = Backups::create(*db, Backups::Kind::Manual);
        QVERIFY(made);
        // Missing.
        QVERIFY(!Backups::verify(dir.filePath(QStringLiteral("none.db"))));
        // Not ScaleReady's.
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            sqlite3 *f = nullptr;
            QCOMPARE(sqlite3_open(foreign.toUtf8().constData(), &f), SQLITE_OK);
            sqlite3_exec(f, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr);
            sqlite3_close(f);
        }
        auto notOurs = Backups::verify(foreign);
        QVERIFY(!notOurs);
        QVERIFY(notOurs.error().contains(QStringLiteral("not a backup")));
        // Damaged: the pages after the schema overwritten.
        const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(made->path, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 4 * 4096);
            f.seek(4096);
            f.write(QByteArray(3 * 4096, '\x5a'));
        }
        auto bad = Backups::verify(damaged);
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("damaged")) || bad.error().contains(QStringLiteral("cannot be opened")));
        // Truncated.
        const QString truncated = dir.filePath(QStringLiteral("truncated.db"));
        QVERIFY(QFile::copy(made->path, truncated));
        QVERIFY(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
        QVERIFY(!Backups::verify(truncated));
    }

    void restoreBringsTheCopyBackAndKeepsWhatItReplaces()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 10);
        QVERIFY(db);
        const QString path = db->path();
        auto made = Backups::create(*db, Backups::Kind::Manual);
        QVERIFY(made);
        const Programme p = ProgrammeService(*db, Actor::system()).programmes().first();
        makeSite(*db, p.meta.id, QStringLiteral("LATE"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM site")), 11);
        db.reset(); // closed, as the window closes it before restoring

        auto restored = Backups::restore(made->path, path);
        QVERIFY2(restored, qPrintable(restored.error()));
        auto reopened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(reopened);
        QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM site")), 10);
        // What was replaced is a backup of its own, with the late site.
        bool kept = false;
        for (const auto &b : Backups::list(path)) {
            if (b.kind == Backups::Kind::BeforeRestore) {
                auto old = Database::open(b.path, Database::Mode::ReadOnly);
                QVERIFY(old);
                QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT count(*) FROM site")), 11);
                kept = true;
            }
        }
        QVERIFY(kept);
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
    }

    // Refused while the file is open elsewhere; a copy from a newer version is refused; the
    // oldest "before a restore" copy can itself be restored although keeping the current file
    // rotates it away.
    void restoreGuards()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 3);
        QVERIFY(db);
        const QString path = db->path();
        auto made = Backups::create(*db, Backups::Kind::Manual);
        QVERIFY(made);
        QVERIFY(Backups::inUse(path));
        auto busy = Backups::restore(made->path, path);
        QVERIFY(!busy);
        QVERIFY2(busy.error().contains(QStringLiteral("open in another window")), qPrintable(busy.error()));
        QVERIFY(Backups::list(path).size() == 1); // nothing kept, nothing replaced
        db.reset();
        QVERIFY(!Backups::inUse(path));
        const QByteArray before = fingerprint(path);

        const QString newer = dir.filePath(QStringLiteral("newer.db"));
        QVERIFY(QFile::copy(made->path, newer));
        {
            sqlite3 *f = nullptr;
            QCOMPARE(sqlite3_open(newer.toUtf8().constData(), &f), SQLITE_OK);
            sqlite3_exec(f, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
            sqlite3_close(f);
        }
        auto fromNewer = Backups::restore(newer, path);
        QVERIFY(!fromNewer);
        QVERIFY(fromNewer.error().contains(QStringLiteral("newer version")));
        QCOMPARE(fingerprint(path), before);

        // Eleven restores: the ten newest "before a restore" copies are kept; the oldest kept
        // one is restored, although keeping the current file removes it from the folder.
        for (int i = 0; i < 11; ++i)
            QVERIFY(Backups::restore(made->path, path));
        QList<Backups::Info> kept;
        for (const auto &b : Backups::list(path)) {
            if (b.kind == Backups::Kind::BeforeRestore)
                kept.append(b);
        }
        QCOMPARE(kept.size(), 10);
        auto oldest = Backups::restore(kept.last().path, path);
        QVERIFY2(oldest, qPrintable(oldest.error()));
        QVERIFY(Database::open(path, Database::Mode::OpenExisting));
    }

    void damagedBackupIsNotRestored()
    {
        QTemporaryDir dir;
        auto db = withSites(dir, 200);
        QVERIFY(db);
        const QString path = db->path();
        auto made = Backups::create(*db, Backups::Kind::Manual);
        QVERIFY(made);
        db.reset();
        QVERIFY(QFile::resize(made->path, QFileInfo(made->path).size() / 3));
        const QByteArray before = fingerprint(path);
        QVERIFY(!Backups::restore(made->path, path));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(Backups::list(path).size(), 1); // no "before restore" copy for a refused restore
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
