#pragma once

#include "auth/actor.h"
#include "domain/programme.h"
#include "domain/site.h"
#include "domain/workflow.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

class Database;

// The status of a site's report for a period and its transitions:
//
//   (missing) → draft ── submit ──→ submitted ── approve ──→ approved (locked)
//                 ↑                     │                        │
//                 └── edit ── returned ←┘ return (reason)        │
//                 └────────────────────── reopen (reason) ───────┘
//
// Entry is open for a period that has started, is not older than the programme's expiry days
// (unless a manager reopened it) and whose report is a draft, returned or missing.
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    struct Summary
    {
        Report report;
        QString siteCode;
        QString siteName;
        QString submittedBy; // user name
        qint64 values = 0;
    };

    struct Filter
    {
        QList<DataStatus> statuses; // empty: all
        qint64 siteId = 0;
        Period period;              // invalid: all
        qint64 officerId = 0;       // who submitted it; 0: anyone
    };

    // Sites × periods; a pair without an entry is missing.
    struct Completeness
    {
        QList<Site> sites;
        QList<Period> periods;
        QHash<std::pair<qint64, QString>, DataStatus> statuses;
        std::optional<DataStatus> statusOf(qint64 siteId, const Period &period) const
        {
            const auto it = statuses.constFind({siteId, period.id()});
            return it == statuses.cend() ? std::nullopt : std::optional<DataStatus>(*it);
        }
    };

    ReportService(Database &database, Actor actor, QDate today = QDate::currentDate())
        : m_database(database), m_actor(std::move(actor)), m_today(today) {}

    std::optional<Report> report(qint64 siteId, const Period &period) const;

    // Whether the period is open for entry (started, not expired unless reopened, report
    // editable), whoever asks.
    Result<void> entryOpen(qint64 siteId, const Period &period) const;
    // entryOpen and the actor's permission for the site.
    Result<void> mayEnter(qint64 siteId, const Period &period) const;
    bool isExpired(const Programme &programme, const Period &period) const;
    // The periods of a kind that entry can be chosen for, newest first: from the programme's
    // start (at most ten years back) to the current period.
    QList<Period> periods(qint64 programmeId, Period::Type type) const;

    // A draft report for the site and period if none exists; inside the caller's transaction.
    Result<void> ensureReport(qint64 siteId, const Period &period);

    // The officer's step; DataEntryService::submit checks the form first.
    Result<Report> submit(qint64 siteId, const Period &period);
    Result<Report> approve(qint64 siteId, const Period &period);
    Result<Report> returnToOfficer(qint64 siteId, const Period &period, const QString &reason);
    // Approved data back to draft, or an expired period opened for entry; with a reason.
    Result<Report> reopen(qint64 siteId, const Period &period, const QString &reason);
    // All or none: the first report that cannot be approved names itself and nothing changes.
    Result<int> approveAll(const QList<std::pair<qint64, Period>> &reports);

    QList<Summary> reports(qint64 programmeId, const Filter &filter) const;
    // Returned reports of the sites the actor may enter data for.
    QList<Summary> returnedToMe(qint64 programmeId) const;
    Completeness completeness(qint64 programmeId, Period::Type type, const Period &from, const Period &to) const;

private:
    Result<Report> transition(qint64 siteId, const Period &period, const QString &action, const QString &reason,
                              const std::function<Result<void>(std::optional<Report> &)> &change);
    QString where(qint64 siteId, const Period &period) const;
    Database &m_database;
    Actor m_actor;
    QDate m_today;
};
