#include "userservice.h"

#include "auditedwrite.h"
#include "auth/passwordhasher.h"
#include "permissions.h"
#include "storage/siterepository.h"
#include "storage/database.h"
#include "storage/sqlvalue.h"
#include "storage/userrepository.h"

#include <QSqlQuery>

QList<User> UserService::users() const
{
    return UserRepository(m_database).all();
}

std::optional<User> UserService::user(const QString &username) const
{
    return UserRepository(m_database).findByName(username);
}

Result<void> UserService::validate(const User &u) const
{
    const QString name = u.username.trimmed();
    if (name.isEmpty())
        return fail(tr("The user name is empty."));
    if (name != u.username || name.contains(u' '))
        return fail(tr("The user name \"%1\" contains spaces.").arg(u.username));
    SiteRepository sites(m_database);
    for (qint64 siteId : u.siteIds)
        if (!sites.find(siteId))
            return fail(tr("User %1 is assigned to a site that does not exist.").arg(name));
    if (const auto other = UserRepository(m_database).findByName(name); other && other->meta.id != u.meta.id)
        return fail(tr("The user name %1 is already taken.").arg(name));
    return {};
}

Result<User> UserService::create(User user, const QString &password)
{
    if (auto allowed = Permissions::requireAdmin(m_database, m_actor); !allowed)
        return fail(allowed.error());
    if (auto good = checkPassword(user.username, password); !good)
        return fail(good.error());
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return fail(hashed.error());
    user.passwordHash = hashed.value();
    user.meta = RowMeta{};
    return auditedAction<UserRepository>(m_database, m_actor, QStringLiteral("app_user"), QStringLiteral("create"), user,
                                         [this](const User &row) { return validate(row); }, QString());
}

Result<User> UserService::update(const User &user)
{
    if (auto allowed = Permissions::requireAdmin(m_database, m_actor); !allowed)
        return fail(allowed.error());
    const auto stored = UserRepository(m_database).find(user.meta.id);
    if (!stored)
        return fail(tr("The user %1 no longer exists.").arg(user.username));
    User changed = user;
    changed.passwordHash = stored->passwordHash; // only setPassword changes a password
    // The database keeps at least one active administrator.
    const bool wasAdmin = stored->role == Role::Admin && stored->active;
    const bool staysAdmin = changed.role == Role::Admin && changed.active;
    if (wasAdmin && !staysAdmin) {
        int admins = 0;
        for (const User &u : UserRepository(m_database).all())
            admins += u.role == Role::Admin && u.active ? 1 : 0;
        if (admins <= 1)
            return fail(tr("%1 is the last active administrator: make another user an administrator first.")
                            .arg(stored->username));
    }
    return auditedAction<UserRepository>(m_database, m_actor, QStringLiteral("app_user"), QStringLiteral("update"), changed,
                                         [this](const User &row) { return validate(row); },
                                         tr("The user %1 no longer exists.").arg(user.username));
}

Result<User> UserService::setPassword(const User &user, const QString &password)
{
    if (m_actor.userId != user.meta.id) {
        if (auto allowed = Permissions::requireAdmin(m_database, m_actor); !allowed)
            return fail(allowed.error());
    }
    // Only the password changes: the stored account, whatever else the caller's copy says.
    const auto stored = UserRepository(m_database).find(user.meta.id);
    if (!stored)
        return fail(tr("The user %1 no longer exists.").arg(user.username));
    if (auto good = checkPassword(stored->username, password); !good)
        return fail(good.error());
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return fail(hashed.error());
    User changed = *stored;
    changed.passwordHash = hashed.value();
    changed.meta.revision = user.meta.revision > 0 ? user.meta.revision : stored->meta.revision;
    UserRepository repo(m_database);
    return auditedWrite<UserRepository>(m_database, m_actor, QStringLiteral("app_user"), QStringLiteral("password"),
                                        auditedState<UserRepository>(*stored), changed,
                                        [&](User &row) { return repo.update(row, m_actor); });
}

std::optional<Actor> UserService::authenticate(const QString &username, const QString &password) const
{
    const auto stored = UserRepository(m_database).findByName(username);
    if (!stored || !stored->active || !PasswordHasher::verify(stored->passwordHash, password))
        return std::nullopt;
    return Actor{stored->meta.id, stored->username, stored->role};
}

Result<void> UserService::checkPasswordRules(const QString &username, const QString &password)
{
    if (password.size() < MinimumPasswordLength)
        return fail(tr("The password of %1 is too short: use at least %2 characters.").arg(username).arg(MinimumPasswordLength));
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return fail(tr("The password of %1 must not be the user name.").arg(username));
    return {};
}

int UserService::delaySeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int steps = std::min(failures - FreeAttempts, 16);
    return std::min(1 << steps, MaximumDelaySeconds);
}

int UserService::secondsToWait(const QString &username, const QDateTime &now) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT failures, last_failure FROM sign_in_failure WHERE username = ?"));
    q.addBindValue(username.trimmed());
    if (!q.exec() || !q.next())
        return 0;
    const int delay = delaySeconds(q.value(0).toInt());
    const QDateTime last = SqlValue::toDateTime(q.value(1));
    const qint64 left = delay - last.secsTo(now);
    return left > 0 ? int(std::min<qint64>(left, delay)) : 0;
}

Result<Actor> UserService::signIn(const QString &username, const QString &password, const QDateTime &now)
{
    const QString name = username.trimmed();
    if (const int wait = secondsToWait(name, now); wait > 0)
        return fail(tr("Too many wrong passwords for %1: wait %n second(s) before trying again.", nullptr, wait).arg(name));
    if (const auto actor = authenticate(name, password)) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("DELETE FROM sign_in_failure WHERE username = ?"));
        q.addBindValue(name);
        q.exec();
        return *actor;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO sign_in_failure (username, failures, last_failure) VALUES (?, 1, ?)"
                             " ON CONFLICT(username) DO UPDATE SET failures = failures + 1, last_failure = excluded.last_failure"));
    q.addBindValue(name);
    q.addBindValue(SqlValue::timestamp(now));
    q.exec();
    return fail(tr("The user name or the password is wrong, or the account is disabled."));
}

bool UserService::hasUsers() const
{
    return !UserRepository(m_database).all().isEmpty();
}

Result<User> UserService::createFirstAdmin(const QString &username, const QString &fullName, const QString &password)
{
    if (hasUsers())
        return fail(tr("The database already has its administrator; sign in instead."));
    User admin;
    admin.username = username.trimmed();
    admin.fullName = fullName.trimmed();
    admin.role = Role::Admin;
    return UserService(m_database, Actor::system()).create(admin, password);
}
