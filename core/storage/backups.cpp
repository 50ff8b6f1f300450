#include "backups.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace {
constexpr const char *Keys[] = {"manual", "import", "scheduled", "restore"};

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

struct Connection
{
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

QString message(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

// The problems integrity_check finds on an open connection; empty when the file is sound.
QStringList problemsOf(sqlite3 *db)
{
    QStringList problems;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) != SQLITE_OK)
        return {message(db)};
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        if (line != QLatin1StringView("ok"))
            problems.append(line);
    }
    sqlite3_finalize(s);
    return problems;
}
} // namespace

QString Backups::kindKey(Kind kind)
{
    return QString::fromLatin1(Keys[int(kind)]);
}

QString Backups::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Manual: return tr("made by hand");
    case Kind::BeforeImport: return tr("before an import");
    case Kind::Scheduled: return tr("scheduled");
    case Kind::BeforeRestore: return tr("before a restore");
    }
    return {};
}

QString Backups::folderOf(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

QList<Backups::Info> Backups::list(const QString &databasePath)
{
    QList<Info> list;
    const QString base = QFileInfo(databasePath).completeBaseName();
    static const QRegularExpression name(QStringLiteral("^(.*)-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.db$"));
    const QDir dir(folderOf(databasePath));
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        const auto m = name.match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        Info info;
        info.path = f.absoluteFilePath();
        info.createdAt = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        info.createdAt.setTimeSpec(Qt::UTC);
        bool known = false;
        for (int k = 0; k < int(std::size(Keys)); ++k) {
            if (m.captured(3) == QLatin1StringView(Keys[k])) {
                info.kind = Kind(k);
                known = true;
            }
        }
        if (!known)
            continue;
        info.bytes = f.size();
        list.append(info);
    }
    std::sort(list.begin(), list.end(), [](const Info &a, const Info &b) { return a.createdAt > b.createdAt; });
    return list;
}

std::optional<double> Backups::hoursSinceLast(const QString &databasePath, Kind kind)
{
    for (const Info &i : list(databasePath)) {
        if (i.kind == kind)
            return i.createdAt.secsTo(QDateTime::currentDateTimeUtc()) / 3600.0;
    }
    return std::nullopt;
}

Result<Backups::Info> Backups::create(Database &database, Kind kind, int keep, const Progress &progress,
                                      const Cancelled &cancelled)
{
    const QString folder = folderOf(database.path());
    if (!QDir().mkpath(folder))
        return fail(tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(folder)), ErrorKind::File);
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString path;
    do { // two copies in one millisecond get distinct names
        path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.db")
                                         .arg(QFileInfo(database.path()).completeBaseName(), stamp(now), kindKey(kind)));
        now = now.addMSecs(1);
    } while (QFile::exists(path));
    // A name of its own even when another copy is being made at the same moment.
    const QString part = path + QStringLiteral(".part-") + QString::number(QRandomGenerator::global()->generate64(), 16);

    auto failed = [&](const QString &why) {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        return fail(tr("The backup of %1 failed: %2").arg(QDir::toNativeSeparators(database.path()), why), ErrorKind::File);
    };
    {
        Connection dest;
        if (sqlite3_open_v2(part.toUtf8().constData(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return failed(message(dest.db));
        sqlite3_backup *backup = sqlite3_backup_init(dest.db, "main", database.handle(), "main");
        if (!backup)
            return failed(message(dest.db));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, 1024);
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && total > 0)
                progress(int(100LL * (total - sqlite3_backup_remaining(backup)) / total));
            if (cancelled && cancelled()) {
                sqlite3_backup_finish(backup);
                sqlite3_close_v2(dest.db);
                dest.db = nullptr;
                QFile::remove(part);
                return fail(tr("The backup was cancelled."));
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(20);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        // One self-contained file: the copy does not keep the original's write-ahead log mode.
        if (sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(message(dest.db));
        if (const QStringList problems = problemsOf(dest.db); !problems.isEmpty())
            return failed(problems.join(QStringLiteral("; ")));
    }
    std::error_code error;
    std::filesystem::rename(part.toStdString(), path.toStdString(), error);
    if (error)
        return failed(QString::fromStdString(error.message()));

    // Rotation: the newest `keep` of this kind stay.
    int seen = 0;
    for (const Info &i : list(database.path())) {
        if (i.kind == kind && ++seen > std::max(1, keep))
            QFile::remove(i.path);
    }
    Info info;
    info.path = path;
    info.createdAt = QDateTime::fromString(stamp(now.addMSecs(-1)), QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    info.createdAt.setTimeSpec(Qt::UTC);
    info.kind = kind;
    info.bytes = QFileInfo(path).size();
    return info;
}

Result<void> Backups::verify(const QString &backupPath)
{
    const QString shown = QDir::toNativeSeparators(backupPath);
    if (!QFileInfo(backupPath).isFile())
        return fail(tr("The backup %1 does not exist.").arg(shown), ErrorKind::File);
    Connection db;
    const QByteArray uri = QByteArrayLiteral("file:") + QUrl::fromLocalFile(backupPath).path(QUrl::FullyEncoded).toUtf8()
                           + QByteArrayLiteral("?mode=ro&immutable=1");
    if (sqlite3_open_v2(uri.constData(), &db.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return fail(tr("The backup %1 cannot be opened: %2").arg(shown, message(db.db)), ErrorKind::File);
    sqlite3_stmt *s = nullptr;
    int applicationId = 0;
    if (sqlite3_prepare_v2(db.db, "PRAGMA application_id", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        applicationId = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    if (applicationId != Database::ApplicationId)
        return fail(tr("%1 is not a backup of a ScaleReady database.").arg(shown), ErrorKind::File);
    int version = 0;
    if (sqlite3_prepare_v2(db.db, "PRAGMA user_version", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        version = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    if (version > Database::latestSchemaVersion())
        return fail(tr("The backup %1 was made by a newer version of ScaleReady; update ScaleReady to restore it.").arg(shown),
                    ErrorKind::File);
    if (const QStringList problems = problemsOf(db.db); !problems.isEmpty())
        return fail(tr("The backup %1 is damaged: %2").arg(shown, problems.mid(0, 5).join(QStringLiteral("; "))),
                    ErrorKind::Damaged);
    return {};
}

bool Backups::inUse(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return false;
    // Another connection keeps a shared lock on the file (or, in WAL mode, on its index) for as
    // long as it is open: taking the file exclusively fails at once then.
    Connection db;
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &db.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(db.db, 0);
    const bool free = sqlite3_exec(db.db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM sqlite_master; COMMIT;",
                                   nullptr, nullptr, nullptr) == SQLITE_OK;
    return !free;
}

namespace {
// Flushes a file (or a folder's entry list) to the disk, so that a power cut after the rename
// finds the whole copy.
void flush(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

Result<void> Backups::restore(const QString &backupPath, const QString &databasePath)
{
    if (auto ok = verify(backupPath); !ok)
        return ok;
    const QString shown = QDir::toNativeSeparators(databasePath);
    if (inUse(databasePath))
        return fail(tr("%1 is open in another window or program; close it there first, then restore.").arg(shown),
                    ErrorKind::File);
    // The chosen copy is taken first: keeping the current file below rotates the copies, which
    // may remove the chosen one when it is the oldest of its kind.
    const QString part = databasePath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backupPath, part))
        return fail(tr("Could not copy the backup next to %1.").arg(shown), ErrorKind::File);
    flush(part);
    // What is replaced is kept: a backup through SQLite when the file opens, else the bytes
    // (with its write-ahead log, which may hold committed changes).
    if (QFileInfo::exists(databasePath)) {
        auto opened = Database::open(databasePath, Database::Mode::OpenExisting);
        if (opened) {
            auto kept = create(*opened.value(), Kind::BeforeRestore);
            opened.value().reset();
            if (!kept) {
                QFile::remove(part);
                return fail(kept.error(), ErrorKind::File);
            }
        } else {
            const QString folder = folderOf(databasePath);
            QDir().mkpath(folder);
            const QString copy = QDir(folder).filePath(QStringLiteral("%1-%2-restore.db")
                                                           .arg(QFileInfo(databasePath).completeBaseName(),
                                                                stamp(QDateTime::currentDateTimeUtc())));
            if (!QFile::copy(databasePath, copy)) {
                QFile::remove(part);
                return fail(tr("Could not keep a copy of %1 before restoring.").arg(shown), ErrorKind::File);
            }
            if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
                QFile::copy(databasePath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
        }
    }
    // The old file's log belongs to it alone: it goes before the copy takes its place.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(databasePath + QLatin1StringView(suffix));
    std::error_code error;
    std::filesystem::rename(part.toStdString(), databasePath.toStdString(), error);
    if (error) {
        QFile::remove(part);
        return fail(tr("Could not put the backup in place of %1: %2").arg(shown, QString::fromStdString(error.message())),
                    ErrorKind::File);
    }
    flush(QFileInfo(databasePath).absolutePath());
    return {};
}
