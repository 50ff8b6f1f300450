#include "readinessrepositories.h"

#include "sqlvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
QVariant col(const QSqlRecord &r, const char *name)
{
    return r.value(QLatin1StringView(name));
}
} // namespace

Fields RowTraits<ReadinessCriterion>::fieldsOf(const ReadinessCriterion &c)
{
    return {
        {QStringLiteral("programme_id"), c.programmeId},
        {QStringLiteral("code"), c.code},
        {QStringLiteral("domain"), Readiness::domainKey(c.domain)},
        {QStringLiteral("name_en"), c.nameEn},
        {QStringLiteral("name_zh"), c.nameZh},
        {QStringLiteral("guidance_en"), c.guidanceEn},
        {QStringLiteral("guidance_zh"), c.guidanceZh},
        {QStringLiteral("evidence"), Readiness::evidenceKey(c.evidence)},
        {QStringLiteral("strong"), SqlValue::fromOptional(c.strong)},
        {QStringLiteral("adequate"), SqlValue::fromOptional(c.adequate)},
        {QStringLiteral("weak"), SqlValue::fromOptional(c.weak)},
        {QStringLiteral("indicators"), c.indicators.join(u' ')},
        {QStringLiteral("critical"), c.critical ? 1 : 0},
        {QStringLiteral("active"), c.active ? 1 : 0},
        {QStringLiteral("sort_order"), c.sortOrder},
    };
}

ReadinessCriterion RowTraits<ReadinessCriterion>::fromRecord(const QSqlRecord &r)
{
    ReadinessCriterion c;
    c.programmeId = col(r, "programme_id").toLongLong();
    c.code = col(r, "code").toString();
    c.domain = Readiness::domainFromKey(col(r, "domain").toString()).value_or(Readiness::Domain::Problem);
    c.nameEn = col(r, "name_en").toString();
    c.nameZh = col(r, "name_zh").toString();
    c.guidanceEn = col(r, "guidance_en").toString();
    c.guidanceZh = col(r, "guidance_zh").toString();
    c.evidence = Readiness::evidenceFromKey(col(r, "evidence").toString()).value_or(Readiness::Evidence::Judged);
    c.strong = SqlValue::toOptional(col(r, "strong"));
    c.adequate = SqlValue::toOptional(col(r, "adequate"));
    c.weak = SqlValue::toOptional(col(r, "weak"));
    c.indicators = col(r, "indicators").toString().split(u' ', Qt::SkipEmptyParts);
    c.critical = col(r, "critical").toBool();
    c.active = col(r, "active").toBool();
    c.sortOrder = col(r, "sort_order").toInt();
    return c;
}

Fields RowTraits<ReadinessAssessment>::fieldsOf(const ReadinessAssessment &a)
{
    return {
        {QStringLiteral("programme_id"), a.programmeId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("status"), a.isSigned ? QStringLiteral("signed") : QStringLiteral("draft")},
        {QStringLiteral("signed_at"), SqlValue::fromDateTime(a.signedAt)},
        {QStringLiteral("signed_by"), SqlValue::fromId(a.signedBy)},
        {QStringLiteral("signed_by_name"), a.signedByName},
        {QStringLiteral("verdict"), a.verdict},
        {QStringLiteral("snapshot"), a.snapshot},
    };
}

ReadinessAssessment RowTraits<ReadinessAssessment>::fromRecord(const QSqlRecord &r)
{
    ReadinessAssessment a;
    a.programmeId = col(r, "programme_id").toLongLong();
    a.title = col(r, "title").toString();
    a.isSigned = col(r, "status").toString() == QLatin1StringView("signed");
    a.signedAt = SqlValue::toDateTime(col(r, "signed_at"));
    a.signedBy = col(r, "signed_by").toLongLong();
    a.signedByName = col(r, "signed_by_name").toString();
    a.verdict = col(r, "verdict").toString();
    a.snapshot = col(r, "snapshot").toString();
    return a;
}

QJsonObject RowTraits<ReadinessAssessment>::childrenOf(const ReadinessAssessment &a)
{
    QList<ReadinessJudgement> sorted = a.judgements;
    std::sort(sorted.begin(), sorted.end(),
              [](const ReadinessJudgement &x, const ReadinessJudgement &y) { return x.criterionId < y.criterionId; });
    QJsonArray list;
    for (const ReadinessJudgement &j : sorted)
        list.append(QJsonArray{j.criterionId, j.score, j.justification});
    return {{QStringLiteral("judgements"), list}};
}

void RowTraits<ReadinessAssessment>::readChildren(Database &database, ReadinessAssessment &a)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT criterion_id, score, justification FROM readiness_judgement"
                             " WHERE assessment_id = ? ORDER BY criterion_id"));
    q.addBindValue(a.meta.id);
    a.judgements.clear();
    if (q.exec()) {
        while (q.next())
            a.judgements.append(ReadinessJudgement{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    }
}

Result<void> RowTraits<ReadinessAssessment>::writeChildren(Database &database, const ReadinessAssessment &a)
{
    // A signed assessment is frozen (the triggers refuse any change to its judgements); signing
    // off keeps the judgements it was evaluated with.
    if (a.isSigned)
        return {};
    const auto failed = [](const QSqlQuery &q) {
        return fail(QCoreApplication::translate("ReadinessRepository", "Could not save the assessment's scores: %1")
                        .arg(q.lastError().text()));
    };
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM readiness_judgement WHERE assessment_id = ?"));
    q.addBindValue(a.meta.id);
    if (!q.exec())
        return failed(q);
    q.prepare(QStringLiteral("INSERT INTO readiness_judgement (assessment_id, criterion_id, score, justification)"
                             " VALUES (?, ?, ?, ?)"));
    for (const ReadinessJudgement &j : a.judgements) {
        q.addBindValue(a.meta.id);
        q.addBindValue(j.criterionId);
        q.addBindValue(j.score);
        q.addBindValue(j.justification);
        if (!q.exec())
            return failed(q);
    }
    return {};
}
