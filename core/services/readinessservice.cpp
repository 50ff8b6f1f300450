#include "readinessservice.h"

#include "analytics/analyticsservice.h"
#include "auditedwrite.h"
#include "permissions.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/readinessrepositories.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace {
const QString Entity = QStringLiteral("readiness_criterion");
const QString AssessmentEntity = QStringLiteral("readiness_assessment");
} // namespace

qint64 ReadinessService::auditMark() const
{
    // Every change the evidence reads (values, reports, visits, costs, sites, indicators) is
    // audited; the readiness tables' own entries (scores, criteria) are not evidence.
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT max(id) FROM audit WHERE entity NOT IN ('readiness_assessment', 'readiness_criterion')"))
                   && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QList<ReadinessCriterion> ReadinessService::criteria(qint64 programmeId) const
{
    const QList<ReadinessCriterion> stored = ReadinessCriterionRepository(m_database)
        .select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {programmeId}, QStringLiteral("sort_order, id"));
    if (!stored.isEmpty() || hasOwnCriteria(programmeId))
        return stored;
    // The default library, without the indicator codes this programme does not have (a
    // coverage criterion left with none says so when evaluated), so that it saves as shown.
    QList<ReadinessCriterion> defaults = Readiness::defaultCriteria(programmeId);
    QSet<QString> known;
    for (const Indicator &i : IndicatorRepository(m_database).all(programmeId))
        known.insert(i.code.toLower());
    for (ReadinessCriterion &c : defaults)
        c.indicators.removeIf([&](const QString &code) { return !known.contains(code.toLower()); });
    return defaults;
}

bool ReadinessService::hasOwnCriteria(qint64 programmeId) const
{
    // Tombstones count: a programme whose manager removed every criterion keeps none.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM readiness_criterion WHERE programme_id = ? LIMIT 1"));
    q.addBindValue(programmeId);
    return q.exec() && q.next();
}

Result<void> ReadinessService::validate(const ReadinessCriterion &c) const
{
    const QString code = c.code.trimmed();
    if (code.isEmpty())
        return fail(tr("Every criterion needs a code."));
    if (c.nameEn.trimmed().isEmpty() && c.nameZh.trimmed().isEmpty())
        return fail(tr("Criterion %1 needs a name in English or Chinese.").arg(code));
    if (auto thresholds = Readiness::validateThresholds(c); !thresholds)
        return thresholds;
    if (!c.indicators.isEmpty()) {
        if (!Readiness::usesIndicators(c.evidence))
            return fail(tr("Criterion %1: only criteria computed from indicators list indicator codes.").arg(code));
        QSet<QString> known;
        for (const Indicator &i : IndicatorRepository(m_database).all(c.programmeId))
            known.insert(i.code.toLower());
        for (const QString &indicator : c.indicators) {
            if (!known.contains(indicator.toLower()))
                return fail(tr("Criterion %1: the programme has no indicator with the code %2.").arg(code, indicator));
        }
    }
    return {};
}

Result<QList<ReadinessCriterion>> ReadinessService::saveCriteria(qint64 programmeId, QList<ReadinessCriterion> list)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (!ProgrammeRepository(m_database).find(programmeId))
        return fail(tr("The programme no longer exists."));
    if (list.isEmpty())
        return fail(tr("Keep at least one criterion: make criteria inactive rather than removing them all."));
    QSet<QString> codes;
    for (ReadinessCriterion &c : list) {
        c.programmeId = programmeId;
        c.code = c.code.trimmed();
        if (!c.judged() && !Readiness::usesIndicators(c.evidence))
            c.indicators.clear();
        if (c.judged()) {
            c.strong.reset();
            c.adequate.reset();
            c.weak.reset();
            c.indicators.clear();
        }
        if (auto valid = validate(c); !valid)
            return fail(valid.error());
        if (codes.contains(c.code.toLower()))
            return fail(tr("The code %1 is used by two criteria; codes must differ.").arg(c.code));
        codes.insert(c.code.toLower());
    }
    return m_database.transaction([&]() -> Result<QList<ReadinessCriterion>> {
        ReadinessCriterionRepository repo(m_database);
        const QList<ReadinessCriterion> stored =
            repo.select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {programmeId});
        QSet<qint64> kept;
        for (const ReadinessCriterion &c : list)
            kept.insert(c.meta.id);
        // Removals first, so that a code can move from a removed criterion to a new one.
        for (const ReadinessCriterion &s : stored) {
            if (kept.contains(s.meta.id))
                continue;
            if (auto removed = auditedAction<ReadinessCriterionRepository>(
                    m_database, m_actor, Entity, QStringLiteral("delete"), s,
                    [](const ReadinessCriterion &) { return Result<void>(); }, tr("The criterion no longer exists."));
                !removed)
                return fail(removed.error());
        }
        // Updates in an order that frees each code before another criterion takes it; codes
        // that go round in a circle (two criteria swapping codes) cannot be ordered so.
        QHash<QString, qint64> holder; // code → the stored criterion that has it now
        for (const ReadinessCriterion &st : stored) {
            if (kept.contains(st.meta.id))
                holder.insert(st.code.toLower(), st.meta.id);
        }
        QList<ReadinessCriterion> ordered;
        QList<ReadinessCriterion> waiting = list;
        while (!waiting.isEmpty()) {
            bool moved = false;
            for (qsizetype k = 0; k < waiting.size(); ++k) {
                const ReadinessCriterion &c = waiting[k];
                const qint64 has = holder.value(c.code.toLower(), 0);
                if (has != 0 && has != c.meta.id)
                    continue; // another criterion still has this code
                for (auto it = holder.begin(); it != holder.end(); ++it) {
                    if (it.value() == c.meta.id && c.meta.id != 0) {
                        holder.erase(it);
                        break;
                    }
                }
                ordered.append(c);
                waiting.removeAt(k);
                moved = true;
                break;
            }
            if (!moved)
                return fail(tr("Criteria exchange their codes (%1 among them); give one of them a new code first and "
                               "save, then change the codes.").arg(waiting.first().code));
        }
        QHash<qint64, ReadinessCriterion> savedById;
        QHash<QString, ReadinessCriterion> savedNew; // by code, unique in the list
        for (const ReadinessCriterion &c : ordered) {
            const auto none = [](const ReadinessCriterion &) { return Result<void>(); };
            if (c.meta.id == 0) {
                ReadinessCriterion fresh = c;
                fresh.meta = RowMeta{};
                auto created = auditedAction<ReadinessCriterionRepository>(m_database, m_actor, Entity,
                                                                           QStringLiteral("create"), fresh, none, QString());
                if (!created)
                    return fail(created.error());
                savedNew.insert(created->code.toLower(), created.value());
                continue;
            }
            const auto old = std::find_if(stored.begin(), stored.end(),
                                          [&](const ReadinessCriterion &s) { return s.meta.id == c.meta.id; });
            if (old == stored.end())
                return fail(tr("Criterion %1 was removed elsewhere; reload the criteria.").arg(c.code));
            if (old->sameContent(c)) {
                savedById.insert(c.meta.id, *old);
                continue;
            }
            auto updated = auditedAction<ReadinessCriterionRepository>(m_database, m_actor, Entity,
                                                                       QStringLiteral("update"), c, none,
                                                                       tr("The criterion no longer exists."));
            if (!updated)
                return fail(tr("Criterion %1: %2").arg(c.code, updated.error()));
            savedById.insert(c.meta.id, updated.value());
        }
        // In the order given.
        QList<ReadinessCriterion> saved;
        for (const ReadinessCriterion &c : list)
            saved.append(c.meta.id == 0 ? savedNew.value(c.code.toLower()) : savedById.value(c.meta.id));
        return saved;
    });
}

Result<QList<ReadinessCriterion>> ReadinessService::storeDefaults(qint64 programmeId)
{
    return saveCriteria(programmeId, criteria(programmeId));
}

QList<ReadinessAssessment> ReadinessService::assessments(qint64 programmeId) const
{
    return ReadinessAssessmentRepository(m_database)
        .select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {programmeId}, QStringLiteral("id DESC"));
}

std::optional<ReadinessAssessment> ReadinessService::assessment(qint64 id) const
{
    auto a = ReadinessAssessmentRepository(m_database).find(id);
    if (a && a->meta.deleted)
        return std::nullopt;
    return a;
}

Result<ReadinessAssessment> ReadinessService::createAssessment(qint64 programmeId, const QString &title)
{
    if (auto allowed = Permissions::requireReview(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (!ProgrammeRepository(m_database).find(programmeId))
        return fail(tr("The programme no longer exists."));
    return m_database.transaction([&]() -> Result<ReadinessAssessment> {
        if (!hasOwnCriteria(programmeId)) {
            if (auto stored = storeDefaults(programmeId); !stored)
                return fail(stored.error());
        }
        ReadinessAssessment a;
        a.programmeId = programmeId;
        a.title = title.trimmed().isEmpty() ? tr("Assessment of %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat))
                                            : title.trimmed();
        return auditedAction<ReadinessAssessmentRepository>(m_database, m_actor, AssessmentEntity, QStringLiteral("create"),
                                                            a, [](const ReadinessAssessment &) { return Result<void>(); },
                                                            QString());
    });
}

Result<ReadinessAssessment> ReadinessService::draft(const ReadinessAssessment &a) const
{
    if (auto allowed = Permissions::requireReview(m_database, m_actor); !allowed)
        return fail(allowed.error());
    const auto stored = assessment(a.meta.id);
    if (!stored)
        return fail(tr("The assessment no longer exists."));
    if (stored->isSigned)
        return fail(tr("The assessment \"%1\" was signed off on %2 and can no longer change; start a new assessment.")
                        .arg(stored->title, QLocale().toString(stored->signedAt.toLocalTime(), QLocale::ShortFormat)));
    if (stored->meta.revision != a.meta.revision)
        return fail(tr("The assessment \"%1\" was changed elsewhere; it has been reloaded.").arg(stored->title));
    return *stored;
}

Result<ReadinessAssessment> ReadinessService::rename(const ReadinessAssessment &a, const QString &title)
{
    auto stored = draft(a);
    if (!stored)
        return stored;
    if (title.trimmed().isEmpty())
        return fail(tr("An assessment needs a title."));
    ReadinessAssessment changed = stored.value();
    changed.title = title.trimmed();
    return auditedAction<ReadinessAssessmentRepository>(m_database, m_actor, AssessmentEntity, QStringLiteral("update"),
                                                        changed, [](const ReadinessAssessment &) { return Result<void>(); },
                                                        tr("The assessment no longer exists."));
}

Result<ReadinessAssessment> ReadinessService::judge(const ReadinessAssessment &a, qint64 criterionId, int score,
                                                    const QString &justification)
{
    auto stored = draft(a);
    if (!stored)
        return stored;
    const auto criterion = ReadinessCriterionRepository(m_database).find(criterionId);
    if (!criterion || criterion->meta.deleted || criterion->programmeId != stored->programmeId)
        return fail(tr("The criterion no longer exists."));
    if (!criterion->judged())
        return fail(tr("\"%1\" is computed from the data; only judged criteria take a score.").arg(criterion->name()));
    if (score < 0 || score > 4)
        return fail(tr("\"%1\": a score is 1, 2, 3 or 4.").arg(criterion->name()));
    if (score > 0 && justification.trimmed().isEmpty())
        return fail(tr("\"%1\": say why it scores %2; a score needs a justification.").arg(criterion->name()).arg(score));
    ReadinessAssessment changed = stored.value();
    changed.judgements.removeIf([&](const ReadinessJudgement &j) { return j.criterionId == criterionId; });
    if (score > 0)
        changed.judgements.append(ReadinessJudgement{criterionId, score, justification.trimmed()});
    std::sort(changed.judgements.begin(), changed.judgements.end(),
              [](const ReadinessJudgement &x, const ReadinessJudgement &y) { return x.criterionId < y.criterionId; });
    return auditedAction<ReadinessAssessmentRepository>(m_database, m_actor, AssessmentEntity, QStringLiteral("update"),
                                                        changed, [](const ReadinessAssessment &) { return Result<void>(); },
                                                        tr("The assessment no longer exists."));
}

Result<ReadinessAssessment> ReadinessService::remove(const ReadinessAssessment &a)
{
    auto stored = draft(a);
    if (!stored)
        return stored;
    return auditedAction<ReadinessAssessmentRepository>(m_database, m_actor, AssessmentEntity, QStringLiteral("delete"),
                                                        stored.value(), [](const ReadinessAssessment &) { return Result<void>(); },
                                                        tr("The assessment no longer exists."));
}

Result<ReadinessAssessment> ReadinessService::signOff(const ReadinessAssessment &a, const Readiness::Inputs &inputs,
                                                      const QDateTime &gatheredAt)
{
    return m_database.transaction([&]() -> Result<ReadinessAssessment> {
        auto stored = draft(a);
        if (!stored)
            return stored;
        // The facts must be as new as the data: another program may have written since.
        if (auditMark() != inputs.auditMark)
            return fail(tr("The data changed since the evidence was computed; the evidence is computed again. Look "
                           "at it, then sign off."));
        // What is frozen is computed here, from what is stored now: never an evaluation handed
        // in, which could predate a change of the criteria.
        auto evaluation = evaluateWith(stored->programmeId, stored->meta.id, inputs, gatheredAt);
        if (!evaluation)
            return fail(evaluation.error());
        QStringList unjudged;
        for (const Readiness::CriterionResult &r : evaluation->criteria) {
            if (r.gap == Readiness::Gap::NotJudged)
                unjudged.append(r.criterion.name());
        }
        if (!unjudged.isEmpty())
            return fail(tr("Score every judged criterion before signing off. Not yet scored: %1.")
                            .arg(unjudged.join(QStringLiteral("; "))));
        ReadinessAssessment signedOff = stored.value();
        signedOff.isSigned = true;
        signedOff.signedAt = QDateTime::currentDateTimeUtc();
        signedOff.signedBy = m_actor.userId;
        QString name = m_actor.username;
        if (const auto user = UserRepository(m_database).find(m_actor.userId); user && !user->fullName.trimmed().isEmpty())
            name = user->fullName.trimmed();
        signedOff.signedByName = name;
        signedOff.verdict = Readiness::verdictKey(evaluation->verdict);
        signedOff.snapshot = QString::fromUtf8(QJsonDocument(Readiness::toJson(evaluation.value())).toJson(QJsonDocument::Compact));
        // Audited as "sign", so that the audit trail says who froze it and when.
        ReadinessAssessmentRepository repo(m_database);
        return auditedWrite<ReadinessAssessmentRepository>(m_database, m_actor, AssessmentEntity, QStringLiteral("sign"),
                                                           auditedState<ReadinessAssessmentRepository>(stored.value()),
                                                           signedOff,
                                                           [&](ReadinessAssessment &row) { return repo.update(row, m_actor); });
    });
}

Result<Readiness::Evaluation> ReadinessService::snapshot(const ReadinessAssessment &a)
{
    if (!a.isSigned)
        return fail(tr("The assessment \"%1\" is a draft and has no snapshot.").arg(a.title));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(a.snapshot.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The assessment's stored snapshot is damaged and cannot be read."));
    return Readiness::evaluationFromJson(document.object());
}

Result<Readiness::Inputs> ReadinessService::gather(qint64 programmeId, const Cancelled &cancelled,
                                                   const Progress &progress, QDate asOf) const
{
    using namespace Readiness;
    if (!asOf.isValid())
        asOf = QDate::currentDate();
    if (!ProgrammeRepository(m_database).find(programmeId))
        return fail(tr("The programme no longer exists."));
    Inputs in;
    in.auditMark = auditMark();
    const QList<Indicator> indicators = IndicatorRepository(m_database).all(programmeId);
    const int total = int(indicators.size()) + 1;
    int done = 0;
    for (const Indicator &indicator : indicators) {
        if (cancelled && cancelled())
            return fail(tr("Cancelled."));
        Analytics::Filter filter;
        filter.programmeId = programmeId;
        filter.indicatorId = indicator.meta.id;
        auto dashboard = AnalyticsService(m_database).compute(filter, cancelled);
        if (!dashboard)
            return fail(dashboard.error());
        const Analytics::Dashboard &d = dashboard.value();
        IndicatorEvidence e;
        e.id = indicator.meta.id;
        e.code = indicator.code;
        e.nameEn = indicator.nameEn;
        e.nameZh = indicator.nameZh;
        e.type = indicator.valueType;
        e.direction = indicator.direction;
        e.did = d.did;
        for (const Analytics::GroupDid &g : d.didByGroup) {
            if (g.group.focus)
                e.groups.append(g);
        }
        e.gapChanges = d.gapChange;
        e.quality = d.quality;
        for (auto it = d.series.crbegin(); it != d.series.crend(); ++it) {
            if (it->pilot.value) {
                e.pilotLatest = it->pilot.value;
                break;
            }
        }
        in.indicators.append(e);
        if (progress)
            progress(++done, total);
    }

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM site WHERE programme_id = ? AND deleted = 0 AND arm = 'pilot'"
                             " AND status = 'active'"));
    q.addBindValue(programmeId);
    if (q.exec() && q.next())
        in.pilotSites = q.value(0).toInt();

    // The latest year with costs for pilot sites, summed.
    q.prepare(QStringLiteral("SELECT c.year, sum(c.programme_spending), sum(c.government_contribution), sum(c.beneficiaries)"
                             " FROM cost c JOIN site s ON s.id = c.site_id"
                             " WHERE s.programme_id = ? AND s.deleted = 0 AND s.arm = 'pilot' AND c.deleted = 0"
                             " GROUP BY c.year ORDER BY c.year DESC LIMIT 1"));
    q.addBindValue(programmeId);
    if (q.exec() && q.next())
        in.costs = CostYear{q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toLongLong()};

    // Scored visits to active pilot sites in the twelve months up to asOf.
    in.visitsTo = asOf;
    in.visitsFrom = asOf.addYears(-1).addDays(1);
    q.prepare(QStringLiteral(
        "SELECT count(*), count(DISTINCT v.site_id), avg(f) FROM (SELECT v.id, v.site_id,"
        " (SELECT avg(score) / 3.0 FROM visit_score WHERE visit_id = v.id) AS f"
        " FROM visit v JOIN site s ON s.id = v.site_id WHERE s.programme_id = ? AND s.deleted = 0 AND s.arm = 'pilot'"
        " AND s.status = 'active' AND v.deleted = 0 AND v.visit_date BETWEEN ? AND ?) v WHERE f IS NOT NULL"));
    q.addBindValue(programmeId);
    q.addBindValue(in.visitsFrom.toString(Qt::ISODate));
    q.addBindValue(in.visitsTo.toString(Qt::ISODate));
    if (q.exec() && q.next()) {
        in.visits = q.value(0).toInt();
        in.pilotSitesVisited = q.value(1).toInt();
        if (!q.value(2).isNull())
            in.fidelity = q.value(2).toDouble();
    }
    q.prepare(QStringLiteral(
        "SELECT i.code, i.name_en, i.name_zh, (SELECT avg(vs.score) FROM visit_score vs JOIN visit v ON v.id = vs.visit_id"
        " JOIN site s ON s.id = v.site_id WHERE vs.item_id = i.id AND s.deleted = 0 AND s.arm = 'pilot'"
        " AND s.status = 'active' AND v.deleted = 0 AND v.visit_date BETWEEN ? AND ?)"
        " FROM checklist_item i WHERE i.programme_id = ? AND i.deleted = 0 ORDER BY i.sort_order, i.id"));
    q.addBindValue(in.visitsFrom.toString(Qt::ISODate));
    q.addBindValue(in.visitsTo.toString(Qt::ISODate));
    q.addBindValue(programmeId);
    if (q.exec()) {
        while (q.next())
            in.items.append(FidelityItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).isNull() ? std::nullopt : std::optional<double>(q.value(3).toDouble())});
    }
    if (progress)
        progress(total, total);
    return in;
}

Result<Readiness::Evaluation> ReadinessService::evaluate(qint64 programmeId, qint64 assessmentId, const Cancelled &cancelled,
                                                         const Progress &progress, QDate asOf) const
{
    if (!ProgrammeRepository(m_database).find(programmeId))
        return fail(tr("The programme no longer exists."));
    if (assessmentId != 0) {
        const auto a = assessment(assessmentId);
        if (!a || a->programmeId != programmeId)
            return fail(tr("The assessment no longer exists."));
    }
    auto inputs = gather(programmeId, cancelled, progress, asOf);
    if (!inputs)
        return fail(inputs.error());
    return evaluateWith(programmeId, assessmentId, inputs.value(), QDateTime::currentDateTimeUtc());
}

Result<Readiness::Evaluation> ReadinessService::evaluateWith(qint64 programmeId, qint64 assessmentId,
                                                             const Readiness::Inputs &inputs, const QDateTime &gatheredAt) const
{
    const auto programme = ProgrammeRepository(m_database).find(programmeId);
    if (!programme)
        return fail(tr("The programme no longer exists."));
    std::optional<ReadinessAssessment> a;
    if (assessmentId != 0) {
        a = assessment(assessmentId);
        if (!a || a->programmeId != programmeId)
            return fail(tr("The assessment no longer exists."));
    }
    Readiness::Evaluation e = Readiness::evaluate(criteria(programmeId), inputs,
                                                  a ? a->judgements : QList<ReadinessJudgement>{});
    e.programmeId = programmeId;
    e.programmeCode = programme->code;
    e.programmeNameEn = programme->nameEn;
    e.programmeNameZh = programme->nameZh;
    e.computedAt = gatheredAt;
    if (a) {
        e.assessmentId = a->meta.id;
        e.assessmentRevision = a->meta.revision;
    }
    return e;
}
