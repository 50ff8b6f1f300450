#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace {
QAtomicInt connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("scaleready-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

// Closes and removes a connection when it goes out of scope.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const QString &name) : m_name(name) {}
    void release() { m_name.clear(); }
    ~ScopedConnection()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name;
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant scalar(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}
} // namespace

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly) {
            // Fold the WAL back into the file so that a copied .db file is complete.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Database::schemaVersion(QSqlDatabase &connection)
{
    return scalar(connection, QStringLiteral("PRAGMA user_version")).toInt();
}

Result<void> Database::migrate(QSqlDatabase &connection, int targetVersion)
{
    const int current = schemaVersion(connection);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (!connection.transaction())
            return fail(tr("Could not start upgrading the database to schema version %1: %2")
                            .arg(migration.version)
                            .arg(connection.lastError().text()));
        QString error;
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(connection, statement, &error)) {
                ok = false;
                break;
            }
        }
        if (ok && migration.code) {
            error = migration.code(connection);
            ok = error.isEmpty();
        }
        if (ok)
            ok = exec(connection, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &error);
        if (ok && !connection.commit()) {
            ok = false;
            error = connection.lastError().text();
        }
        if (!ok) {
            connection.rollback();
            return fail(tr("Could not upgrade the database to schema version %1: %2")
                            .arg(migration.version)
                            .arg(error));
        }
    }
    return {};
}

Result<void> Database::inspect(const QString &path)
{
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return {}; // nothing to check: open() creates or refuses it
    auto opened = open(path, Mode::ReadOnly, Check::Quick);
    if (!opened)
        return fail(opened.error(), opened.errorKind());
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, Check checkMode)
{
    if (path.trimmed().isEmpty())
        return fail(tr("No database file was given."), ErrorKind::File);

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool exists = info.exists() && info.size() > 0;

    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(shown), ErrorKind::File);

    if (!exists && mode == Mode::ReadOnly)
        return fail(tr("The database file %1 does not exist or is empty.").arg(shown), ErrorKind::File);
    if (info.exists() && !exists && mode == Mode::OpenExisting)
        return fail(tr("The file %1 is empty; it is not a ScaleReady database.").arg(shown), ErrorKind::File);
    if (!info.exists() && mode == Mode::OpenExisting)
        return fail(tr("The database file %1 does not exist.").arg(shown), ErrorKind::File);

    if (exists) {
        if (!info.isReadable())
            return fail(tr("The database file %1 cannot be read: permission denied.").arg(shown), ErrorKind::File);
        // Look at the header before SQLite does, so a file of another kind is never touched.
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The database file %1 cannot be read: %2").arg(shown, file.errorString()), ErrorKind::File);
        const QByteArray header = file.read(16);
        file.close();
        if (header != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a ScaleReady database: it is not an SQLite file.").arg(shown), ErrorKind::File);

        // Every check on an existing file runs on a read-only connection.
        const QString checkName = newConnectionName();
        ScopedConnection guard(checkName);
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        // Without a write-ahead log beside it the file is complete: read it as immutable, so
        // that SQLite creates no -wal or -shm file next to a file it may reject.
        if (QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"))) {
            check.setDatabaseName(info.absoluteFilePath());
            check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            check.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                  + QStringLiteral("?immutable=1"));
            check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!check.open())
            return fail(tr("The database file %1 cannot be opened: %2").arg(shown, check.lastError().text()), ErrorKind::File);
        QString error;
        const QVariant appId = scalar(check, QStringLiteral("PRAGMA application_id"), &error);
        if (!appId.isValid())
            return fail(tr("The database file %1 is damaged: %2").arg(shown, error), ErrorKind::Damaged);
        const QVariant tables = scalar(check, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
        if (!tables.isValid())
            return fail(tr("The database file %1 is damaged: %2").arg(shown, error), ErrorKind::Damaged);
        if (appId.toInt() != ApplicationId && !(appId.toInt() == 0 && tables.toInt() == 0))
            return fail(tr("%1 is an SQLite database of another application, not a ScaleReady database.").arg(shown), ErrorKind::File);
        const int version = schemaVersion(check);
        if (version > latestSchemaVersion())
            return fail(tr("%1 was written by a newer version of ScaleReady (schema version %2; this version "
                           "reads up to %3). Install the newer version to open it.")
                            .arg(shown)
                            .arg(version)
                            .arg(latestSchemaVersion()), ErrorKind::File);
        QSqlQuery quick(check);
        if (checkMode == Check::Quick && !quick.exec(QStringLiteral("PRAGMA quick_check")))
            return fail(tr("The database file %1 is damaged: %2").arg(shown, quick.lastError().text()), ErrorKind::Damaged);
        QStringList problems;
        while (checkMode == Check::Quick && quick.next()) {
            const QString line = quick.value(0).toString();
            if (line != QLatin1StringView("ok"))
                problems.append(line);
        }
        if (!problems.isEmpty())
            return fail(tr("The database file %1 is damaged: %2").arg(shown, problems.mid(0, 5).join(u"; ")), ErrorKind::Damaged);
        if (mode == Mode::ReadOnly) {
            std::unique_ptr<Database> database(new Database);
            database->m_path = info.absoluteFilePath();
            database->m_connectionName = checkName;
            database->m_readOnly = true;
            guard.release();
            if (version >= 1) {
                QSqlQuery replica(check);
                if (replica.exec(QStringLiteral("SELECT id, uuid FROM replica WHERE is_local = 1")) && replica.next()) {
                    database->m_replicaId = replica.value(0).toLongLong();
                    database->m_replicaUuid = replica.value(1).toString();
                }
            }
            return database;
        }
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("The database file %1 is in a read-only folder; ScaleReady keeps a journal file beside "
                           "it and needs to write there. Copy it to a folder you can write to.")
                            .arg(shown),
                        ErrorKind::File);
        if (!info.isWritable())
            return fail(tr("The database file %1 is read-only; ScaleReady needs to write to it. Copy it to a "
                           "folder you can write to, or change its permissions.")
                            .arg(shown), ErrorKind::File);
    } else {
        const QFileInfo folder(info.absolutePath());
        if (!folder.exists())
            return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())), ErrorKind::File);
        if (!folder.isWritable())
            return fail(tr("The database cannot be created in %1: the folder is read-only.")
                            .arg(QDir::toNativeSeparators(folder.absoluteFilePath())), ErrorKind::File);
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = info.absoluteFilePath();
    database->m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("The database file %1 cannot be opened: %2").arg(shown, db.lastError().text()), ErrorKind::File);

    QString error;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        || !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error))
        return fail(tr("The database file %1 cannot be prepared: %2").arg(shown, error), ErrorKind::File);
    const QString journal = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error).toString();
    if (journal != QLatin1StringView("wal"))
        return fail(tr("The database file %1 cannot be prepared for safe writing (write-ahead log): %2")
                        .arg(shown, error.isEmpty() ? journal : error),
                    ErrorKind::File);

    if (auto migrated = migrate(db, latestSchemaVersion()); !migrated)
        return fail(tr("%1: %2").arg(shown, migrated.error()));

    QSqlQuery replica(db);
    if (!replica.exec(QStringLiteral("SELECT id, uuid FROM replica WHERE is_local = 1")) || !replica.next())
        return fail(tr("The database file %1 has no identity (replica row); it may be damaged.").arg(shown));
    database->m_replicaId = replica.value(0).toLongLong();
    database->m_replicaUuid = replica.value(1).toString();
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

Result<void> Database::checkIntegrity(bool full) const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return fail(tr("The integrity check of %1 failed: %2").arg(m_path, query.lastError().text()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems.append(line);
    }
    QSqlQuery fk(db);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            problems.append(tr("row %1 of table %2 refers to a missing row of %3")
                                .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString()));
    }
    if (!problems.isEmpty())
        return fail(tr("%1 has %n problem(s): %2", nullptr, int(problems.size()))
                        .arg(m_path, problems.mid(0, 10).join(u"; ")));
    return {};
}

// Transactions nest: the outermost is a real transaction, inner ones are savepoints, so a
// service that runs inside another service's transaction commits or rolls back with it.
bool Database::beginTransaction()
{
    QSqlDatabase db = connection();
    if (m_depth == 0) {
        if (!db.transaction())
            return false;
    } else if (!QSqlQuery(db).exec(QStringLiteral("SAVEPOINT nested_%1").arg(m_depth))) {
        return false;
    }
    ++m_depth;
    return true;
}

bool Database::commit()
{
    if (m_depth <= 0)
        return false;
    QSqlDatabase db = connection();
    if (m_depth == 1) {
        if (!db.commit())
            return false;
    } else if (!QSqlQuery(db).exec(QStringLiteral("RELEASE nested_%1").arg(m_depth - 1))) {
        return false;
    }
    --m_depth;
    return true;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    QSqlDatabase db = connection();
    --m_depth;
    if (m_depth == 0) {
        db.rollback();
    } else {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO nested_%1").arg(m_depth));
        QSqlQuery(db).exec(QStringLiteral("RELEASE nested_%1").arg(m_depth));
    }
}
