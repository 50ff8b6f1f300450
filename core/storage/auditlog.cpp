#include "auditlog.h"

#include "database.h"
#include "sqlvalue.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

Result<void> AuditLog::record(const Actor &actor, const QString &entity, const QString &entityUuid,
                              const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (at, user_id, username, replica_uuid, entity, entity_uuid, action,"
                             " old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(SqlValue::timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(SqlValue::fromId(actor.userId));
    q.addBindValue(actor.username);
    q.addBindValue(m_database.replicaUuid());
    q.addBindValue(entity);
    q.addBindValue(entityUuid);
    q.addBindValue(action);
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                           : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    q.addBindValue(json(oldValues));
    q.addBindValue(json(newValues));
    if (!q.exec())
        return fail(tr("Could not record the change in the audit log: %1").arg(q.lastError().text()));
    return {};
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entityUuid) const
{
    return select(QStringLiteral("WHERE entity_uuid = ?"), entityUuid, -1);
}

QList<AuditEntry> AuditLog::latest(int limit) const
{
    return select({}, {}, limit);
}

QList<AuditEntry> AuditLog::select(const QString &where, const QVariant &bound, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_id, username, entity, entity_uuid, action, old_values, new_values"
                             " FROM audit %1 ORDER BY id DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    if (bound.isValid())
        q.addBindValue(bound);
    QList<AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValue::toDateTime(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityUuid = q.value(5).toString();
        e.action = q.value(6).toString();
        e.oldValues = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.newValues = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}
