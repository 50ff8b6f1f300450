#include "session.h"

Session::Session(std::unique_ptr<Database> database, Actor actor, QObject *parent)
    : QObject(parent), m_database(std::move(database)), m_actor(std::move(actor))
{
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
