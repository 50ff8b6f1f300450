#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Database;

// Copies of a database file made with SQLite's online backup API on the open connection's
// handle (a consistent snapshot, even while the file is in use), kept beside the file in
// "<name>.backups/" and rotated: the newest `keep` of each kind stay. Every copy passes
// PRAGMA integrity_check before it counts; a copy is written under a temporary name and renamed
// when complete, so a failed or cancelled backup leaves nothing behind. Restoring replaces the
// file with a checked copy, after backing up what it replaces.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    // Why a copy was made; part of its file name.
    enum class Kind { Manual, BeforeImport, Scheduled, BeforeRestore };

    struct Info
    {
        QString path;
        QDateTime createdAt; // UTC, from the file name
        Kind kind = Kind::Manual;
        qint64 bytes = 0;
    };

    static QString kindKey(Kind kind);
    static QString kindLabel(Kind kind);
    // The folder of a database's backups.
    static QString folderOf(const QString &databasePath);
    // Newest first.
    static QList<Info> list(const QString &databasePath);

    using Progress = std::function<void(int percent)>;
    using Cancelled = std::function<bool()>;
    // Copies the open database; then removes the oldest copies of the kind beyond keep.
    static Result<Info> create(Database &database, Kind kind, int keep = 10, const Progress &progress = {},
                               const Cancelled &cancelled = {});
    // Opens a copy read-only and runs PRAGMA integrity_check; fails with what it found.
    static Result<void> verify(const QString &backupPath);
    // Whether another connection (another window, the command line) has the file open.
    static bool inUse(const QString &databasePath);
    // Replaces the (closed) database file with a verified copy: the current file is first
    // backed up (kind BeforeRestore) when it opens, then the copy is put in place atomically.
    // Refused while the file is open elsewhere, and for a copy from a newer version.
    static Result<void> restore(const QString &backupPath, const QString &databasePath);
    // The hours since the newest copy of a kind; none without one.
    static std::optional<double> hoursSinceLast(const QString &databasePath, Kind kind);
};
