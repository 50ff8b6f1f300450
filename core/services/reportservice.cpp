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
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, ifnull(u.username, ''),"
                             " (SELECT count(*) FROM data_value v WHERE v.site_id = r.site_id AND v.period = r.period"
                             " AND v.deleted = 0)"
                             " FROM report r JOIN site s ON s.id = r.site_id LEFT JOIN app_user u ON u.id = r.submitted_by"
                             " WHERE %1 ORDER BY r.submitted_at DESC, s.code, r.period DESC")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<Summary> list;
    if (!q.exec())
        return list;
    ReportRepository repo(m_database);
    SiteRepository sites(m_database);
    QHash<qint64, Site> siteCache;
    while (q.next()) {
        const auto r = repo.find(q.value(0).toLongLong());
        if (!r)
            continue;
        if (!siteCache.contains(r->siteId)) {
            if (const auto s = sites.find(r->siteId))
                siteCache.insert(r->siteId, *s);
        }
        const Site site = siteCache.value(r->siteId);
        list.append(Summary{*r, site.code, site.name(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    return list;
}

QList<ReportService::Summary> ReportService::returnedToMe(qint64 programmeId) const
{
    Filter filter;
    filter.statuses = {DataStatus::Returned};
    QList<Summary> mine;
    for (const Summary &s : reports(programmeId, filter)) {
        if (Permissions::maySite(m_database, m_actor, s.report.siteId))
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
