#include "categoryoptionrepository.h"

#include <QJsonArray>

#include "database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QJsonObject CategoryOptionRepository::childrenOf(const CategoryOption &option)
{
    QList<DimensionTag> sorted = option.tags;
    std::sort(sorted.begin(), sorted.end(), [](const DimensionTag &a, const DimensionTag &b) { return a.dimension < b.dimension; });
    QJsonArray tags;
    for (const DimensionTag &t : sorted)
        tags.append(QJsonArray{t.dimension, t.member});
    return {{QStringLiteral("tags"), tags}};
}

Fields CategoryOptionRepository::fieldsOf(const CategoryOption &o)
{
    return {
        {QStringLiteral("programme_id"), o.programmeId},
        {QStringLiteral("code"), o.code},
        {QStringLiteral("name_en"), o.nameEn},
        {QStringLiteral("name_zh"), o.nameZh},
        {QStringLiteral("sort_order"), o.sortOrder},
    };
}

QList<CategoryOption> CategoryOptionRepository::all(qint64 programmeId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM category_option WHERE programme_id = ? AND deleted = 0 ORDER BY sort_order, code"));
    q.addBindValue(programmeId);
    QList<CategoryOption> list;
    QHash<qint64, qsizetype> index;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        CategoryOption o;
        o.meta = RowStore::readMeta(r);
        o.programmeId = programmeId;
        o.code = r.value(QStringLiteral("code")).toString();
        o.nameEn = r.value(QStringLiteral("name_en")).toString();
        o.nameZh = r.value(QStringLiteral("name_zh")).toString();
        o.sortOrder = r.value(QStringLiteral("sort_order")).toInt();
        index.insert(o.meta.id, list.size());
        list.append(o);
    }
    QSqlQuery tags(m_database.connection());
    tags.prepare(QStringLiteral("SELECT t.option_id, t.dimension, t.member FROM category_option_tag t"
                                " JOIN category_option o ON o.id = t.option_id WHERE o.programme_id = ?"
                                " ORDER BY t.option_id, t.dimension"));
    tags.addBindValue(programmeId);
    if (tags.exec()) {
        while (tags.next()) {
            const auto it = index.constFind(tags.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].tags.append(DimensionTag{tags.value(1).toString(), tags.value(2).toString()});
        }
    }
    return list;
}

Result<void> CategoryOptionRepository::insert(CategoryOption &option, const Actor &actor)
{
    if (auto inserted = m_store.insert(option.meta, fieldsOf(option), actor); !inserted)
        return inserted;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO category_option_tag (option_id, dimension, member) VALUES (?, ?, ?)"));
    for (const DimensionTag &tag : option.tags) {
        q.addBindValue(option.meta.id);
        q.addBindValue(tag.dimension);
        q.addBindValue(tag.member);
        if (!q.exec())
            return fail(tr("Could not store the dimension %1 of option %2: %3")
                            .arg(tag.dimension, option.code, q.lastError().text()));
    }
    return {};
}
