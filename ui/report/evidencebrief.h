#pragma once

#include "analytics/analytics.h"
#include "analytics/readiness.h"
#include "auth/actor.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>

class Database;

// The evidence brief of a programme's scale-up readiness (issue 6): a PDF for government
// partners, in Chinese or English whatever the interface language, that gives the verdict and
// its reasons, the model, its sites, the key outcomes (difference-in-differences with trend and
// equity charts), costs and co-financing, fidelity, the data-quality caveats, every criterion,
// a methods note and an annex of values by year.
//
// gather() does the database work (no widgets, fit for a worker thread with its own
// connection); write() lays the brief out and renders its charts, so it runs on the GUI thread.
//
// What comes from where: the verdict, scores, effect estimates and fidelity are those of the
// evaluation (for a signed assessment its frozen snapshot); the sites, trends, costs, data
// quality and the annex are the data as the brief is gathered. The brief says so when the two
// can differ.
class EvidenceBrief final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceBrief)

public:
    struct Options
    {
        qint64 programmeId = 0;
        qint64 assessmentId = 0; // 0: the newest signed assessment, else the newest draft, else a preliminary evaluation without judgements
        QString language;        // "en" or "zh_CN"
        QString path;            // the .pdf to write
    };

    enum class Status { Signed, Draft, Preliminary };

    // One province (or prefecture-level place when a programme has no provinces) of the sites.
    struct Province
    {
        QString nameEn;
        QString nameZh;
        int pilotSites = 0;
        int comparisonSites = 0;
        int rural = 0;
        int minorityArea = 0;
        int povertyCounty = 0;
        qint64 children = 0;
        QString name() const;
    };

    // A key indicator: its effect estimate (from the evaluation) and the current data.
    struct Outcome
    {
        Readiness::IndicatorEvidence evidence;  // the evaluation's DiD and report counts
        Analytics::Quality quality;             // now: completeness, timeliness, outliers, consistency
        QList<Analytics::SeriesPoint> annual;   // now: rolled up by year
        bool charted = false;                   // one of the (up to four) trend charts
        QString name() const { return evidence.name(); }
    };

    struct CostRow
    {
        int year = 0;
        double programmeSpending = 0;
        double governmentContribution = 0;
        qint64 beneficiaries = 0;
        int sites = 0;
        double total() const { return programmeSpending + governmentContribution; }
    };

    struct Data
    {
        // The programme.
        qint64 programmeId = 0;
        QString programmeCode;
        QString programmeNameEn;
        QString programmeNameZh;
        QString focusArea;
        QString descriptionEn;
        QString descriptionZh;
        QDate startDate;
        QDate endDate;
        int pilotSites = 0; // not deleted
        int comparisonSites = 0;
        QList<Province> provinces; // by name

        // The assessment.
        Status status = Status::Preliminary;
        qint64 assessmentId = 0;
        QString assessmentTitle;
        QString signedBy;
        QDateTime signedAt; // UTC
        Readiness::Evaluation evaluation;

        // Key outcomes: the effectiveness criterion's indicators (all when it names none or
        // there is none), in the order of the programme's indicators.
        QList<Outcome> outcomes;
        // The trend charts' dashboards (native frequency), best evidence first; the first also
        // gives the equity chart.
        QList<std::shared_ptr<const Analytics::Dashboard>> charts;

        QList<CostRow> costs; // pilot sites, by year

        QDateTime gatheredAt; // UTC

        QString programmeName() const;
        QString description() const;
    };

    using Cancelled = std::function<bool()>;
    using Progress = std::function<void(int percent)>;

    // Core work only (no widgets): safe on a worker thread with its own Database connection.
    static Result<Data> gather(Database &database, const Actor &actor, const Options &options,
                               const Cancelled &cancelled = {}, const Progress &progress = {});
    // GUI thread (it renders charts): writes the PDF in options.language, atomically (a
    // temporary file renamed at the end; on any failure no file, or the old file, is left).
    static Result<void> write(const Data &data, const Options &options);

    // The font of every text in the brief: it extracts correctly from the PDF in both languages
    // (DESIGN.md "Fonts").
    static QString fontFamily();
};
