#include "dhis2mappingservice.h"

#include "auditedwrite.h"
#include "domain/period.h"
#include "permissions.h"
#include "storage/dhis2mappingrepository.h"
#include "storage/programmerepository.h"

#include <QSqlQuery>

namespace {
const QString Entity = QStringLiteral("dhis2_mapping");
constexpr int MaxRemoteLength = 50; // DHIS2's limit for codes (uids have 11 characters)

// The code of the live site, indicator or category option of the programme with this uuid;
// empty when there is none.
QString localCode(Database &database, qint64 programmeId, Dhis2Kind kind, const QString &uuid)
{
    const char *table = kind == Dhis2Kind::Site ? "site" : kind == Dhis2Kind::Indicator ? "indicator" : "category_option";
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT code FROM %1 WHERE uuid = ? AND programme_id = ? AND deleted = 0").arg(QLatin1StringView(table)));
    q.addBindValue(uuid);
    q.addBindValue(programmeId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}
} // namespace

QList<Dhis2Mapping> Dhis2MappingService::mappings(qint64 programmeId, Dhis2Kind kind) const
{
    return Dhis2MappingRepository(m_database)
        .select(QStringLiteral("WHERE programme_id = ? AND kind = ? AND deleted = 0"), {programmeId, dhis2KindKey(kind)},
                QStringLiteral("local_key"));
}

std::optional<Dhis2Mapping> Dhis2MappingService::find(qint64 programmeId, Dhis2Kind kind, const QString &localKey) const
{
    // Tombstoned or not: one row per key, revived by a later set.
    const auto list = Dhis2MappingRepository(m_database)
                          .select(QStringLiteral("WHERE programme_id = ? AND kind = ? AND local_key = ?"),
                                  {programmeId, dhis2KindKey(kind), localKey}, QStringLiteral("deleted, id"));
    return list.isEmpty() ? std::nullopt : std::optional<Dhis2Mapping>(list.first());
}

Result<void> Dhis2MappingService::validate(const Dhis2Mapping &m) const
{
    const auto programme = ProgrammeRepository(m_database).find(m.programmeId);
    if (!programme || programme->meta.deleted)
        return fail(tr("A DHIS2 code mapping needs an existing programme."));
    QString local = m.localKey;
    if (m.kind == Dhis2Kind::Period) {
        QString why;
        if (!Period::parse(m.localKey, &why).isValid())
            return fail(tr("DHIS2 period mapping: %1").arg(why));
    } else {
        local = localCode(m_database, m.programmeId, m.kind, m.localKey);
        if (local.isEmpty()) {
            switch (m.kind) {
            case Dhis2Kind::Site: return fail(tr("The DHIS2 code mapping refers to a site that is not in the programme."));
            case Dhis2Kind::Indicator: return fail(tr("The DHIS2 code mapping refers to an indicator that is not in the programme."));
            default: return fail(tr("The DHIS2 code mapping refers to a category option that is not in the programme."));
            }
        }
    }
    const QString remote = m.remote.trimmed();
    if (remote.isEmpty())
        return fail(tr("Enter the DHIS2 code for %1.").arg(local));
    if (remote.size() > MaxRemoteLength)
        return fail(tr("The DHIS2 code for %1 is longer than %2 characters.").arg(local).arg(MaxRemoteLength));
    for (QChar c : remote) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(tr("The DHIS2 code \"%1\" for %2 contains a space or control character.").arg(remote, local));
    }
    // Two local rows with one DHIS2 code would merge their values in DHIS2.
    // The mapping of a row since removed merges nothing: it does not count. (One indexed
    // query, not a read of every mapping: imports set thousands.)
    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT local_key FROM dhis2_mapping WHERE programme_id = ? AND kind = ? AND remote = ?"
                                " AND local_key <> ? AND deleted = 0"));
    same.addBindValue(m.programmeId);
    same.addBindValue(dhis2KindKey(m.kind));
    same.addBindValue(remote);
    same.addBindValue(m.localKey);
    if (same.exec()) {
        while (same.next()) {
            const QString otherKey = same.value(0).toString();
            const QString otherLocal =
                m.kind == Dhis2Kind::Period ? otherKey : localCode(m_database, m.programmeId, m.kind, otherKey);
            if (!otherLocal.isEmpty())
                return fail(tr("The DHIS2 code %1 is already used for %2.").arg(remote, otherLocal));
        }
    }
    return {};
}

Result<Dhis2Mapping> Dhis2MappingService::set(Dhis2Mapping mapping)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    mapping.remote = mapping.remote.trimmed();
    if (auto valid = validate(mapping); !valid)
        return fail(valid.error());
    Dhis2MappingRepository repo(m_database);
    const auto stored = find(mapping.programmeId, mapping.kind, mapping.localKey);
    QJsonObject before;
    if (stored) {
        // A new entry may bring back a removed mapping, never overwrite a live one unseen.
        const bool stale = mapping.meta.id != 0 ? mapping.meta.revision != stored->meta.revision : !stored->meta.deleted;
        if (stale)
            return fail(tr("The DHIS2 code of %1 was changed by someone else since it was opened; reload and try again.")
                            .arg(mapping.kind == Dhis2Kind::Period ? mapping.localKey
                                                                    : localCode(m_database, mapping.programmeId, mapping.kind,
                                                                                mapping.localKey)));
        before = auditedState<Dhis2MappingRepository>(*stored);
        mapping.meta = stored->meta;
        mapping.meta.deleted = false;
    } else {
        mapping.meta = RowMeta{};
    }
    const QString action = !stored ? QStringLiteral("create") : stored->meta.deleted ? QStringLiteral("restore")
                                                                                       : QStringLiteral("update");
    return auditedWrite<Dhis2MappingRepository>(m_database, m_actor, Entity, action, before, mapping, [&](Dhis2Mapping &row) {
        return stored ? repo.update(row, m_actor) : repo.insert(row, m_actor);
    });
}

Result<Dhis2Mapping> Dhis2MappingService::remove(const Dhis2Mapping &mapping)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    Dhis2MappingRepository repo(m_database);
    const auto stored = repo.find(mapping.meta.id);
    if (!stored || stored->meta.deleted)
        return fail(tr("This DHIS2 code mapping no longer exists."));
    if (stored->meta.revision != mapping.meta.revision)
        return fail(tr("The DHIS2 code mapping was changed by someone else since it was opened; reload and try again."));
    return auditedWrite<Dhis2MappingRepository>(m_database, m_actor, Entity, QStringLiteral("delete"),
                                                auditedState<Dhis2MappingRepository>(*stored), *stored,
                                                [&](Dhis2Mapping &row) { return repo.setDeleted(row, true, m_actor); });
}
