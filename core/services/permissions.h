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
    // Programme, sites, indicators, rules and checklist: administrators and programme managers.
    static Result<void> requireMetadata(const Actor &actor);
    static Result<void> requireAdmin(const Actor &actor);
    // Approving, returning and reopening reports: administrators and programme managers.
    static Result<void> requireReview(const Actor &actor);
    // Entering data, visits and costs for a site: administrators, programme managers and the
    // field officers assigned to the site.
    static Result<void> requireSite(Database &database, const Actor &actor, qint64 siteId);
    static bool maySite(Database &database, const Actor &actor, qint64 siteId);
};
