#pragma once

#include "localized.h"
#include "rowmeta.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

// The scale-up readiness framework (docs/readiness.md): criteria grouped in the ten domains of
// the Intervention Scalability Assessment Tool, each judged by a manager or computed from the
// programme's data, and assessments that score them and are signed off as immutable snapshots.
namespace Readiness {

// The ISAT domains (Milat et al. 2020), in the tool's order.
enum class Domain {
    Problem,
    Intervention,
    Context,
    Effectiveness,
    Costs,
    Fidelity,
    Reach,
    Workforce,
    Infrastructure,
    Sustainability,
};
inline constexpr Domain Domains[] = {Domain::Problem,        Domain::Intervention, Domain::Context, Domain::Effectiveness,
                                     Domain::Costs,          Domain::Fidelity,     Domain::Reach,   Domain::Workforce,
                                     Domain::Infrastructure, Domain::Sustainability};

// Where a criterion's evidence comes from: a manager's judgement, or a measure of the data.
enum class Evidence {
    Judged,
    Effectiveness,      // % of the indicators whose DiD is favourable with a 95 % interval clear of zero
    Equity,             // % of equity comparisons favourable to disadvantaged children
    Reach,              // coverage in pilot sites, %, from coverage indicators
    Fidelity,           // mean visit checklist score, % of the maximum
    CostPerBeneficiary, // yuan per beneficiary in the latest year with costs
    CoFinancing,        // government share of that year's spending, %
    Completeness,       // % of expected reports received
    Timeliness,         // % of received reports on time
};
inline constexpr Evidence EvidenceKinds[] = {Evidence::Judged,      Evidence::Effectiveness, Evidence::Equity,
                                             Evidence::Reach,       Evidence::Fidelity,      Evidence::CostPerBeneficiary,
                                             Evidence::CoFinancing, Evidence::Completeness,  Evidence::Timeliness};

enum class Verdict { Ready, ReadyWithConditions, NotYetReady };

QString domainKey(Domain d);
std::optional<Domain> domainFromKey(const QString &key);
QString domainLabel(Domain d);
QString domainShortLabel(Domain d); // one word, for the spokes of a radar chart
QString evidenceKey(Evidence e);
std::optional<Evidence> evidenceFromKey(const QString &key);
QString evidenceLabel(Evidence e);
QString verdictKey(Verdict v);
std::optional<Verdict> verdictFromKey(const QString &key);
QString verdictLabel(Verdict v);

// Whether a larger measure is better (all but the cost per beneficiary).
bool higherIsBetter(Evidence e);
// Whether the measure is a percentage (0–100).
bool isPercentage(Evidence e);
// Whether the measure reads the criterion's indicators.
bool usesIndicators(Evidence e);
// "%" or "yuan", translated; empty for judged criteria.
QString unit(Evidence e);

} // namespace Readiness

// A criterion of a programme's readiness framework. Computed criteria score 4 at or beyond
// `strong`, 3 at or beyond `adequate`, 2 at or beyond `weak`, else 1 ("beyond" in the measure's
// better direction); judged criteria are scored 1–4 by a manager with a justification.
struct ReadinessCriterion final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString code;
    Readiness::Domain domain = Readiness::Domain::Problem;
    QString nameEn;
    QString nameZh;
    QString guidanceEn;
    QString guidanceZh;
    Readiness::Evidence evidence = Readiness::Evidence::Judged;
    std::optional<double> strong;
    std::optional<double> adequate;
    std::optional<double> weak;
    QStringList indicators; // indicator codes the measure reads; empty = all (coverage: none)
    bool critical = false;  // a weak or missing score here means "not yet ready"
    bool active = true;
    int sortOrder = 0;

    bool judged() const { return evidence == Readiness::Evidence::Judged; }
    QString name() const { return localized(nameEn, nameZh); }
    QString guidance() const { return localized(guidanceEn, guidanceZh); }
    // Everything but the sync columns.
    bool sameContent(const ReadinessCriterion &o) const
    {
        return programmeId == o.programmeId && code == o.code && domain == o.domain && nameEn == o.nameEn &&
               nameZh == o.nameZh && guidanceEn == o.guidanceEn && guidanceZh == o.guidanceZh &&
               evidence == o.evidence && strong == o.strong && adequate == o.adequate && weak == o.weak &&
               indicators == o.indicators && critical == o.critical && active == o.active && sortOrder == o.sortOrder;
    }
};

// A manager's score of a judged criterion in one assessment.
struct ReadinessJudgement final
{
    qint64 criterionId = 0;
    int score = 0; // 1–4
    QString justification;
    bool operator==(const ReadinessJudgement &) const = default;
};

// One assessment of a programme: a draft shows live evidence; signing it off stores the whole
// evaluation as a JSON snapshot, and from then on the row and its judgements cannot change.
struct ReadinessAssessment final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString title;
    bool isSigned = false;
    QDateTime signedAt; // UTC
    qint64 signedBy = 0;
    QString signedByName;
    QString verdict;  // Readiness::verdictKey, set at sign-off
    QString snapshot; // the evaluation as JSON, set at sign-off
    QList<ReadinessJudgement> judgements;

    std::optional<ReadinessJudgement> judgement(qint64 criterionId) const
    {
        for (const ReadinessJudgement &j : judgements) {
            if (j.criterionId == criterionId)
                return j;
        }
        return std::nullopt;
    }
};
