#include "merge.h"

namespace Sync {

Decision decide(const std::optional<Version> &local, const Version &incoming, bool locked)
{
    Decision d;
    if (!local) {
        d.outcome = locked ? Outcome::Conflict : Outcome::Inserted;
        return d;
    }
    switch (VersionVector::compare(local->vector, incoming.vector)) {
    case VersionVector::Order::Equal:
    case VersionVector::Order::After:
        d.outcome = Outcome::Unchanged; // seen before, or superseded here
        return d;
    case VersionVector::Order::Before:
        if (local->sameState(incoming)) {
            // Nothing to change but the history: take the vector, keep the row.
            d.outcome = Outcome::Unchanged;
            d.mergedVector = incoming.vector;
            return d;
        }
        d.outcome = locked ? Outcome::Conflict : Outcome::Updated;
        return d;
    case VersionVector::Order::Concurrent:
        if (local->sameState(incoming)) {
            d.outcome = Outcome::Unchanged;
            d.mergedVector = VersionVector::merged(local->vector, incoming.vector);
            return d;
        }
        d.outcome = Outcome::Conflict;
        return d;
    }
    return d;
}

Version resolve(const Version &mine, const Version &theirs, Resolution resolution, const QString &replica,
                const QJsonObject &edited, const QString &by)
{
    Version v = resolution == Resolution::TakeTheirs ? theirs : mine;
    if (resolution == Resolution::Edit) {
        v.content = edited;
        v.deleted = false;
    }
    v.vector = VersionVector::merged(mine.vector, theirs.vector);
    v.vector.bump(replica);
    v.replica = replica;
    v.changedBy = by;
    v.changedAt = QDateTime::currentDateTimeUtc();
    return v;
}

} // namespace Sync
