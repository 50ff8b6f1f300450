#pragma once

#include "domain/vocabulary.h"

#include <QString>

// Who is making a change: stamped on rows (updated_by) and in the audit, and checked by the
// services' permission rules. The system actor (id 0) is the generator and migrations.
struct Actor final
{
    qint64 userId = 0;
    QString username;
    Role role = Role::Viewer; // an actor nobody set up may read, not write

    static Actor system() { return Actor{0, QStringLiteral("system"), Role::Admin}; }
    bool mayEditMetadata() const { return role == Role::Admin || role == Role::Manager; }
};
