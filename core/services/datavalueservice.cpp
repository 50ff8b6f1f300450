#include "datavalueservice.h"

#include "auditedwrite.h"
#include "indicatorservice.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/siterepository.h"
#include "storage/userrepository.h"

#include <QLocale>

#include <cmath>

Period::Type DataValueService::periodType(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly: return Period::Type::Monthly;
    case Frequency::Quarterly: return Period::Type::Quarterly;
    case Frequency::Annual: return Period::Type::Yearly;
    }
    return Period::Type::Invalid;
}

QList<DataValue> DataValueService::values(qint64 siteId, const Period &period) const
{
    return DataValueRepository(m_database).forSitePeriod(siteId, period);
}

Result<void> DataValueService::mayWrite(qint64 siteId) const
{
    switch (m_actor.role) {
    case Role::Admin:
    case Role::Manager: return {};
    case Role::Viewer: break;
    case Role::FieldOfficer: {
        const auto user = UserRepository(m_database).find(m_actor.userId);
        if (user && user->siteIds.contains(siteId))
            return {};
        break;
    }
    }
    const auto site = SiteRepository(m_database).find(siteId);
    return fail(tr("%1 (%2) may not enter data for site %3.")
                    .arg(m_actor.username, Vocabulary::label(m_actor.role), site ? site->code : QString::number(siteId)));
}

Result<void> DataValueService::validate(const DataValue &v) const
{
    const auto site = SiteRepository(m_database).find(v.siteId);
    if (!site || site->meta.deleted)
        return fail(tr("The value refers to a site that does not exist."));
    const auto indicator = IndicatorRepository(m_database).find(v.indicatorId);
    if (!indicator || indicator->meta.deleted)
        return fail(tr("The value for site %1 refers to an indicator that does not exist.").arg(site->code));
    const QString where = tr("%1, %2, %3").arg(site->code, indicator->code, v.period.id());
    if (!v.period.isValid())
        return fail(tr("%1: the period is not valid.").arg(where));
    if (v.period.type() != periodType(indicator->frequency))
        return fail(tr("%1: indicator %2 is reported %3, so the period must be of that kind.")
                        .arg(where, indicator->code, Vocabulary::label(indicator->frequency).toLower()));
    if (v.optionId != 0 && !indicator->optionIds.contains(v.optionId))
        return fail(tr("%1: the category option is not part of this indicator's disaggregation.").arg(where));
    const QLocale locale;
    const auto [low, high] = IndicatorService::effectiveRange(*indicator);
    if (hasParts(indicator->valueType)) {
        if (!v.numerator || !v.denominator)
            return fail(tr("%1: enter both the numerator and the denominator.").arg(where));
        if (*v.numerator < 0 || *v.denominator < 0)
            return fail(tr("%1: the numerator and denominator cannot be negative.").arg(where));
        if (*v.denominator == 0 && *v.numerator != 0)
            return fail(tr("%1: the denominator is 0 but the numerator is %2.").arg(where, locale.toString(*v.numerator)));
        if (indicator->valueType == ValueType::Percentage && *v.numerator > *v.denominator)
            return fail(tr("%1: the numerator %2 is larger than the denominator %3.")
                            .arg(where, locale.toString(*v.numerator), locale.toString(*v.denominator)));
        if (*v.denominator > 0) {
            const double scale = indicator->valueType == ValueType::Percentage ? 100.0 : 1000.0;
            // n × scale / d, with a tolerance, so that 7 of 50 is exactly 14 %.
            const double rate = *v.numerator * scale / *v.denominator;
            const double slack = 1e-9 * std::max(1.0, std::abs(rate));
            if ((low && rate < *low - slack) || (high && rate > *high + slack))
                return fail(tr("%1: %2 / %3 gives %4, outside the valid range %5 – %6.")
                                .arg(where, locale.toString(*v.numerator), locale.toString(*v.denominator),
                                     locale.toString(rate, 'g', 4), low ? locale.toString(*low) : QStringLiteral("−∞"),
                                     high ? locale.toString(*high) : QStringLiteral("∞")));
        }
        return {};
    }
    if (!v.value)
        return fail(tr("%1: the value is empty.").arg(where));
    if ((low && *v.value < *low) || (high && *v.value > *high))
        return fail(tr("%1: the value %2 is outside the valid range %3 – %4.")
                        .arg(where, locale.toString(*v.value), low ? locale.toString(*low) : QStringLiteral("−∞"),
                             high ? locale.toString(*high) : QStringLiteral("∞")));
    if (indicator->valueType == ValueType::YesNo && *v.value != 0.0 && *v.value != 1.0)
        return fail(tr("%1: a yes/no value must be 1 (yes) or 0 (no).").arg(where));
    return {};
}

Result<DataValue> DataValueService::save(DataValue value)
{
    if (auto allowed = mayWrite(value.siteId); !allowed)
        return fail(allowed.error());
    if (m_actor.role == Role::FieldOfficer && value.status != DataStatus::Draft && value.status != DataStatus::Submitted)
        return fail(tr("A field officer can save a value as a draft or submit it; approving or returning it is for a "
                       "programme manager."));
    if (auto valid = validate(value); !valid)
        return fail(valid.error());
    DataValueRepository repo(m_database);
    const auto stored = repo.find(value.siteId, value.indicatorId, value.period, value.optionId);
    if (stored) {
        if (auto unlocked = mayChange(*stored); !unlocked)
            return fail(unlocked.error());
    }
    QJsonObject before;
    if (stored) {
        before = auditedState<DataValueRepository>(*stored);
        value.meta = stored->meta;
        value.meta.deleted = false;
    }
    const QString action = !stored ? QStringLiteral("create") : stored->meta.deleted ? QStringLiteral("restore")
                                                                                       : QStringLiteral("update");
    return auditedWrite<DataValueRepository>(m_database, m_actor, QStringLiteral("data_value"), action, before, value,
                                             [&](DataValue &row) { return stored ? repo.update(row, m_actor)
                                                                                 : repo.insert(row, m_actor); });
}

Result<void> DataValueService::mayChange(const DataValue &stored) const
{
    if (stored.status == DataStatus::Approved && !stored.meta.deleted && m_actor.role == Role::FieldOfficer)
        return fail(tr("The value for %1 is approved and locked; ask a programme manager to reopen it.")
                        .arg(stored.period.id()));
    return {};
}

Result<DataValue> DataValueService::remove(const DataValue &value)
{
    if (auto allowed = mayWrite(value.siteId); !allowed)
        return fail(allowed.error());
    DataValueRepository repo(m_database);
    const auto stored = repo.find(value.siteId, value.indicatorId, value.period, value.optionId);
    if (!stored || stored->meta.deleted)
        return fail(tr("The value for %1 no longer exists.").arg(value.period.id()));
    if (value.meta.id != 0 && value.meta.revision != stored->meta.revision)
        return fail(tr("The value for %1 was changed by someone else since it was opened; reload it and try again.")
                        .arg(value.period.id()));
    if (auto unlocked = mayChange(*stored); !unlocked)
        return fail(unlocked.error());
    return auditedWrite<DataValueRepository>(m_database, m_actor, QStringLiteral("data_value"), QStringLiteral("delete"),
                                             auditedState<DataValueRepository>(*stored), *stored,
                                             [&](DataValue &row) { return repo.setDeleted(row, true, m_actor); });
}
