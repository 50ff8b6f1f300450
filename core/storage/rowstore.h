#pragma once

#include "auth/actor.h"
#include "domain/rowmeta.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlRecord>
#include <QVariant>

#include <utility>

class Database;

// Column name → value of one row, in table order; the same list drives INSERT, UPDATE and the
// audit entry's old and new values, so they cannot drift apart.
using Fields = QList<std::pair<QString, QVariant>>;

// The generic SQL for a table with the sync columns (rowmeta.h): inserts stamp a new UUID,
// times, actor, origin and revision 1; updates bump the revision and refuse a stale row
// (someone else changed it since it was read); deletion sets the tombstone.
class RowStore final
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)

public:
    RowStore(Database &database, QString table);

    // The columns to select for RowMeta, with a table alias prefix if given.
    static QString metaColumns(const QString &alias = {});
    static RowMeta readMeta(const QSqlRecord &record);
    static QJsonObject toJson(const Fields &fields);
    static QString newUuid();

    // On success, meta holds the stored row's id and stamps.
    Result<void> insert(RowMeta &meta, const Fields &fields, const Actor &actor);
    Result<void> update(RowMeta &meta, const Fields &fields, const Actor &actor);
    Result<void> setDeleted(RowMeta &meta, bool deleted, const Actor &actor);

private:
    Database &m_database;
    QString m_table;
};
