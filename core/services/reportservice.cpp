#include "reportservice.h"

#include "auditedwrite.h"
#include "dataentryservice.h"
#include "permissions.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"
#include "storage/userrepository.h"
#include "storage/workflowrepositories.h"

#include <QSqlQuery>

std::optional<Report> ReportService::report(qint64 siteId, const Period &period) const
{
    const auto list = ReportRepository(m_database).select(QStringLiteral("WHERE site_id = ? AND period = ?"),
                                                          {siteId, period.id()});
    return list.isEmpty() ? std::nullopt : std::optional<Report>(list.first());
}

QString ReportService::where(qint64 siteId, const Period &period) const
{
    const auto site = SiteRepository(m_database).find(siteId);
    return tr("%1, %2").arg(site ? site->code : QString::number(siteId), period.displayName());
}

bool ReportService::isExpired(const Programme &programme, const Period &period) const
{
    // 0 expiry days: entry never closes.
    return programme.expiryDays > 0 && period.endDate().addDays(programme.expiryDays) < m_today;
}

Result<void> ReportService::entryOpen(qint64 siteId, const Period &period) const
{
    const auto site = SiteRepository(m_database).find(siteId);
    if (!site || site->meta.deleted)
        return fail(tr("The site no longer exists."));
    if (!period.isValid())
        return fail(tr("%1: the period is not valid.").arg(site->code));
    if (period.startDate() > m_today)
        return fail(tr("%1 has not started yet: future periods are closed for entry.").arg(period.displayName()));
    const auto stored = report(siteId, period);
    if (stored && !stored->meta.deleted) {
        if (stored->status == DataStatus::Submitted)
            return fail(tr("%1 is submitted and waits for review; a programme manager can return it for changes.")
                            .arg(where(siteId, period)));
        if (stored->status == DataStatus::Approved)
            return fail(tr("%1 is approved and locked; a programme manager can reopen it.").arg(where(siteId, period)));
    }
    const auto programme = ProgrammeRepository(m_database).find(site->programmeId);
    if (programme && isExpired(*programme, period) && !(stored && stored->reopened))
        return fail(tr("%1 closed for entry %2 days after the period ended; a programme manager can reopen it.")
                        .arg(where(siteId, period))
                        .arg(programme->expiryDays));
    return {};
}

Result<void> ReportService::mayEnter(qint64 siteId, const Period &period) const
{
    if (auto allowed = Permissions::requireSite(m_database, m_actor, siteId); !allowed)
        return allowed;
    return entryOpen(siteId, period);
}

QList<Period> ReportService::periods(qint64 programmeId, Period::Type type) const
{
    QList<Period> list;
    const auto programme = ProgrammeRepository(m_database).find(programmeId);
    QDate first = m_today.addYears(-3);
    if (programme && programme->startDate.isValid())
        first = std::max(programme->startDate, m_today.addYears(-10));
    const Period start = Period::containing(first, type);
    for (Period p = Period::containing(m_today, type); p.isValid() && p >= start; p = p.previous())
        list.append(p);
    return list;
}

Result<void> ReportService::ensureReport(qint64 siteId, const Period &period)
{
    if (report(siteId, period))
        return {};
    auto created = transition(siteId, period, QStringLiteral("create"), {}, [](std::optional<Report> &r) -> Result<void> {
        r = Report{};
        return {};
    });
    return created ? Result<void>() : fail(created.error());
}

Result<Report> ReportService::transition(qint64 siteId, const Period &period, const QString &action,
                                         const QString &reason,
                                         const std::function<Result<void>(std::optional<Report> &)> &change)
{
    return m_database.transaction([&]() -> Result<Report> {
        ReportRepository repo(m_database);
        const std::optional<Report> stored = report(siteId, period);
        const QJsonObject before = stored ? auditedState<ReportRepository>(*stored) : QJsonObject();
        std::optional<Report> changed = stored;
        if (auto allowed = change(changed); !allowed)
            return fail(allowed.error());
        Report row = changed.value_or(Report{});
        row.siteId = siteId;
        row.period = period;
        if (stored)
            row.meta = stored->meta;
        row.meta.deleted = false;
        return auditedWrite<ReportRepository>(
            m_database, m_actor, QStringLiteral("report"), action, before, row,
            [&](Report &r) { return stored ? repo.update(r, m_actor) : repo.insert(r, m_actor); }, reason);
    });
}

Result<Report> ReportService::submit(qint64 siteId, const Period &period)
{
    if (auto allowed = mayEnter(siteId, period); !allowed)
        return fail(allowed.error());
    // Whoever submits, the form's blocking problems refuse it.
    const EntryForm form = DataEntryService(m_database, m_actor, m_today).form(siteId, period);
    if (const int blocking = form.blockingCount(); blocking > 0) {
        QStringList first;
        for (const EntryIssue &i : form.issues) {
            if (i.blocks() && first.size() < 3)
                first.append(i.message);
        }
        return fail(tr("%1 cannot be submitted while %n problem(s) remain: %2", nullptr, blocking)
                        .arg(where(siteId, period), first.join(u' ')));
    }
    return transition(siteId, period, QStringLiteral("submit"), {}, [&](std::optional<Report> &r) -> Result<void> {
        if (!r)
            return fail(tr("%1 has no data to submit yet.").arg(where(siteId, period)));
        r->status = DataStatus::Submitted;
        r->submittedAt = QDateTime::currentDateTimeUtc();
        r->submittedBy = m_actor.userId;
        return {};
    });
}

Result<Report> ReportService::approve(qint64 siteId, const Period &period)
{
    if (auto allowed = Permissions::requireReview(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return transition(siteId, period, QStringLiteral("approve"), {}, [&](std::optional<Report> &r) -> Result<void> {
        if (!r || r->status != DataStatus::Submitted)
            return fail(tr("%1 cannot be approved: only a submitted report can (it is %2).")
                            .arg(where(siteId, period), r ? Vocabulary::label(r->status).toLower() : tr("missing")));
        r->status = DataStatus::Approved;
        r->reason.clear();
        r->reopened = false; // approved data is locked again until the next reopening
        r->decidedAt = QDateTime::currentDateTimeUtc();
        r->decidedBy = m_actor.userId;
        return {};
    });
}

Result<Report> ReportService::returnToOfficer(qint64 siteId, const Period &period, const QString &reason)
{
    if (auto allowed = Permissions::requireReview(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why %1 is returned, so that the field officer knows what to correct.").arg(where(siteId, period)));
    return transition(siteId, period, QStringLiteral("return"), reason.trimmed(), [&](std::optional<Report> &r) -> Result<void> {
        if (!r || r->status != DataStatus::Submitted)
            return fail(tr("%1 cannot be returned: only a submitted report can (it is %2).")
                            .arg(where(siteId, period), r ? Vocabulary::label(r->status).toLower() : tr("missing")));
        r->status = DataStatus::Returned;
        r->reason = reason.trimmed();
        // The officer can correct it even when the period has passed its expiry days.
        r->reopened = true;
        r->decidedAt = QDateTime::currentDateTimeUtc();
        r->decidedBy = m_actor.userId;
        return {};
    });
}

Result<Report> ReportService::reopen(qint64 siteId, const Period &period, const QString &reason)
{
    if (auto allowed = Permissions::requireReview(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why %1 is reopened.").arg(where(siteId, period)));
    const auto site = SiteRepository(m_database).find(siteId);
    if (!site || site->meta.deleted)
        return fail(tr("The site no longer exists."));
    if (!period.isValid() || period.startDate() > m_today)
        return fail(tr("%1 has not started yet: future periods are closed for entry.").arg(period.displayName()));
    return transition(siteId, period, QStringLiteral("reopen"), reason.trimmed(), [&](std::optional<Report> &r) -> Result<void> {
        if (r && r->status == DataStatus::Submitted)
            return fail(tr("%1 is submitted: approve it or return it instead of reopening it.").arg(where(siteId, period)));
        if (!r)
            r = Report{};
        r->siteId = siteId;
        r->period = period;
        r->status = r->status == DataStatus::Approved ? DataStatus::Draft : r->status;
        r->reopened = true;
        r->reason = reason.trimmed();
        r->decidedAt = QDateTime::currentDateTimeUtc();
        r->decidedBy = m_actor.userId;
        return {};
    });
}

Result<int> ReportService::approveAll(const QList<std::pair<qint64, Period>> &reports)
{
    return m_database.transaction([&]() -> Result<int> {
        for (const auto &[siteId, period] : reports) {
            if (auto approved = approve(siteId, period); !approved)
                return fail(approved.error());
        }
        return int(reports.size());
    });
}

QList<ReportService::Summary> ReportService::reports(qint64 programmeId, const Filter &filter) const
{
    QStringList where{QStringLiteral("r.deleted = 0"), QStringLiteral("s.programme_id = ?"), QStringLiteral("s.deleted = 0")};
    QVariantList bound{programmeId};
    if (!filter.statuses.isEmpty()) {
        QStringList keys;
        for (DataStatus s : filter.statuses)
            keys.append(u'\'' + Vocabulary::key(s) + u'\'');
        where.append(QStringLiteral("r.status IN (%1)").arg(keys.join(u',')));
    }
    if (filter.siteId > 0) {
        where.append(QStringLiteral("r.site_id = ?"));
        bound.append(filter.siteId);
    }
    if (filter.period.isValid()) {
        where.append(QStringLiteral("r.period = ?"));
        bound.append(filter.period.id());
    }
    if (filter.officerId > 0) {
        where.append(QStringLiteral("r.submitted_by = ?"));
        bound.append(filter.officerId);
    }
    // One query for the reports (the repository's own row reading) and one for the rest: no
    // query per report, since the entry page asks for its returned list after every save.
    const QString ids = QStringLiteral("SELECT r.id FROM report r JOIN site s ON s.id = r.site_id WHERE %1")
                            .arg(where.join(QStringLiteral(" AND ")));
    const QString matching = QStringLiteral("WHERE id IN (%1)").arg(ids);
    const QList<Report> found = ReportRepository(m_database).select(matching, bound, QStringLiteral("submitted_at DESC, period DESC"));
    QList<Summary> list;
    if (found.isEmpty())
        return list;
    QHash<qint64, QString> userNames;
    QHash<std::pair<qint64, QString>, qint64> valueCounts;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, username FROM app_user"))) {
            while (q.next())
                userNames.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        q.prepare(QStringLiteral("SELECT v.site_id, v.period, count(*) FROM data_value v JOIN report rr ON rr.site_id = v.site_id"
                                 " AND rr.period = v.period WHERE v.deleted = 0 AND rr.id IN (%1) GROUP BY v.site_id, v.period")
                      .arg(ids));
        for (const QVariant &v : bound)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next())
                valueCounts.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toLongLong());
        }
    }
    QHash<qint64, Site> sites;
    for (const Site &site : SiteRepository(m_database).all(programmeId))
        sites.insert(site.meta.id, site);
    for (const Report &r : found) {
        const Site site = sites.value(r.siteId);
        list.append(Summary{r, site.code, site.name(), userNames.value(r.submittedBy),
                            valueCounts.value({r.siteId, r.period.id()})});
    }
    return list;
}

QList<ReportService::Summary> ReportService::returnedToMe(qint64 programmeId) const
{
    Filter filter;
    filter.statuses = {DataStatus::Returned};
    const QList<Summary> all = reports(programmeId, filter);
    if (all.isEmpty())
        return all;
    // The actor's sites, read once.
    const Actor actor = Permissions::current(m_database, m_actor);
    QList<Summary> mine;
    if (actor.role == Role::Admin || actor.role == Role::Manager)
        return all;
    if (actor.role != Role::FieldOfficer)
        return mine;
    const auto user = UserRepository(m_database).find(actor.userId);
    for (const Summary &s : all) {
        if (user && user->siteIds.contains(s.report.siteId))
            mine.append(s);
    }
    return mine;
}

ReportService::Completeness ReportService::completeness(qint64 programmeId, Period::Type type, const Period &from,
                                                        const Period &to) const
{
    Completeness grid;
    for (const Site &site : SiteRepository(m_database).all(programmeId)) {
        if (site.status != SiteStatus::Closed)
            grid.sites.append(site);
    }
    for (Period p = from; p.isValid() && p <= to && p.type() == type; p = p.next())
        grid.periods.append(p);
    if (grid.periods.isEmpty())
        return grid;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.site_id, r.period, r.status FROM report r JOIN site s ON s.id = r.site_id"
                             " WHERE s.programme_id = ? AND r.deleted = 0"));
    q.addBindValue(programmeId);
    if (q.exec()) {
        while (q.next()) {
            const Period p = Period::parse(q.value(1).toString());
            if (p.type() != type || p < from || p > to)
                continue;
            DataStatus status = DataStatus::Draft;
            Vocabulary::fromKey(q.value(2).toString(), &status);
            grid.statuses.insert({q.value(0).toLongLong(), p.id()}, status);
        }
    }
    return grid;
}
