#include "monitoringservice.h"

#include "auditedwrite.h"
#include "permissions.h"
#include "storage/siterepository.h"
#include "storage/userrepository.h"
#include "storage/workflowrepositories.h"

#include <QDate>
#include <QLocale>

QList<Visit> VisitService::visits(qint64 siteId) const
{
    return VisitRepository(m_database).select(QStringLiteral("WHERE site_id = ? AND deleted = 0"), {siteId},
                                              QStringLiteral("visit_date DESC, id DESC"));
}

std::optional<Visit> VisitService::visit(qint64 id) const
{
    return VisitRepository(m_database).find(id);
}

QList<VisitAction> VisitService::actions(qint64 visitId) const
{
    return VisitActionRepository(m_database).select(QStringLiteral("WHERE visit_id = ? AND deleted = 0"), {visitId});
}

QList<VisitService::OpenAction> VisitService::openActions(qint64 programmeId) const
{
    QList<OpenAction> list;
    const auto actions = VisitActionRepository(m_database)
                             .select(QStringLiteral("WHERE deleted = 0 AND status = 'open' AND visit_id IN (SELECT v.id FROM"
                                                    " visit v JOIN site s ON s.id = v.site_id WHERE v.deleted = 0 AND"
                                                    " s.programme_id = ?)"),
                                     {programmeId}, QStringLiteral("due_date IS NULL, due_date, id"));
    SiteRepository sites(m_database);
    for (const VisitAction &a : actions) {
        const auto v = visit(a.visitId);
        const auto site = v ? sites.find(v->siteId) : std::nullopt;
        if (v && site)
            list.append(OpenAction{a, *v, site->code, site->name()});
    }
    return list;
}

Result<void> VisitService::validate(const Visit &v) const
{
    const auto site = SiteRepository(m_database).find(v.siteId);
    if (!site || site->meta.deleted)
        return fail(tr("The visit refers to a site that does not exist."));
    if (!v.date.isValid())
        return fail(tr("Visit to %1: enter the date of the visit.").arg(site->code));
    if (v.date > QDate::currentDate())
        return fail(tr("Visit to %1: the date %2 is in the future.").arg(site->code, QLocale().toString(v.date, QLocale::ShortFormat)));
    if (v.officerId > 0 && !UserRepository(m_database).find(v.officerId))
        return fail(tr("Visit to %1: the officer does not exist.").arg(site->code));
    const auto items = ChecklistRepository(m_database)
                           .select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {site->programmeId});
    QList<qint64> seen;
    for (const VisitScore &s : v.scores) {
        const bool known = std::any_of(items.cbegin(), items.cend(), [&](const ChecklistItem &i) { return i.meta.id == s.itemId; });
        if (!known)
            return fail(tr("Visit to %1: a score refers to a checklist item that is not part of the programme.").arg(site->code));
        if (seen.contains(s.itemId))
            return fail(tr("Visit to %1: a checklist item is scored twice.").arg(site->code));
        seen.append(s.itemId);
        if (s.score < 0 || s.score > 3)
            return fail(tr("Visit to %1: a checklist score must be 0, 1, 2 or 3, not %2.").arg(site->code).arg(s.score));
    }
    return {};
}

Result<Visit> VisitService::create(Visit v)
{
    if (auto allowed = Permissions::requireSite(m_database, m_actor, v.siteId); !allowed)
        return fail(allowed.error());
    if (v.officerId == 0)
        v.officerId = m_actor.userId;
    // A field officer records their own visits.
    if (m_actor.role == Role::FieldOfficer && v.officerId != m_actor.userId)
        return fail(tr("A field officer records their own visits, not those of another officer."));
    v.meta = RowMeta{};
    return auditedAction<VisitRepository>(m_database, m_actor, QStringLiteral("visit"), QStringLiteral("create"), v,
                                          [this](const Visit &row) { return validate(row); }, QString());
}

Result<Visit> VisitService::update(const Visit &v)
{
    const auto stored = visit(v.meta.id);
    if (!stored)
        return fail(tr("The visit no longer exists."));
    for (qint64 siteId : {stored->siteId, v.siteId}) {
        if (auto allowed = Permissions::requireSite(m_database, m_actor, siteId); !allowed)
            return fail(allowed.error());
    }
    if (m_actor.role == Role::FieldOfficer && v.officerId != stored->officerId && v.officerId != m_actor.userId)
        return fail(tr("A field officer records their own visits, not those of another officer."));
    return auditedAction<VisitRepository>(m_database, m_actor, QStringLiteral("visit"), QStringLiteral("update"), v,
                                          [this](const Visit &row) { return validate(row); },
                                          tr("The visit no longer exists."));
}

Result<Visit> VisitService::remove(const Visit &v)
{
    const auto stored = visit(v.meta.id);
    if (!stored)
        return fail(tr("The visit no longer exists."));
    if (auto allowed = Permissions::requireSite(m_database, m_actor, stored->siteId); !allowed)
        return fail(allowed.error());
    return auditedAction<VisitRepository>(m_database, m_actor, QStringLiteral("visit"), QStringLiteral("delete"), v,
                                          [](const Visit &) { return Result<void>(); }, tr("The visit no longer exists."));
}

Result<void> VisitService::mayVisit(qint64 visitId) const
{
    const auto v = visit(visitId);
    if (!v || v->meta.deleted)
        return fail(tr("The action item refers to a visit that does not exist."));
    return Permissions::requireSite(m_database, m_actor, v->siteId);
}

Result<void> VisitService::validate(const VisitAction &a) const
{
    if (!visit(a.visitId))
        return fail(tr("The action item refers to a visit that does not exist."));
    if (a.description.trimmed().isEmpty())
        return fail(tr("Describe the action to take."));
    return {};
}

Result<VisitAction> VisitService::create(VisitAction a)
{
    if (auto allowed = mayVisit(a.visitId); !allowed)
        return fail(allowed.error());
    a.meta = RowMeta{};
    return auditedAction<VisitActionRepository>(m_database, m_actor, QStringLiteral("visit_action"),
                                                QStringLiteral("create"), a,
                                                [this](const VisitAction &row) { return validate(row); }, QString());
}

Result<VisitAction> VisitService::update(const VisitAction &a)
{
    const auto stored = VisitActionRepository(m_database).find(a.meta.id);
    if (!stored)
        return fail(tr("The action item no longer exists."));
    for (qint64 visitId : {stored->visitId, a.visitId}) {
        if (auto allowed = mayVisit(visitId); !allowed)
            return fail(allowed.error());
    }
    return auditedAction<VisitActionRepository>(m_database, m_actor, QStringLiteral("visit_action"),
                                                QStringLiteral("update"), a,
                                                [this](const VisitAction &row) { return validate(row); },
                                                tr("The action item no longer exists."));
}

Result<VisitAction> VisitService::remove(const VisitAction &a)
{
    const auto stored = VisitActionRepository(m_database).find(a.meta.id);
    if (!stored)
        return fail(tr("The action item no longer exists."));
    if (auto allowed = mayVisit(stored->visitId); !allowed)
        return fail(allowed.error());
    return auditedAction<VisitActionRepository>(m_database, m_actor, QStringLiteral("visit_action"),
                                                QStringLiteral("delete"), a,
                                                [](const VisitAction &) { return Result<void>(); },
                                                tr("The action item no longer exists."));
}

QList<Cost> CostService::costs(qint64 programmeId) const
{
    return CostRepository(m_database)
        .select(QStringLiteral("WHERE deleted = 0 AND site_id IN (SELECT id FROM site WHERE programme_id = ?)"), {programmeId},
                QStringLiteral("year DESC, site_id"));
}

Result<void> CostService::validate(const Cost &c) const
{
    const auto site = SiteRepository(m_database).find(c.siteId);
    if (!site || site->meta.deleted)
        return fail(tr("The costs refer to a site that does not exist."));
    if (c.year < 2000 || c.year > QDate::currentDate().year())
        return fail(tr("Costs of %1: the year %2 is not between 2000 and this year.").arg(site->code).arg(c.year));
    if (!std::isfinite(c.programmeSpending) || c.programmeSpending < 0 || !std::isfinite(c.governmentContribution) ||
        c.governmentContribution < 0)
        return fail(tr("Costs of %1 in %2: amounts cannot be negative.").arg(site->code).arg(c.year));
    if (c.beneficiaries < 0)
        return fail(tr("Costs of %1 in %2: the number of beneficiaries cannot be negative.").arg(site->code).arg(c.year));
    const auto same = CostRepository(m_database)
                          .select(QStringLiteral("WHERE site_id = ? AND year = ? AND deleted = 0 AND id != ?"),
                                  {c.siteId, c.year, c.meta.id});
    if (!same.isEmpty())
        return fail(tr("Costs of %1 for %2 are already recorded; change that entry instead.").arg(site->code).arg(c.year));
    return {};
}

Result<Cost> CostService::create(Cost c)
{
    if (auto allowed = Permissions::requireSite(m_database, m_actor, c.siteId); !allowed)
        return fail(allowed.error());
    c.meta = RowMeta{};
    return auditedAction<CostRepository>(m_database, m_actor, QStringLiteral("cost"), QStringLiteral("create"), c,
                                         [this](const Cost &row) { return validate(row); }, QString());
}

Result<Cost> CostService::update(const Cost &c)
{
    const auto stored = CostRepository(m_database).find(c.meta.id);
    if (!stored)
        return fail(tr("The cost entry no longer exists."));
    for (qint64 siteId : {stored->siteId, c.siteId}) {
        if (auto allowed = Permissions::requireSite(m_database, m_actor, siteId); !allowed)
            return fail(allowed.error());
    }
    return auditedAction<CostRepository>(m_database, m_actor, QStringLiteral("cost"), QStringLiteral("update"), c,
                                         [this](const Cost &row) { return validate(row); },
                                         tr("The cost entry no longer exists."));
}

Result<Cost> CostService::remove(const Cost &c)
{
    const auto stored = CostRepository(m_database).find(c.meta.id);
    if (!stored)
        return fail(tr("The cost entry no longer exists."));
    if (auto allowed = Permissions::requireSite(m_database, m_actor, stored->siteId); !allowed)
        return fail(allowed.error());
    return auditedAction<CostRepository>(m_database, m_actor, QStringLiteral("cost"), QStringLiteral("delete"), c,
                                         [](const Cost &) { return Result<void>(); },
                                         tr("The cost entry no longer exists."));
}
