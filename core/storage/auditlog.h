#pragma once

#include "auth/actor.h"
#include "domain/auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

class Database;
struct sqlite3;

// The append-only, hash-chained audit table. Triggers in the schema refuse UPDATE and DELETE;
// the chain (each entry's hash covers its content and the previous hash) and the comparison of
// every audited row with its last entry let `scaleready check` detect edits made behind the
// application's back.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &database) : m_database(database) {}

    // The site and period of the entry are taken from the values' site_id and period.
    Result<void> record(const Actor &actor, const QString &entity, const QString &entityUuid,
                        const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues,
                        const QString &reason = {});
    QList<AuditEntry> entriesFor(const QString &entityUuid) const;
    QList<AuditEntry> latest(int limit) const;
    QList<AuditEntry> find(const AuditFilter &filter) const;
    // The entity names that have entries, for the viewer's filter.
    QStringList entities() const;

    // The tables whose rows are audited: every row's current state must equal the new values
    // of its last audit entry.
    static const QStringList &auditedTables();
    // What the audit keeps of a password hash: its SHA-256, never the hash.
    static QString passwordDigest(const QString &passwordHash);
    // The newest entry (its id and hash), for a check to print: noting it elsewhere lets a
    // later check tell whether entries were cut off the end of the chain.
    static std::pair<qint64, QString> head(QSqlDatabase &connection);

    // Writes an entry with the given action for every row of the audited tables, recording
    // its current state (the schema migration that starts the chain; the demonstration
    // generator).
    // Returns an error message, empty on success.
    static QString recordBaseline(QSqlDatabase &connection, const QString &action,
                                  const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Recomputes the chain over every entry; only the migration that introduced it uses this.
    static QString rechain(QSqlDatabase &connection);
    // Verifies the chain and every audited row. Returns the problems found (empty when all is
    // well), the first broken entry first; stops after maxProblems.
    static QStringList verify(QSqlDatabase &connection, int maxProblems = 20);

    // Writes many entries in a row (an import): one prepared statement, the chain carried in
    // memory, one timestamp. The caller holds the transaction; entries are the same as
    // record() writes, with the states given as compact JSON objects.
    class Batch final
    {
    public:
        Batch(Database &database, const Actor &actor, const QString &reason);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        bool ok() const { return m_ok; }
        QString error() const;
        // oldValues null for a creation; siteId 0 and an empty period leave them NULL.
        bool add(QByteArrayView entity, QByteArrayView entityUuid, QByteArrayView action, const QByteArray *oldValues,
                 const QByteArray &newValues, qint64 siteId, QByteArrayView period);

    private:
        struct Statement;
        Statement *m_insert = nullptr;
        QByteArray m_previous;
        qint64 m_id = 0;
        QByteArray m_at, m_userId, m_username, m_replica, m_reason;
        bool m_ok = false;
    };

    // The SQL expression (json_object of the audited columns and child rows) of the row
    // aliased t in table: what an entry's new values hold, before the password digest that
    // app_user adds (passwordDigest of t.password_hash under "password").
    static QString stateExpression(sqlite3 *db, const QString &table);

    // A JSON string literal (quotes included), as the audit's states write text.
    static void appendJsonString(QByteArray &out, QStringView text);

private:
    QList<AuditEntry> select(const QString &where, const QVariantList &bound, int limit) const;
    Database &m_database;
};
