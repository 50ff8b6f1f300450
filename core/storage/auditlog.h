#pragma once

#include "auth/actor.h"
#include "domain/auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The append-only audit table: triggers in the schema refuse UPDATE and DELETE on it.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &database) : m_database(database) {}

    Result<void> record(const Actor &actor, const QString &entity, const QString &entityUuid,
                        const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues);
    QList<AuditEntry> entriesFor(const QString &entityUuid) const;
    QList<AuditEntry> latest(int limit) const;

private:
    QList<AuditEntry> select(const QString &where, const QVariant &bound, int limit) const;
    Database &m_database;
};
