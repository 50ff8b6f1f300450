#include "dataentryservice.h"

#include "datavalueservice.h"
#include "permissions.h"
#include "reportservice.h"
#include "ruleexpression.h"
#include "storage/auditlog.h"
#include "storage/categoryoptionrepository.h"
#include "storage/datavaluerepository.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/siterepository.h"
#include "storage/sitetargetrepository.h"
#include "storage/workflowrepositories.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {
QString historyKey(qint64 indicatorId, qint64 optionId)
{
    return QString::number(indicatorId) + u'/' + QString::number(optionId);
}

// The number a cell stands for: its value, or the rate of its parts.
std::optional<double> measure(const DataValue &v, ValueType type)
{
    if (!hasParts(type))
        return v.value;
    if (!v.numerator || !v.denominator || *v.denominator == 0)
        return std::nullopt;
    return *v.numerator * (type == ValueType::Percentage ? 100.0 : 1000.0) / *v.denominator;
}
} // namespace

const EntryRow *EntryForm::row(qint64 indicatorId) const
{
    for (const EntryRow &r : rows) {
        if (r.indicator.meta.id == indicatorId)
            return &r;
    }
    return nullptr;
}

QList<EntryIssue> EntryForm::issuesFor(qint64 indicatorId, qint64 optionId) const
{
    QList<EntryIssue> list;
    for (const EntryIssue &i : issues) {
        if (i.indicatorId == indicatorId && i.optionId == optionId)
            list.append(i);
    }
    return list;
}

int EntryForm::blockingCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const EntryIssue &i) { return i.blocks(); }));
}

QList<Site> DataEntryService::sitesForEntry(qint64 programmeId) const
{
    QList<Site> list;
    for (const Site &site : SiteRepository(m_database).all(programmeId)) {
        if (site.status != SiteStatus::Closed && Permissions::maySite(m_database, m_actor, site.meta.id))
            list.append(site);
    }
    return list;
}

QList<Period::Type> DataEntryService::periodTypes(qint64 programmeId) const
{
    QList<Period::Type> types;
    for (const Indicator &i : IndicatorRepository(m_database).all(programmeId)) {
        const Period::Type t = DataValueService::periodType(i.frequency);
        if (!types.contains(t))
            types.append(t);
    }
    std::sort(types.begin(), types.end());
    return types;
}

EntryForm DataEntryService::form(qint64 siteId, const Period &period) const
{
    EntryForm form;
    const auto site = SiteRepository(m_database).find(siteId);
    if (!site) {
        form.lockReason = tr("The site no longer exists.");
        return form;
    }
    form.site = *site;
    form.period = period;
    ReportService reports(m_database, m_actor, m_today);
    form.report = reports.report(siteId, period);
    if (auto open = reports.mayEnter(siteId, period); open)
        form.editable = true;
    else
        form.lockReason = open.error();

    QHash<qint64, CategoryOption> options;
    for (const CategoryOption &o : CategoryOptionRepository(m_database).all(site->programmeId))
        options.insert(o.meta.id, o);
    QList<Indicator> indicators;
    for (const Indicator &i : IndicatorRepository(m_database).all(site->programmeId)) {
        if (DataValueService::periodType(i.frequency) == period.type())
            indicators.append(i);
    }
    std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator &a, const Indicator &b) {
        return a.area < b.area;
    });

    // The site's values of these indicators, for this period, the previous one and the history.
    QHash<QString, QList<std::pair<Period, double>>> earlier;
    const Period previous = period.previous();
    QHash<qint64, EntryRow> rows;
    for (const Indicator &i : indicators) {
        EntryRow row;
        row.indicator = i;
        for (qint64 id : i.optionIds) {
            if (options.contains(id))
                row.options.append(options.value(id));
        }
        row.baseline = i.baseline;
        row.target = i.target;
        if (const auto t = SiteTargetRepository(m_database).findByKey(siteId, i.meta.id); t && !t->meta.deleted) {
            if (t->baseline)
                row.baseline = t->baseline;
            if (t->target)
                row.target = t->target;
        }
        rows.insert(i.meta.id, row);
    }
    DataValueRepository values(m_database);
    for (const DataValue &v : values.forSitePeriod(siteId, period)) {
        if (rows.contains(v.indicatorId))
            rows[v.indicatorId].values.insert(v.optionId, v);
    }
    for (const DataValue &v : values.forSitePeriod(siteId, previous)) {
        if (rows.contains(v.indicatorId))
            rows[v.indicatorId].previous.insert(v.optionId, v);
    }
    QSqlQuery h(m_database.connection());
    h.setForwardOnly(true);
    h.prepare(QStringLiteral("SELECT indicator_id, ifnull(option_id, 0), period, value, numerator, denominator"
                             " FROM data_value WHERE site_id = ? AND deleted = 0 AND period < ? AND length(period) = ?"));
    h.addBindValue(siteId);
    h.addBindValue(period.id());
    h.addBindValue(period.id().size());
    if (h.exec()) {
        while (h.next()) {
            const qint64 indicatorId = h.value(0).toLongLong();
            if (!rows.contains(indicatorId))
                continue;
            const Period p = Period::parse(h.value(2).toString());
            if (p.type() != period.type() || !(p < period))
                continue;
            DataValue v;
            v.value = h.value(3).isNull() ? std::nullopt : std::optional<double>(h.value(3).toDouble());
            v.numerator = h.value(4).isNull() ? std::nullopt : std::optional<double>(h.value(4).toDouble());
            v.denominator = h.value(5).isNull() ? std::nullopt : std::optional<double>(h.value(5).toDouble());
            if (const auto m = measure(v, rows.value(indicatorId).indicator.valueType))
                earlier[historyKey(indicatorId, h.value(1).toLongLong())].append({p, *m});
        }
    }
    QHash<QString, QList<double>> history;
    for (auto it = earlier.begin(); it != earlier.end(); ++it) {
        auto list = it.value();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<double> recent;
        for (int k = 0; k < list.size() && k < OutlierHistory; ++k)
            recent.append(list.at(k).second);
        history.insert(it.key(), recent);
    }
    for (const Indicator &i : indicators)
        form.rows.append(rows.value(i.meta.id));
    form.issues = check(form, history);
    return form;
}

QList<EntryIssue> DataEntryService::check(const EntryForm &form, const QHash<QString, QList<double>> &history) const
{
    QList<EntryIssue> issues;
    const QLocale locale;
    auto add = [&](EntryIssue::Kind kind, Importance importance, qint64 indicatorId, qint64 optionId, const QString &message,
                   bool accepted = false) {
        issues.append(EntryIssue{kind, importance, indicatorId, optionId, message, accepted});
    };
    for (const EntryRow &row : form.rows) {
        const Indicator &ind = row.indicator;
        const qint64 id = ind.meta.id;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            const DataValue &v = it.value();
            if (v.isEmpty())
                continue;
            // Each message names its cell: the indicator and the option or total.
            QString option = tr("total");
            for (const CategoryOption &o : row.options) {
                if (o.meta.id == it.key())
                    option = o.name();
            }
            const QString cell = tr("%1 (%2)").arg(ind.code, option);
            if (auto problem = DataValueService::contentProblem(v, ind, cell))
                add(EntryIssue::Kind::Invalid, Importance::Error, id, it.key(), *problem);
            // Outliers against the site's own history (min–max: mean ± 3 SD).
            const QList<double> past = history.value(historyKey(id, it.key()));
            const auto current = measure(v, ind.valueType);
            if (current && past.size() >= OutlierMinimumHistory) {
                double mean = 0;
                for (double x : past)
                    mean += x;
                mean /= double(past.size());
                double ss = 0;
                for (double x : past)
                    ss += (x - mean) * (x - mean);
                const double sd = std::sqrt(ss / double(past.size() - 1));
                const double width = std::max(3.0 * sd, 0.1 * std::abs(mean));
                if (width > 0 && std::abs(*current - mean) > width) {
                    add(EntryIssue::Kind::Outlier, Importance::Warning, id, it.key(),
                        tr("%1: %2 is far from this site's usual values (%3 to %4 over the last %n report(s)); "
                           "correct it or explain it in the cell's comment.",
                           nullptr, int(past.size()))
                            .arg(cell, locale.toString(*current, 'g', 6), locale.toString(mean - width, 'f', 1),
                                 locale.toString(mean + width, 'f', 1)),
                        !v.comment.trimmed().isEmpty());
                }
            }
        }
        // Disaggregations sum to the total (counts; the parts of percentages and rates).
        if (!row.options.isEmpty() && row.values.contains(0) &&
            (ind.valueType == ValueType::Count || hasParts(ind.valueType))) {
            const DataValue &total = row.values.value(0);
            auto sumOf = [&](auto get) -> std::optional<double> {
                double sum = 0;
                for (const CategoryOption &o : row.options) {
                    if (!row.values.contains(o.meta.id))
                        return std::nullopt;
                    const auto part = get(row.values.value(o.meta.id));
                    if (!part)
                        return std::nullopt;
                    sum += *part;
                }
                return sum;
            };
            // What the options entered so far add up to, when some are still empty.
            auto partialOf = [&](auto get) -> double {
                double sum = 0;
                for (const CategoryOption &o : row.options) {
                    if (row.values.contains(o.meta.id)) {
                        if (const auto part = get(row.values.value(o.meta.id)))
                            sum += *part;
                    }
                }
                return sum;
            };
            auto compare = [&](const std::optional<double> &sum, double partial, const std::optional<double> &whole,
                               const QString &what) {
                const double slack = whole ? 1e-9 * std::max(1.0, std::abs(*whole)) : 0;
                if (sum && whole && std::abs(*sum - *whole) > slack)
                    add(EntryIssue::Kind::Sum, Importance::Error, id, 0,
                        tr("%1: the %2 of the disaggregations add up to %3, but the total is %4.")
                            .arg(ind.code, what, locale.toString(*sum), locale.toString(*whole)));
                else if (!sum && whole && partial > *whole + slack)
                    add(EntryIssue::Kind::Sum, Importance::Error, id, 0,
                        tr("%1: the %2 of the disaggregations entered so far already add up to %3, more than the total %4.")
                            .arg(ind.code, what, locale.toString(partial), locale.toString(*whole)));
            };
            auto numerator = [](const DataValue &v) { return v.numerator; };
            auto denominator = [](const DataValue &v) { return v.denominator; };
            auto value = [](const DataValue &v) { return v.value; };
            if (hasParts(ind.valueType)) {
                compare(sumOf(numerator), partialOf(numerator), total.numerator, tr("numerators"));
                compare(sumOf(denominator), partialOf(denominator), total.denominator, tr("denominators"));
            } else {
                compare(sumOf(value), partialOf(value), total.value, tr("values"));
            }
        }
        if (ind.required) {
            const auto total = row.values.constFind(0);
            if (total == row.values.cend() || total->isEmpty())
                add(EntryIssue::Kind::Required, Importance::Error, id, 0,
                    tr("%1 is required: enter its total.").arg(ind.code));
        }
    }
    // The programme's own rules between indicators.
    const auto rules = ValidationRuleRepository(m_database)
                           .select(QStringLiteral("WHERE programme_id = ? AND deleted = 0"), {form.site.programmeId});
    for (const ValidationRule &rule : rules) {
        const auto left = RuleExpression::parse(rule.leftSide);
        const auto right = RuleExpression::parse(rule.rightSide);
        if (!left || !right)
            continue;
        bool applies = true;
        for (const QString &code : left.value().codes() + right.value().codes()) {
            const bool present = std::any_of(form.rows.cbegin(), form.rows.cend(),
                                             [&](const EntryRow &r) { return r.indicator.code == code; });
            applies = applies && present;
        }
        if (!applies)
            continue; // a rule between indicators of other frequencies
        auto lookup = [&](const QString &code, const QString &part) -> std::optional<double> {
            for (const EntryRow &r : form.rows) {
                if (r.indicator.code != code)
                    continue;
                const auto total = r.values.constFind(0);
                if (total == r.values.cend())
                    return std::nullopt;
                if (part == QLatin1StringView("num"))
                    return total->numerator;
                if (part == QLatin1StringView("den"))
                    return total->denominator;
                return measure(*total, r.indicator.valueType);
            }
            return std::nullopt;
        };
        const auto l = left.value().evaluate(lookup);
        const auto r = right.value().evaluate(lookup);
        if (!l || !r)
            continue;
        const double slack = 1e-9 * std::max({1.0, std::abs(*l), std::abs(*r)});
        bool holds = true;
        switch (rule.op) {
        case RuleOperator::Less: holds = *l < *r - slack; break;
        case RuleOperator::LessOrEqual: holds = *l <= *r + slack; break;
        case RuleOperator::Equal: holds = std::abs(*l - *r) <= slack; break;
        case RuleOperator::NotEqual: holds = std::abs(*l - *r) > slack; break;
        case RuleOperator::GreaterOrEqual: holds = *l >= *r - slack; break;
        case RuleOperator::Greater: holds = *l > *r + slack; break;
        }
        if (!holds) {
            const QString name = rule.name().isEmpty() ? rule.leftSide + u' ' + Vocabulary::key(rule.op) + u' ' + rule.rightSide
                                                       : rule.name();
            add(EntryIssue::Kind::Rule, rule.importance, 0, -1,
                tr("Rule \"%1\" fails: %2 (%3) should be %4 %5 (%6).")
                    .arg(name, rule.leftSide, locale.toString(*l), Vocabulary::label(rule.op), rule.rightSide,
                         locale.toString(*r)));
        }
    }
    return issues;
}

Result<DataValue> DataEntryService::saveCell(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId,
                                             std::optional<double> value, std::optional<double> numerator,
                                             std::optional<double> denominator)
{
    DataValueService values(m_database, m_actor, m_today);
    const auto stored = DataValueRepository(m_database).find(siteId, indicatorId, period, optionId);
    DataValue v = stored && !stored->meta.deleted ? *stored : DataValue{};
    v.siteId = siteId;
    v.indicatorId = indicatorId;
    v.period = period;
    v.optionId = optionId;
    v.value = value;
    v.numerator = numerator;
    v.denominator = denominator;
    if (v.isEmpty() && v.comment.isEmpty() && !v.followUp) {
        if (!stored || stored->meta.deleted)
            return v; // nothing was there, nothing is
        return values.remove(*stored);
    }
    return values.save(v, DataValueService::Check::Structure);
}

Result<DataValue> DataEntryService::setNote(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId,
                                            const QString &comment, bool followUp)
{
    DataValueService values(m_database, m_actor, m_today);
    const auto stored = DataValueRepository(m_database).find(siteId, indicatorId, period, optionId);
    DataValue v = stored && !stored->meta.deleted ? *stored : DataValue{};
    v.siteId = siteId;
    v.indicatorId = indicatorId;
    v.period = period;
    v.optionId = optionId;
    v.comment = comment.trimmed();
    v.followUp = followUp;
    if (v.isEmpty() && v.comment.isEmpty() && !v.followUp) {
        if (!stored || stored->meta.deleted)
            return v;
        return values.remove(*stored);
    }
    return values.save(v, DataValueService::Check::Structure);
}

QList<AuditEntry> DataEntryService::history(qint64 siteId, const Period &period, qint64 indicatorId, qint64 optionId) const
{
    const auto stored = DataValueRepository(m_database).find(siteId, indicatorId, period, optionId);
    if (!stored)
        return {};
    return AuditLog(m_database).entriesFor(stored->meta.uuid);
}

Result<Report> DataEntryService::submit(qint64 siteId, const Period &period)
{
    // ReportService::submit checks the form's blocking problems, for every caller.
    return ReportService(m_database, m_actor, m_today).submit(siteId, period);
}
