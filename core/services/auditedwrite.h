#pragma once

#include "result.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowstore.h"

#include <QJsonObject>

// The audited state of a row: its columns, its tombstone and, where the repository has them,
// its child rows (an indicator's disaggregation, a user's sites), which live in tables of
// their own but change with the row.
template<typename Repo, typename T>
QJsonObject auditedState(const T &value)
{
    QJsonObject state = RowStore::toJson(Repo::fieldsOf(value));
    // The row's own id: other rows refer to it, so swapping ids would move their data.
    state.insert(QStringLiteral("id"), value.meta.id);
    state.insert(QStringLiteral("deleted"), value.meta.deleted);
    if constexpr (requires { Repo::childrenOf(value); }) {
        const QJsonObject children = Repo::childrenOf(value);
        for (auto it = children.begin(); it != children.end(); ++it)
            state.insert(it.key(), it.value());
    }
    return state;
}

// Runs one audited change in one transaction: the repository write and its audit entry
// (old and new values from the repository's field list) commit together or not at all.
template<typename Repo, typename T, typename Write>
Result<T> auditedWrite(Database &database, const Actor &actor, const QString &entity, const QString &action,
                       const QJsonObject &before, T value, Write &&write, const QString &reason = {})
{
    return database.transaction([&]() -> Result<T> {
        if (auto written = write(value); !written)
            return fail(written.error());
        const QJsonObject after = auditedState<Repo>(value);
        if (auto logged = AuditLog(database).record(actor, entity, value.meta.uuid, action, before, after, reason); !logged)
            return fail(logged.error());
        return value;
    });
}

// The create / update / delete / restore of one row of a repository with find(), insert(),
// update() and setDeleted(): looks up the stored row for the audit's old values (failing with
// missing when it is gone), validates everything but a deletion, then writes audited.
template<typename Repo, typename T, typename Validate>
Result<T> auditedAction(Database &database, const Actor &actor, const QString &entity, const QString &action,
                        const T &value, Validate &&validate, const QString &missing)
{
    Repo repo(database);
    const bool creating = action == QLatin1StringView("create");
    const bool tombstone = action == QLatin1StringView("delete") || action == QLatin1StringView("restore");
    QJsonObject before;
    T row = value;
    if (!creating) {
        const auto stored = repo.find(value.meta.id);
        if (!stored)
            return fail(missing);
        before = auditedState<Repo>(*stored);
        // A deletion or restoration changes the tombstone of the stored row, whatever else the
        // caller's copy says; the revision is the caller's, so a stale copy is still refused.
        if (tombstone) {
            const int revision = row.meta.revision;
            row = *stored;
            row.meta.revision = revision;
        }
    }
    if (action != QLatin1StringView("delete")) {
        if (auto valid = validate(row); !valid)
            return fail(valid.error());
    }
    return auditedWrite<Repo>(database, actor, entity, action, before, row, [&](T &r) -> Result<void> {
        if (creating)
            return repo.insert(r, actor);
        if (action == QLatin1StringView("update"))
            return repo.update(r, actor);
        return repo.setDeleted(r, action == QLatin1StringView("delete"), actor);
    });
}
