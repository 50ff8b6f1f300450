#include "indicatorservice.h"

#include "auditedwrite.h"
#include "permissions.h"
#include "storage/categoryoptionrepository.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"
#include "storage/sitetargetrepository.h"

#include <QLocale>
#include <QSet>

#include <climits>

QList<Indicator> IndicatorService::indicators(qint64 programmeId) const
{
    return IndicatorRepository(m_database).all(programmeId);
}

std::optional<Indicator> IndicatorService::indicator(qint64 id) const
{
    return IndicatorRepository(m_database).find(id);
}

QList<CategoryOption> IndicatorService::options(qint64 programmeId) const
{
    return CategoryOptionRepository(m_database).all(programmeId);
}

QList<SiteTarget> IndicatorService::siteTargets(qint64 indicatorId) const
{
    return SiteTargetRepository(m_database).forIndicator(indicatorId);
}

std::optional<SiteTarget> IndicatorService::siteTarget(qint64 id) const
{
    return SiteTargetRepository(m_database).find(id);
}

std::pair<std::optional<double>, std::optional<double>> IndicatorService::effectiveRange(const Indicator &i)
{
    std::optional<double> low = i.minValue;
    std::optional<double> high = i.maxValue;
    auto narrow = [&](double lo, std::optional<double> hi) {
        if (!low || *low < lo)
            low = lo;
        if (hi && (!high || *high > *hi))
            high = hi;
    };
    switch (i.valueType) {
    case ValueType::Percentage: narrow(0.0, 100.0); break;
    case ValueType::YesNo: narrow(0.0, 1.0); break;
    case ValueType::RatePer1000: narrow(0.0, std::nullopt); break; // visits per 1,000 can exceed 1,000
    case ValueType::Count: narrow(0.0, std::nullopt); break;
    case ValueType::Mean: break;
    }
    return {low, high};
}

namespace {
QString rangeText(const std::optional<double> &low, const std::optional<double> &high)
{
    const QLocale locale;
    const QString lo = low ? locale.toString(*low) : QStringLiteral("−∞");
    const QString hi = high ? locale.toString(*high) : QStringLiteral("∞");
    return lo + QStringLiteral(" – ") + hi;
}
} // namespace

Result<void> IndicatorService::validate(const Indicator &i) const
{
    const QString code = i.code.trimmed();
    if (code.isEmpty())
        return fail(tr("The indicator code is empty."));
    if (code != i.code || code.contains(u' '))
        return fail(tr("The indicator code \"%1\" contains spaces; use letters, digits, - or _.").arg(i.code));
    if (i.nameEn.trimmed().isEmpty() && i.nameZh.trimmed().isEmpty())
        return fail(tr("The indicator %1 has no name; enter it in English or Chinese.").arg(code));
    if (!ProgrammeRepository(m_database).find(i.programmeId))
        return fail(tr("The indicator %1 belongs to no existing programme.").arg(code));
    if (i.minValue && i.maxValue && *i.minValue > *i.maxValue)
        return fail(tr("The valid range of indicator %1 is empty: the minimum %2 is above the maximum %3.")
                        .arg(code, QLocale().toString(*i.minValue), QLocale().toString(*i.maxValue)));
    const auto [low, high] = effectiveRange(i);
    if (low && high && *low > *high)
        return fail(tr("The valid range of indicator %1 does not fit its value type (%2).")
                        .arg(code, Vocabulary::label(i.valueType)));
    auto outside = [&](const std::optional<double> &v) { return v && ((low && *v < *low) || (high && *v > *high)); };
    if (outside(i.baseline))
        return fail(tr("The baseline %1 of indicator %2 is outside its valid range %3.")
                        .arg(QLocale().toString(*i.baseline), code, rangeText(low, high)));
    if (outside(i.target))
        return fail(tr("The target %1 of indicator %2 is outside its valid range %3.")
                        .arg(QLocale().toString(*i.target), code, rangeText(low, high)));
    QSet<qint64> known;
    for (const CategoryOption &o : CategoryOptionRepository(m_database).all(i.programmeId))
        known.insert(o.meta.id);
    QSet<qint64> seen;
    for (qint64 id : i.optionIds) {
        if (!known.contains(id))
            return fail(tr("The disaggregation of indicator %1 uses an option that is not in this programme.").arg(code));
        if (seen.contains(id))
            return fail(tr("The disaggregation of indicator %1 lists an option twice.").arg(code));
        seen.insert(id);
    }
    if (const auto other = IndicatorRepository(m_database).findByCode(i.programmeId, code); other && other->meta.id != i.meta.id)
        return fail(tr("The indicator code %1 is already used by %2.").arg(code, other->name()));
    // Reported data keeps its meaning: what it was entered as cannot change under it.
    if (i.meta.id > 0) {
        if (const auto stored = IndicatorRepository(m_database).find(i.meta.id)) {
            DataValueRepository values(m_database);
            if (stored->valueType != i.valueType || stored->frequency != i.frequency) {
                if (const qint64 n = values.countFor(i.meta.id); n > 0)
                    return fail(tr("Indicator %1 already has %n reported value(s); its value type and frequency can no "
                                   "longer change. Create a new indicator instead.",
                                   nullptr, int(std::min<qint64>(n, INT_MAX)))
                                    .arg(code));
            }
            for (qint64 option : stored->optionIds) {
                if (i.optionIds.contains(option))
                    continue;
                if (const qint64 n = values.countFor(i.meta.id, option); n > 0) {
                    QString name;
                    for (const CategoryOption &o : CategoryOptionRepository(m_database).all(i.programmeId))
                        if (o.meta.id == option)
                            name = o.name();
                    return fail(tr("Indicator %1 has %n reported value(s) for “%2”; that option cannot be taken out of "
                                   "its disaggregation.",
                                   nullptr, int(std::min<qint64>(n, INT_MAX)))
                                    .arg(code, name));
                }
            }
        }
    }
    return {};
}

Result<Indicator> IndicatorService::write(const QString &action, const Indicator &indicator)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<IndicatorRepository>(m_database, m_actor, QStringLiteral("indicator"), action, indicator,
                                [this](const Indicator &row) { return validate(row); },
                                tr("The indicator %1 no longer exists.").arg(indicator.code));
}

Result<Indicator> IndicatorService::create(Indicator indicator)
{
    indicator.meta = RowMeta{};
    return write(QStringLiteral("create"), indicator);
}

Result<Indicator> IndicatorService::update(const Indicator &indicator)
{
    return write(QStringLiteral("update"), indicator);
}

Result<Indicator> IndicatorService::remove(const Indicator &indicator)
{
    const qint64 n = DataValueRepository(m_database).countFor(indicator.meta.id);
    if (n < 0)
        return fail(tr("The data of indicator %1 could not be read, so it is not removed; try again.").arg(indicator.code));
    if (n > 0)
        return fail(tr("Indicator %1 has %n reported value(s) and cannot be removed.", nullptr, int(std::min<qint64>(n, INT_MAX)))
                        .arg(indicator.code));
    return write(QStringLiteral("delete"), indicator);
}

Result<Indicator> IndicatorService::restore(const Indicator &indicator)
{
    return write(QStringLiteral("restore"), indicator);
}

Result<void> IndicatorService::validate(const SiteTarget &target) const
{
    const auto indicator = IndicatorRepository(m_database).find(target.indicatorId);
    const auto site = SiteRepository(m_database).find(target.siteId);
    if (!indicator || indicator->meta.deleted)
        return fail(tr("A site's baseline and target need an existing indicator."));
    if (!site || site->meta.deleted || site->programmeId != indicator->programmeId)
        return fail(tr("Indicator %1: the site for this baseline and target is not a site of the programme.")
                        .arg(indicator->code));
    if (!target.baseline && !target.target)
        return fail(tr("Enter a baseline, a target or both for site %1 and indicator %2.").arg(site->code, indicator->code));
    const auto [low, high] = effectiveRange(*indicator);
    for (const auto &v : {target.baseline, target.target}) {
        if (v && ((low && *v < *low) || (high && *v > *high)))
            return fail(tr("The value %1 for site %2 is outside the valid range %3 of indicator %4.")
                            .arg(QLocale().toString(*v), site->code, rangeText(low, high), indicator->code));
    }
    return {};
}

Result<SiteTarget> IndicatorService::setSiteTarget(SiteTarget target)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (auto valid = validate(target); !valid)
        return fail(valid.error());
    SiteTargetRepository repo(m_database);
    const auto stored = repo.findByKey(target.siteId, target.indicatorId);
    QJsonObject before;
    if (stored) {
        // A new entry may bring back a removed row, never overwrite a live one unseen.
        const bool stale = target.meta.id != 0 ? target.meta.revision != stored->meta.revision : !stored->meta.deleted;
        if (stale)
            return fail(tr("The baseline and target were changed by someone else since they were opened; reload "
                           "them and try again."));
        before = auditedState<SiteTargetRepository>(*stored);
        target.meta = stored->meta;
        target.meta.deleted = false;
    } else {
        target.meta = RowMeta{};
    }
    const QString action = !stored ? QStringLiteral("create") : stored->meta.deleted ? QStringLiteral("restore")
                                                                                       : QStringLiteral("update");
    return auditedWrite<SiteTargetRepository>(m_database, m_actor, QStringLiteral("site_target"), action, before, target,
                                              [&](SiteTarget &row) { return stored ? repo.update(row, m_actor)
                                                                                   : repo.insert(row, m_actor); });
}

Result<SiteTarget> IndicatorService::removeSiteTarget(const SiteTarget &target)
{
    if (auto allowed = Permissions::requireMetadata(m_database, m_actor); !allowed)
        return fail(allowed.error());
    SiteTargetRepository repo(m_database);
    const auto stored = repo.find(target.meta.id);
    if (!stored || stored->meta.deleted)
        return fail(tr("This site's baseline and target no longer exist."));
    if (stored->meta.revision != target.meta.revision)
        return fail(tr("The baseline and target were changed by someone else since they were opened; reload "
                       "them and try again."));
    return auditedWrite<SiteTargetRepository>(m_database, m_actor, QStringLiteral("site_target"), QStringLiteral("delete"),
                                              auditedState<SiteTargetRepository>(*stored), *stored,
                                              [&](SiteTarget &row) { return repo.setDeleted(row, true, m_actor); });
}
