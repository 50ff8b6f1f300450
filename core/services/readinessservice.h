#pragma once

#include "analytics/readiness.h"
#include "auth/actor.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

// The scale-up readiness assessment (docs/readiness.md): a programme's criteria (the default
// library until a manager saves the programme's own), assessments whose judged criteria managers
// score with a justification, the evidence computed from the data, and sign-off, which stores
// the evaluation as an immutable snapshot. Managers and administrators change criteria and
// assessments; everybody may read them.
class ReadinessService final
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessService)

public:
    using Cancelled = std::function<bool()>;
    using Progress = std::function<void(int done, int total)>;

    ReadinessService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    // The programme's criteria (not removed), in order; the defaults (unsaved, id 0) while the
    // programme has none of its own.
    QList<ReadinessCriterion> criteria(qint64 programmeId) const;
    bool hasOwnCriteria(qint64 programmeId) const;
    // Saves the whole list in one transaction: new rows are created, changed rows updated,
    // stored rows missing from the list removed. Refuses duplicate codes, missing names, bad
    // thresholds and unknown indicator codes, naming the criterion.
    Result<QList<ReadinessCriterion>> saveCriteria(qint64 programmeId, QList<ReadinessCriterion> criteria);

    // Newest first.
    QList<ReadinessAssessment> assessments(qint64 programmeId) const;
    std::optional<ReadinessAssessment> assessment(qint64 id) const;
    // Stores the default criteria first when the programme has none of its own.
    Result<ReadinessAssessment> createAssessment(qint64 programmeId, const QString &title);
    Result<ReadinessAssessment> rename(const ReadinessAssessment &assessment, const QString &title);
    // Scores a judged criterion 1–4 with a justification; score 0 clears it. Drafts only.
    Result<ReadinessAssessment> judge(const ReadinessAssessment &assessment, qint64 criterionId, int score,
                                      const QString &justification);
    // Removes a draft (a tombstone); signed assessments are kept for ever.
    Result<ReadinessAssessment> remove(const ReadinessAssessment &assessment);
    // Freezes the draft: evaluates it afresh, in the sign-off's transaction, from the current
    // criteria and its stored judgements with the facts gathered (gather(), at gatheredAt), and
    // stores that evaluation as the snapshot. Every judged criterion must be scored.
    Result<ReadinessAssessment> signOff(const ReadinessAssessment &assessment, const Readiness::Inputs &inputs,
                                        const QDateTime &gatheredAt);

    // The facts the computed criteria read, as of a date (default today).
    Result<Readiness::Inputs> gather(qint64 programmeId, const Cancelled &cancelled = {},
                                     const Progress &progress = {}, QDate asOf = {}) const;
    // A live evaluation of the programme with an assessment's judgements (id 0: none).
    Result<Readiness::Evaluation> evaluate(qint64 programmeId, qint64 assessmentId = 0,
                                           const Cancelled &cancelled = {}, const Progress &progress = {},
                                           QDate asOf = {}) const;
    // The evaluation of facts already gathered (the page keeps them while only judgements or
    // criteria change), with an assessment's judgements (id 0: none).
    Result<Readiness::Evaluation> evaluateWith(qint64 programmeId, qint64 assessmentId, const Readiness::Inputs &inputs,
                                               const QDateTime &gatheredAt) const;
    // Whether gathered facts are as new as the data (no audited change outside the readiness
    // tables since they were read).
    bool isCurrent(const Readiness::Inputs &inputs) const { return auditMark() == inputs.auditMark; }
    // A signed assessment's stored snapshot.
    static Result<Readiness::Evaluation> snapshot(const ReadinessAssessment &assessment);

private:
    qint64 auditMark() const;
    Result<void> validate(const ReadinessCriterion &criterion) const;
    Result<QList<ReadinessCriterion>> storeDefaults(qint64 programmeId);
    Result<ReadinessAssessment> draft(const ReadinessAssessment &assessment) const;
    Database &m_database;
    Actor m_actor;
};
