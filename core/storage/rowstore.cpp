#include "rowstore.h"

#include "database.h"
#include "sqlvalue.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QRandomGenerator>
#include <QUuid>

#include <mutex>

RowStore::RowStore(Database &database, QString table) : m_database(database), m_table(std::move(table)) {}

QString RowStore::metaColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    return QStringList{p + u"id", p + u"uuid", p + u"created_at", p + u"updated_at", p + u"updated_by",
                       p + u"origin", p + u"revision", p + u"deleted"}
        .join(u", ");
}

RowMeta RowStore::readMeta(const QSqlRecord &r)
{
    RowMeta m;
    m.id = r.value(QStringLiteral("id")).toLongLong();
    m.uuid = r.value(QStringLiteral("uuid")).toString();
    m.createdAt = SqlValue::toDateTime(r.value(QStringLiteral("created_at")));
    m.updatedAt = SqlValue::toDateTime(r.value(QStringLiteral("updated_at")));
    m.updatedBy = r.value(QStringLiteral("updated_by")).toLongLong();
    m.origin = r.value(QStringLiteral("origin")).toLongLong();
    m.revision = r.value(QStringLiteral("revision")).toInt();
    m.deleted = r.value(QStringLiteral("deleted")).toBool();
    return m;
}

QJsonObject RowStore::toJson(const Fields &fields)
{
    QJsonObject o;
    for (const auto &[name, value] : fields)
        o.insert(name, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    return o;
}

QString RowStore::newUuid()
{
    // Version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter for ids made in the
    // same millisecond, 62 random bits. Unique across databases like version 4, but rows made
    // one after another get neighbouring ids, so a bulk import appends to the uuid indexes
    // instead of writing all over them.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 sequence = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xFFF) { // 4096 ids in one millisecond: borrow the next one
                ++ms;
                counter = 0;
            }
        } else {
            counter = QRandomGenerator::global()->bounded(0x200u); // leave room to count up
        }
        lastMs = ms;
        sequence = counter;
    }
    uchar b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = uchar(ms >> (40 - 8 * i));
    b[6] = uchar(0x70 | (sequence >> 8));
    b[7] = uchar(sequence);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = uchar(random >> (56 - 8 * i));
    b[8] = uchar(0x80 | (b[8] & 0x3F));
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(b), 16)).toString(QUuid::WithoutBraces);
}

Result<void> RowStore::insert(RowMeta &meta, const Fields &fields, const Actor &actor)
{
    RowMeta stamped = meta;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (stamped.uuid.isEmpty())
        stamped.uuid = newUuid();
    stamped.createdAt = now;
    stamped.updatedAt = now;
    stamped.updatedBy = actor.userId;
    stamped.origin = m_database.replicaId();
    stamped.revision = 1;
    stamped.deleted = false;

    QStringList names;
    QStringList marks;
    for (const auto &field : fields) {
        names.append(field.first);
        marks.append(QStringLiteral("?"));
    }
    names << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("updated_at")
          << QStringLiteral("updated_by") << QStringLiteral("origin") << QStringLiteral("revision")
          << QStringLiteral("deleted");
    for (int i = 0; i < 7; ++i)
        marks.append(QStringLiteral("?"));

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(m_table, names.join(u", "), marks.join(u", ")));
    for (const auto &field : fields)
        q.addBindValue(SqlValue::text(field.second));
    q.addBindValue(stamped.uuid);
    q.addBindValue(SqlValue::timestamp(stamped.createdAt));
    q.addBindValue(SqlValue::timestamp(stamped.updatedAt));
    q.addBindValue(SqlValue::fromId(stamped.updatedBy));
    q.addBindValue(stamped.origin);
    q.addBindValue(stamped.revision);
    q.addBindValue(0);
    if (!q.exec())
        return fail(tr("Could not add the row to %1: %2").arg(m_table, q.lastError().text()));
    stamped.id = q.lastInsertId().toLongLong();
    meta = stamped;
    return {};
}

Result<void> RowStore::update(RowMeta &meta, const Fields &fields, const Actor &actor)
{
    RowMeta stamped = meta;
    stamped.updatedAt = QDateTime::currentDateTimeUtc();
    stamped.updatedBy = actor.userId;
    stamped.origin = m_database.replicaId();
    stamped.revision = meta.revision + 1;

    QStringList sets;
    for (const auto &field : fields)
        sets.append(field.first + QStringLiteral(" = ?"));
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?") << QStringLiteral("origin = ?")
         << QStringLiteral("revision = ?") << QStringLiteral("deleted = ?");

    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND revision = ?").arg(m_table, sets.join(u", ")));
    for (const auto &field : fields)
        q.addBindValue(SqlValue::text(field.second));
    q.addBindValue(SqlValue::timestamp(stamped.updatedAt));
    q.addBindValue(SqlValue::fromId(stamped.updatedBy));
    q.addBindValue(stamped.origin);
    q.addBindValue(stamped.revision);
    q.addBindValue(stamped.deleted ? 1 : 0);
    q.addBindValue(meta.id);
    q.addBindValue(meta.revision);
    if (!q.exec())
        return fail(tr("Could not change the row in %1: %2").arg(m_table, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(tr("The row was changed or removed by someone else since it was opened; reload it and "
                       "try again."));
    meta = stamped;
    return {};
}

Result<void> RowStore::setDeleted(RowMeta &meta, bool deleted, const Actor &actor)
{
    RowMeta stamped = meta;
    stamped.deleted = deleted;
    if (auto updated = update(stamped, {}, actor); !updated)
        return updated;
    meta = stamped;
    return {};
}
