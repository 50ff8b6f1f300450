#pragma once

#include "auth/actor.h"
#include "domain/workflow.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Monitoring visits with the programme's fidelity checklist and their action items. Field
// officers record visits to their own sites; managers and administrators to any.
class VisitService final
{
    Q_DECLARE_TR_FUNCTIONS(VisitService)

public:
    struct OpenAction
    {
        VisitAction action;
        Visit visit;
        QString siteCode;
        QString siteName;
    };

    VisitService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<Visit> visits(qint64 siteId) const;
    std::optional<Visit> visit(qint64 id) const;
    QList<VisitAction> actions(qint64 visitId) const;
    // Open actions across the programme's sites, the earliest due first.
    QList<OpenAction> openActions(qint64 programmeId) const;

    Result<void> validate(const Visit &visit) const;
    Result<Visit> create(Visit visit);
    Result<Visit> update(const Visit &visit);
    Result<Visit> remove(const Visit &visit);

    Result<void> validate(const VisitAction &action) const;
    Result<VisitAction> create(VisitAction action);
    Result<VisitAction> update(const VisitAction &action);
    Result<VisitAction> remove(const VisitAction &action);

private:
    Result<void> mayVisit(qint64 visitId) const;
    Database &m_database;
    Actor m_actor;
};

// Costs per site and year: programme spending, government contribution, beneficiaries.
class CostService final
{
    Q_DECLARE_TR_FUNCTIONS(CostService)

public:
    CostService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<Cost> costs(qint64 programmeId) const;
    Result<void> validate(const Cost &cost) const;
    Result<Cost> create(Cost cost);
    Result<Cost> update(const Cost &cost);
    Result<Cost> remove(const Cost &cost);

private:
    Database &m_database;
    Actor m_actor;
};
