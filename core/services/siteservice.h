#pragma once

#include "auth/actor.h"
#include "domain/site.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Sites: validated, permission-checked, audited writes; each in one transaction. Removal is a
// tombstone that restore() undoes.
class SiteService final
{
    Q_DECLARE_TR_FUNCTIONS(SiteService)

public:
    SiteService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<Site> sites(qint64 programmeId) const;
    std::optional<Site> site(qint64 id) const;

    Result<void> validate(const Site &site) const;
    Result<Site> create(Site site);
    Result<Site> update(const Site &site);
    Result<Site> remove(const Site &site);
    Result<Site> restore(const Site &site);

    // A six-digit code whose first two digits are a GB/T 2260 province code is taken as an
    // administrative division code; returns the province prefixes that exist.
    static bool isProvincePrefix(int prefix);
    static bool looksLikeDivisionCode(const QString &code);

private:
    Result<Site> write(const QString &action, const Site &site);
    Database &m_database;
    Actor m_actor;
};
