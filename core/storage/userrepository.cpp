#include "userrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalue.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QJsonObject UserRepository::childrenOf(const User &user)
{
    QList<qint64> ids = user.siteIds;
    std::sort(ids.begin(), ids.end());
    QJsonArray sites;
    for (qint64 id : ids)
        sites.append(id);
    // A digest of the password hash, so that the audit notices a hash set behind its back
    // without keeping the hash itself (which would let anyone reading the audit try passwords).
    return {{QStringLiteral("sites"), sites}, {QStringLiteral("password"), AuditLog::passwordDigest(user.passwordHash)}};
}

Fields UserRepository::fieldsOf(const User &u)
{
    return {
        {QStringLiteral("username"), u.username},
        {QStringLiteral("full_name"), u.fullName},
        {QStringLiteral("role"), Vocabulary::key(u.role)},
        {QStringLiteral("active"), u.active ? 1 : 0},
    };
}

QList<User> UserRepository::select(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM app_user %1 ORDER BY username").arg(where));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<User> list;
    QHash<qint64, qsizetype> index;
    if (!q.exec()) {
        // The read fails only when the file broke during the session (checked on open):
        // leave a trace for support; the caller sees no rows.
        qWarning("ScaleReady: reading failed: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        const QSqlRecord r = q.record();
        User u;
        u.meta = RowStore::readMeta(r);
        u.username = r.value(QStringLiteral("username")).toString();
        u.fullName = r.value(QStringLiteral("full_name")).toString();
        Vocabulary::fromKey(r.value(QStringLiteral("role")).toString(), &u.role);
        u.passwordHash = r.value(QStringLiteral("password_hash")).toString();
        u.active = r.value(QStringLiteral("active")).toBool();
        index.insert(u.meta.id, list.size());
        list.append(u);
    }
    QSqlQuery sites(m_database.connection());
    if (sites.exec(QStringLiteral("SELECT user_id, site_id FROM user_site ORDER BY user_id, site_id"))) {
        while (sites.next()) {
            const auto it = index.constFind(sites.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].siteIds.append(sites.value(1).toLongLong());
        }
    }
    return list;
}

QList<User> UserRepository::all(bool includeDeleted) const
{
    return select(includeDeleted ? QString() : QStringLiteral("WHERE deleted = 0"), {});
}

std::optional<User> UserRepository::find(qint64 id) const
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<User>(list.first());
}

std::optional<User> UserRepository::findByName(const QString &username) const
{
    const auto list = select(QStringLiteral("WHERE username = ? AND deleted = 0"), {username});
    return list.isEmpty() ? std::nullopt : std::optional<User>(list.first());
}

Result<void> UserRepository::writeSites(const User &user)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM user_site WHERE user_id = ?"));
    q.addBindValue(user.meta.id);
    if (!q.exec())
        return fail(tr("Could not store the sites of %1: %2").arg(user.username, q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO user_site (user_id, site_id) VALUES (?, ?)"));
    for (qint64 siteId : user.siteIds) {
        q.addBindValue(user.meta.id);
        q.addBindValue(siteId);
        if (!q.exec())
            return fail(tr("Could not store the sites of %1: %2").arg(user.username, q.lastError().text()));
    }
    QSqlQuery hash(m_database.connection());
    hash.prepare(QStringLiteral("UPDATE app_user SET password_hash = ? WHERE id = ?"));
    hash.addBindValue(SqlValue::text(user.passwordHash));
    hash.addBindValue(user.meta.id);
    if (!hash.exec())
        return fail(tr("Could not store the password of %1: %2").arg(user.username, hash.lastError().text()));
    return {};
}

Result<void> UserRepository::insert(User &user, const Actor &actor)
{
    if (auto inserted = m_store.insert(user.meta, fieldsOf(user), actor); !inserted)
        return inserted;
    return writeSites(user);
}

Result<void> UserRepository::update(User &user, const Actor &actor)
{
    if (auto updated = m_store.update(user.meta, fieldsOf(user), actor); !updated)
        return updated;
    return writeSites(user);
}
