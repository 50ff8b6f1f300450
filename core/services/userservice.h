#pragma once

#include "auth/actor.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

class Database;

// Local user accounts with roles and site assignments. Only administrators manage accounts.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int MinimumPasswordLength = 4;

    UserService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<User> users() const;
    std::optional<User> user(const QString &username) const;

    Result<void> validate(const User &user) const;
    Result<User> create(User user, const QString &password);
    Result<User> update(const User &user);
    Result<User> setPassword(const User &user, const QString &password);
    // The user's actor when the password matches an active account.
    std::optional<Actor> authenticate(const QString &username, const QString &password) const;

private:
    Database &m_database;
    Actor m_actor;
};
