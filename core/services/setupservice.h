#pragma once

#include "auth/actor.h"
#include "domain/workflow.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// A programme's validation rules and fidelity checklist: metadata, so administrators and
// programme managers edit them.
class SetupService final
{
    Q_DECLARE_TR_FUNCTIONS(SetupService)

public:
    SetupService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<ValidationRule> rules(qint64 programmeId) const;
    Result<void> validate(const ValidationRule &rule) const;
    Result<ValidationRule> create(ValidationRule rule);
    Result<ValidationRule> update(const ValidationRule &rule);
    Result<ValidationRule> remove(const ValidationRule &rule);

    QList<ChecklistItem> checklist(qint64 programmeId) const;
    Result<void> validate(const ChecklistItem &item) const;
    Result<ChecklistItem> create(ChecklistItem item);
    Result<ChecklistItem> update(const ChecklistItem &item);
    Result<ChecklistItem> remove(const ChecklistItem &item);

private:
    Database &m_database;
    Actor m_actor;
};
