#pragma once

#include "auth/actor.h"
#include "domain/auditentry.h"
#include "domain/categoryoption.h"
#include "domain/datavalue.h"
#include "domain/indicator.h"
#include "domain/site.h"
#include "domain/workflow.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

class Database;

// One indicator's row of the entry form.
struct EntryRow
{
    Indicator indicator;
    QList<CategoryOption> options;       // the disaggregation columns, in order
    QHash<qint64, DataValue> values;     // option id (0 = total) → stored value
    QHash<qint64, DataValue> previous;   // the same for the previous period
    std::optional<double> baseline;      // the site's, else the programme's
    std::optional<double> target;
};

// A problem the form shows. Errors block submission; warnings do not, except an outlier,
// which blocks until it is corrected or explained in the cell's comment (accepted).
struct EntryIssue
{
    enum class Kind { Invalid, Sum, Required, Rule, Outlier };
    Kind kind = Kind::Invalid;
    Importance importance = Importance::Error;
    qint64 indicatorId = 0; // 0 for a rule between indicators
    qint64 optionId = -1;   // the cell; -1 for the whole row
    QString message;
    bool accepted = false;  // an outlier explained by a comment

    bool blocks() const { return !accepted && (importance == Importance::Error || kind == Kind::Outlier); }
};

struct EntryForm
{
    Site site;
    Period period;
    std::optional<Report> report;  // none: nothing entered yet
    QList<EntryRow> rows;          // grouped by outcome area, in the programme's order
    bool editable = false;
    QString lockReason;            // why it is read-only
    QList<EntryIssue> issues;

    DataStatus status() const { return report ? report->status : DataStatus::Draft; }
    const EntryRow *row(qint64 indicatorId) const;
    QList<EntryIssue> issuesFor(qint64 indicatorId, qint64 optionId) const;
    int blockingCount() const;
};

// Data entry for one site and period (DESIGN.md names it): the form with the previous period
// and targets, validation as values are typed (format, range, parts, disaggregation sums,
// required indicators, the programme's rules, outliers against the site's own history),
// saving each cell at once as a draft, comments and follow-up flags, a cell's history, and
// submission, refused while blocking problems remain.
class DataEntryService final
{
    Q_DECLARE_TR_FUNCTIONS(DataEntryService)

public:
    // An outlier needs this many earlier values of the site; it lies outside mean ± 3 SD.
    static constexpr int OutlierMinimumHistory = 6;
    static constexpr int OutlierHistory = 24;

    DataEntryService(Database &database, Actor actor, QDate today = QDate::currentDate())
        : m_database(database), m_actor(std::move(actor)), m_today(today) {}

    // The sites the actor may enter data for; the kinds of period the programme's indicators use.
    QList<Site> sitesForEntry(qint64 programmeId) const;
    QList<Period::Type> periodTypes(qint64 programmeId) const;

    EntryForm form(qint64 siteId, const Period &period) const;

    // Saves one cell's numbers (value, or numerator and denominator) as a draft, keeping its
    // comment; all empty removes it. Structural problems refuse; the rest become issues.
    Result<DataValue> saveCell(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId,
                               std::optional<double> value, std::optional<double> numerator,
                               std::optional<double> denominator);
    Result<DataValue> setNote(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId,
                              const QString &comment, bool followUp);
    // Every saved state of the cell, newest first.
    QList<AuditEntry> history(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId) const;
    Result<Report> submit(qint64 siteId, const Period &period);

private:
    QList<EntryIssue> check(const EntryForm &form, const QHash<QString, QList<double>> &history) const;
    Database &m_database;
    Actor m_actor;
    QDate m_today;
};
