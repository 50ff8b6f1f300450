#include "permissions.h"

#include "storage/siterepository.h"
#include "storage/userrepository.h"

Actor Permissions::current(Database &database, const Actor &actor)
{
    if (actor.userId <= 0)
        return actor;
    const auto user = UserRepository(database).find(actor.userId);
    if (!user || user->meta.deleted || !user->active)
        return Actor{actor.userId, actor.username, Role::Viewer};
    return Actor{actor.userId, actor.username, user->role};
}

Result<void> Permissions::requireMetadata(Database &database, const Actor &signedIn)
{
    const Actor actor = current(database, signedIn);
    if (actor.mayEditMetadata())
        return {};
    return fail(tr("%1 (%2) may not change the programme's sites, indicators or settings.")
                    .arg(actor.username, Vocabulary::label(actor.role)));
}

Result<void> Permissions::requireAdmin(Database &database, const Actor &signedIn)
{
    const Actor actor = current(database, signedIn);
    if (actor.role == Role::Admin)
        return {};
    return fail(tr("Only an administrator may manage user accounts; %1 is a %2.")
                    .arg(actor.username, Vocabulary::label(actor.role)));
}

Result<void> Permissions::requireReview(Database &database, const Actor &signedIn)
{
    const Actor actor = current(database, signedIn);
    if (actor.role == Role::Admin || actor.role == Role::Manager)
        return {};
    return fail(tr("Only a programme manager may approve, return or reopen reports; %1 is a %2.")
                    .arg(actor.username, Vocabulary::label(actor.role)));
}

bool Permissions::maySite(Database &database, const Actor &signedIn, qint64 siteId)
{
    const Actor actor = current(database, signedIn);
    switch (actor.role) {
    case Role::Admin:
    case Role::Manager: return true;
    case Role::Viewer: return false;
    case Role::FieldOfficer: {
        const auto user = UserRepository(database).find(actor.userId);
        return user && user->active && user->siteIds.contains(siteId);
    }
    }
    return false;
}

Result<void> Permissions::requireSite(Database &database, const Actor &actor, qint64 siteId)
{
    if (maySite(database, actor, siteId))
        return {};
    const auto site = SiteRepository(database).find(siteId);
    return fail(tr("%1 (%2) may not enter data for site %3.")
                    .arg(actor.username, Vocabulary::label(actor.role), site ? site->code : QString::number(siteId)));
}
