#pragma once

#include "domain/user.h"
#include "rowstore.h"

#include <optional>

class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &database) : m_database(database), m_store(database, QStringLiteral("app_user")) {}

    QList<User> all(bool includeDeleted = false) const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByName(const QString &username) const;

    // Insert and update also replace the user's site assignments (user_site rows).
    Result<void> insert(User &user, const Actor &actor);
    Result<void> update(User &user, const Actor &actor);
    Result<void> setDeleted(User &user, bool deleted, const Actor &actor) { return m_store.setDeleted(user.meta, deleted, actor); }

    // The password hash is deliberately not part of the audited fields.
    static Fields fieldsOf(const User &user);
    // For the audit: the assigned sites, kept in user_site.
    static QJsonObject childrenOf(const User &user);

private:
    QList<User> select(const QString &where, const QVariantList &bound) const;
    Result<void> writeSites(const User &user);
    Database &m_database;
    RowStore m_store;
};
