#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace TestSupport;

namespace {
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// A healthy ScaleReady file with a little content, closed.
QString makeHealthyFile(const QTemporaryDir &dir, const QString &name)
{
    auto db = openNew(dir, name);
    Programme p = makeProgramme(*db);
    QSqlQuery q(db->connection());
    for (int i = 0; i < 400; ++i) {
        q.prepare(QStringLiteral("INSERT INTO audit (at, username, replica_uuid, entity, entity_uuid, action, new_values)"
                                 " VALUES ('2024-01-01T00:00:00Z', 't', 'r', 'x', ?, 'create', ?)"));
        q.addBindValue(QString::number(i));
        q.addBindValue(QString(200, QLatin1Char('x')));
        q.exec();
    }
    return dir.filePath(name);
}

void writeBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    file.write(bytes);
}
} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsNewFileWithSettings()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
        QVERIFY(db->replicaId() > 0);
        QVERIFY(QUuid::fromString(db->replicaUuid()).version() == QUuid::Random);
        QVERIFY(db->handle() != nullptr);
        QVERIFY(db->checkIntegrity().ok());
    }

    void reopeningKeepsIdentityAndData()
    {
        QTemporaryDir dir;
        QString uuid;
        {
            auto db = openNew(dir);
            uuid = db->replicaUuid();
            makeProgramme(*db);
        }
        auto again = Database::open(dir.filePath(QStringLiteral("test.db")), Database::Mode::OpenExisting);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value()->replicaUuid(), uuid);
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM programme")).toInt(), 1);
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT count(*) FROM replica")).toInt(), 1);
    }

    void everyMigrationAppliesInOrder_data()
    {
        QTest::addColumn<int>("version");
        for (const Migration &m : migrations())
            QTest::addRow("to version %d", m.version) << m.version;
    }
    void everyMigrationAppliesInOrder()
    {
        QFETCH(int, version);
        const QString name = QStringLiteral("migrate-%1").arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            // Step through every earlier version first, as a file of that version would be.
            for (int v = 1; v <= version; ++v) {
                auto migrated = Database::migrate(db, v);
                QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
                QCOMPARE(Database::schemaVersion(db), v);
            }
            // Applying again is a no-op.
            QVERIFY(Database::migrate(db, version).ok());
            QCOMPARE(Database::schemaVersion(db), version);
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY(!check.next());
            if (version == 1) {
                const QStringList tables = db.tables();
                for (const char *table : {"replica", "app_user", "programme", "site", "category_option",
                                          "category_option_tag", "indicator", "indicator_option", "site_target",
                                          "data_value", "user_site", "audit"})
                    QVERIFY2(tables.contains(QLatin1StringView(table)), table);
                for (const char *table : {"programme", "site", "indicator", "data_value", "app_user", "category_option", "site_target"}) {
                    const QSqlRecord r = db.record(QLatin1StringView(table));
                    for (const char *column : {"uuid", "created_at", "updated_at", "updated_by", "origin", "revision", "deleted"})
                        QVERIFY2(r.contains(QLatin1StringView(column)), qPrintable(QStringLiteral("%1.%2").arg(QLatin1StringView(table), QLatin1StringView(column))));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void failedMigrationLeavesNothingBehind()
    {
        const QString name = QStringLiteral("migrate-fail");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            // A table in the way makes migration 1 fail part-way through.
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE site (x)")));
            auto migrated = Database::migrate(db, 1);
            QVERIFY(!migrated.ok());
            QVERIFY2(migrated.error().contains(QStringLiteral("schema version 1")), qPrintable(migrated.error()));
            QCOMPARE(Database::schemaVersion(db), 0);
            QCOMPARE(db.tables(), QStringList{QStringLiteral("site")}); // replica, app_user… rolled back
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void rejectsBadFilesUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << "text" << "not an SQLite file";
        QTest::newRow("binary junk") << "junk" << "not an SQLite file";
        QTest::newRow("other application's SQLite") << "foreign" << "another application";
        QTest::newRow("newer ScaleReady") << "newer" << "newer version";
        QTest::newRow("corrupted page") << "corrupt" << "damaged";
        QTest::newRow("truncated") << "truncated" << "damaged";
        QTest::newRow("header only") << "header" << "damaged";
    }
    void rejectsBadFilesUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("bad.db"));
        if (kind == QLatin1StringView("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("site,indicator,period\n532528,ANC4,202401\n");
        } else if (kind == QLatin1StringView("junk")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 5000; ++i)
                junk.append(char((i * 37) % 251));
            f.write(junk);
        } else if (kind == QLatin1StringView("foreign")) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1StringView("newer")) {
            path = makeHealthyFile(dir, QStringLiteral("bad.db"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (kind == QLatin1StringView("corrupt")) {
            path = makeHealthyFile(dir, QStringLiteral("bad.db"));
            const qint64 size = QFileInfo(path).size();
            QVERIFY(size > 16 * 4096);
            QByteArray garbage(4096 * 6, char(0x5a));
            writeBytes(path, size / 2, garbage);
        } else if (kind == QLatin1StringView("truncated")) {
            path = makeHealthyFile(dir, QStringLiteral("bad.db"));
            QFile f(path);
            QVERIFY(f.resize(QFileInfo(path).size() / 3));
        } else if (kind == QLatin1StringView("header")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, char(0x7f)));
        }
        QVERIFY(sidecars(path).isEmpty());
        const QByteArray before = fingerprint(path);
        QVERIFY(!before.isEmpty());

        for (auto mode : {Database::Mode::OpenOrCreate, Database::Mode::OpenExisting, Database::Mode::ReadOnly}) {
            auto opened = Database::open(path, mode);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.errorKind(), mentions == QLatin1StringView("damaged") ? ErrorKind::Damaged : ErrorKind::File);
            QVERIFY2(opened.error().contains(mentions), qPrintable(opened.error()));
            QVERIFY2(opened.error().contains(QFileInfo(path).fileName()), qPrintable(opened.error()));
        }
        auto inspected = Database::inspect(path);
        QVERIFY(!inspected.ok());
        QVERIFY2(inspected.error().contains(mentions), qPrintable(inspected.error()));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(sidecars(path), QStringList());
    }

    void inspectionChecksWithoutWriting()
    {
        QTemporaryDir dir;
        const QString path = makeHealthyFile(dir, QStringLiteral("fine.db"));
        const QByteArray before = fingerprint(path);
        QVERIFY(Database::inspect(path).ok());
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(sidecars(path), QStringList());
        auto opened = Database::open(path, Database::Mode::OpenExisting, Database::Check::Skip);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM programme")).toInt(), 1);
    }

    void rejectsMissingOrUnwritableLocations()
    {
        QTemporaryDir dir;
        const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/x.db"));
        auto opened = Database::open(missingFolder);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("does not exist")), qPrintable(opened.error()));
        QVERIFY(!QFileInfo::exists(missingFolder));

        auto existing = Database::open(dir.filePath(QStringLiteral("absent.db")), Database::Mode::OpenExisting);
        QVERIFY(!existing.ok());
        QVERIFY(existing.error().contains(QStringLiteral("absent.db")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("absent.db"))));

        auto folder = Database::open(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY2(folder.error().contains(QStringLiteral("folder")), qPrintable(folder.error()));

        // A location no one may write to: a read-only folder for a normal user; for root,
        // which may write anywhere on disk, a folder of the proc file system.
        QString locked;
        if (::geteuid() == 0) {
            locked = QStringLiteral("/proc/sys/scaleready-test.db");
        } else {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
            locked = dir.filePath(QStringLiteral("locked/x.db"));
            QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
        }
        auto denied = Database::open(locked);
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().contains(QFileInfo(locked).absolutePath()) || denied.error().contains(QStringLiteral("x.db"))
                     || denied.error().contains(QStringLiteral("scaleready-test.db")),
                 qPrintable(denied.error()));
        QVERIFY(!QFileInfo::exists(locked));
    }

    void readOnlyModeNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = makeHealthyFile(dir, QStringLiteral("ro.db"));
        const QByteArray before = fingerprint(path);
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            QVERIFY(opened.value()->isReadOnly());
            QSqlQuery q(opened.value()->connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM programme")));
        }
        QCOMPARE(fingerprint(path), before);
    }

    void enforcesForeignKeysAndAppendOnlyAudit()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        makeProgramme(*db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO site (programme_id, code, arm, locality, uuid, created_at, updated_at, origin)"
                                       " VALUES (999, 'X', 'pilot', 'rural', 'u', 't', 't', 1)")));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit")).toInt() > 0);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET username = 'mallory'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit WHERE username = 'mallory'")).toInt() == 0);
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        Result<int> result = db->transaction([&]() -> Result<int> {
            if (!QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO replica (uuid, created_at) VALUES ('x', 't')")))
                return fail(QStringLiteral("insert failed"));
            if (scalar(*db, QStringLiteral("SELECT count(*) FROM replica")).toInt() != 2)
                return fail(QStringLiteral("row not visible inside the transaction"));
            return fail(QStringLiteral("stop"));
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), QStringLiteral("stop"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM replica")).toInt(), 1);
    }

    void nestedTransactionsAreSavepoints()
    {
        QTemporaryDir dir;
        auto db = openNew(dir);
        auto insert = [&](const char *uuid) {
            return QSqlQuery(db->connection())
                .exec(QStringLiteral("INSERT INTO replica (uuid, created_at) VALUES ('%1', 't')").arg(QLatin1StringView(uuid)));
        };
        // An inner failure rolls back only the inner part; the outer one goes on and commits.
        Result<int> outer = db->transaction([&]() -> Result<int> {
            insert("outer-1");
            Result<int> inner = db->transaction([&]() -> Result<int> {
                insert("inner-1");
                return fail(QStringLiteral("inner stops"));
            });
            if (inner.ok())
                return fail(QStringLiteral("inner should have failed"));
            insert("outer-2");
            return 1;
        });
        QVERIFY2(outer.ok(), qPrintable(outer.error()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(uuid, ',') FROM replica WHERE uuid LIKE '%-%' AND is_local = 0")).toString(),
                 QStringLiteral("outer-1,outer-2"));
        // An outer failure rolls back an inner part that had succeeded.
        Result<int> failing = db->transaction([&]() -> Result<int> {
            Result<int> inner = db->transaction([&]() -> Result<int> {
                insert("inner-2");
                return 2;
            });
            if (!inner.ok())
                return inner;
            return fail(QStringLiteral("outer stops"));
        });
        QVERIFY(!failing.ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM replica WHERE uuid = 'inner-2'")).toInt(), 0);
        // And the connection is usable for the next transaction.
        QVERIFY(db->transaction([&]() -> Result<int> { return insert("after") ? Result<int>(3) : fail(QStringLiteral("x")); }).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM replica WHERE uuid = 'after'")).toInt(), 1);
    }

    void emptyFileIsNotTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("is empty")), qPrintable(opened.error()));
        QCOMPARE(opened.errorKind(), ErrorKind::File);
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(sidecars(path), QStringList());
        // Creating a database in an empty file the user chose for it is fine.
        QVERIFY(Database::open(path, Database::Mode::OpenOrCreate).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
