#pragma once

#include "analytics/analytics.h"
#include "domain/readiness.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>

// The readiness evaluation (docs/readiness.md): pure functions from criteria, the facts the
// service gathered from the database and the managers' judgements to criterion scores, domain
// scores and a verdict with its reasons. No database here, so every rule is tested directly.
namespace Readiness {

// Outcome evidence resting on reports less complete than this is insufficient.
inline constexpr double MinCompleteness = 0.6;
// Fidelity needs this many scored visits in the last twelve months …
inline constexpr int MinVisits = 3;
// … and visits to at least this share of the active pilot sites.
inline constexpr double MinSitesVisited = 0.5;
// Effectiveness needs an estimate for at least this share of its indicators.
inline constexpr double MinEstimated = 0.5;

// Why a criterion has no score.
enum class Gap {
    None,
    NoThresholds,      // a computed criterion without its three thresholds
    NoIndicators,      // none of the criterion's indicators exists (or suits the measure)
    TooFewEstimates,   // fewer than half of the indicators have a DiD estimate
    ThinData,          // reports under MinCompleteness complete
    NoEquityComparison,
    NoCoverage,        // no pilot value of a coverage indicator
    NoCosts,
    NoBeneficiaries,
    TooFewVisits,
    FewSitesVisited,
    NoExpectedReports,
    NoReports,
    NotJudged,
};
QString gapKey(Gap gap);
std::optional<Gap> gapFromKey(const QString &key);
QString gapText(Gap gap);

// What the service read for one indicator (approved data, the programme's windows).
struct IndicatorEvidence
{
    qint64 id = 0;
    QString code;
    QString nameEn;
    QString nameZh;
    ValueType type = ValueType::Count;
    Direction direction = Direction::Higher;
    Analytics::Did did;
    QList<Analytics::GroupDid> groups;        // DiD within each focus group
    QList<Analytics::GapChange> gapChanges;   // gap narrowing, pilot vs comparison
    Analytics::Quality quality;
    std::optional<double> pilotLatest;        // the pilot sites' latest value (per cent for percentages)
    QString name() const { return localized(nameEn, nameZh); }
    // The estimate is in the indicator's better direction …
    bool favourable() const;
    // … and its 95 % interval does not reach zero.
    bool significant() const;
};

// One year's costs summed over the pilot sites.
struct CostYear
{
    int year = 0;
    double programmeSpending = 0;
    double governmentContribution = 0;
    qint64 beneficiaries = 0;
};

struct FidelityItem
{
    QString code;
    QString nameEn;
    QString nameZh;
    std::optional<double> mean; // 0–3
    QString name() const { return localized(nameEn, nameZh); }
};

struct Inputs
{
    QList<IndicatorEvidence> indicators;
    std::optional<CostYear> costs; // the latest year with costs for pilot sites
    int pilotSites = 0;            // active pilot sites
    QDate visitsFrom;              // the twelve months of visits read
    QDate visitsTo;
    int visits = 0;                // scored visits to pilot sites in that window
    int pilotSitesVisited = 0;
    std::optional<double> fidelity; // mean score as a share of the maximum, 0–1
    QList<FidelityItem> items;
    // The newest audit entry outside the readiness tables when the facts were read: sign-off
    // refuses facts older than the data.
    qint64 auditMark = 0;
};

struct CriterionResult
{
    ReadinessCriterion criterion;
    std::optional<double> measure; // computed criteria: the measure, in its unit
    int score = 0;                 // 1–4; 0 = none (see gap)
    Gap gap = Gap::None;
    int basis = 0;                 // what the measure rests on: indicators, checks, visits, beneficiaries …
    QString justification;         // judged criteria
    bool scored() const { return score > 0; }
};

struct DomainScore
{
    Domain domain = Domain::Problem;
    std::optional<double> score; // mean of its scored criteria
    int criteria = 0;            // active criteria in the domain
};

struct Reason
{
    enum class Kind {
        AllMet,          // every criterion scores 3 or more
        NoCriteria,      // nothing to assess
        CriticalWeak,    // a critical criterion scores below 3
        CriticalMissing, // a critical criterion has no score
        DomainWeak,      // a domain averages below 2
        Weak,            // a criterion scores below 3 (a condition)
        Missing,         // a criterion has no score (an entry of the missing evidence)
        Unscored,        // value criteria have no score (a condition; the missing evidence lists them)
    };
    Kind kind = Kind::AllMet;
    QString code;
    QString nameEn;
    QString nameZh;
    Domain domain = Domain::Problem;
    double value = 0; // a score, a domain mean or a count
    Gap gap = Gap::None;
    QString text() const; // translated
};

struct Evaluation
{
    qint64 programmeId = 0;
    QString programmeCode;
    QString programmeNameEn;
    QString programmeNameZh;
    qint64 assessmentId = 0;
    int assessmentRevision = 0; // the judgements it was computed with
    QDateTime computedAt;       // UTC
    QList<CriterionResult> criteria;
    QList<DomainScore> domains; // every domain, in order
    Verdict verdict = Verdict::NotYetReady;
    QList<Reason> reasons;
    QList<Reason> missing;
    Inputs inputs;
    QString programmeName() const { return localized(programmeNameEn, programmeNameZh); }
    std::optional<double> domainScore(Domain d) const;
};

// Texts the page and the brief share, in the current language.
QString scoreLabel(int score); // "4 – strong" … "–"
QString measureText(const CriterionResult &result, const QLocale &locale = QLocale());
QString thresholdsText(const ReadinessCriterion &criterion, const QLocale &locale = QLocale());
QString basisText(const CriterionResult &result);
// What a result rests on or lacks: the justification, the gap, or the basis.
QString noteText(const CriterionResult &result);

// 1–4 for a measure against the criterion's thresholds; 0 without thresholds.
int scoreFor(double measure, const ReadinessCriterion &criterion);
// The indicators a criterion reads: its codes, or all; only those its measure suits.
QList<IndicatorEvidence> indicatorsFor(const ReadinessCriterion &criterion, const Inputs &inputs);
CriterionResult assess(const ReadinessCriterion &criterion, const Inputs &inputs,
                       const std::optional<ReadinessJudgement> &judgement);
// Scores every active criterion, the domains and the verdict (rules in docs/readiness.md).
Evaluation evaluate(const QList<ReadinessCriterion> &criteria, const Inputs &inputs,
                    const QList<ReadinessJudgement> &judgements);
// The thresholds are complete, finite, ordered in the measure's direction and in range.
Result<void> validateThresholds(const ReadinessCriterion &criterion);

// The default criteria (resources/readiness/criteria.json), for a programme.
QList<ReadinessCriterion> defaultCriteria(qint64 programmeId = 0);

// The snapshot stored at sign-off, and back.
QJsonObject toJson(const Evaluation &evaluation);
Result<Evaluation> evaluationFromJson(const QJsonObject &json);

} // namespace Readiness
