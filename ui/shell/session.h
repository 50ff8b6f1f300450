#pragma once

#include "auth/actor.h"
#include "services/indicatorservice.h"
#include "services/programmeservice.h"
#include "services/siteservice.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

// The open database as the pages see it: who is working (the actor), which programme is
// current, the core services to ask, and a signal when an entity's rows change so that item
// models reload. Widgets never run SQL (DESIGN.md, "Flow").
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class Entity { Programme, Site, Indicator, Data, Report, Visit, Cost, User, Setup, Readiness };
    Q_ENUM(Entity)

    // The actor is the signed-in user (SignInDialog); services check their role.
    Session(std::unique_ptr<Database> database, Actor actor, QObject *parent = nullptr);
    ~Session() override;

    Database &database() { return *m_database; }
    const Actor &actor() const { return m_actor; }
    qint64 programmeId() const { return m_programmeId; }
    void setProgrammeId(qint64 id);
    std::optional<Programme> programme();

    ProgrammeService programmes() { return ProgrammeService(*m_database, m_actor); }
    SiteService sites() { return SiteService(*m_database, m_actor); }
    IndicatorService indicators() { return IndicatorService(*m_database, m_actor); }

    void notify(Entity entity) { emit changed(entity); }

signals:
    void changed(Session::Entity entity);
    void programmeChanged();

private:
    std::unique_ptr<Database> m_database;
    Actor m_actor;
    qint64 m_programmeId = 0;
};
