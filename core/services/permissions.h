#pragma once

#include "auth/actor.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// The permission rules the services enforce (hiding a button is never the only guard).
//
//                         admin  manager  officer           viewer
//   users, assignments    yes    –        own password      –
//   programme metadata    yes    yes      –                 –
//   data, visits, costs   yes    yes      assigned sites    –
//   review (approve, …)   yes    yes      –                 –
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    // The actor as the database knows the account now: a role changed or an account disabled
    // since sign-in counts at once (a disabled account may do nothing). The system actor
    // (the generator, migrations) has no account and stays as it is.
    static Actor current(Database &database, const Actor &actor);

    // Programme, sites, indicators, rules and checklist: administrators and programme managers.
    static Result<void> requireMetadata(Database &database, const Actor &actor);
    static Result<void> requireAdmin(Database &database, const Actor &actor);
    // Approving, returning and reopening reports: administrators and programme managers.
    static Result<void> requireReview(Database &database, const Actor &actor);
    // Entering data, visits and costs for a site: administrators, programme managers and the
    // field officers assigned to the site.
    static Result<void> requireSite(Database &database, const Actor &actor, qint64 siteId);
    static bool maySite(Database &database, const Actor &actor, qint64 siteId);
};
