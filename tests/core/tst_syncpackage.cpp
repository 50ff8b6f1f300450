#include "sync/package.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Sync;

// Sync package files: a round trip keeps every version and the header; a package that was
// altered (a value, a version removed), cut short, damaged, addressed to another database or
// programme, from a newer schema, or not a package at all is refused with a message that names
// the file, and a failed write leaves nothing behind.
class TestSyncPackage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Package sample(int versions = 300)
    {
        Package p;
        p.header.sender = QStringLiteral("sender-uuid");
        p.header.senderName = QStringLiteral("Manager, Kunming office");
        p.header.receiver = QStringLiteral("receiver-uuid");
        p.header.programme = QStringLiteral("programme-uuid");
        p.header.schemaVersion = 7;
        p.header.fromSeq = 10;
        p.header.toSeq = 10 + versions;
        p.header.acknowledgements = QJsonObject{{QStringLiteral("receiver-uuid"), 42}};
        p.header.createdAt = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
        p.header.createdBy = QStringLiteral("manager");
        for (int i = 0; i < versions; ++i) {
            Version v;
            v.entity = QStringLiteral("data_value");
            v.uuid = QStringLiteral("row-%1").arg(i);
            v.vector.bump(QStringLiteral("sender-uuid"));
            v.content = QJsonObject{{QStringLiteral("value"), i}, {QStringLiteral("comment"), QStringLiteral("备注 %1").arg(i)}};
            v.deleted = i % 17 == 0;
            v.replica = QStringLiteral("sender-uuid");
            v.changedBy = QStringLiteral("wang");
            v.changedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(i);
            p.versions.append(v);
        }
        return p;
    }

    static PackageFile::Expect expect()
    {
        return {QStringLiteral("receiver-uuid"), QStringLiteral("programme-uuid"), 7, false};
    }

    QString written(const QString &name, const Package &p = sample())
    {
        const QString path = m_dir.filePath(name);
        auto ok = PackageFile::write(path, p);
        if (!ok)
            qWarning("%s", qPrintable(ok.error()));
        return path;
    }

    static bool exec(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const Package p = sample();
        const QString path = written(QStringLiteral("good.srpk"), p);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        auto read = PackageFile::read(path, expect());
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->header.toJson(), p.header.toJson());
        QCOMPARE(read->versions.size(), p.versions.size());
        for (int i = 0; i < p.versions.size(); ++i) {
            const Version &a = p.versions[i];
            const Version &b = read->versions[i];
            QCOMPARE(b.uuid, a.uuid);
            QCOMPARE(b.vector, a.vector);
            QCOMPARE(b.content, a.content);
            QCOMPARE(b.deleted, a.deleted);
            QCOMPARE(b.changedAt, a.changedAt);
        }
        QCOMPARE(PackageFile::checksum(read.value()), PackageFile::checksum(p));
        // Writing again replaces the file whole.
        QVERIFY(PackageFile::write(path, sample(3)));
        QCOMPARE(PackageFile::read(path, expect())->versions.size(), 3);
    }

    void alteredPackagesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("a value changed") << QStringLiteral("UPDATE version SET content = replace(content, '\"value\":5}', '\"value\":6}') WHERE seq = 6");
        QTest::newRow("a version removed") << QStringLiteral("DELETE FROM version WHERE seq = 7");
        QTest::newRow("a version added") << QStringLiteral("INSERT INTO version SELECT 9999, entity, 'x', vector, content, deleted, replica, changed_by, changed_at FROM version WHERE seq = 1");
        QTest::newRow("a tombstone undone") << QStringLiteral("UPDATE version SET deleted = 0 WHERE seq = 1");
        QTest::newRow("the receiver rewritten") << QStringLiteral("UPDATE header SET value = replace(value, 'receiver-uuid\",\"receiver_name', 'other\",\"receiver_name') WHERE key = 'header'");
    }
    void alteredPackagesAreRefused()
    {
        QFETCH(QString, sql);
        const QString path = written(QStringLiteral("altered.srpk"));
        QVERIFY(exec(path, sql.toUtf8().constData()));
        auto read = PackageFile::read(path, expect());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(QStringLiteral("changed after it was made")), qPrintable(read.error()));
        QVERIFY(read.error().contains(QDir::toNativeSeparators(path)));
    }

    void damagedAndTruncatedPackagesAreRefused()
    {
        const QString truncated = written(QStringLiteral("truncated.srpk"));
        QVERIFY(QFile::resize(truncated, QFileInfo(truncated).size() / 2));
        auto a = PackageFile::read(truncated, expect());
        QVERIFY(!a);
        QVERIFY2(a.error().contains(QStringLiteral("damaged or incomplete")), qPrintable(a.error()));

        const QString flipped = written(QStringLiteral("flipped.srpk"));
        {
            QFile f(flipped);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(4096);
            f.write(QByteArray(8192, '\x33'));
        }
        QVERIFY(!PackageFile::read(flipped, expect()));

        QVERIFY(!PackageFile::read(m_dir.filePath(QStringLiteral("missing.srpk")), expect()));
        // A database (or any SQLite file) is not a package.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(exec(other, "CREATE TABLE t (x)"));
        auto notPackage = PackageFile::read(other, expect());
        QVERIFY(!notPackage);
        QVERIFY(notPackage.error().contains(QStringLiteral("not a ScaleReady sync package")));
        // Nor is a text file.
        const QString textFile = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(textFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        QVERIFY(!PackageFile::read(textFile, expect()));
    }

    void wrongAddressAndNewerSchemaAreRefused()
    {
        const QString path = written(QStringLiteral("addressed.srpk"));
        PackageFile::Expect other = expect();
        other.receiver = QStringLiteral("someone-else");
        auto a = PackageFile::read(path, other);
        QVERIFY(!a);
        QVERIFY(a.error().contains(QStringLiteral("another database")));
        other = expect();
        other.programme = QStringLiteral("another-programme");
        auto b = PackageFile::read(path, other);
        QVERIFY(!b);
        QVERIFY(b.error().contains(QStringLiteral("another programme")));
        other = expect();
        other.schemaVersion = 6;
        auto c = PackageFile::read(path, other);
        QVERIFY(!c);
        QVERIFY(c.error().contains(QStringLiteral("newer version")));
        // A starter package (naming the database it makes) is only for setting up a new database,
        // and an ordinary package cannot set one up.
        Package starter = sample(2);
        starter.header.receiver = QStringLiteral("new-database-uuid");
        starter.header.starter = true;
        const QString starterPath = written(QStringLiteral("starter.srpk"), starter);
        auto d = PackageFile::read(starterPath, expect());
        QVERIFY(!d);
        QVERIFY(d.error().contains(QStringLiteral("starter package")));
        PackageFile::Expect fresh = expect();
        fresh.starter = true;
        fresh.receiver.clear();
        fresh.programme.clear();
        QVERIFY(PackageFile::read(starterPath, fresh));
        auto e = PackageFile::read(path, fresh);
        QVERIFY(!e);
        QVERIFY(e.error().contains(QStringLiteral("not a starter package")));
    }

    void failedWriteLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/p.srpk"));
        auto w = PackageFile::write(path, sample(2));
        QVERIFY(!w);
        QVERIFY(w.error().contains(QStringLiteral("could not be written")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestSyncPackage)
#include "tst_syncpackage.moc"
