#pragma once

#include "auth/actor.h"
#include "domain/categoryoption.h"
#include "domain/indicator.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Indicators with their disaggregation, baselines and targets: validated, permission-checked,
// audited writes; each in one transaction.
class IndicatorService final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorService)

public:
    IndicatorService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<Indicator> indicators(qint64 programmeId) const;
    std::optional<Indicator> indicator(qint64 id) const;
    QList<CategoryOption> options(qint64 programmeId) const;
    QList<SiteTarget> siteTargets(qint64 indicatorId) const;

    // The range a value must lie in: the indicator's own, narrowed by its value type
    // (percentages 0–100, yes/no 0–1, others not negative).
    static std::pair<std::optional<double>, std::optional<double>> effectiveRange(const Indicator &indicator);

    Result<void> validate(const Indicator &indicator) const;
    Result<Indicator> create(Indicator indicator);
    Result<Indicator> update(const Indicator &indicator);
    Result<Indicator> remove(const Indicator &indicator);
    Result<Indicator> restore(const Indicator &indicator);

    // A site's own baseline and target: set creates, changes or revives the row for the site ×
    // indicator; remove leaves a tombstone.
    std::optional<SiteTarget> siteTarget(qint64 id) const;
    Result<void> validate(const SiteTarget &target) const;
    Result<SiteTarget> setSiteTarget(SiteTarget target);
    Result<SiteTarget> removeSiteTarget(const SiteTarget &target);

private:
    Result<Indicator> write(const QString &action, const Indicator &indicator);
    Database &m_database;
    Actor m_actor;
};
