#pragma once

#include <QDateTime>
#include <QString>

// The columns every user-created row carries so that offline databases can exchange changes
// later without a schema rewrite (DESIGN.md, "Data"): a UUID that is the row's identity across
// databases, when and by whom it last changed, which database (replica) changed it, a
// revision counter, and a tombstone instead of a DELETE.
struct RowMeta final
{
    qint64 id = 0;          // local rowid; 0 for a row not yet stored
    QString uuid;           // identity across databases
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
    qint64 updatedBy = 0;   // app_user.id, 0 for the system (generator, migrations)
    qint64 origin = 0;      // replica.id of the database that last changed the row
    int revision = 0;       // 1 on insert, +1 on every change
    bool deleted = false;   // tombstone
};
