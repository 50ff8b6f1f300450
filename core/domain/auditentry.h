#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One append-only record of a change: who, when, what, old and new values.
struct AuditEntry final
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString entity;     // table name, e.g. "site"
    QString entityUuid;
    QString action;     // "create", "update", "delete", "restore"
    QJsonObject oldValues;
    QJsonObject newValues;
};
