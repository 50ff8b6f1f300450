#include "indicatorrepository.h"

#include "database.h"
#include "sqlvalue.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QJsonObject IndicatorRepository::childrenOf(const Indicator &indicator)
{
    QJsonArray options;
    for (qint64 id : indicator.optionIds)
        options.append(id);
    return {{QStringLiteral("options"), options}};
}

Fields IndicatorRepository::fieldsOf(const Indicator &i)
{
    return {
        {QStringLiteral("programme_id"), i.programmeId},
        {QStringLiteral("code"), i.code},
        {QStringLiteral("name_en"), i.nameEn},
        {QStringLiteral("name_zh"), i.nameZh},
        {QStringLiteral("definition_en"), i.definitionEn},
        {QStringLiteral("definition_zh"), i.definitionZh},
        {QStringLiteral("outcome_area"), Vocabulary::key(i.area)},
        {QStringLiteral("value_type"), Vocabulary::key(i.valueType)},
        {QStringLiteral("direction"), Vocabulary::key(i.direction)},
        {QStringLiteral("frequency"), Vocabulary::key(i.frequency)},
        {QStringLiteral("min_value"), SqlValue::fromOptional(i.minValue)},
        {QStringLiteral("max_value"), SqlValue::fromOptional(i.maxValue)},
        {QStringLiteral("baseline"), SqlValue::fromOptional(i.baseline)},
        {QStringLiteral("target"), SqlValue::fromOptional(i.target)},
        {QStringLiteral("target_kind"), Vocabulary::key(i.targetKind)},
        {QStringLiteral("required"), i.required ? 1 : 0},
        {QStringLiteral("sort_order"), i.sortOrder},
    };
}

QList<Indicator> IndicatorRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM indicator %1 ORDER BY sort_order, code").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<Indicator> list;
    QHash<qint64, qsizetype> index;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        auto text = [&r](const char *name) { return r.value(QLatin1StringView(name)).toString(); };
        Indicator i;
        i.meta = RowStore::readMeta(r);
        i.programmeId = r.value(QStringLiteral("programme_id")).toLongLong();
        i.code = text("code");
        i.nameEn = text("name_en");
        i.nameZh = text("name_zh");
        i.definitionEn = text("definition_en");
        i.definitionZh = text("definition_zh");
        Vocabulary::fromKey(text("outcome_area"), &i.area);
        Vocabulary::fromKey(text("value_type"), &i.valueType);
        Vocabulary::fromKey(text("direction"), &i.direction);
        Vocabulary::fromKey(text("frequency"), &i.frequency);
        i.minValue = SqlValue::toOptional(r.value(QStringLiteral("min_value")));
        i.maxValue = SqlValue::toOptional(r.value(QStringLiteral("max_value")));
        i.baseline = SqlValue::toOptional(r.value(QStringLiteral("baseline")));
        i.target = SqlValue::toOptional(r.value(QStringLiteral("target")));
        Vocabulary::fromKey(text("target_kind"), &i.targetKind);
        i.required = r.value(QStringLiteral("required")).toBool();
        i.sortOrder = r.value(QStringLiteral("sort_order")).toInt();
        index.insert(i.meta.id, list.size());
        list.append(i);
    }
    if (list.isEmpty())
        return list;
    QSqlQuery options(m_database.connection());
    options.prepare(QStringLiteral("SELECT indicator_id, option_id FROM indicator_option"
                                   " WHERE indicator_id IN (SELECT id FROM indicator %1)"
                                   " ORDER BY indicator_id, sort_order")
                        .arg(where));
    for (const QVariant &v : bound)
        options.addBindValue(v);
    if (options.exec()) {
        while (options.next()) {
            const auto it = index.constFind(options.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].optionIds.append(options.value(1).toLongLong());
        }
    }
    return list;
}

QList<Indicator> IndicatorRepository::all(qint64 programmeId, bool includeDeleted) const
{
    return select(includeDeleted ? QStringLiteral("WHERE programme_id = ?")
                                 : QStringLiteral("WHERE programme_id = ? AND deleted = 0"),
                  {programmeId});
}

std::optional<Indicator> IndicatorRepository::find(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<Indicator>(list.first());
}

std::optional<Indicator> IndicatorRepository::findByCode(qint64 programmeId, const QString &code) const
{
    const auto list = select(QStringLiteral("WHERE programme_id = ? AND code = ? AND deleted = 0"), {programmeId, code});
    return list.isEmpty() ? std::nullopt : std::optional<Indicator>(list.first());
}

Result<void> IndicatorRepository::writeOptions(const Indicator &indicator)
{
    QSqlQuery clear(m_database.connection());
    clear.prepare(QStringLiteral("DELETE FROM indicator_option WHERE indicator_id = ?"));
    clear.addBindValue(indicator.meta.id);
    if (!clear.exec())
        return fail(tr("Could not store the disaggregation of %1: %2").arg(indicator.code, clear.lastError().text()));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO indicator_option (indicator_id, option_id, sort_order) VALUES (?, ?, ?)"));
    int order = 0;
    for (qint64 optionId : indicator.optionIds) {
        q.addBindValue(indicator.meta.id);
        q.addBindValue(optionId);
        q.addBindValue(order++);
        if (!q.exec())
            return fail(tr("Could not store the disaggregation of %1: %2").arg(indicator.code, q.lastError().text()));
    }
    return {};
}

Result<void> IndicatorRepository::insert(Indicator &indicator, const Actor &actor)
{
    if (auto inserted = m_store.insert(indicator.meta, fieldsOf(indicator), actor); !inserted)
        return inserted;
    return writeOptions(indicator);
}

Result<void> IndicatorRepository::update(Indicator &indicator, const Actor &actor)
{
    if (auto updated = m_store.update(indicator.meta, fieldsOf(indicator), actor); !updated)
        return updated;
    return writeOptions(indicator);
}
