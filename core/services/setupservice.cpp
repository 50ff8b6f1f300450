#include "setupservice.h"

#include "auditedwrite.h"
#include "permissions.h"
#include "ruleexpression.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/workflowrepositories.h"

QList<ValidationRule> SetupService::rules(qint64 programmeId) const
{
    return ValidationRuleRepository(m_database).select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {programmeId});
}

Result<void> SetupService::validate(const ValidationRule &rule) const
{
    if (!ProgrammeRepository(m_database).find(rule.programmeId))
        return fail(tr("The rule refers to a programme that does not exist."));
    if (rule.nameEn.trimmed().isEmpty() && rule.nameZh.trimmed().isEmpty())
        return fail(tr("The rule needs a name in English or Chinese."));
    IndicatorRepository indicators(m_database);
    const struct
    {
        const QString &text;
        const char *side;
    } sides[] = {{rule.leftSide, QT_TR_NOOP("left side")}, {rule.rightSide, QT_TR_NOOP("right side")}};
    for (const auto &side : sides) {
        const auto parsed = RuleExpression::parse(side.text);
        if (!parsed)
            return fail(tr("The rule's %1: %2").arg(tr(side.side), parsed.error()));
        for (const RuleExpression::Term &t : parsed.value().terms()) {
            if (t.code.isEmpty())
                continue;
            const auto indicator = indicators.findByCode(rule.programmeId, t.code);
            if (!indicator || indicator->meta.deleted)
                return fail(tr("The rule's %1 refers to %2, which is not an indicator of the programme.")
                                .arg(tr(side.side), t.code));
            if (!t.part.isEmpty() && !hasParts(indicator->valueType))
                return fail(tr("The rule's %1 asks for %2.%3, but %2 has no numerator and denominator.")
                                .arg(tr(side.side), t.code, t.part));
        }
    }
    return {};
}

Result<ValidationRule> SetupService::create(ValidationRule rule)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    rule.meta = RowMeta{};
    return auditedAction<ValidationRuleRepository>(m_database, m_actor, QStringLiteral("validation_rule"),
                                                   QStringLiteral("create"), rule,
                                                   [this](const ValidationRule &r) { return validate(r); }, QString());
}

Result<ValidationRule> SetupService::update(const ValidationRule &rule)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ValidationRuleRepository>(m_database, m_actor, QStringLiteral("validation_rule"),
                                                   QStringLiteral("update"), rule,
                                                   [this](const ValidationRule &r) { return validate(r); },
                                                   tr("The rule no longer exists."));
}

Result<ValidationRule> SetupService::remove(const ValidationRule &rule)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ValidationRuleRepository>(m_database, m_actor, QStringLiteral("validation_rule"),
                                                   QStringLiteral("delete"), rule,
                                                   [](const ValidationRule &) { return Result<void>(); },
                                                   tr("The rule no longer exists."));
}

QList<ChecklistItem> SetupService::checklist(qint64 programmeId) const
{
    return ChecklistRepository(m_database).select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {programmeId},
                                                  QStringLiteral("sort_order, code"));
}

Result<void> SetupService::validate(const ChecklistItem &item) const
{
    if (!ProgrammeRepository(m_database).find(item.programmeId))
        return fail(tr("The checklist item refers to a programme that does not exist."));
    if (item.code.trimmed().isEmpty())
        return fail(tr("The checklist item needs a code."));
    if (item.nameEn.trimmed().isEmpty() && item.nameZh.trimmed().isEmpty())
        return fail(tr("Checklist item %1 needs a name in English or Chinese.").arg(item.code));
    const auto same = ChecklistRepository(m_database)
                          .select(QStringLiteral("WHERE programme_id = ? AND code = ? AND deleted = 0 AND id != ?"),
                                  {item.programmeId, item.code, item.meta.id});
    if (!same.isEmpty())
        return fail(tr("The checklist already has an item with the code %1.").arg(item.code));
    return {};
}

Result<ChecklistItem> SetupService::create(ChecklistItem item)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    item.meta = RowMeta{};
    return auditedAction<ChecklistRepository>(m_database, m_actor, QStringLiteral("checklist_item"),
                                              QStringLiteral("create"), item,
                                              [this](const ChecklistItem &r) { return validate(r); }, QString());
}

Result<ChecklistItem> SetupService::update(const ChecklistItem &item)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ChecklistRepository>(m_database, m_actor, QStringLiteral("checklist_item"),
                                              QStringLiteral("update"), item,
                                              [this](const ChecklistItem &r) { return validate(r); },
                                              tr("The checklist item no longer exists."));
}

Result<ChecklistItem> SetupService::remove(const ChecklistItem &item)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<ChecklistRepository>(m_database, m_actor, QStringLiteral("checklist_item"),
                                              QStringLiteral("delete"), item,
                                              [](const ChecklistItem &) { return Result<void>(); },
                                              tr("The checklist item no longer exists."));
}
