#pragma once

#include "versionvector.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

// How a database takes in a version of a row that another database sent (docs/sync.md). Pure
// rules, no storage: the package import applies them to each row, and a property test runs
// them across several replicas exchanging packages in random orders.
namespace Sync {

// One version of a synchronised row as it travels in a package.
struct Version
{
    QString entity;          // the table
    QString uuid;            // the row's identity across databases
    VersionVector vector;
    QJsonObject content;     // the audited columns and child rows, by name
    bool deleted = false;    // a tombstone takes part like an edit
    QString replica;         // the database that made this version
    QString changedBy;       // who
    QDateTime changedAt;     // when (UTC)

    // Same row state, whatever the history.
    bool sameState(const Version &o) const { return deleted == o.deleted && content == o.content; }
};

enum class Outcome {
    Inserted,  // a row this database did not have
    Updated,   // the incoming version descends from the local one: taken
    Unchanged, // the local version already contains the incoming one
    Conflict,  // changed on both sides since they last exchanged: kept, both queued
};

struct Decision
{
    Outcome outcome = Outcome::Unchanged;
    // The vector to store for the local row when it must change without its content: the two
    // sides made the same change concurrently, which is no conflict.
    std::optional<VersionVector> mergedVector;
};

// local: this database's version (none: it never saw the row). locked: the local row may not be
// changed by this sender (approved data from a field package): anything new is a conflict.
Decision decide(const std::optional<Version> &local, const Version &incoming, bool locked = false);

enum class Resolution { KeepMine, TakeTheirs, Edit };

// The version that settles a conflict on this replica: the chosen (or edited) state, with a
// vector that descends from both sides plus one change here, so that it wins everywhere it goes.
Version resolve(const Version &mine, const Version &theirs, Resolution resolution, const QString &replica,
                const QJsonObject &edited = {}, const QString &by = {});

} // namespace Sync
