#include "datavalueservice.h"

#include "auditedwrite.h"
#include "indicatorservice.h"
#include "permissions.h"
#include "reportservice.h"
#include "storage/datavaluerepository.h"
#include "storage/indicatorrepository.h"
#include "storage/siterepository.h"

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

Result<void> DataValueService::validateStructure(const DataValue &v) const
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
    for (const auto &part : {v.value, v.numerator, v.denominator}) {
        if (part && !std::isfinite(*part))
            return fail(tr("%1: the value is not a number.").arg(where));
    }
    if (hasParts(indicator->valueType)) {
        if (v.value)
            return fail(tr("%1: indicator %2 takes a numerator and a denominator, not a value.").arg(where, indicator->code));
        if ((v.numerator && *v.numerator < 0) || (v.denominator && *v.denominator < 0))
            return fail(tr("%1: the numerator and denominator cannot be negative.").arg(where));
    } else if (v.numerator || v.denominator) {
        return fail(tr("%1: indicator %2 takes a single value, not a numerator and a denominator.").arg(where, indicator->code));
    }
    return {};
}

std::optional<QString> DataValueService::contentProblem(const DataValue &v, const Indicator &indicator,
                                                        const QString &whereText)
{
    const QString where = whereText.isEmpty() ? QString() : whereText + QStringLiteral(": ");
    const QLocale locale;
    const auto [low, high] = IndicatorService::effectiveRange(indicator);
    auto bound = [&](const std::optional<double> &b, const QString &infinity) -> QString {
        return b ? locale.toString(*b) : infinity;
    };
    if (hasParts(indicator.valueType)) {
        if (!v.numerator || !v.denominator)
            return QString(where + (v.numerator ? tr("enter the denominator too.") : tr("enter the numerator too.")));
        if (*v.denominator == 0 && *v.numerator != 0)
            return QString(where + tr("the denominator is 0 but the numerator is %1.").arg(locale.toString(*v.numerator)));
        if (indicator.valueType == ValueType::Percentage && *v.numerator > *v.denominator)
            return QString(where + tr("the numerator %1 is larger than the denominator %2.")
                                       .arg(locale.toString(*v.numerator), locale.toString(*v.denominator)));
        if (*v.denominator > 0) {
            const double scale = indicator.valueType == ValueType::Percentage ? 100.0 : 1000.0;
            // n × scale / d, with a tolerance, so that 7 of 50 is exactly 14 %.
            const double rate = *v.numerator * scale / *v.denominator;
            const double slack = 1e-9 * std::max(1.0, std::abs(rate));
            if ((low && rate < *low - slack) || (high && rate > *high + slack))
                return QString(where + tr("%1 / %2 gives %3, outside the valid range %4 – %5.")
                                           .arg(locale.toString(*v.numerator), locale.toString(*v.denominator),
                                                locale.toString(rate, 'g', 4), bound(low, QStringLiteral("−∞")),
                                                bound(high, QStringLiteral("∞"))));
        }
        return std::nullopt;
    }
    if (!v.value)
        return QString(where + tr("the value is empty."));
    if ((low && *v.value < *low) || (high && *v.value > *high))
        return QString(where + tr("the value %1 is outside the valid range %2 – %3.")
                                   .arg(locale.toString(*v.value), bound(low, QStringLiteral("−∞")),
                                        bound(high, QStringLiteral("∞"))));
    if (indicator.valueType == ValueType::YesNo && *v.value != 0.0 && *v.value != 1.0)
        return QString(where + tr("a yes/no value must be 1 (yes) or 0 (no)."));
    if (indicator.valueType == ValueType::Count && *v.value != std::floor(*v.value))
        return QString(where + tr("a count must be a whole number, not %1.").arg(locale.toString(*v.value)));
    return std::nullopt;
}

Result<void> DataValueService::validate(const DataValue &v) const
{
    if (auto structure = validateStructure(v); !structure)
        return structure;
    const auto site = SiteRepository(m_database).find(v.siteId);
    const auto indicator = IndicatorRepository(m_database).find(v.indicatorId);
    if (auto problem = contentProblem(v, *indicator, tr("%1, %2, %3").arg(site->code, indicator->code, v.period.id())))
        return fail(*problem);
    return {};
}

Result<DataValue> DataValueService::save(DataValue value, Check check)
{
    if (auto allowed = Permissions::requireSite(m_database, m_actor, value.siteId); !allowed)
        return fail(allowed.error());
    if (auto valid = check == Check::Full ? validate(value) : validateStructure(value); !valid)
        return fail(valid.error());
    if (auto open = ReportService(m_database, m_actor, m_today).entryOpen(value.siteId, value.period); !open)
        return fail(open.error());
    DataValueRepository repo(m_database);
    const auto stored = repo.find(value.siteId, value.indicatorId, value.period, value.optionId);
    QJsonObject before;
    if (stored) {
        before = auditedState<DataValueRepository>(*stored);
        value.meta = stored->meta;
        value.meta.deleted = false;
    }
    const QString action = !stored ? QStringLiteral("create") : stored->meta.deleted ? QStringLiteral("restore")
                                                                                       : QStringLiteral("update");
    return m_database.transaction([&]() -> Result<DataValue> {
        if (auto report = ReportService(m_database, m_actor, m_today).ensureReport(value.siteId, value.period); !report)
            return fail(report.error());
        return auditedWrite<DataValueRepository>(m_database, m_actor, QStringLiteral("data_value"), action, before, value,
                                                 [&](DataValue &row) { return stored ? repo.update(row, m_actor)
                                                                                     : repo.insert(row, m_actor); });
    });
}

Result<DataValue> DataValueService::remove(const DataValue &value)
{
    if (auto allowed = ReportService(m_database, m_actor, m_today).mayEnter(value.siteId, value.period); !allowed)
        return fail(allowed.error());
    DataValueRepository repo(m_database);
    const auto stored = repo.find(value.siteId, value.indicatorId, value.period, value.optionId);
    if (!stored || stored->meta.deleted)
        return fail(tr("The value for %1 no longer exists.").arg(value.period.id()));
    if (value.meta.id != 0 && value.meta.revision != stored->meta.revision)
        return fail(tr("The value for %1 was changed by someone else since it was opened; reload it and try again.")
                        .arg(value.period.id()));
    return auditedWrite<DataValueRepository>(m_database, m_actor, QStringLiteral("data_value"), QStringLiteral("delete"),
                                             auditedState<DataValueRepository>(*stored), *stored,
                                             [&](DataValue &row) { return repo.setDeleted(row, true, m_actor); });
}
