#include "session.h"

#include "services/userservice.h"

Session::Session(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_actor(Actor::system())
{
    // Until sign-in arrives, the desktop works as the database's first administrator.
    for (const User &user : UserService(*m_database, Actor::system()).users()) {
        if (user.role == Role::Admin && user.active) {
            m_actor = Actor{user.meta.id, user.username, user.role};
            break;
        }
    }
    const auto all = programmes().programmes();
    if (!all.isEmpty())
        m_programmeId = all.first().meta.id;
}

Session::~Session() = default;

void Session::setProgrammeId(qint64 id)
{
    if (id == m_programmeId)
        return;
    m_programmeId = id;
    emit programmeChanged();
}

std::optional<Programme> Session::programme()
{
    return programmes().programme(m_programmeId);
}
