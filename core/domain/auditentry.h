#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One append-only record of a change: who, when, what, old and new values, why. Entries form
// a hash chain: each hash covers the entry and the previous entry's hash.
struct AuditEntry final
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString entity;     // table name, e.g. "site"
    QString entityUuid;
    QString action;     // "create", "update", "delete", "restore", "submit", "approve", …
    QJsonObject oldValues;
    QJsonObject newValues;
    QString reason;
    qint64 siteId = 0;  // the site the change concerns, when it concerns one
    QString period;     // the period it concerns, when it concerns one
    QString hash;
};

// What the audit viewer asks for; empty fields do not filter.
struct AuditFilter final
{
    qint64 userId = 0;
    qint64 siteId = 0;
    QString period;
    QString entity;
    qint64 beforeId = 0; // entries older than this one (paging)
    int limit = 500;
};
