#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

struct sqlite3;

// One open ScaleReady database file: a named QSQLITE connection in WAL mode with foreign keys
// and a busy timeout, migrated to the current schema. Opening never changes a file it rejects:
// every check on an existing file runs on a read-only connection first.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "SRDY": marks the file as ScaleReady's in the SQLite header (PRAGMA application_id).
    static constexpr int ApplicationId = 0x53524459;

    // ReadOnly opens an existing file without ever writing to it (no migration, no WAL switch):
    // for checks and viewing.
    enum class Mode { OpenOrCreate, OpenExisting, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Quick runs PRAGMA quick_check on an existing file before anything else; Skip leaves it out
    // for a file that inspect() has just checked (quick_check reads the whole file: seconds for
    // a province-size database, so the window runs inspect() off the GUI thread).
    enum class Check { Quick, Skip };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenOrCreate,
                                                  Check check = Check::Quick);
    // The checks open() makes on an existing file, quick_check included, without writing.
    static Result<void> inspect(const QString &path);

    // The schema version this build writes and reads; files with a higher user_version are
    // refused, lower ones are migrated.
    static int latestSchemaVersion();
    // Applies the migrations after the connection's current user_version up to target, each
    // in its own transaction. Exposed so that tests can step through every migration.
    static Result<void> migrate(QSqlDatabase &connection, int targetVersion);
    static int schemaVersion(QSqlDatabase &connection);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // The local replica: its row id (for origin columns) and its UUID (identity across databases).
    qint64 replicaId() const { return m_replicaId; }
    QString replicaUuid() const { return m_replicaUuid; }
    // The raw SQLite handle behind the Qt connection, for bulk work and the backup API.
    sqlite3 *handle() const;

    // Runs PRAGMA integrity_check (full) or quick_check; returns the problems found, if any.
    Result<void> checkIntegrity(bool full = true) const;

    // Runs fn inside a transaction: commits when it returns ok, rolls back otherwise.
    template<typename Fn>
    auto transaction(Fn &&fn) -> decltype(fn());

    bool beginTransaction();
    bool commit();
    void rollback();

private:
    Database() = default;
    QString m_path;
    QString m_connectionName;
    qint64 m_replicaId = 0;
    QString m_replicaUuid;
    bool m_readOnly = false;
    int m_depth = 0; // open transactions: 1 = a transaction, more = savepoints inside it
};

template<typename Fn>
auto Database::transaction(Fn &&fn) -> decltype(fn())
{
    if (!beginTransaction())
        return fail(tr("Could not start a transaction in %1: %2")
                        .arg(m_path, connection().lastError().text()));
    auto result = fn();
    if (!result.ok()) {
        rollback();
        return result;
    }
    if (!commit()) {
        const QString why = connection().lastError().text();
        rollback();
        return fail(tr("Could not save the change in %1: %2").arg(m_path, why));
    }
    return result;
}
