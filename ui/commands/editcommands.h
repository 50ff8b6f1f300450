#pragma once

#include "rowcommand.h"
#include "services/auditedwrite.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"
#include "storage/sitetargetrepository.h"

#include <QCoreApplication>

// The undoable edits of the metadata pages: the service calls and the undo texts of each.
struct SiteOps
{
    Q_DECLARE_TR_FUNCTIONS(SiteOps)

public:
    static constexpr Session::Entity entity = Session::Entity::Site;
    static std::optional<Site> find(Session &s, qint64 id) { return s.sites().site(id); }
    static QJsonObject state(const Site &v) { return auditedState<SiteRepository>(v); }
    static Result<Site> update(Session &s, const Site &v) { return s.sites().update(v); }
    static Result<Site> remove(Session &s, const Site &v) { return s.sites().remove(v); }
    static Result<Site> restore(Session &s, const Site &v) { return s.sites().restore(v); }
    static QString text(RowChange change, const Site &v)
    {
        switch (change) {
        case RowChange::Create: return tr("add site %1").arg(v.code);
        case RowChange::Update: return tr("edit site %1").arg(v.code);
        case RowChange::Remove: return tr("remove site %1").arg(v.code);
        }
        return {};
    }
};

struct IndicatorOps
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorOps)

public:
    static constexpr Session::Entity entity = Session::Entity::Indicator;
    static std::optional<Indicator> find(Session &s, qint64 id) { return s.indicators().indicator(id); }
    static QJsonObject state(const Indicator &v) { return auditedState<IndicatorRepository>(v); }
    static Result<Indicator> update(Session &s, const Indicator &v) { return s.indicators().update(v); }
    static Result<Indicator> remove(Session &s, const Indicator &v) { return s.indicators().remove(v); }
    static Result<Indicator> restore(Session &s, const Indicator &v) { return s.indicators().restore(v); }
    static QString text(RowChange change, const Indicator &v)
    {
        switch (change) {
        case RowChange::Create: return tr("add indicator %1").arg(v.code);
        case RowChange::Update: return tr("edit indicator %1").arg(v.code);
        case RowChange::Remove: return tr("remove indicator %1").arg(v.code);
        }
        return {};
    }
};

struct ProgrammeOps
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeOps)

public:
    static constexpr Session::Entity entity = Session::Entity::Programme;
    static std::optional<Programme> find(Session &s, qint64 id) { return s.programmes().programme(id); }
    static QJsonObject state(const Programme &v) { return auditedState<ProgrammeRepository>(v); }
    static Result<Programme> update(Session &s, const Programme &v) { return s.programmes().update(v); }
    static Result<Programme> remove(Session &s, const Programme &v) { return s.programmes().remove(v); }
    static Result<Programme> restore(Session &, const Programme &v) { return v; } // programmes are not removed from the UI
    static QString text(RowChange, const Programme &v) { return tr("edit programme %1").arg(v.code); }
};

struct SiteTargetOps
{
    Q_DECLARE_TR_FUNCTIONS(SiteTargetOps)

public:
    static constexpr Session::Entity entity = Session::Entity::Indicator;
    static std::optional<SiteTarget> find(Session &s, qint64 id) { return s.indicators().siteTarget(id); }
    // A removed site target is brought back whole by setting it again, whatever it held while
    // removed: only its key and the tombstone matter then.
    static QJsonObject state(const SiteTarget &v)
    {
        if (v.meta.deleted)
            return {{QStringLiteral("site_id"), v.siteId}, {QStringLiteral("indicator_id"), v.indicatorId},
                    {QStringLiteral("deleted"), true}};
        return auditedState<SiteTargetRepository>(v);
    }
    static Result<SiteTarget> update(Session &s, const SiteTarget &v) { return s.indicators().setSiteTarget(v); }
    static Result<SiteTarget> remove(Session &s, const SiteTarget &v) { return s.indicators().removeSiteTarget(v); }
    static Result<SiteTarget> restore(Session &s, const SiteTarget &v) { return s.indicators().setSiteTarget(v); }
    static QString text(RowChange change, const SiteTarget &)
    {
        switch (change) {
        case RowChange::Create: return tr("set a site's baseline and target");
        case RowChange::Update: return tr("change a site's baseline and target");
        case RowChange::Remove: return tr("remove a site's baseline and target");
        }
        return {};
    }
};

using SiteCommand = RowCommand<Site, SiteOps>;
using SiteTargetCommand = RowCommand<SiteTarget, SiteTargetOps>;
using IndicatorCommand = RowCommand<Indicator, IndicatorOps>;
using ProgrammeCommand = RowCommand<Programme, ProgrammeOps>;
