#include "userservice.h"

#include "auditedwrite.h"
#include "auth/passwordhasher.h"
#include "permissions.h"
#include "storage/siterepository.h"
#include "storage/userrepository.h"

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
    if (auto allowed = Permissions::requireAdmin(m_actor); !allowed)
        return fail(allowed.error());
    if (password.size() < MinimumPasswordLength)
        return fail(tr("The password of %1 is too short: use at least %2 characters.")
                        .arg(user.username)
                        .arg(MinimumPasswordLength));
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
    if (auto allowed = Permissions::requireAdmin(m_actor); !allowed)
        return fail(allowed.error());
    return auditedAction<UserRepository>(m_database, m_actor, QStringLiteral("app_user"), QStringLiteral("update"), user,
                                         [this](const User &row) { return validate(row); },
                                         tr("The user %1 no longer exists.").arg(user.username));
}

Result<User> UserService::setPassword(const User &user, const QString &password)
{
    if (m_actor.userId != user.meta.id) {
        if (auto allowed = Permissions::requireAdmin(m_actor); !allowed)
            return fail(allowed.error());
    }
    if (password.size() < MinimumPasswordLength)
        return fail(tr("The password of %1 is too short: use at least %2 characters.")
                        .arg(user.username)
                        .arg(MinimumPasswordLength));
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return fail(hashed.error());
    User changed = user;
    changed.passwordHash = hashed.value();
    return auditedAction<UserRepository>(m_database, m_actor, QStringLiteral("app_user"), QStringLiteral("update"), changed,
                                         [this](const User &row) { return validate(row); },
                                         tr("The user %1 no longer exists.").arg(user.username));
}

std::optional<Actor> UserService::authenticate(const QString &username, const QString &password) const
{
    const auto stored = UserRepository(m_database).findByName(username);
    if (!stored || !stored->active || !PasswordHasher::verify(stored->passwordHash, password))
        return std::nullopt;
    return Actor{stored->meta.id, stored->username, stored->role};
}
