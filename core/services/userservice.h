#pragma once

#include "auth/actor.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class Database;

// Local user accounts with roles and site assignments. Only administrators manage accounts.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int MinimumPasswordLength = 8;
    // Wrong passwords in a row after which each further attempt waits, doubling up to the cap.
    static constexpr int FreeAttempts = 3;
    static constexpr int MaximumDelaySeconds = 300;

    UserService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    QList<User> users() const;
    std::optional<User> user(const QString &username) const;

    Result<void> validate(const User &user) const;
    Result<User> create(User user, const QString &password);
    Result<User> update(const User &user);
    Result<User> setPassword(const User &user, const QString &password);
    // The user's actor when the password matches an active account.
    std::optional<Actor> authenticate(const QString &username, const QString &password) const;

    // Sign-in with a growing delay after wrong passwords: the failures are counted per user
    // name (known or not, so the answer tells nothing about which names exist), and after
    // FreeAttempts each attempt must wait 1, 2, 4, … seconds, up to MaximumDelaySeconds.
    Result<Actor> signIn(const QString &username, const QString &password,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Seconds until the next attempt for this name is accepted; 0 when it may try now.
    int secondsToWait(const QString &username, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static int delaySeconds(int failures);

    bool hasUsers() const;
    // The administrator of a new database: only when it has no user yet.
    Result<User> createFirstAdmin(const QString &username, const QString &fullName, const QString &password);
    Result<void> checkPassword(const QString &username, const QString &password) const
    {
        return checkPasswordRules(username, password);
    }
    static Result<void> checkPasswordRules(const QString &username, const QString &password);

private:
    Database &m_database;
    Actor m_actor;
};
