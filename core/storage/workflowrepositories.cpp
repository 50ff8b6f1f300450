#include "workflowrepositories.h"

#include "sqlvalue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QVariant col(const QSqlRecord &r, const char *name)
{
    return r.value(QLatin1StringView(name));
}
} // namespace

Fields RowTraits<Report>::fieldsOf(const Report &r)
{
    return {
        {QStringLiteral("site_id"), r.siteId},
        {QStringLiteral("period"), r.period.id()},
        {QStringLiteral("status"), Vocabulary::key(r.status)},
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("reopened"), r.reopened ? 1 : 0},
        {QStringLiteral("submitted_at"), SqlValue::fromDateTime(r.submittedAt)},
        {QStringLiteral("submitted_by"), SqlValue::fromId(r.submittedBy)},
        {QStringLiteral("decided_at"), SqlValue::fromDateTime(r.decidedAt)},
        {QStringLiteral("decided_by"), SqlValue::fromId(r.decidedBy)},
    };
}

Report RowTraits<Report>::fromRecord(const QSqlRecord &r)
{
    Report v;
    v.siteId = col(r, "site_id").toLongLong();
    v.period = Period::parse(col(r, "period").toString());
    Vocabulary::fromKey(col(r, "status").toString(), &v.status);
    v.reason = col(r, "reason").toString();
    v.reopened = col(r, "reopened").toBool();
    v.submittedAt = SqlValue::toDateTime(col(r, "submitted_at"));
    v.submittedBy = col(r, "submitted_by").toLongLong();
    v.decidedAt = SqlValue::toDateTime(col(r, "decided_at"));
    v.decidedBy = col(r, "decided_by").toLongLong();
    return v;
}

Fields RowTraits<ValidationRule>::fieldsOf(const ValidationRule &r)
{
    return {
        {QStringLiteral("programme_id"), r.programmeId},
        {QStringLiteral("name_en"), r.nameEn},
        {QStringLiteral("name_zh"), r.nameZh},
        {QStringLiteral("left_side"), r.leftSide},
        {QStringLiteral("operator"), Vocabulary::key(r.op)},
        {QStringLiteral("right_side"), r.rightSide},
        {QStringLiteral("importance"), Vocabulary::key(r.importance)},
    };
}

ValidationRule RowTraits<ValidationRule>::fromRecord(const QSqlRecord &r)
{
    ValidationRule v;
    v.programmeId = col(r, "programme_id").toLongLong();
    v.nameEn = col(r, "name_en").toString();
    v.nameZh = col(r, "name_zh").toString();
    v.leftSide = col(r, "left_side").toString();
    Vocabulary::fromKey(col(r, "operator").toString(), &v.op);
    v.rightSide = col(r, "right_side").toString();
    Vocabulary::fromKey(col(r, "importance").toString(), &v.importance);
    return v;
}

Fields RowTraits<ChecklistItem>::fieldsOf(const ChecklistItem &r)
{
    return {
        {QStringLiteral("programme_id"), r.programmeId},
        {QStringLiteral("code"), r.code},
        {QStringLiteral("name_en"), r.nameEn},
        {QStringLiteral("name_zh"), r.nameZh},
        {QStringLiteral("sort_order"), r.sortOrder},
    };
}

ChecklistItem RowTraits<ChecklistItem>::fromRecord(const QSqlRecord &r)
{
    ChecklistItem v;
    v.programmeId = col(r, "programme_id").toLongLong();
    v.code = col(r, "code").toString();
    v.nameEn = col(r, "name_en").toString();
    v.nameZh = col(r, "name_zh").toString();
    v.sortOrder = col(r, "sort_order").toInt();
    return v;
}

Fields RowTraits<Visit>::fieldsOf(const Visit &r)
{
    return {
        {QStringLiteral("site_id"), r.siteId},
        {QStringLiteral("visit_date"), SqlValue::fromDate(r.date)},
        {QStringLiteral("officer_id"), SqlValue::fromId(r.officerId)},
        {QStringLiteral("narrative"), r.narrative},
    };
}

Visit RowTraits<Visit>::fromRecord(const QSqlRecord &r)
{
    Visit v;
    v.siteId = col(r, "site_id").toLongLong();
    v.date = SqlValue::toDate(col(r, "visit_date"));
    v.officerId = col(r, "officer_id").toLongLong();
    v.narrative = col(r, "narrative").toString();
    return v;
}

QJsonObject RowTraits<Visit>::childrenOf(const Visit &v)
{
    QList<VisitScore> sorted = v.scores;
    std::sort(sorted.begin(), sorted.end(), [](const VisitScore &a, const VisitScore &b) { return a.itemId < b.itemId; });
    QJsonArray scores;
    for (const VisitScore &s : sorted)
        scores.append(QJsonArray{s.itemId, s.score, s.note});
    return {{QStringLiteral("scores"), scores}};
}

void RowTraits<Visit>::readChildren(Database &database, Visit &v)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT item_id, score, note FROM visit_score WHERE visit_id = ? ORDER BY item_id"));
    q.addBindValue(v.meta.id);
    v.scores.clear();
    if (q.exec()) {
        while (q.next())
            v.scores.append(VisitScore{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    }
}

Result<void> RowTraits<Visit>::writeChildren(Database &database, const Visit &v)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM visit_score WHERE visit_id = ?"));
    q.addBindValue(v.meta.id);
    if (!q.exec())
        return fail(QCoreApplication::translate("VisitRepository", "Could not save the visit's checklist: %1")
                        .arg(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO visit_score (visit_id, item_id, score, note) VALUES (?, ?, ?, ?)"));
    for (const VisitScore &s : v.scores) {
        q.addBindValue(v.meta.id);
        q.addBindValue(s.itemId);
        q.addBindValue(s.score);
        q.addBindValue(SqlValue::text(s.note));
        if (!q.exec())
            return fail(QCoreApplication::translate("VisitRepository", "Could not save the visit's checklist: %1")
                            .arg(q.lastError().text()));
    }
    return {};
}

Fields RowTraits<VisitAction>::fieldsOf(const VisitAction &r)
{
    return {
        {QStringLiteral("visit_id"), r.visitId},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("owner"), r.owner},
        {QStringLiteral("due_date"), SqlValue::fromDate(r.dueDate)},
        {QStringLiteral("status"), Vocabulary::key(r.status)},
    };
}

VisitAction RowTraits<VisitAction>::fromRecord(const QSqlRecord &r)
{
    VisitAction v;
    v.visitId = col(r, "visit_id").toLongLong();
    v.description = col(r, "description").toString();
    v.owner = col(r, "owner").toString();
    v.dueDate = SqlValue::toDate(col(r, "due_date"));
    Vocabulary::fromKey(col(r, "status").toString(), &v.status);
    return v;
}

Fields RowTraits<Cost>::fieldsOf(const Cost &r)
{
    return {
        {QStringLiteral("site_id"), r.siteId},
        {QStringLiteral("year"), r.year},
        {QStringLiteral("programme_spending"), r.programmeSpending},
        {QStringLiteral("government_contribution"), r.governmentContribution},
        {QStringLiteral("beneficiaries"), r.beneficiaries},
        {QStringLiteral("note"), r.note},
    };
}

Cost RowTraits<Cost>::fromRecord(const QSqlRecord &r)
{
    Cost v;
    v.siteId = col(r, "site_id").toLongLong();
    v.year = col(r, "year").toInt();
    v.programmeSpending = col(r, "programme_spending").toDouble();
    v.governmentContribution = col(r, "government_contribution").toDouble();
    v.beneficiaries = col(r, "beneficiaries").toLongLong();
    v.note = col(r, "note").toString();
    return v;
}
