#pragma once

#include "auth/actor.h"
#include "domain/dhis2mapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The DHIS2 codes of a programme's sites, indicators, category options and periods, which the
// DHIS2 exports use (docs/import-export.md). Everyone may read them; administrators and
// programme managers change them, validated and audited, each change in one transaction.
// One live mapping per local key: setting a key again updates it, removing leaves a tombstone
// that a later set revives.
class Dhis2MappingService final
{
    Q_DECLARE_TR_FUNCTIONS(Dhis2MappingService)

public:
    Dhis2MappingService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    // The live mappings of one kind, ordered by local key.
    QList<Dhis2Mapping> mappings(qint64 programmeId, Dhis2Kind kind) const;
    std::optional<Dhis2Mapping> find(qint64 programmeId, Dhis2Kind kind, const QString &localKey) const;

    Result<void> validate(const Dhis2Mapping &mapping) const;
    // Creates, updates (the caller's copy must carry the stored revision) or revives the
    // mapping of mapping.localKey. A copy without an id may only create or revive.
    Result<Dhis2Mapping> set(Dhis2Mapping mapping);
    Result<Dhis2Mapping> remove(const Dhis2Mapping &mapping);

private:
    Database &m_database;
    Actor m_actor;
};
