#pragma once

#include "auth/actor.h"
#include "result.h"

#include <QCoreApplication>

// The permission rules the services enforce (hiding a button is never the only guard).
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // Programme, sites, indicators and users: administrators and programme managers.
    static Result<void> requireMetadata(const Actor &actor)
    {
        if (actor.mayEditMetadata())
            return {};
        return fail(tr("%1 (%2) may not change the programme's sites, indicators or settings.")
                        .arg(actor.username, Vocabulary::label(actor.role)));
    }

    static Result<void> requireAdmin(const Actor &actor)
    {
        if (actor.role == Role::Admin)
            return {};
        return fail(tr("Only an administrator may manage user accounts; %1 is a %2.")
                        .arg(actor.username, Vocabulary::label(actor.role)));
    }
};
