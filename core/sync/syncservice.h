#pragma once

#include "auth/actor.h"
#include "merge.h"
#include "package.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class Database;

// Synchronisation between the manager's database and field databases through packages
// (docs/sync.md). Every write this database makes is already an audit entry, whose id is the
// database's change counter; a row's version vector is its last synchronised vector plus the
// local revisions since. Export collects every synchronised row changed after what the peer
// acknowledged; import applies a package in one transaction after a backup, with the merge rules
// of core/sync/merge, and queues conflicts for the manager to resolve.
namespace Sync {

// What an import did, shown and kept (sync_package.summary).
struct Summary
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    struct Rejection
    {
        QString entity; // table
        QString uuid;
        QString reason; // translated when it was made
        bool retry = false; // could not be stored yet (a missing reference, a clash): sent again
    };
    QList<Rejection> rejected;
    int settled = 0;     // open conflicts that an incoming resolution settled
    QString backupPath;  // the copy made before the import
    bool missingEarlier = false; // the sender's earlier changes have not all arrived yet

    QJsonObject toJson() const;
    static Summary fromJson(const QJsonObject &json);
    // One translated paragraph: counts, then each rejection (at most maxRejections).
    QString text(int maxRejections = 20) const;
};

// Another database this one exchanges packages with.
struct Peer
{
    qint64 id = 0;        // sync_peer.id
    QString uuid;         // its replica uuid
    QString name;         // its database name, for people
    bool isManager = false; // the manager's database (on a field database); else a field laptop
    QString officer;      // a field peer's officer (user name)
    qint64 receivedSeq = 0; // the highest of its changes this database holds
    qint64 ackedSeq = 0;    // the highest of this database's changes it acknowledged
    QDateTime lastSentAt;
    QDateTime lastReceivedAt;
};

// A package sent or received (or refused), with its summary.
struct PackageRecord
{
    enum class Direction { Sent, Received, Refused };
    qint64 id = 0;
    Direction direction = Direction::Sent;
    QString peerName;
    QString fileName;
    QDateTime at;
    QString by;
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int versions = 0;
    bool starter = false;
    Summary summary;  // received packages
    QString error;    // refused packages: why
};

// A row changed on both sides since they last exchanged (or approved data a field package
// tried to change): both versions, who and when.
struct Conflict
{
    enum class Status { Open, Resolved, Settled };
    qint64 id = 0;
    QString entity;
    QString uuid;       // the local row's
    QString peerName;   // where theirs came from
    QString what;       // the row in words: site, indicator, period… (in the current language)
    Version mine;       // the local version when the conflict arose
    Version theirs;
    bool locked = false; // theirs tried to change approved data
    QDateTime at;
    Status status = Status::Open;
    Resolution resolution = Resolution::KeepMine;
    QString resolvedBy;
    QDateTime resolvedAt;
};

// How a package travels. Exchange files now (a USB stick, e-mail); a central server later
// implements the same two calls.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual Result<void> send(const Package &package) = 0;
    virtual Result<Package> receive(const PackageFile::Expect &expect) = 0;
    // Where the package goes or comes from, for the log and messages (a file name).
    virtual QString where() const = 0;
};

class ExchangeFile final : public Transport
{
public:
    explicit ExchangeFile(QString path) : m_path(std::move(path)) {}
    Result<void> send(const Package &package) override { return PackageFile::write(m_path, package); }
    Result<Package> receive(const PackageFile::Expect &expect) override { return PackageFile::read(m_path, expect); }
    QString where() const override { return m_path; }

private:
    QString m_path;
};

class SyncService final
{
    Q_DECLARE_TR_FUNCTIONS(SyncService)

public:
    SyncService(Database &database, const Actor &actor);

    // The synchronised tables, parents before children (the order packages are applied in).
    static const QStringList &tables();

    // A field database was made from a starter package and sends only to its manager.
    bool isFieldDatabase() const;
    std::optional<Peer> manager() const;
    QList<Peer> peers() const;
    // Newest first.
    QList<PackageRecord> packages(int limit = 500) const;
    QList<Conflict> conflicts(bool openOnly = true) const;
    int openConflictCount() const;
    // The officers (user names) a manager can send to: active officers with sites assigned in
    // the programme (0: in any).
    QStringList officers(qint64 programmeId = 0) const;

    struct ExportResult
    {
        int versions = 0;
        bool starter = false;
        QString peerName;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false: cancel
    // A field database sends to its manager (officer and programme are ignored). The manager's
    // database sends to an officer's laptop: a starter package when the officer has none yet
    // (or starter is forced: a lost laptop), else everything the laptop has not acknowledged.
    // programmeId 0: the only programme. Managers and administrators only on the manager's side.
    Result<ExportResult> exportTo(Transport &transport, const QString &officer = {}, qint64 programmeId = 0,
                                  bool forceStarter = false, const Progress &progress = {});
    // Applies a package from a peer: checks it whole first, backs up, then one transaction.
    // A refused package is logged with its reason and changes nothing else.
    Result<Summary> importFrom(Transport &transport, const Progress &progress = {});
    // Creates a field database at path (which must not exist) from a starter package.
    static Result<Summary> createFromStarter(const QString &path, Transport &transport, const Progress &progress = {});

    // Settles open conflicts (managers and administrators): the resolution becomes a new
    // version that wins on every database it reaches. Edit takes the edited content (the
    // conflict's columns by name), for one conflict at a time.
    Result<int> resolve(const QList<qint64> &conflictIds, Resolution resolution, const QJsonObject &edited = {});

    struct Impl; // the implementation's working state (syncservice.cpp)

private:
    Database &m_database;
    Actor m_actor;
};

QString entityLabel(const QString &entity);          // "data value", translated
QString resolutionLabel(Resolution resolution);       // translated
QString conflictStatusLabel(Conflict::Status status); // translated

} // namespace Sync
