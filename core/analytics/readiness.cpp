#include "readiness.h"

#include "analytics/analyticsjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Readiness {

namespace {
struct Entry
{
    const char *key;
    const char *label;
};

constexpr Entry DomainEntries[] = {
    {"problem", QT_TRANSLATE_NOOP("Readiness", "The problem")},
    {"intervention", QT_TRANSLATE_NOOP("Readiness", "The intervention")},
    {"context", QT_TRANSLATE_NOOP("Readiness", "Strategic and political context")},
    {"effectiveness", QT_TRANSLATE_NOOP("Readiness", "Evidence of effectiveness")},
    {"costs", QT_TRANSLATE_NOOP("Readiness", "Costs and benefits")},
    {"fidelity", QT_TRANSLATE_NOOP("Readiness", "Fidelity and adaptation")},
    {"reach", QT_TRANSLATE_NOOP("Readiness", "Reach and acceptability")},
    {"workforce", QT_TRANSLATE_NOOP("Readiness", "Delivery setting and workforce")},
    {"infrastructure", QT_TRANSLATE_NOOP("Readiness", "Implementation infrastructure")},
    {"sustainability", QT_TRANSLATE_NOOP("Readiness", "Sustainability")},
};
constexpr Entry DomainShortEntries[] = {
    {"problem", QT_TRANSLATE_NOOP("Readiness", "Problem")},
    {"intervention", QT_TRANSLATE_NOOP("Readiness", "Intervention")},
    {"context", QT_TRANSLATE_NOOP("Readiness", "Context")},
    {"effectiveness", QT_TRANSLATE_NOOP("Readiness", "Effectiveness")},
    {"costs", QT_TRANSLATE_NOOP("Readiness", "Costs")},
    {"fidelity", QT_TRANSLATE_NOOP("Readiness", "Fidelity")},
    {"reach", QT_TRANSLATE_NOOP("Readiness", "Reach")},
    {"workforce", QT_TRANSLATE_NOOP("Readiness", "Workforce")},
    {"infrastructure", QT_TRANSLATE_NOOP("Readiness", "Infrastructure")},
    {"sustainability", QT_TRANSLATE_NOOP("Readiness", "Sustainability")},
};
constexpr Entry EvidenceEntries[] = {
    {"judged", QT_TRANSLATE_NOOP("Readiness", "Judged by a manager")},
    {"effectiveness", QT_TRANSLATE_NOOP("Readiness", "Effect estimates (DiD)")},
    {"equity", QT_TRANSLATE_NOOP("Readiness", "Equity comparisons")},
    {"reach", QT_TRANSLATE_NOOP("Readiness", "Coverage in pilot sites")},
    {"fidelity", QT_TRANSLATE_NOOP("Readiness", "Fidelity checklist scores")},
    {"cost_per_beneficiary", QT_TRANSLATE_NOOP("Readiness", "Cost per beneficiary")},
    {"co_financing", QT_TRANSLATE_NOOP("Readiness", "Government co-financing share")},
    {"completeness", QT_TRANSLATE_NOOP("Readiness", "Report completeness")},
    {"timeliness", QT_TRANSLATE_NOOP("Readiness", "Report timeliness")},
};
constexpr Entry VerdictEntries[] = {
    {"ready", QT_TRANSLATE_NOOP("Readiness", "Ready for scale-up")},
    {"ready_with_conditions", QT_TRANSLATE_NOOP("Readiness", "Ready with conditions")},
    {"not_yet_ready", QT_TRANSLATE_NOOP("Readiness", "Not yet ready")},
};
constexpr Entry GapEntries[] = {
    {"none", ""},
    {"no_thresholds", QT_TRANSLATE_NOOP("Readiness", "The criterion has no complete set of thresholds.")},
    {"no_indicators", QT_TRANSLATE_NOOP("Readiness", "None of the criterion's indicators exists or suits this measure (coverage needs percentage indicators chosen in the criteria).")},
    {"too_few_estimates", QT_TRANSLATE_NOOP("Readiness", "Fewer than half of the indicators have an effect estimate (at least two pilot and two comparison sites with baseline and endline values).")},
    {"thin_data", QT_TRANSLATE_NOOP("Readiness", "The indicators' reports are less than 60% complete, too thin to judge.")},
    {"no_equity_comparison", QT_TRANSLATE_NOOP("Readiness", "No equity comparison can be made (no gap change or group effect has data).")},
    {"no_coverage", QT_TRANSLATE_NOOP("Readiness", "No coverage indicator has an approved value in pilot sites.")},
    {"no_costs", QT_TRANSLATE_NOOP("Readiness", "No costs are recorded for pilot sites.")},
    {"no_beneficiaries", QT_TRANSLATE_NOOP("Readiness", "The latest costs record no beneficiaries.")},
    {"too_few_visits", QT_TRANSLATE_NOOP("Readiness", "Fewer than three scored monitoring visits to pilot sites in the last twelve months.")},
    {"few_sites_visited", QT_TRANSLATE_NOOP("Readiness", "Fewer than half of the active pilot sites had a scored visit in the last twelve months.")},
    {"no_expected_reports", QT_TRANSLATE_NOOP("Readiness", "No reports are expected yet for the indicators.")},
    {"no_reports", QT_TRANSLATE_NOOP("Readiness", "No report has been received for the indicators.")},
    {"not_judged", QT_TRANSLATE_NOOP("Readiness", "Not yet scored by a manager.")},
};

template<typename E, size_t N>
QString keyOf(const Entry (&entries)[N], E value)
{
    return QString::fromLatin1(entries[size_t(value)].key);
}
template<typename E, size_t N>
std::optional<E> fromKeyOf(const Entry (&entries)[N], const QString &key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1StringView(entries[i].key))
            return E(i);
    }
    return std::nullopt;
}
template<typename E, size_t N>
QString labelOf(const Entry (&entries)[N], E value)
{
    return QCoreApplication::translate("Readiness", entries[size_t(value)].label);
}

double sign(Direction d)
{
    return d == Direction::Lower ? -1.0 : 1.0;
}

bool thinData(const QList<IndicatorEvidence> &list)
{
    int expected = 0;
    int received = 0;
    for (const IndicatorEvidence &i : list) {
        expected += i.quality.expected;
        received += i.quality.received;
    }
    return expected > 0 && double(received) / expected < MinCompleteness;
}

CriterionResult scored(CriterionResult r, double measure, int basis)
{
    r.measure = measure;
    r.basis = basis;
    r.score = scoreFor(measure, r.criterion);
    if (r.score == 0)
        r.gap = Gap::NoThresholds;
    return r;
}

CriterionResult missing(CriterionResult r, Gap gap, int basis = 0)
{
    r.gap = gap;
    r.basis = basis;
    return r;
}
} // namespace

QString domainKey(Domain d) { return keyOf(DomainEntries, d); }
std::optional<Domain> domainFromKey(const QString &key) { return fromKeyOf<Domain>(DomainEntries, key); }
QString domainLabel(Domain d) { return labelOf(DomainEntries, d); }
QString domainShortLabel(Domain d) { return labelOf(DomainShortEntries, d); }
QString evidenceKey(Evidence e) { return keyOf(EvidenceEntries, e); }
std::optional<Evidence> evidenceFromKey(const QString &key) { return fromKeyOf<Evidence>(EvidenceEntries, key); }
QString evidenceLabel(Evidence e) { return labelOf(EvidenceEntries, e); }
QString verdictKey(Verdict v) { return keyOf(VerdictEntries, v); }
std::optional<Verdict> verdictFromKey(const QString &key) { return fromKeyOf<Verdict>(VerdictEntries, key); }
QString verdictLabel(Verdict v) { return labelOf(VerdictEntries, v); }
QString gapKey(Gap gap) { return keyOf(GapEntries, gap); }
std::optional<Gap> gapFromKey(const QString &key) { return fromKeyOf<Gap>(GapEntries, key); }
QString gapText(Gap gap) { return gap == Gap::None ? QString() : labelOf(GapEntries, gap); }

bool higherIsBetter(Evidence e) { return e != Evidence::CostPerBeneficiary; }

bool isPercentage(Evidence e)
{
    return e != Evidence::Judged && e != Evidence::CostPerBeneficiary;
}

bool usesIndicators(Evidence e)
{
    return e == Evidence::Effectiveness || e == Evidence::Equity || e == Evidence::Reach ||
           e == Evidence::Completeness || e == Evidence::Timeliness;
}

QString unit(Evidence e)
{
    if (e == Evidence::Judged)
        return {};
    return e == Evidence::CostPerBeneficiary ? QCoreApplication::translate("Readiness", "yuan") : QStringLiteral("%");
}

bool IndicatorEvidence::favourable() const
{
    return did.estimate && sign(direction) * *did.estimate > 0;
}

bool IndicatorEvidence::significant() const
{
    return favourable() && did.low && did.high && sign(direction) * *did.low > 0 && sign(direction) * *did.high > 0;
}

std::optional<double> Evaluation::domainScore(Domain d) const
{
    for (const DomainScore &s : domains) {
        if (s.domain == d)
            return s.score;
    }
    return std::nullopt;
}

int scoreFor(double measure, const ReadinessCriterion &c)
{
    if (!c.strong || !c.adequate || !c.weak || !std::isfinite(measure))
        return 0;
    const double s = higherIsBetter(c.evidence) ? 1.0 : -1.0;
    if (s * measure >= s * *c.strong)
        return 4;
    if (s * measure >= s * *c.adequate)
        return 3;
    if (s * measure >= s * *c.weak)
        return 2;
    return 1;
}

QList<IndicatorEvidence> indicatorsFor(const ReadinessCriterion &c, const Inputs &inputs)
{
    QList<IndicatorEvidence> list;
    if (c.evidence == Evidence::Reach && c.indicators.isEmpty())
        return list; // coverage indicators are chosen, never assumed
    for (const IndicatorEvidence &i : inputs.indicators) {
        if (!c.indicators.isEmpty() && !c.indicators.contains(i.code, Qt::CaseInsensitive))
            continue;
        if (c.evidence == Evidence::Reach && i.type != ValueType::Percentage)
            continue; // coverage is a share of children
        list.append(i);
    }
    return list;
}

CriterionResult assess(const ReadinessCriterion &c, const Inputs &inputs, const std::optional<ReadinessJudgement> &judgement)
{
    CriterionResult r;
    r.criterion = c;
    if (c.judged()) {
        if (!judgement || judgement->score < 1 || judgement->score > 4)
            return missing(r, Gap::NotJudged);
        r.score = judgement->score;
        r.justification = judgement->justification;
        return r;
    }
    if (!c.strong || !c.adequate || !c.weak)
        return missing(r, Gap::NoThresholds);

    switch (c.evidence) {
    case Evidence::Judged:
        break;
    case Evidence::Effectiveness: {
        const QList<IndicatorEvidence> list = indicatorsFor(c, inputs);
        if (list.isEmpty())
            return missing(r, Gap::NoIndicators);
        if (thinData(list))
            return missing(r, Gap::ThinData, int(list.size()));
        int estimated = 0;
        int significant = 0;
        for (const IndicatorEvidence &i : list) {
            if (i.did.estimate) {
                ++estimated;
                significant += i.significant() ? 1 : 0;
            }
        }
        if (estimated == 0 || double(estimated) / double(list.size()) < MinEstimated)
            return missing(r, Gap::TooFewEstimates, estimated);
        return scored(r, 100.0 * significant / estimated, estimated);
    }
    case Evidence::Equity: {
        const QList<IndicatorEvidence> list = indicatorsFor(c, inputs);
        if (list.isEmpty())
            return missing(r, Gap::NoIndicators);
        if (thinData(list))
            return missing(r, Gap::ThinData, int(list.size()));
        int checks = 0;
        int favourable = 0;
        for (const IndicatorEvidence &i : list) {
            for (const Analytics::GapChange &g : i.gapChanges) {
                if (g.difference) {
                    ++checks;
                    favourable += *g.difference > 0 ? 1 : 0;
                }
            }
            for (const Analytics::GroupDid &g : i.groups) {
                if (g.group.focus && g.did.estimate) {
                    ++checks;
                    favourable += sign(i.direction) * *g.did.estimate > 0 ? 1 : 0;
                }
            }
        }
        if (checks == 0)
            return missing(r, Gap::NoEquityComparison);
        return scored(r, 100.0 * favourable / checks, checks);
    }
    case Evidence::Reach: {
        const QList<IndicatorEvidence> list = indicatorsFor(c, inputs);
        if (list.isEmpty())
            return missing(r, Gap::NoIndicators);
        if (thinData(list))
            return missing(r, Gap::ThinData, int(list.size()));
        double sum = 0;
        int n = 0;
        for (const IndicatorEvidence &i : list) {
            if (i.pilotLatest) {
                sum += *i.pilotLatest;
                ++n;
            }
        }
        if (n == 0)
            return missing(r, Gap::NoCoverage);
        return scored(r, sum / n, n);
    }
    case Evidence::Fidelity:
        if (inputs.visits < MinVisits || !inputs.fidelity)
            return missing(r, Gap::TooFewVisits, inputs.visits);
        if (inputs.pilotSites > 0 && double(inputs.pilotSitesVisited) / inputs.pilotSites < MinSitesVisited)
            return missing(r, Gap::FewSitesVisited, inputs.visits);
        return scored(r, 100.0 * *inputs.fidelity, inputs.visits);
    case Evidence::CostPerBeneficiary:
        if (!inputs.costs || inputs.costs->programmeSpending + inputs.costs->governmentContribution <= 0)
            return missing(r, Gap::NoCosts);
        if (inputs.costs->beneficiaries <= 0)
            return missing(r, Gap::NoBeneficiaries);
        return scored(r, (inputs.costs->programmeSpending + inputs.costs->governmentContribution) / double(inputs.costs->beneficiaries),
                      int(std::min<qint64>(inputs.costs->beneficiaries, std::numeric_limits<int>::max())));
    case Evidence::CoFinancing: {
        if (!inputs.costs)
            return missing(r, Gap::NoCosts);
        const double total = inputs.costs->programmeSpending + inputs.costs->governmentContribution;
        if (total <= 0)
            return missing(r, Gap::NoCosts);
        return scored(r, 100.0 * inputs.costs->governmentContribution / total, inputs.costs->year);
    }
    case Evidence::Completeness:
    case Evidence::Timeliness: {
        const QList<IndicatorEvidence> list = indicatorsFor(c, inputs);
        if (list.isEmpty())
            return missing(r, Gap::NoIndicators);
        Analytics::Quality q;
        for (const IndicatorEvidence &i : list) {
            q.expected += i.quality.expected;
            q.received += i.quality.received;
            q.onTime += i.quality.onTime;
        }
        if (c.evidence == Evidence::Completeness) {
            if (q.expected == 0)
                return missing(r, Gap::NoExpectedReports);
            return scored(r, 100.0 * *q.completeness(), q.expected);
        }
        if (q.received == 0)
            return missing(r, Gap::NoReports);
        return scored(r, 100.0 * *q.timeliness(), q.received);
    }
    }
    return missing(r, Gap::NoThresholds);
}

Evaluation evaluate(const QList<ReadinessCriterion> &criteria, const Inputs &inputs,
                    const QList<ReadinessJudgement> &judgements)
{
    Evaluation e;
    e.inputs = inputs;
    for (const ReadinessCriterion &c : criteria) {
        if (!c.active || c.meta.deleted)
            continue;
        std::optional<ReadinessJudgement> judgement;
        for (const ReadinessJudgement &j : judgements) {
            if (j.criterionId == c.meta.id && c.meta.id != 0)
                judgement = j;
        }
        e.criteria.append(assess(c, inputs, judgement));
    }

    for (Domain d : Domains) {
        DomainScore s;
        s.domain = d;
        double sum = 0;
        int n = 0;
        for (const CriterionResult &r : e.criteria) {
            if (r.criterion.domain != d)
                continue;
            ++s.criteria;
            if (r.scored()) {
                sum += r.score;
                ++n;
            }
        }
        if (n > 0)
            s.score = sum / n;
        e.domains.append(s);
    }

    auto reason = [](Reason::Kind kind, const CriterionResult &r) {
        Reason x;
        x.kind = kind;
        x.code = r.criterion.code;
        x.nameEn = r.criterion.nameEn;
        x.nameZh = r.criterion.nameZh;
        x.domain = r.criterion.domain;
        x.value = r.score;
        x.gap = r.gap;
        return x;
    };

    for (const CriterionResult &r : e.criteria) {
        if (!r.scored())
            e.missing.append(reason(Reason::Kind::Missing, r));
    }

    if (e.criteria.isEmpty()) {
        e.verdict = Verdict::NotYetReady;
        e.reasons.append(Reason{Reason::Kind::NoCriteria, {}, {}, {}, Domain::Problem, 0, Gap::None});
        return e;
    }

    QList<Reason> blockers;
    for (const CriterionResult &r : e.criteria) {
        if (!r.criterion.critical)
            continue;
        if (!r.scored())
            blockers.append(reason(Reason::Kind::CriticalMissing, r));
        else if (r.score < 3)
            blockers.append(reason(Reason::Kind::CriticalWeak, r));
    }
    for (const DomainScore &s : e.domains) {
        if (s.score && *s.score < 2) {
            Reason x;
            x.kind = Reason::Kind::DomainWeak;
            x.domain = s.domain;
            x.value = *s.score;
            blockers.append(x);
        }
    }
    if (!blockers.isEmpty()) {
        e.verdict = Verdict::NotYetReady;
        e.reasons = blockers;
        return e;
    }

    QList<Reason> conditions;
    for (const CriterionResult &r : e.criteria) {
        if (r.scored() && r.score < 3)
            conditions.append(reason(Reason::Kind::Weak, r));
    }
    if (!e.missing.isEmpty()) {
        Reason x;
        x.kind = Reason::Kind::Unscored;
        x.value = double(e.missing.size());
        conditions.append(x);
    }
    if (conditions.isEmpty()) {
        e.verdict = Verdict::Ready;
        Reason x;
        x.kind = Reason::Kind::AllMet;
        x.value = double(e.criteria.size());
        e.reasons.append(x);
    } else {
        e.verdict = Verdict::ReadyWithConditions;
        e.reasons = conditions;
    }
    return e;
}

QString Reason::text() const
{
    const QString name = localized(nameEn, nameZh);
    const QLocale locale;
    switch (kind) {
    case Kind::AllMet:
        return QCoreApplication::translate("Readiness", "All %n criteria score 3 or more.", nullptr, int(value));
    case Kind::NoCriteria:
        return QCoreApplication::translate("Readiness", "The programme has no active readiness criteria.");
    case Kind::CriticalWeak:
        return QCoreApplication::translate("Readiness", "Critical criterion \"%1\" scores %2; it needs 3 or more.").arg(name).arg(int(value));
    case Kind::CriticalMissing:
        return QCoreApplication::translate("Readiness", "Critical criterion \"%1\" has no score: %2").arg(name, gapText(gap));
    case Kind::DomainWeak:
        return QCoreApplication::translate("Readiness", "The domain \"%1\" averages %2, below 2.").arg(domainLabel(domain), locale.toString(value, 'f', 1));
    case Kind::Weak:
        return QCoreApplication::translate("Readiness", "\"%1\" scores %2; strengthen it before or during scale-up.").arg(name).arg(int(value));
    case Kind::Missing:
        return QCoreApplication::translate("Readiness", "\"%1\": %2").arg(name, gapText(gap));
    case Kind::Unscored:
        return QCoreApplication::translate("Readiness", "%n criteria have no score yet; see the missing evidence.", nullptr,
                                           int(value));
    }
    return {};
}

QString scoreLabel(int score)
{
    switch (score) {
    case 4: return QCoreApplication::translate("Readiness", "4 – strong");
    case 3: return QCoreApplication::translate("Readiness", "3 – adequate");
    case 2: return QCoreApplication::translate("Readiness", "2 – weak");
    case 1: return QCoreApplication::translate("Readiness", "1 – poor");
    default: return QStringLiteral("–");
    }
}

namespace {
QString amount(Evidence e, double v, const QLocale &locale)
{
    if (e == Evidence::CostPerBeneficiary)
        return QCoreApplication::translate("Readiness", "%1 yuan").arg(locale.toString(v, 'f', 0));
    return locale.toString(v, 'f', 1) + QStringLiteral("%");
}
} // namespace

QString measureText(const CriterionResult &r, const QLocale &locale)
{
    if (r.criterion.judged() || !r.measure)
        return QStringLiteral("–");
    return amount(r.criterion.evidence, *r.measure, locale);
}

QString thresholdsText(const ReadinessCriterion &c, const QLocale &locale)
{
    if (c.judged() || !c.strong || !c.adequate || !c.weak)
        return {};
    const Evidence e = c.evidence;
    if (higherIsBetter(e))
        return QCoreApplication::translate("Readiness", "4 at %1 or more, 3 at %2 or more, 2 at %3 or more, else 1")
            .arg(amount(e, *c.strong, locale), amount(e, *c.adequate, locale), amount(e, *c.weak, locale));
    return QCoreApplication::translate("Readiness", "4 at %1 or less, 3 at %2 or less, 2 at %3 or less, else 1")
        .arg(amount(e, *c.strong, locale), amount(e, *c.adequate, locale), amount(e, *c.weak, locale));
}

QString basisText(const CriterionResult &r)
{
    const int n = r.basis;
    switch (r.criterion.evidence) {
    case Evidence::Judged: return {};
    case Evidence::Effectiveness: return QCoreApplication::translate("Readiness", "%Ln indicator(s) with an effect estimate", nullptr, n);
    case Evidence::Equity: return QCoreApplication::translate("Readiness", "%Ln equity comparison(s)", nullptr, n);
    case Evidence::Reach: return QCoreApplication::translate("Readiness", "%Ln coverage indicator(s)", nullptr, n);
    case Evidence::Fidelity: return QCoreApplication::translate("Readiness", "%Ln scored visit(s) in twelve months", nullptr, n);
    case Evidence::CostPerBeneficiary: return QCoreApplication::translate("Readiness", "%Ln beneficiaries", nullptr, n);
    case Evidence::CoFinancing: return QCoreApplication::translate("Readiness", "costs of %1").arg(n);
    case Evidence::Completeness: return QCoreApplication::translate("Readiness", "%Ln expected report(s)", nullptr, n);
    case Evidence::Timeliness: return QCoreApplication::translate("Readiness", "%Ln report(s) received", nullptr, n);
    }
    return {};
}

QString noteText(const CriterionResult &r)
{
    if (r.gap != Gap::None)
        return gapText(r.gap);
    if (r.criterion.judged())
        return r.justification;
    return basisText(r);
}

Result<void> validateThresholds(const ReadinessCriterion &c)
{
    if (c.judged())
        return {};
    const QString name = c.code;
    if (!c.strong || !c.adequate || !c.weak)
        return fail(QCoreApplication::translate("Readiness", "Criterion %1: a computed criterion needs all three thresholds (strong, adequate, weak).").arg(name));
    for (double v : {*c.strong, *c.adequate, *c.weak}) {
        if (!std::isfinite(v) || v < 0 || (isPercentage(c.evidence) && v > 100))
            return fail(isPercentage(c.evidence)
                            ? QCoreApplication::translate("Readiness", "Criterion %1: thresholds are percentages between 0 and 100.").arg(name)
                            : QCoreApplication::translate("Readiness", "Criterion %1: thresholds cannot be negative.").arg(name));
    }
    const bool ordered = higherIsBetter(c.evidence) ? (*c.strong >= *c.adequate && *c.adequate >= *c.weak)
                                                    : (*c.strong <= *c.adequate && *c.adequate <= *c.weak);
    if (!ordered)
        return fail(higherIsBetter(c.evidence)
                        ? QCoreApplication::translate("Readiness", "Criterion %1: thresholds must go down from strong to adequate to weak.").arg(name)
                        : QCoreApplication::translate("Readiness", "Criterion %1: a lower cost is better, so thresholds must go up from strong to adequate to weak.").arg(name));
    return {};
}

namespace {
QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonObject criterionJson(const ReadinessCriterion &c)
{
    return {
        {QStringLiteral("id"), c.meta.id},
        {QStringLiteral("uuid"), c.meta.uuid},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("domain"), domainKey(c.domain)},
        {QStringLiteral("evidence"), evidenceKey(c.evidence)},
        {QStringLiteral("name_en"), c.nameEn},
        {QStringLiteral("name_zh"), c.nameZh},
        {QStringLiteral("guidance_en"), c.guidanceEn},
        {QStringLiteral("guidance_zh"), c.guidanceZh},
        {QStringLiteral("strong"), number(c.strong)},
        {QStringLiteral("adequate"), number(c.adequate)},
        {QStringLiteral("weak"), number(c.weak)},
        {QStringLiteral("indicators"), QJsonArray::fromStringList(c.indicators)},
        {QStringLiteral("critical"), c.critical},
        {QStringLiteral("active"), c.active},
        {QStringLiteral("sort_order"), c.sortOrder},
    };
}

std::optional<ReadinessCriterion> criterionFromJson(const QJsonObject &o)
{
    ReadinessCriterion c;
    c.meta.id = o.value(QStringLiteral("id")).toInteger();
    c.meta.uuid = o.value(QStringLiteral("uuid")).toString();
    c.code = o.value(QStringLiteral("code")).toString();
    const auto domain = domainFromKey(o.value(QStringLiteral("domain")).toString());
    const auto evidence = evidenceFromKey(o.value(QStringLiteral("evidence")).toString());
    if (c.code.trimmed().isEmpty() || !domain || !evidence)
        return std::nullopt;
    c.domain = *domain;
    c.evidence = *evidence;
    c.nameEn = o.value(QStringLiteral("name_en")).toString();
    c.nameZh = o.value(QStringLiteral("name_zh")).toString();
    c.guidanceEn = o.value(QStringLiteral("guidance_en")).toString();
    c.guidanceZh = o.value(QStringLiteral("guidance_zh")).toString();
    c.strong = optionalNumber(o.value(QStringLiteral("strong")));
    c.adequate = optionalNumber(o.value(QStringLiteral("adequate")));
    c.weak = optionalNumber(o.value(QStringLiteral("weak")));
    for (const QJsonValue &v : o.value(QStringLiteral("indicators")).toArray())
        c.indicators.append(v.toString());
    c.critical = o.value(QStringLiteral("critical")).toBool(false);
    c.active = o.value(QStringLiteral("active")).toBool(true);
    c.sortOrder = o.value(QStringLiteral("sort_order")).toInt();
    return c;
}

QJsonObject didJson(const Analytics::Did &d)
{
    return {
        {QStringLiteral("estimate"), number(d.estimate)},
        {QStringLiteral("low"), number(d.low)},
        {QStringLiteral("high"), number(d.high)},
        {QStringLiteral("pilot_change"), number(d.pilotChange)},
        {QStringLiteral("comparison_change"), number(d.comparisonChange)},
        {QStringLiteral("pilot_sites"), d.pilotSites},
        {QStringLiteral("comparison_sites"), d.comparisonSites},
        {QStringLiteral("reason"), Analytics::didReasonKey(d.reason)},
    };
}

Analytics::Did didFromJson(const QJsonObject &o)
{
    Analytics::Did d;
    d.estimate = optionalNumber(o.value(QStringLiteral("estimate")));
    d.low = optionalNumber(o.value(QStringLiteral("low")));
    d.high = optionalNumber(o.value(QStringLiteral("high")));
    d.pilotChange = optionalNumber(o.value(QStringLiteral("pilot_change")));
    d.comparisonChange = optionalNumber(o.value(QStringLiteral("comparison_change")));
    d.pilotSites = o.value(QStringLiteral("pilot_sites")).toInt();
    d.comparisonSites = o.value(QStringLiteral("comparison_sites")).toInt();
    const QString reason = o.value(QStringLiteral("reason")).toString();
    for (auto r : {Analytics::DidReason::None, Analytics::DidReason::NoData, Analytics::DidReason::TooFewPilotSites,
                   Analytics::DidReason::TooFewComparisonSites, Analytics::DidReason::NoVariation}) {
        if (Analytics::didReasonKey(r) == reason)
            d.reason = r;
    }
    return d;
}

QJsonObject reasonJson(const Reason &r)
{
    return {
        {QStringLiteral("kind"), int(r.kind)},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("name_en"), r.nameEn},
        {QStringLiteral("name_zh"), r.nameZh},
        {QStringLiteral("domain"), domainKey(r.domain)},
        {QStringLiteral("value"), r.value},
        {QStringLiteral("gap"), gapKey(r.gap)},
    };
}

Reason reasonFromJson(const QJsonObject &o)
{
    Reason r;
    r.kind = Reason::Kind(std::clamp(o.value(QStringLiteral("kind")).toInt(), 0, int(Reason::Kind::Unscored)));
    r.code = o.value(QStringLiteral("code")).toString();
    r.nameEn = o.value(QStringLiteral("name_en")).toString();
    r.nameZh = o.value(QStringLiteral("name_zh")).toString();
    r.domain = domainFromKey(o.value(QStringLiteral("domain")).toString()).value_or(Domain::Problem);
    r.value = o.value(QStringLiteral("value")).toDouble();
    r.gap = gapFromKey(o.value(QStringLiteral("gap")).toString()).value_or(Gap::None);
    return r;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject toJson(const Evaluation &e)
{
    QJsonArray criteria;
    for (const CriterionResult &r : e.criteria) {
        criteria.append(QJsonObject{
            {QStringLiteral("criterion"), criterionJson(r.criterion)},
            {QStringLiteral("measure"), number(r.measure)},
            {QStringLiteral("score"), r.score},
            {QStringLiteral("gap"), gapKey(r.gap)},
            {QStringLiteral("basis"), r.basis},
            {QStringLiteral("justification"), r.justification},
        });
    }
    QJsonArray domains;
    for (const DomainScore &d : e.domains)
        domains.append(QJsonObject{{QStringLiteral("domain"), domainKey(d.domain)},
                                   {QStringLiteral("score"), number(d.score)},
                                   {QStringLiteral("criteria"), d.criteria}});
    QJsonArray reasons;
    for (const Reason &r : e.reasons)
        reasons.append(reasonJson(r));
    QJsonArray missingList;
    for (const Reason &r : e.missing)
        missingList.append(reasonJson(r));
    QJsonArray indicators;
    for (const IndicatorEvidence &i : e.inputs.indicators) {
        indicators.append(QJsonObject{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("code"), i.code},
            {QStringLiteral("name_en"), i.nameEn},
            {QStringLiteral("name_zh"), i.nameZh},
            {QStringLiteral("value_type"), Vocabulary::key(i.type)},
            {QStringLiteral("direction"), Vocabulary::key(i.direction)},
            {QStringLiteral("did"), didJson(i.did)},
            {QStringLiteral("expected"), i.quality.expected},
            {QStringLiteral("received"), i.quality.received},
            {QStringLiteral("on_time"), i.quality.onTime},
            {QStringLiteral("pilot_latest"), number(i.pilotLatest)},
        });
    }
    QJsonObject inputs{
        {QStringLiteral("indicators"), indicators},
        {QStringLiteral("pilot_sites"), e.inputs.pilotSites},
        {QStringLiteral("visits_from"), dateText(e.inputs.visitsFrom)},
        {QStringLiteral("visits_to"), dateText(e.inputs.visitsTo)},
        {QStringLiteral("visits"), e.inputs.visits},
        {QStringLiteral("pilot_sites_visited"), e.inputs.pilotSitesVisited},
        {QStringLiteral("fidelity"), number(e.inputs.fidelity)},
        {QStringLiteral("audit_mark"), e.inputs.auditMark},
    };
    if (e.inputs.costs) {
        inputs.insert(QStringLiteral("costs"),
                      QJsonObject{{QStringLiteral("year"), e.inputs.costs->year},
                                  {QStringLiteral("programme_spending"), e.inputs.costs->programmeSpending},
                                  {QStringLiteral("government_contribution"), e.inputs.costs->governmentContribution},
                                  {QStringLiteral("beneficiaries"), e.inputs.costs->beneficiaries}});
    }
    QJsonArray items;
    for (const FidelityItem &i : e.inputs.items)
        items.append(QJsonObject{{QStringLiteral("code"), i.code},
                                 {QStringLiteral("name_en"), i.nameEn},
                                 {QStringLiteral("name_zh"), i.nameZh},
                                 {QStringLiteral("mean"), number(i.mean)}});
    inputs.insert(QStringLiteral("items"), items);
    return {
        {QStringLiteral("format"), 1},
        {QStringLiteral("programme_id"), e.programmeId},
        {QStringLiteral("programme_code"), e.programmeCode},
        {QStringLiteral("programme_name_en"), e.programmeNameEn},
        {QStringLiteral("programme_name_zh"), e.programmeNameZh},
        {QStringLiteral("assessment_id"), e.assessmentId},
        {QStringLiteral("assessment_revision"), e.assessmentRevision},
        {QStringLiteral("computed_at"), e.computedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("verdict"), verdictKey(e.verdict)},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("missing"), missingList},
        {QStringLiteral("inputs"), inputs},
    };
}

Result<Evaluation> evaluationFromJson(const QJsonObject &o)
{
    const auto bad = [] { return fail(QCoreApplication::translate("Readiness", "The assessment's stored snapshot is damaged and cannot be read.")); };
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return bad();
    Evaluation e;
    e.programmeId = o.value(QStringLiteral("programme_id")).toInteger();
    e.programmeCode = o.value(QStringLiteral("programme_code")).toString();
    e.programmeNameEn = o.value(QStringLiteral("programme_name_en")).toString();
    e.programmeNameZh = o.value(QStringLiteral("programme_name_zh")).toString();
    e.assessmentId = o.value(QStringLiteral("assessment_id")).toInteger();
    e.assessmentRevision = o.value(QStringLiteral("assessment_revision")).toInt();
    e.computedAt = QDateTime::fromString(o.value(QStringLiteral("computed_at")).toString(), Qt::ISODateWithMs);
    const auto verdict = verdictFromKey(o.value(QStringLiteral("verdict")).toString());
    if (!verdict)
        return bad();
    e.verdict = *verdict;
    for (const QJsonValue &v : o.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject x = v.toObject();
        const auto c = criterionFromJson(x.value(QStringLiteral("criterion")).toObject());
        if (!c)
            return bad();
        CriterionResult r;
        r.criterion = *c;
        r.measure = optionalNumber(x.value(QStringLiteral("measure")));
        r.score = x.value(QStringLiteral("score")).toInt();
        r.gap = gapFromKey(x.value(QStringLiteral("gap")).toString()).value_or(Gap::None);
        r.basis = x.value(QStringLiteral("basis")).toInt();
        r.justification = x.value(QStringLiteral("justification")).toString();
        e.criteria.append(r);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject x = v.toObject();
        const auto d = domainFromKey(x.value(QStringLiteral("domain")).toString());
        if (!d)
            return bad();
        e.domains.append(DomainScore{*d, optionalNumber(x.value(QStringLiteral("score"))),
                                     x.value(QStringLiteral("criteria")).toInt()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("reasons")).toArray())
        e.reasons.append(reasonFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("missing")).toArray())
        e.missing.append(reasonFromJson(v.toObject()));
    const QJsonObject in = o.value(QStringLiteral("inputs")).toObject();
    for (const QJsonValue &v : in.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject x = v.toObject();
        IndicatorEvidence i;
        i.id = x.value(QStringLiteral("id")).toInteger();
        i.code = x.value(QStringLiteral("code")).toString();
        i.nameEn = x.value(QStringLiteral("name_en")).toString();
        i.nameZh = x.value(QStringLiteral("name_zh")).toString();
        Vocabulary::fromKey(x.value(QStringLiteral("value_type")).toString(), &i.type);
        Vocabulary::fromKey(x.value(QStringLiteral("direction")).toString(), &i.direction);
        i.did = didFromJson(x.value(QStringLiteral("did")).toObject());
        i.quality.expected = x.value(QStringLiteral("expected")).toInt();
        i.quality.received = x.value(QStringLiteral("received")).toInt();
        i.quality.onTime = x.value(QStringLiteral("on_time")).toInt();
        i.pilotLatest = optionalNumber(x.value(QStringLiteral("pilot_latest")));
        e.inputs.indicators.append(i);
    }
    e.inputs.pilotSites = in.value(QStringLiteral("pilot_sites")).toInt();
    e.inputs.visitsFrom = QDate::fromString(in.value(QStringLiteral("visits_from")).toString(), Qt::ISODate);
    e.inputs.visitsTo = QDate::fromString(in.value(QStringLiteral("visits_to")).toString(), Qt::ISODate);
    e.inputs.visits = in.value(QStringLiteral("visits")).toInt();
    e.inputs.pilotSitesVisited = in.value(QStringLiteral("pilot_sites_visited")).toInt();
    e.inputs.fidelity = optionalNumber(in.value(QStringLiteral("fidelity")));
    e.inputs.auditMark = in.value(QStringLiteral("audit_mark")).toInteger();
    if (in.contains(QStringLiteral("costs"))) {
        const QJsonObject c = in.value(QStringLiteral("costs")).toObject();
        e.inputs.costs = CostYear{c.value(QStringLiteral("year")).toInt(),
                                  c.value(QStringLiteral("programme_spending")).toDouble(),
                                  c.value(QStringLiteral("government_contribution")).toDouble(),
                                  c.value(QStringLiteral("beneficiaries")).toInteger()};
    }
    for (const QJsonValue &v : in.value(QStringLiteral("items")).toArray()) {
        const QJsonObject x = v.toObject();
        e.inputs.items.append(FidelityItem{x.value(QStringLiteral("code")).toString(),
                                           x.value(QStringLiteral("name_en")).toString(),
                                           x.value(QStringLiteral("name_zh")).toString(),
                                           optionalNumber(x.value(QStringLiteral("mean")))});
    }
    return e;
}

QList<ReadinessCriterion> defaultCriteria(qint64 programmeId)
{
    QFile file(QStringLiteral(":/readiness/criteria.json"));
    QList<ReadinessCriterion> list;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("ScaleReady: the default readiness criteria are missing from the build");
        return list;
    }
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("criteria")).toArray();
    int order = 0;
    for (const QJsonValue &v : array) {
        auto c = criterionFromJson(v.toObject());
        if (!c)
            continue;
        c->programmeId = programmeId;
        c->sortOrder = ++order;
        list.append(*c);
    }
    return list;
}

} // namespace Readiness
