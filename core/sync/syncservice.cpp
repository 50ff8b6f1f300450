#include "syncservice.h"

#include "storage/auditlog.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

namespace Sync {

namespace {

// Columns that are not a row's content: its identity and stamps (they travel as the version's
// who, when and where), its tombstone (a field of its own) and the password hash, which only
// travels to and from the account's own officer.
const QStringList NotContent = {QStringLiteral("id"),         QStringLiteral("uuid"),       QStringLiteral("created_at"),
                                QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("origin"),
                                QStringLiteral("revision"),   QStringLiteral("deleted"),    QStringLiteral("password_hash")};
const QString PasswordKey = QStringLiteral("password_hash");

// Child rows travel inside their parent's content as an array of arrays.
struct ChildColumn
{
    QString name;
    QString ref; // the table whose uuid stands for the id; empty: the value itself
};
struct Child
{
    QString parent;
    QString key; // in the parent's content
    QString table;
    QString parentColumn;
    QList<ChildColumn> columns;
    QString order;     // ORDER BY inside the array, over x (the child) and c0… (the values)
    QString indexColumn; // set from the position in the array (the options' order)
};

const QList<Child> &children()
{
    static const QList<Child> list = {
        {QStringLiteral("indicator"), QStringLiteral("options"), QStringLiteral("indicator_option"),
         QStringLiteral("indicator_id"), {{QStringLiteral("option_id"), QStringLiteral("category_option")}},
         QStringLiteral("x.sort_order, c0"), QStringLiteral("sort_order")},
        {QStringLiteral("app_user"), QStringLiteral("sites"), QStringLiteral("user_site"), QStringLiteral("user_id"),
         {{QStringLiteral("site_id"), QStringLiteral("site")}}, QStringLiteral("c0"), {}},
        {QStringLiteral("category_option"), QStringLiteral("tags"), QStringLiteral("category_option_tag"),
         QStringLiteral("option_id"), {{QStringLiteral("dimension"), {}}, {QStringLiteral("member"), {}}},
         QStringLiteral("c0"), {}},
        {QStringLiteral("visit"), QStringLiteral("scores"), QStringLiteral("visit_score"), QStringLiteral("visit_id"),
         {{QStringLiteral("item_id"), QStringLiteral("checklist_item")}, {QStringLiteral("score"), {}}, {QStringLiteral("note"), {}}},
         QStringLiteral("c0"), {}},
    };
    return list;
}

// The tables a field database may change; everything else is the manager's.
const QStringList FieldTables = {QStringLiteral("report"), QStringLiteral("data_value"), QStringLiteral("visit"),
                                 QStringLiteral("visit_action"), QStringLiteral("cost"), QStringLiteral("app_user")};

struct Column
{
    QString name;
    QString ref; // a reference to a synchronised table: travels as that row's uuid
};

struct Table
{
    QString name;
    int order = 0;
    QList<Column> columns;
    QList<Child> children;
    QString siteExpr;      // the site id of row t; empty when the row belongs to no site
    QString programmeExpr; // the programme id of row t; empty for users
    QStringList naturalKey; // the columns that identify a row made on two databases
    QString naturalWhere;   // more conditions for the natural key
    QString select;         // the row, its version and its sync state (see Row)
};

QString now() { return SqlValue::timestamp(QDateTime::currentDateTimeUtc()); }

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parseObject(const QByteArray &text) { return QJsonDocument::fromJson(text).object(); }

void bindJson(SqliteStatement &s, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: s.bind(index, v.toString()); break;
    case QJsonValue::Bool: s.bind(index, qint64(v.toBool() ? 1 : 0)); break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15)
            s.bind(index, qint64(d));
        else
            s.bind(index, d);
        break;
    }
    default: s.bindNull(index); break;
    }
}

QJsonObject versionToJson(const Version &v)
{
    return {{QStringLiteral("entity"), v.entity},       {QStringLiteral("uuid"), v.uuid},
            {QStringLiteral("vector"), v.vector.toJson()}, {QStringLiteral("content"), v.content},
            {QStringLiteral("deleted"), v.deleted},     {QStringLiteral("replica"), v.replica},
            {QStringLiteral("changed_by"), v.changedBy}, {QStringLiteral("changed_at"), SqlValue::timestamp(v.changedAt)}};
}

Version versionFromJson(const QJsonObject &o)
{
    Version v;
    v.entity = o.value(QStringLiteral("entity")).toString();
    v.uuid = o.value(QStringLiteral("uuid")).toString();
    v.vector = VersionVector::fromJson(o.value(QStringLiteral("vector")).toObject());
    v.content = o.value(QStringLiteral("content")).toObject();
    v.deleted = o.value(QStringLiteral("deleted")).toBool();
    v.replica = o.value(QStringLiteral("replica")).toString();
    v.changedBy = o.value(QStringLiteral("changed_by")).toString();
    v.changedAt = QDateTime::fromString(o.value(QStringLiteral("changed_at")).toString(), Qt::ISODateWithMs);
    return v;
}

QString resolutionKey(Resolution r)
{
    switch (r) {
    case Resolution::KeepMine: return QStringLiteral("keep_mine");
    case Resolution::TakeTheirs: return QStringLiteral("take_theirs");
    case Resolution::Edit: return QStringLiteral("edit");
    }
    return {};
}

Resolution resolutionFromKey(const QString &key)
{
    if (key == QLatin1StringView("take_theirs"))
        return Resolution::TakeTheirs;
    if (key == QLatin1StringView("edit"))
        return Resolution::Edit;
    return Resolution::KeepMine;
}

// A row as this database holds it.
struct Row
{
    qint64 id = 0;
    Version version;
    int revision = 0;
    qint64 peerId = 0; // the peer its current version came from, unchanged since; 0: made here
    qint64 siteId = 0;
    QString period;
    QString passwordHash;
    bool fromPeerUnchanged(qint64 peer) const { return peerId == peer && peerId != 0; }
};
} // namespace

// Everything one export, import or resolution works with: the connection, the table
// descriptions read from the schema, and prepared statements.
struct SyncService::Impl
{
    // programmeId: the programme a package carries (a user's sites are those of it); 0: all.
    Impl(Database &database, const Actor &actor, qint64 programmeId = 0)
        : database(database), db(database.handle()), actor(actor), local(database.replicaUuid()), programmeId(programmeId)
    {
        // Each row is applied in a savepoint: keep their journals in memory rather than in
        // temporary files while this lasts.
        SqliteStatement store(db, "PRAGMA temp_store");
        tempStore = store.next() ? int(store.int64(0)) : 0;
        sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
        describeTables();
    }
    ~Impl()
    {
        statements.clear();
        sqlite3_exec(db, QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData(), nullptr, nullptr,
                     nullptr);
    }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    Database &database;
    sqlite3 *db;
    Actor actor;
    QString local; // this database's replica uuid
    qint64 programmeId = 0;
    int tempStore = 0;
    QList<Table> tables;
    QHash<QString, int> tableIndex;
    std::vector<std::unique_ptr<SqliteStatement>> statements;
    QHash<QString, SqliteStatement *> cache;

    SqliteStatement &statement(const QString &sql)
    {
        if (SqliteStatement *s = cache.value(sql))
            return *s;
        statements.push_back(std::make_unique<SqliteStatement>(db, sql));
        cache.insert(sql, statements.back().get());
        return *statements.back();
    }

    const Table *table(const QString &name) const
    {
        const auto it = tableIndex.constFind(name);
        return it == tableIndex.cend() ? nullptr : &tables.at(*it);
    }

    // ---- the tables -------------------------------------------------------------------------

    void describeTables()
    {
        const QStringList names = SyncService::tables();
        for (int i = 0; i < names.size(); ++i) {
            Table t;
            t.name = names.at(i);
            t.order = i;
            QHash<QString, QString> refs;
            {
                SqliteStatement fk(db, QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')").arg(t.name));
                while (fk.next())
                    refs.insert(fk.text(0), fk.text(1));
            }
            SqliteStatement info(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(t.name));
            QStringList columnNames;
            while (info.next())
                columnNames.append(info.text(0));
            for (const QString &c : std::as_const(columnNames)) {
                if (!NotContent.contains(c))
                    t.columns.append(Column{c, refs.value(c)});
            }
            for (const Child &c : children()) {
                if (c.parent == t.name)
                    t.children.append(c);
            }
            if (columnNames.contains(QStringLiteral("site_id")))
                t.siteExpr = QStringLiteral("t.site_id");
            else if (t.name == QLatin1StringView("visit_action"))
                t.siteExpr = QStringLiteral("(SELECT site_id FROM visit WHERE id = t.visit_id)");
            else if (t.name == QLatin1StringView("site"))
                t.siteExpr = QStringLiteral("t.id");
            if (t.name == QLatin1StringView("programme"))
                t.programmeExpr = QStringLiteral("t.id");
            else if (columnNames.contains(QStringLiteral("programme_id")))
                t.programmeExpr = QStringLiteral("t.programme_id");
            else if (!t.siteExpr.isEmpty())
                t.programmeExpr = QStringLiteral("(SELECT programme_id FROM site WHERE id = %1)").arg(t.siteExpr);
            if (t.name == QLatin1StringView("data_value"))
                t.naturalKey = {QStringLiteral("site_id"), QStringLiteral("indicator_id"), QStringLiteral("period"),
                                QStringLiteral("option_id")};
            else if (t.name == QLatin1StringView("report"))
                t.naturalKey = {QStringLiteral("site_id"), QStringLiteral("period")};
            else if (t.name == QLatin1StringView("site_target"))
                t.naturalKey = {QStringLiteral("site_id"), QStringLiteral("indicator_id")};
            else if (t.name == QLatin1StringView("cost")) {
                t.naturalKey = {QStringLiteral("site_id"), QStringLiteral("year")};
                t.naturalWhere = QStringLiteral(" AND t.deleted = 0");
            }
            t.select = selectSql(t, columnNames);
            tableIndex.insert(t.name, tables.size());
            tables.append(t);
        }
    }

    QString contentSql(const Table &t) const
    {
        QStringList parts;
        for (const Column &c : t.columns) {
            if (c.ref.isEmpty())
                parts.append(QStringLiteral("'%1', t.%1").arg(c.name));
            else
                parts.append(QStringLiteral("'%1', (SELECT uuid FROM %2 WHERE id = t.%1)").arg(c.name, c.ref));
        }
        for (const Child &c : t.children) {
            QStringList values, named;
            for (int i = 0; i < c.columns.size(); ++i) {
                const ChildColumn &col = c.columns.at(i);
                const QString value = col.ref.isEmpty() ? QStringLiteral("x.%1").arg(col.name)
                                                        : QStringLiteral("(SELECT uuid FROM %1 WHERE id = x.%2)").arg(col.ref, col.name);
                named.append(QStringLiteral("%1 AS c%2").arg(value).arg(i));
                values.append(QStringLiteral("c%1").arg(i));
            }
            parts.append(QStringLiteral("'%1', json((SELECT json_group_array(json_array(%2)) FROM (SELECT %3 FROM %4 x"
                                        " WHERE x.%5 = t.id%6 ORDER BY %7)))")
                             .arg(c.key, values.join(u", "), named.join(u", "), c.table, c.parentColumn, childFilter(c),
                                  c.order));
        }
        return QStringLiteral("json_object(%1)").arg(parts.join(u", "));
    }

    // What is wrong with an edited resolution: a field that is not the row's own, a reference or
    // child rows (not edited by hand), or a value of the wrong kind for its column.
    QString checkEdit(const Table &t, const QJsonObject &edited)
    {
        QHash<QString, QString> types;
        SqliteStatement info(db, QStringLiteral("SELECT name, upper(type), \"notnull\" FROM pragma_table_info('%1')").arg(t.name));
        QSet<QString> required;
        while (info.next()) {
            types.insert(info.text(0), info.text(1));
            if (info.int64(2) != 0)
                required.insert(info.text(0));
        }
        for (auto it = edited.begin(); it != edited.end(); ++it) {
            const auto column = std::find_if(t.columns.cbegin(), t.columns.cend(), [&](const Column &c) { return c.name == it.key(); });
            if (column == t.columns.cend() || !column->ref.isEmpty())
                return SyncService::tr("%1 cannot be edited in a resolution.").arg(it.key());
            const QString type = types.value(it.key());
            const bool number = type.contains(QLatin1StringView("INT")) || type.contains(QLatin1StringView("REAL"));
            if (it.value().isNull() && required.contains(it.key()))
                return SyncService::tr("%1 cannot be empty.").arg(it.key());
            if (number && !it.value().isNull() && !it.value().isDouble())
                return SyncService::tr("%1 takes a number, not \"%2\".").arg(it.key(), it.value().toVariant().toString());
            if (!number && !it.value().isNull() && !it.value().isString())
                return SyncService::tr("%1 takes text.").arg(it.key());
        }
        return {};
    }

    // A user's sites as a package carries them: those of its programme.
    QString childFilter(const Child &c) const
    {
        if (programmeId == 0 || c.table != QLatin1StringView("user_site"))
            return {};
        return QStringLiteral(" AND x.site_id IN (SELECT id FROM site WHERE programme_id = %1)").arg(programmeId);
    }

    // 0 id, 1 uuid, 2 content, 3 deleted, 4 revision, 5 updated_at, 6 updated by (name),
    // 7 origin (uuid), 8 sync vector, 9 base revision, 10 peer, 11 site id, 12 period, 13 password hash
    QString selectSql(const Table &t, const QStringList &columnNames) const
    {
        const QString period = columnNames.contains(QStringLiteral("period")) ? QStringLiteral("t.period") : QStringLiteral("NULL");
        const QString password = columnNames.contains(PasswordKey) ? QStringLiteral("t.password_hash") : QStringLiteral("NULL");
        return QStringLiteral("SELECT t.id, t.uuid, %1, t.deleted, t.revision, t.updated_at,"
                              " (SELECT username FROM app_user WHERE id = t.updated_by),"
                              " (SELECT uuid FROM replica WHERE id = t.origin), r.vector, r.base_revision, r.peer_id,"
                              " %2, %3, %4 FROM %5 t LEFT JOIN sync_row r ON r.uuid = t.uuid")
            .arg(contentSql(t), t.siteExpr.isEmpty() ? QStringLiteral("NULL") : t.siteExpr, period, password, t.name);
    }

    Row rowFrom(const Table &t, const SqliteStatement &s) const
    {
        Row row;
        row.id = s.int64(0);
        row.revision = int(s.int64(4));
        row.peerId = s.isNull(10) ? 0 : s.int64(10);
        row.siteId = s.isNull(11) ? 0 : s.int64(11);
        row.period = s.text(12);
        row.passwordHash = s.text(13);
        Version &v = row.version;
        v.entity = t.name;
        v.uuid = s.text(1);
        v.content = parseObject(s.bytes(2));
        v.deleted = s.int64(3) != 0;
        v.changedAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
        v.changedBy = s.text(6);
        v.replica = s.text(7);
        // The last synchronised vector, plus the changes made here since.
        v.vector = s.isNull(8) ? VersionVector() : VersionVector::fromText(s.text(8));
        const int base = s.isNull(9) ? 0 : int(s.int64(9));
        for (int i = base; i < row.revision; ++i)
            v.vector.bump(local);
        return row;
    }

    std::optional<Row> rowByUuid(const Table &t, const QString &uuid)
    {
        SqliteStatement &s = statement(t.select + QStringLiteral(" WHERE t.uuid = ?"));
        s.reset();
        s.bind(1, uuid);
        if (!s.next())
            return std::nullopt;
        Row row = rowFrom(t, s);
        s.reset();
        return row;
    }

    QString aliasOf(const QString &uuid)
    {
        SqliteStatement &s = statement(QStringLiteral("SELECT local_uuid FROM sync_alias WHERE foreign_uuid = ?"));
        s.reset();
        s.bind(1, uuid);
        const QString found = s.next() ? s.text(0) : QString();
        s.reset();
        return found;
    }

    qint64 idOf(const QString &table, const QString &uuid)
    {
        if (uuid.isEmpty())
            return 0;
        SqliteStatement &s = statement(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
        for (const QString &candidate : {uuid, aliasOf(uuid)}) {
            if (candidate.isEmpty())
                continue;
            s.reset();
            s.bind(1, candidate);
            if (s.next()) {
                const qint64 id = s.int64(0);
                s.reset();
                return id;
            }
        }
        s.reset();
        return 0;
    }

    qint64 userIdByName(const QString &name)
    {
        SqliteStatement &s = statement(QStringLiteral("SELECT id FROM app_user WHERE username = ? AND deleted = 0"));
        s.reset();
        s.bind(1, name);
        const qint64 id = s.next() ? s.int64(0) : 0;
        s.reset();
        return id;
    }

    qint64 replicaIdOf(const QString &uuid, const QString &name = {})
    {
        if (uuid.isEmpty())
            return database.replicaId();
        SqliteStatement &s = statement(QStringLiteral("SELECT id FROM replica WHERE uuid = ?"));
        s.reset();
        s.bind(1, uuid);
        if (s.next()) {
            const qint64 id = s.int64(0);
            s.reset();
            return id;
        }
        s.reset();
        SqliteStatement &insert = statement(QStringLiteral("INSERT INTO replica (uuid, name, is_local, created_at) VALUES (?, ?, 0, ?)"));
        insert.bind(1, uuid);
        insert.bind(2, name);
        insert.bind(3, now());
        return insert.run() ? sqlite3_last_insert_rowid(db) : 0;
    }

    // ---- references -----------------------------------------------------------------------

    // The incoming content's references as local ids; a message when one is not here.
    QString translate(const Table &t, const Version &v, QHash<QString, qint64> *ids)
    {
        for (const Column &c : t.columns) {
            if (c.ref.isEmpty())
                continue;
            const QJsonValue value = v.content.value(c.name);
            if (value.isNull() || value.isUndefined())
                continue;
            const qint64 id = idOf(c.ref, value.toString());
            if (id == 0)
                return tr("it refers to a %1 that is not in this database (%2).").arg(entityLabel(c.ref), value.toString());
            ids->insert(c.name, id);
        }
        for (const Child &c : t.children) {
            for (const QJsonValue &item : v.content.value(c.key).toArray()) {
                const QJsonArray values = item.toArray();
                for (int i = 0; i < c.columns.size(); ++i) {
                    const ChildColumn &col = c.columns.at(i);
                    if (!col.ref.isEmpty() && idOf(col.ref, values.at(i).toString()) == 0)
                        return tr("it refers to a %1 that is not in this database (%2).")
                            .arg(entityLabel(col.ref), values.at(i).toString());
                }
            }
        }
        return {};
    }

    // The local row an incoming version stands for: by uuid, by an alias recorded before, or
    // by its key when both databases made it (the alias is recorded then).
    std::optional<Row> findLocal(const Table &t, const Version &v, const QHash<QString, qint64> &ids)
    {
        if (auto row = rowByUuid(t, v.uuid))
            return row;
        if (const QString alias = aliasOf(v.uuid); !alias.isEmpty()) {
            if (auto row = rowByUuid(t, alias))
                return row;
        }
        if (t.naturalKey.isEmpty())
            return std::nullopt;
        QStringList where;
        for (const QString &c : t.naturalKey)
            where.append(QStringLiteral("t.%1 IS ?").arg(c));
        SqliteStatement &s = statement(QStringLiteral("SELECT t.uuid FROM %1 t WHERE %2%3 ORDER BY t.deleted, t.id LIMIT 1")
                                           .arg(t.name, where.join(u" AND "), t.naturalWhere));
        s.reset();
        for (int i = 0; i < t.naturalKey.size(); ++i) {
            const QString &c = t.naturalKey.at(i);
            if (ids.contains(c))
                s.bind(i + 1, ids.value(c));
            else
                bindJson(s, i + 1, v.content.value(c));
        }
        const QString uuid = s.next() ? s.text(0) : QString();
        s.reset();
        if (uuid.isEmpty() || uuid == v.uuid)
            return std::nullopt;
        SqliteStatement &alias = statement(QStringLiteral("INSERT OR REPLACE INTO sync_alias (foreign_uuid, local_uuid) VALUES (?, ?)"));
        alias.bind(1, v.uuid);
        alias.bind(2, uuid);
        if (!alias.run())
            return std::nullopt;
        return rowByUuid(t, uuid);
    }

    // ---- writing a version ----------------------------------------------------------------

    struct Written
    {
        qint64 id = 0;
        QString uuid;
        int revision = 0;
    };

    // Writes the version's state into the row (a new row when there is none), with its
    // children; the caller records the vector and the audit entry.
    Result<Written> write(const Table &t, const std::optional<Row> &local, const Version &v, const QHash<QString, qint64> &ids,
                          bool withPassword)
    {
        // Only the columns the version has: one from an older schema keeps the newer ones.
        QList<Column> present;
        for (const Column &c : t.columns) {
            if (v.content.contains(c.name))
                present.append(c);
        }
        QStringList columns;
        for (const Column &c : std::as_const(present))
            columns.append(c.name);
        columns << QStringLiteral("updated_at") << QStringLiteral("updated_by") << QStringLiteral("origin")
                << QStringLiteral("deleted");
        if (withPassword)
            columns << PasswordKey;
        QString sql;
        if (local) {
            QStringList sets;
            for (const QString &c : std::as_const(columns))
                sets.append(c + QStringLiteral(" = ?"));
            sql = QStringLiteral("UPDATE %1 SET %2, revision = revision + 1 WHERE id = ?").arg(t.name, sets.join(u", "));
        } else {
            sql = QStringLiteral("INSERT INTO %1 (%2, uuid, created_at, revision) VALUES (%3, ?, ?, 1)")
                      .arg(t.name, columns.join(u", "), QStringList(columns.size(), QStringLiteral("?")).join(u", "));
        }
        SqliteStatement &s = statement(sql);
        if (!s.prepared())
            return fail(s.error());
        int i = 0;
        for (const Column &c : std::as_const(present)) {
            ++i;
            if (!c.ref.isEmpty() && ids.contains(c.name))
                s.bind(i, ids.value(c.name));
            else if (!c.ref.isEmpty())
                s.bindNull(i);
            else
                bindJson(s, i, v.content.value(c.name));
        }
        s.bind(++i, SqlValue::timestamp(v.changedAt.isValid() ? v.changedAt : QDateTime::currentDateTimeUtc()));
        if (const qint64 user = userIdByName(v.changedBy); user != 0)
            s.bind(++i, user);
        else
            s.bindNull(++i);
        s.bind(++i, replicaIdOf(v.replica));
        s.bind(++i, qint64(v.deleted ? 1 : 0));
        if (withPassword)
            s.bind(++i, v.content.value(PasswordKey).toString());
        if (local)
            s.bind(++i, local->id);
        else {
            s.bind(++i, v.uuid);
            s.bind(++i, SqlValue::timestamp(v.changedAt.isValid() ? v.changedAt : QDateTime::currentDateTimeUtc()));
        }
        if (!s.run())
            return fail(s.error());
        Written w;
        w.id = local ? local->id : sqlite3_last_insert_rowid(db);
        w.uuid = local ? local->version.uuid : v.uuid;
        w.revision = local ? local->revision + 1 : 1;
        for (const Child &c : t.children) {
            if (auto done = writeChildren(c, w.id, v.content.value(c.key).toArray()); !done)
                return fail(done.error());
        }
        return w;
    }

    Result<void> writeChildren(const Child &c, qint64 parentId, const QJsonArray &items)
    {
        SqliteStatement &remove = statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
                                                .arg(c.table, c.parentColumn, QString(childFilter(c)).replace(QStringLiteral("x."), QString())));
        remove.bind(1, parentId);
        if (!remove.run())
            return fail(remove.error());
        QStringList columns{c.parentColumn};
        for (const ChildColumn &col : c.columns)
            columns.append(col.name);
        if (!c.indexColumn.isEmpty())
            columns.append(c.indexColumn);
        SqliteStatement &insert = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(c.table, columns.join(u", "),
                                                     QStringList(columns.size(), QStringLiteral("?")).join(u", ")));
        int position = 0;
        for (const QJsonValue &item : items) {
            const QJsonArray values = item.toArray();
            insert.bind(1, parentId);
            for (int i = 0; i < c.columns.size(); ++i) {
                const ChildColumn &col = c.columns.at(i);
                if (col.ref.isEmpty())
                    bindJson(insert, i + 2, values.at(i));
                else
                    insert.bind(i + 2, idOf(col.ref, values.at(i).toString()));
            }
            if (!c.indexColumn.isEmpty())
                insert.bind(int(c.columns.size()) + 2, qint64(position));
            ++position;
            if (!insert.run())
                return fail(insert.error());
        }
        return {};
    }

    bool setSyncRow(const QString &uuid, const VersionVector &vector, int baseRevision, qint64 peerId)
    {
        SqliteStatement &s = statement(QStringLiteral(
            "INSERT OR REPLACE INTO sync_row (uuid, vector, base_revision, peer_id) VALUES (?, ?, ?, ?)"));
        s.bind(1, uuid);
        s.bind(2, vector.toText());
        s.bind(3, qint64(baseRevision));
        if (peerId != 0)
            s.bind(4, peerId);
        else
            s.bindNull(4);
        return s.run();
    }

    // The audited state of row t, its password hash, and the site and period its entry names.
    QString auditStateSql(const Table &t, bool users) const
    {
        QString site = QStringLiteral("NULL"), period = QStringLiteral("NULL");
        for (const Column &c : t.columns) {
            if (c.name == QLatin1StringView("site_id"))
                site = QStringLiteral("t.site_id");
            else if (c.name == QLatin1StringView("period"))
                period = QStringLiteral("t.period");
            else if (c.name == QLatin1StringView("year") && period == QLatin1StringView("NULL"))
                period = QStringLiteral("CAST(t.year AS TEXT)");
        }
        return QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 t WHERE t.id = ?")
            .arg(AuditLog::stateExpression(db, t.name), users ? QStringLiteral("t.password_hash") : QStringLiteral("NULL"),
                 site, period, t.name);
    }

    // The audited state of a row: what an audit entry's values hold.
    struct State
    {
        QByteArray json;
        qint64 siteId = 0;
        QByteArray period;
    };
    QHash<QString, QString> stateSqls; // by table

    State auditState(const Table &t, qint64 id)
    {
        const bool users = t.name == QLatin1StringView("app_user");
        QString &sql = stateSqls[t.name];
        if (sql.isEmpty())
            sql = auditStateSql(t, users);
        SqliteStatement &s = statement(sql);
        s.reset();
        s.bind(1, id);
        State state;
        if (s.next()) {
            state.json = s.bytes(0);
            if (users) {
                QJsonObject o = parseObject(state.json);
                o.insert(QStringLiteral("password"), AuditLog::passwordDigest(s.text(1)));
                state.json = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            state.siteId = s.isNull(2) ? 0 : s.int64(2);
            state.period = s.bytes(3);
        }
        s.reset();
        return state;
    }

    // ---- conflicts -------------------------------------------------------------------------

    bool queueConflict(const std::optional<Row> &local, const Version &theirs, qint64 peerId, qint64 packageId, bool locked)
    {
        const QString uuid = local ? local->version.uuid : theirs.uuid;
        // A newer version from the same history replaces an open conflict's; an older one that
        // arrives late adds nothing.
        SqliteStatement &open = statement(QStringLiteral("SELECT id, theirs_vector FROM sync_conflict WHERE uuid = ? AND status = 'open'"));
        open.reset();
        open.bind(1, uuid);
        QList<qint64> superseded;
        bool queued = false;
        while (open.next()) {
            const VersionVector before = VersionVector::fromText(open.text(1));
            if (before.covers(theirs.vector))
                queued = true;
            else if (theirs.vector.covers(before))
                superseded.append(open.int64(0));
        }
        open.reset();
        if (queued)
            return true;
        SqliteStatement &replace = statement(QStringLiteral("UPDATE sync_conflict SET status = 'settled', resolved_at = ? WHERE id = ?"));
        for (qint64 id : std::as_const(superseded)) {
            replace.bind(1, now());
            replace.bind(2, id);
            if (!replace.run())
                return false;
        }
        Version stored = theirs;
        stored.content.remove(PasswordKey);
        SqliteStatement &s = statement(QStringLiteral(
            "INSERT INTO sync_conflict (entity, uuid, peer_id, package_id, mine, theirs, theirs_vector, locked, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        s.bind(1, theirs.entity);
        s.bind(2, uuid);
        if (peerId != 0)
            s.bind(3, peerId);
        else
            s.bindNull(3);
        if (packageId != 0)
            s.bind(4, packageId);
        else
            s.bindNull(4);
        if (local)
            s.bind(5, compact(versionToJson(local->version)));
        else
            s.bindNull(5);
        s.bind(6, compact(versionToJson(stored)));
        s.bind(7, theirs.vector.toText());
        s.bind(8, qint64(locked ? 1 : 0));
        s.bind(9, now());
        return s.run();
    }

    // Open conflicts over a row that its new version has overtaken (a resolution arrived).
    int settle(const QString &uuid, const VersionVector &vector)
    {
        SqliteStatement &open = statement(QStringLiteral("SELECT id, theirs_vector, mine FROM sync_conflict WHERE uuid = ? AND status = 'open'"));
        open.reset();
        open.bind(1, uuid);
        QList<qint64> settled;
        while (open.next()) {
            const VersionVector theirs = VersionVector::fromText(open.text(1));
            const VersionVector mine = open.isNull(2) ? VersionVector()
                                                      : versionFromJson(parseObject(open.bytes(2))).vector;
            if (vector.covers(theirs) && vector.covers(mine))
                settled.append(open.int64(0));
        }
        open.reset();
        SqliteStatement &close = statement(QStringLiteral("UPDATE sync_conflict SET status = 'settled', resolved_at = ? WHERE id = ?"));
        for (qint64 id : std::as_const(settled)) {
            close.bind(1, now());
            close.bind(2, id);
            if (!close.run())
                return -1;
        }
        return int(settled.size());
    }
};

// ---------------------------------------------------------------------------------------------

QJsonObject Summary::toJson() const
{
    QJsonArray rejections;
    for (const Rejection &r : rejected)
        rejections.append(QJsonObject{{QStringLiteral("entity"), r.entity}, {QStringLiteral("uuid"), r.uuid},
                                      {QStringLiteral("reason"), r.reason}, {QStringLiteral("retry"), r.retry}});
    return {{QStringLiteral("inserted"), inserted},   {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged}, {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("settled"), settled},     {QStringLiteral("rejected"), rejections},
            {QStringLiteral("backup"), backupPath},   {QStringLiteral("missing_earlier"), missingEarlier}};
}

Summary Summary::fromJson(const QJsonObject &o)
{
    Summary s;
    s.inserted = o.value(QStringLiteral("inserted")).toInt();
    s.updated = o.value(QStringLiteral("updated")).toInt();
    s.unchanged = o.value(QStringLiteral("unchanged")).toInt();
    s.conflicts = o.value(QStringLiteral("conflicts")).toInt();
    s.settled = o.value(QStringLiteral("settled")).toInt();
    s.backupPath = o.value(QStringLiteral("backup")).toString();
    s.missingEarlier = o.value(QStringLiteral("missing_earlier")).toBool();
    for (const QJsonValue &r : o.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject j = r.toObject();
        s.rejected.append({j.value(QStringLiteral("entity")).toString(), j.value(QStringLiteral("uuid")).toString(),
                           j.value(QStringLiteral("reason")).toString(), j.value(QStringLiteral("retry")).toBool()});
    }
    return s;
}

QString Summary::text(int maxRejections) const
{
    QString t = SyncService::tr("Inserted %1, updated %2, unchanged %3, conflicts %4, rejected %5.")
                    .arg(inserted)
                    .arg(updated)
                    .arg(unchanged)
                    .arg(conflicts)
                    .arg(rejected.size());
    if (settled > 0)
        t += u' ' + SyncService::tr("%n conflict(s) settled by a resolution that arrived.", nullptr, settled);
    if (missingEarlier)
        t += u' ' + SyncService::tr("Some earlier changes of the sender have not arrived yet; the next package back asks "
                                    "for them again.");
    if (std::any_of(rejected.cbegin(), rejected.cend(), [](const Rejection &r) { return r.retry; }))
        t += u' ' + SyncService::tr("Rows that could not be stored yet will be sent again with the next package.");
    for (int i = 0; i < rejected.size() && i < maxRejections; ++i) {
        const Rejection &r = rejected.at(i);
        t += u'\n' + SyncService::tr("Rejected %1 %2: %3").arg(entityLabel(r.entity), r.uuid, r.reason);
    }
    if (rejected.size() > maxRejections)
        t += u'\n' + SyncService::tr("… and %n more rejected.", nullptr, int(rejected.size() - maxRejections));
    if (!backupPath.isEmpty())
        t += u'\n' + SyncService::tr("A backup made before the import: %1").arg(backupPath);
    return t;
}

QString entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("SyncService", "programme")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("SyncService", "site")},
        {QStringLiteral("category_option"), QT_TRANSLATE_NOOP("SyncService", "category option")},
        {QStringLiteral("indicator"), QT_TRANSLATE_NOOP("SyncService", "indicator")},
        {QStringLiteral("checklist_item"), QT_TRANSLATE_NOOP("SyncService", "checklist item")},
        {QStringLiteral("validation_rule"), QT_TRANSLATE_NOOP("SyncService", "validation rule")},
        {QStringLiteral("readiness_criterion"), QT_TRANSLATE_NOOP("SyncService", "readiness criterion")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("SyncService", "user")},
        {QStringLiteral("site_target"), QT_TRANSLATE_NOOP("SyncService", "site target")},
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("SyncService", "report")},
        {QStringLiteral("data_value"), QT_TRANSLATE_NOOP("SyncService", "data value")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("SyncService", "visit")},
        {QStringLiteral("visit_action"), QT_TRANSLATE_NOOP("SyncService", "visit action")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("SyncService", "cost")},
    };
    const char *label = labels.value(entity);
    return label ? SyncService::tr(label) : entity;
}

QString resolutionLabel(Resolution resolution)
{
    switch (resolution) {
    case Resolution::KeepMine: return SyncService::tr("kept mine");
    case Resolution::TakeTheirs: return SyncService::tr("took theirs");
    case Resolution::Edit: return SyncService::tr("edited");
    }
    return {};
}

QString conflictStatusLabel(Conflict::Status status)
{
    switch (status) {
    case Conflict::Status::Open: return SyncService::tr("open");
    case Conflict::Status::Resolved: return SyncService::tr("resolved");
    case Conflict::Status::Settled: return SyncService::tr("settled by the manager");
    }
    return {};
}

const QStringList &SyncService::tables()
{
    static const QStringList list = {
        QStringLiteral("programme"),      QStringLiteral("site"),          QStringLiteral("category_option"),
        QStringLiteral("indicator"),      QStringLiteral("checklist_item"), QStringLiteral("validation_rule"),
        QStringLiteral("readiness_criterion"), QStringLiteral("app_user"), QStringLiteral("site_target"),
        QStringLiteral("report"),         QStringLiteral("data_value"),    QStringLiteral("visit"),
        QStringLiteral("visit_action"),   QStringLiteral("cost"),
    };
    return list;
}

SyncService::SyncService(Database &database, const Actor &actor) : m_database(database), m_actor(actor) {}

namespace {
Peer peerFrom(const SqliteStatement &s)
{
    Peer p;
    p.id = s.int64(0);
    p.uuid = s.text(1);
    p.name = s.text(2);
    p.isManager = s.text(3) == QLatin1StringView("manager");
    p.officer = s.text(4);
    p.receivedSeq = s.int64(5);
    p.ackedSeq = s.int64(6);
    p.lastSentAt = SqlValue::toDateTime(s.isNull(7) ? QVariant() : QVariant(s.text(7)));
    p.lastReceivedAt = SqlValue::toDateTime(s.isNull(8) ? QVariant() : QVariant(s.text(8)));
    return p;
}

const char *PeerSelect = "SELECT p.id, r.uuid, r.name, p.role, (SELECT username FROM app_user WHERE id = p.officer_id),"
                         " p.received_seq, p.acked_seq, p.last_sent_at, p.last_received_at, p.officer_id, p.programme_id,"
                         " p.sites, p.secret FROM sync_peer p JOIN replica r ON r.id = p.replica_id";

struct PeerRow
{
    Peer peer;
    qint64 officerId = 0;
    qint64 programmeId = 0;
    QSet<QString> sites;
    QByteArray secret;
};

std::optional<PeerRow> peerWhere(sqlite3 *db, const QString &where, const QString &bound = {})
{
    SqliteStatement s(db, QString::fromLatin1(PeerSelect) + u' ' + where);
    if (!bound.isNull())
        s.bind(1, bound);
    if (!s.next())
        return std::nullopt;
    PeerRow row;
    row.peer = peerFrom(s);
    row.officerId = s.isNull(9) ? 0 : s.int64(9);
    row.programmeId = s.isNull(10) ? 0 : s.int64(10);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.bytes(11)).array())
        row.sites.insert(v.toString());
    row.secret = s.bytes(12);
    return row;
}

qint64 lastChange(sqlite3 *db)
{
    SqliteStatement s(db, "SELECT ifnull(max(id), 0) FROM audit");
    return s.next() ? s.int64(0) : 0;
}

QSet<QString> officerSites_(sqlite3 *db, qint64 officerId, qint64 programmeId)
{
    SqliteStatement s(db, "SELECT s.uuid FROM user_site us JOIN site s ON s.id = us.site_id"
                          " WHERE us.user_id = ? AND s.programme_id = ?");
    s.bind(1, officerId);
    s.bind(2, programmeId);
    QSet<QString> sites;
    while (s.next())
        sites.insert(s.text(0));
    return sites;
}

QString uuidList(const QSet<QString> &uuids)
{
    QStringList quoted;
    for (const QString &u : uuids)
        quoted.append(u'\'' + QString(u).replace(u'\'', QStringLiteral("''")) + u'\'');
    return quoted.join(u", ");
}

qint64 logPackage(sqlite3 *db, const QString &direction, qint64 peerId, const QString &file, const QString &user,
                const PackageHeader *header, int versions, const Summary *summary, const QString &error)
{
    SqliteStatement s(db, "INSERT INTO sync_package (at, direction, peer_id, file_name, user_name, from_seq, to_seq,"
                          " versions, starter, summary, error) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, now());
    s.bind(2, direction);
    if (peerId != 0)
        s.bind(3, peerId);
    else
        s.bindNull(3);
    s.bind(4, file);
    s.bind(5, user);
    s.bind(6, header ? header->fromSeq : qint64(0));
    s.bind(7, header ? header->toSeq : qint64(0));
    s.bind(8, qint64(versions));
    s.bind(9, qint64(header && header->starter ? 1 : 0));
    s.bind(10, summary ? compact(summary->toJson()) : QStringLiteral("{}"));
    s.bind(11, error);
    return s.run() ? sqlite3_last_insert_rowid(db) : 0;
}

bool storeSummary(sqlite3 *db, qint64 packageId, const Summary &summary)
{
    SqliteStatement s(db, "UPDATE sync_package SET summary = ? WHERE id = ?");
    s.bind(1, compact(summary.toJson()));
    s.bind(2, packageId);
    return s.run();
}

bool mayManage(const Actor &actor) { return actor.role == Role::Admin || actor.role == Role::Manager; }

// 256 random bits, hex: the key a starter package hands to a laptop.
QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key.toHex();
}
} // namespace

bool SyncService::isFieldDatabase() const { return manager().has_value(); }

std::optional<Peer> SyncService::manager() const
{
    auto row = peerWhere(m_database.handle(), QStringLiteral("WHERE p.role = 'manager'"));
    return row ? std::optional<Peer>(row->peer) : std::nullopt;
}

QList<Peer> SyncService::peers() const
{
    SqliteStatement s(m_database.handle(), QString::fromLatin1(PeerSelect) + QStringLiteral(" ORDER BY p.role DESC, r.name, p.id"));
    QList<Peer> list;
    while (s.next())
        list.append(peerFrom(s));
    return list;
}

QList<PackageRecord> SyncService::packages(int limit) const
{
    SqliteStatement s(m_database.handle(),
                      QStringLiteral("SELECT k.id, k.direction, ifnull(r.name, ''), k.file_name, k.at, k.user_name, k.from_seq,"
                                     " k.to_seq, k.versions, k.starter, k.summary, k.error,"
                                     " (SELECT username FROM app_user WHERE id = p.officer_id)"
                                     " FROM sync_package k LEFT JOIN sync_peer p ON p.id = k.peer_id"
                                     " LEFT JOIN replica r ON r.id = p.replica_id ORDER BY k.id DESC LIMIT %1")
                          .arg(limit));
    QList<PackageRecord> list;
    while (s.next()) {
        PackageRecord p;
        p.id = s.int64(0);
        const QString direction = s.text(1);
        p.direction = direction == QLatin1StringView("sent")       ? PackageRecord::Direction::Sent
                      : direction == QLatin1StringView("received") ? PackageRecord::Direction::Received
                                                                   : PackageRecord::Direction::Refused;
        p.peerName = s.text(2).isEmpty() ? s.text(12) : s.text(2);
        p.fileName = s.text(3);
        p.at = SqlValue::toDateTime(s.text(4));
        p.by = s.text(5);
        p.fromSeq = s.int64(6);
        p.toSeq = s.int64(7);
        p.versions = int(s.int64(8));
        p.starter = s.int64(9) != 0;
        p.summary = Summary::fromJson(parseObject(s.bytes(10)));
        p.error = s.text(11);
        list.append(p);
    }
    return list;
}

namespace {
// The row in words, from the codes of what it refers to.
QString describe(sqlite3 *db, const Version &v)
{
    QStringList parts;
    const auto codeOf = [db](const char *table, const QString &uuid) {
        SqliteStatement s(db, QStringLiteral("SELECT code FROM %1 WHERE uuid = ?").arg(QLatin1StringView(table)));
        s.bind(1, uuid);
        return s.next() ? s.text(0) : QString();
    };
    const QJsonObject &c = v.content;
    if (c.contains(QStringLiteral("site_id")))
        parts.append(codeOf("site", c.value(QStringLiteral("site_id")).toString()));
    if (c.contains(QStringLiteral("visit_id"))) {
        SqliteStatement s(db, "SELECT s.code, v.visit_date FROM visit v JOIN site s ON s.id = v.site_id WHERE v.uuid = ?");
        s.bind(1, c.value(QStringLiteral("visit_id")).toString());
        if (s.next())
            parts << s.text(0) << s.text(1);
    }
    if (c.contains(QStringLiteral("indicator_id")))
        parts.append(codeOf("indicator", c.value(QStringLiteral("indicator_id")).toString()));
    if (c.contains(QStringLiteral("option_id")) && c.value(QStringLiteral("option_id")).isString())
        parts.append(codeOf("category_option", c.value(QStringLiteral("option_id")).toString()));
    for (const char *key : {"period", "year", "visit_date", "code", "username", "description"}) {
        const QJsonValue value = c.value(QLatin1StringView(key));
        if (value.isString())
            parts.append(value.toString());
        else if (value.isDouble())
            parts.append(QString::number(value.toInteger()));
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}
} // namespace

QList<Conflict> SyncService::conflicts(bool openOnly) const
{
    sqlite3 *db = m_database.handle();
    SqliteStatement s(db, QStringLiteral("SELECT c.id, c.entity, c.uuid, ifnull(r.name, ''), c.mine, c.theirs, c.locked, c.at,"
                                         " c.status, c.resolution, c.resolved_by, c.resolved_at,"
                                         " (SELECT username FROM app_user WHERE id = p.officer_id)"
                                         " FROM sync_conflict c LEFT JOIN sync_peer p ON p.id = c.peer_id"
                                         " LEFT JOIN replica r ON r.id = p.replica_id %1 ORDER BY c.id")
                              .arg(openOnly ? QStringLiteral("WHERE c.status = 'open'") : QString()));
    QList<Conflict> list;
    while (s.next()) {
        Conflict c;
        c.id = s.int64(0);
        c.entity = s.text(1);
        c.uuid = s.text(2);
        c.peerName = s.text(3).isEmpty() ? s.text(12) : s.text(3);
        if (!s.isNull(4))
            c.mine = versionFromJson(parseObject(s.bytes(4)));
        c.theirs = versionFromJson(parseObject(s.bytes(5)));
        c.locked = s.int64(6) != 0;
        c.at = SqlValue::toDateTime(s.text(7));
        const QString status = s.text(8);
        c.status = status == QLatin1StringView("open")       ? Conflict::Status::Open
                   : status == QLatin1StringView("resolved") ? Conflict::Status::Resolved
                                                             : Conflict::Status::Settled;
        c.resolution = resolutionFromKey(s.text(9));
        c.resolvedBy = s.text(10);
        c.resolvedAt = s.isNull(11) ? QDateTime() : SqlValue::toDateTime(s.text(11));
        c.what = describe(db, c.mine.content.isEmpty() ? c.theirs : c.mine);
        list.append(c);
    }
    return list;
}

int SyncService::openConflictCount() const
{
    SqliteStatement s(m_database.handle(), "SELECT count(*) FROM sync_conflict WHERE status = 'open'");
    return s.next() ? int(s.int64(0)) : 0;
}

QStringList SyncService::officers(qint64 programmeId) const
{
    SqliteStatement s(m_database.handle(), "SELECT username FROM app_user u WHERE role = 'officer' AND active = 1 AND deleted = 0"
                                           " AND EXISTS (SELECT 1 FROM user_site us JOIN site x ON x.id = us.site_id"
                                           " WHERE us.user_id = u.id AND (? = 0 OR x.programme_id = ?)) ORDER BY username");
    s.bind(1, programmeId);
    s.bind(2, programmeId);
    QStringList names;
    while (s.next())
        names.append(s.text(0));
    return names;
}

// ---- export ---------------------------------------------------------------------------------

Result<SyncService::ExportResult> SyncService::exportTo(Transport &transport, const QString &officer, qint64 programmeId,
                                                       bool forceStarter, const Progress &progress)
{
    sqlite3 *db = m_database.handle();
    if (m_actor.role == Role::Viewer)
        return fail(tr("Signed in as a viewer, you cannot send packages."), ErrorKind::Permission);
    std::optional<PeerRow> peer = peerWhere(db, QStringLiteral("WHERE p.role = 'manager'"));
    const bool field = peer.has_value();
    bool starter = false;
    qint64 officerId = 0;
    QString officerUuid;
    if (field) {
        programmeId = peer->programmeId;
        officerId = peer->officerId;
    } else {
        if (!mayManage(m_actor))
            return fail(tr("Only a programme manager or an administrator sends packages to field laptops."), ErrorKind::Permission);
        if (officer.isEmpty())
            return fail(tr("Choose the officer whose laptop the package is for."));
        SqliteStatement o(db, "SELECT id, role, uuid FROM app_user WHERE username = ? AND deleted = 0");
        o.bind(1, officer);
        if (!o.next())
            return fail(tr("There is no user %1.").arg(officer));
        if (o.text(1) != QLatin1StringView("officer"))
            return fail(tr("%1 is not a field officer; packages go to field officers' laptops.").arg(officer));
        officerId = o.int64(0);
        officerUuid = o.text(2);
        if (programmeId == 0) {
            SqliteStatement p(db, "SELECT id FROM programme WHERE deleted = 0");
            int count = 0;
            while (p.next()) {
                programmeId = p.int64(0);
                ++count;
            }
            if (count != 1)
                return fail(tr("Name the programme the package is for."));
        }
        if (officerSites_(db, officerId, programmeId).isEmpty())
            return fail(tr("%1 has no sites in this programme; assign sites before setting up a laptop.").arg(officer));
        peer = peerWhere(db, QStringLiteral("WHERE p.role = 'field' AND p.officer_id = %1 AND p.programme_id = %2"
                                            " ORDER BY p.id DESC")
                                 .arg(officerId)
                                 .arg(programmeId));
        starter = forceStarter || !peer;
    }
    {
        SqliteStatement u(db, "SELECT uuid FROM app_user WHERE id = ?");
        u.bind(1, officerId);
        if (u.next())
            officerUuid = u.text(0);
    }
    QString programmeUuid;
    {
        SqliteStatement p(db, "SELECT uuid FROM programme WHERE id = ?");
        p.bind(1, programmeId);
        if (!p.next())
            return fail(tr("The programme of this database is missing."));
        programmeUuid = p.text(0);
    }

    Impl impl(m_database, m_actor, programmeId);
    Package package;
    PackageHeader &h = package.header;
    h.sender = m_database.replicaUuid();
    {
        SqliteStatement name(db, "SELECT name FROM replica WHERE is_local = 1");
        h.senderName = name.next() ? name.text(0) : QString();
        if (h.senderName.isEmpty())
            h.senderName = QFileInfo(m_database.path()).completeBaseName();
    }
    h.starter = starter;
    h.receiver = starter ? QUuid::createUuid().toString(QUuid::WithoutBraces) : peer->peer.uuid;
    h.receiverName = starter ? officer : peer->peer.name;
    h.officer = officerUuid;
    h.programme = programmeUuid;
    h.schemaVersion = Database::latestSchemaVersion();
    // A peer that acknowledged more than this database ever counted saw a later state of it:
    // this file was restored from a backup since. Everything goes again.
    const qint64 last = lastChange(db);
    const qint64 acked = starter || peer->peer.ackedSeq > last ? 0 : peer->peer.ackedSeq;
    h.fromSeq = acked + 1;
    h.createdAt = QDateTime::currentDateTimeUtc();
    h.createdBy = m_actor.username;
    if (!starter)
        h.acknowledgements = QJsonObject{{peer->peer.uuid, peer->peer.receivedSeq}};
    // A starter hands the laptop the key that signs every later package between the two.
    const QByteArray secret = starter ? randomKey() : peer->secret;
    if (starter)
        h.secret = QString::fromLatin1(secret);

    // One read transaction: the versions and the counter they go up to agree.
    if (sqlite3_exec(db, "SAVEPOINT sync_export", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("The database is busy: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    auto release = qScopeGuard([db] { sqlite3_exec(db, "RELEASE sync_export", nullptr, nullptr, nullptr); });
    h.toSeq = lastChange(db);
    const QSet<QString> sites = field ? QSet<QString>() : officerSites_(db, officerId, programmeId);
    const QSet<QString> newSites = field || starter ? QSet<QString>() : sites - peer->sites;
    const qint64 peerId = starter ? 0 : peer->peer.id;
    qint64 total = 0;
    for (const Table &t : impl.tables) {
        QStringList where;
        if (!t.programmeExpr.isEmpty())
            where.append(QStringLiteral("%1 = %2").arg(t.programmeExpr).arg(programmeId));
        const bool siteBound = !t.siteExpr.isEmpty() && t.name != QLatin1StringView("site");
        if (!field && siteBound)
            where.append(QStringLiteral("(SELECT uuid FROM site WHERE id = %1) IN (%2)").arg(t.siteExpr, uuidList(sites)));
        if (acked > 0) {
            QString changed = QStringLiteral("t.uuid IN (SELECT entity_uuid FROM audit WHERE entity = '%1' AND id > %2)")
                                  .arg(t.name)
                                  .arg(acked);
            if (siteBound && !newSites.isEmpty())
                changed = QStringLiteral("(%1 OR (SELECT uuid FROM site WHERE id = %2) IN (%3))").arg(changed, t.siteExpr, uuidList(newSites));
            where.append(changed);
        }
        SqliteStatement s(db, t.select + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND "))
                                  + QStringLiteral(" ORDER BY t.id"));
        if (!s.ok())
            return fail(tr("The package could not be made: %1").arg(s.error()));
        while (s.next()) {
            Row row = impl.rowFrom(t, s);
            // What the receiver sent and nobody changed since goes no further.
            if (peerId != 0 && row.fromPeerUnchanged(peerId) && row.revision == int(s.int64(9)))
                continue;
            // A password hash goes only to and from its own officer's laptop.
            if (t.name == QLatin1StringView("app_user") && row.version.uuid == officerUuid)
                row.version.content.insert(PasswordKey, row.passwordHash);
            package.versions.append(row.version);
            ++total;
            if (progress && total % 500 == 0 && !progress(total, 0))
                return fail(tr("The export was cancelled; no package was written."));
        }
    }
    release.dismiss();
    sqlite3_exec(db, "RELEASE sync_export", nullptr, nullptr, nullptr);
    if (!starter)
        package.signingKey = secret;

    if (auto sent = transport.send(package); !sent)
        return fail(sent.error(), sent.errorKind());

    // Record the package and, for a starter, the laptop it makes.
    auto recorded = m_database.transaction([&]() -> Result<void> {
        qint64 id = peerId;
        if (starter) {
            const qint64 replica = impl.replicaIdOf(h.receiver, officer);
            if (replica == 0)
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            SqliteStatement p(db, "INSERT INTO sync_peer (replica_id, role, officer_id, programme_id, acked_seq, secret,"
                                  " created_at) VALUES (?, 'field', ?, ?, ?, ?, ?)");
            p.bind(1, replica);
            p.bind(2, officerId);
            p.bind(3, programmeId);
            p.bind(4, h.toSeq);
            p.bind(5, secret);
            p.bind(6, now());
            if (!p.run())
                return fail(p.error());
            id = sqlite3_last_insert_rowid(db);
        }
        QJsonArray siteList;
        for (const QString &u : sites)
            siteList.append(u);
        const QString siteText = QString::fromUtf8(QJsonDocument(siteList).toJson(QJsonDocument::Compact));
        // The officer's sites count as held by the laptop once it acknowledges this package (a
        // starter is taken as applied: the laptop exists only through it).
        SqliteStatement u(db, "UPDATE sync_peer SET last_sent_at = ?, sites = CASE WHEN ? THEN ? ELSE sites END WHERE id = ?");
        u.bind(1, now());
        u.bind(2, qint64(starter ? 1 : 0));
        u.bind(3, siteText);
        u.bind(4, id);
        if (!u.run())
            return fail(u.error());
        const qint64 logged = logPackage(db, QStringLiteral("sent"), id, transport.where(), m_actor.username, &h,
                                         int(package.versions.size()), nullptr, {});
        if (logged == 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        if (!field) {
            SqliteStatement keep(db, "UPDATE sync_package SET summary = ? WHERE id = ?");
            keep.bind(1, compact(QJsonObject{{QStringLiteral("sites"), siteList}}));
            keep.bind(2, logged);
            if (!keep.run())
                return fail(keep.error());
        }
        return {};
    });
    if (!recorded)
        return fail(tr("The package was written, but this database could not record it: %1").arg(recorded.error()));
    ExportResult result;
    result.versions = int(package.versions.size());
    result.starter = starter;
    result.peerName = h.receiverName;
    return result;
}

// ---- import ---------------------------------------------------------------------------------

namespace {
// The columns that say which site, indicator, period or visit a row belongs to: a field package
// may not move an existing row.
const QStringList KeyColumns = {QStringLiteral("site_id"), QStringLiteral("indicator_id"), QStringLiteral("period"),
                                QStringLiteral("option_id"), QStringLiteral("visit_id"), QStringLiteral("year")};

qint64 siteOfVisit(SyncService::Impl &impl, qint64 visitId)
{
    SqliteStatement &s = impl.statement(QStringLiteral("SELECT site_id FROM visit WHERE id = ?"));
    s.reset();
    s.bind(1, visitId);
    const qint64 site = s.next() ? s.int64(0) : 0;
    s.reset();
    return site;
}

// Whether a field database's package may make this change, and why not.
QString fieldRefusal(SyncService::Impl &impl, const Table &t, const Version &v, const std::optional<Row> &local,
                     const QHash<QString, qint64> &ids, const PeerRow &peer, const QSet<QString> &sites)
{
    if (!FieldTables.contains(t.name))
        return SyncService::tr("a field database cannot change a %1; that is the manager's.").arg(entityLabel(t.name));
    if (t.name == QLatin1StringView("app_user")) {
        if (!local || local->id != peer.officerId)
            return SyncService::tr("a field database can only change its own officer's password.");
        return {};
    }
    if (local) {
        for (const QString &key : KeyColumns) {
            if (local->version.content.value(key) != v.content.value(key))
                return SyncService::tr("a field database cannot move a row to another site, indicator, period or visit.");
        }
    }
    const qint64 site = t.name == QLatin1StringView("visit_action") ? siteOfVisit(impl, ids.value(QStringLiteral("visit_id")))
                                                                     : ids.value(QStringLiteral("site_id"));
    SqliteStatement &s = impl.statement(QStringLiteral("SELECT uuid, code FROM site WHERE id = ?"));
    s.reset();
    s.bind(1, site);
    const bool found = s.next();
    const QString uuid = found ? s.text(0) : QString(), code = found ? s.text(1) : QString();
    s.reset();
    if (!sites.contains(uuid))
        return SyncService::tr("site %1 is not assigned to the laptop's officer.").arg(code);
    if (t.name == QLatin1StringView("report")) {
        const QString status = v.content.value(QStringLiteral("status")).toString();
        const QString before = local ? local->version.content.value(QStringLiteral("status")).toString() : QString();
        if ((status == QLatin1StringView("approved") || status == QLatin1StringView("returned")) && status != before)
            return SyncService::tr("only a manager can approve or return a report.");
    }
    return {};
}

bool approvedAt(SyncService::Impl &impl, qint64 site, const QString &period)
{
    SqliteStatement &s = impl.statement(QStringLiteral(
        "SELECT 1 FROM report WHERE site_id = ? AND period = ? AND deleted = 0 AND status = 'approved'"));
    s.reset();
    s.bind(1, site);
    s.bind(2, period);
    const bool approved = s.next();
    s.reset();
    return approved;
}

// Approved data, where the row is or where the incoming version would put it.
bool approvedData(SyncService::Impl &impl, const Table &t, const std::optional<Row> &local, const QHash<QString, qint64> &ids,
                  const Version &v)
{
    if (t.name == QLatin1StringView("report") && local
        && local->version.content.value(QStringLiteral("status")).toString() == QLatin1StringView("approved"))
        return true;
    if (t.name != QLatin1StringView("data_value") && t.name != QLatin1StringView("report"))
        return false;
    return (local && approvedAt(impl, local->siteId, local->period))
           || approvedAt(impl, ids.value(QStringLiteral("site_id")), v.content.value(QStringLiteral("period")).toString());
}

// Applies a package's versions inside the caller's transaction.
struct Applier
{
    SyncService::Impl &impl;
    const PeerRow &peer;
    qint64 packageId;
    Summary summary;
    AuditLog::Batch audit;
    QSet<QString> officerSites; // on the manager's database: the laptop officer's sites

    Applier(SyncService::Impl &impl, const PeerRow &peer, qint64 packageId)
        : impl(impl), peer(peer), packageId(packageId),
          audit(impl.database, impl.actor, SyncService::tr("sync package from %1").arg(peer.peer.name))
    {
        if (!peer.peer.isManager)
            officerSites = officerSites_(impl.db, peer.officerId, peer.programmeId);
    }

    void reject(const Version &v, const QString &why, bool retry)
    {
        summary.rejected.append({v.entity, v.uuid, why, retry});
    }

    // Writes a version into the row with its vector and audit entry.
    Result<void> store(const Table &t, const std::optional<Row> &local, const Version &v, const QHash<QString, qint64> &ids,
                       bool withPassword, qint64 from, const char *action)
    {
        const std::optional<SyncService::Impl::State> before =
            local ? std::optional<SyncService::Impl::State>(impl.auditState(t, local->id)) : std::nullopt;
        auto written = impl.write(t, local, v, ids, withPassword);
        if (!written)
            return fail(written.error());
        if (!impl.setSyncRow(written->uuid, v.vector, written->revision, from))
            return fail(QString::fromUtf8(sqlite3_errmsg(impl.db)));
        const int settled = impl.settle(written->uuid, v.vector);
        if (settled < 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(impl.db)));
        // The audit entry last: nothing after it can fail and roll the row back.
        const SyncService::Impl::State after = impl.auditState(t, written->id);
        if (!audit.add(t.name.toUtf8(), written->uuid.toUtf8(), action, before ? &before->json : nullptr, after.json,
                       after.siteId, after.period))
            return fail(SyncService::tr("Could not record the change in the audit log: %1").arg(audit.error()));
        summary.settled += settled;
        return {};
    }

    // A change this database refuses still has to lose on the laptop that made it: the local
    // state again, as a new version that descends from both.
    Result<void> overrule(const Table &t, const Row &local, const Version &theirs)
    {
        if (local.version.vector.covers(theirs.vector))
            return {};
        Version mine = local.version;
        mine.vector = VersionVector::merged(local.version.vector, theirs.vector);
        mine.vector.bump(impl.local);
        mine.replica = impl.local;
        mine.changedAt = QDateTime::currentDateTimeUtc();
        QHash<QString, qint64> ids;
        if (const QString missing = impl.translate(t, mine, &ids); !missing.isEmpty())
            return fail(missing);
        return store(t, local, mine, ids, false, 0, "sync-refused");
    }

    // The laptop's officer changed their password: take it into this database's account.
    Result<void> takePassword(const Table &t, const Row &local, const Version &theirs)
    {
        if (local.version.vector.covers(theirs.vector))
            return {};
        Version merged = local.version;
        merged.content.insert(PasswordKey, theirs.content.value(PasswordKey).toString());
        merged.vector = VersionVector::merged(local.version.vector, theirs.vector);
        merged.vector.bump(impl.local);
        merged.replica = impl.local;
        merged.changedBy = theirs.changedBy;
        merged.changedAt = theirs.changedAt;
        QHash<QString, qint64> ids;
        if (const QString missing = impl.translate(t, merged, &ids); !missing.isEmpty())
            return fail(missing);
        return store(t, local, merged, ids, true, 0, "sync");
    }

    // One version; an error ends the import (the transaction rolls back).
    Result<void> apply(const Version &v)
    {
        const Table *t = impl.table(v.entity);
        if (!t) {
            reject(v, SyncService::tr("this kind of row (%1) is not synchronised.").arg(v.entity), false);
            return {};
        }
        QHash<QString, qint64> ids;
        if (const QString missing = impl.translate(*t, v, &ids); !missing.isEmpty()) {
            reject(v, missing, true);
            return {};
        }
        std::optional<Row> local = impl.findLocal(*t, v, ids);
        const bool fromField = !peer.peer.isManager;
        if (fromField) {
            if (const QString why = fieldRefusal(impl, *t, v, local, ids, peer, officerSites); !why.isEmpty()) {
                reject(v, why, false);
                return local ? overrule(*t, *local, v) : Result<void>();
            }
            if (t->name == QLatin1StringView("app_user")) {
                if (!v.content.contains(PasswordKey)) {
                    reject(v, SyncService::tr("a field database can only change its own officer's password."), false);
                    return overrule(*t, *local, v);
                }
                QJsonObject mine = local->version.content, theirs = v.content;
                theirs.remove(PasswordKey);
                if (mine != theirs || local->version.deleted != v.deleted)
                    return takePassword(*t, *local, v);
            }
        }
        const bool withPassword = v.content.contains(PasswordKey);
        std::optional<Version> mine;
        if (local) {
            mine = local->version;
            if (withPassword)
                mine->content.insert(PasswordKey, local->passwordHash);
        }
        const bool locked = fromField && approvedData(impl, *t, local, ids, v);
        const Decision d = decide(mine, v, locked);
        switch (d.outcome) {
        case Outcome::Conflict:
            if (!impl.queueConflict(local, v, peer.peer.id, packageId, locked))
                return fail(SyncService::tr("The conflict could not be queued: %1").arg(QString::fromUtf8(sqlite3_errmsg(impl.db))));
            ++summary.conflicts;
            return {};
        case Outcome::Unchanged:
            ++summary.unchanged;
            if (d.mergedVector && local)
                return mergeHistory(*t, *local, *d.mergedVector, *d.mergedVector == v.vector);
            return {};
        case Outcome::Inserted:
        case Outcome::Updated:
            if (auto stored = store(*t, local, v, ids, withPassword, peer.peer.id, local ? "sync" : "sync-create"); !stored) {
                // The row cannot be stored here (yet): rejected, and asked for again.
                reject(v, SyncService::tr("it could not be stored: %1").arg(stored.error()), true);
                return Result<void>(fail(QStringLiteral("rollback-row")));
            }
            ++(local ? summary.updated : summary.inserted);
            return {};
        }
        return {};
    }

    // The same state reached both sides: only the history merges. It is a change all the same
    // (an audit entry, so that the merged history travels on) but the row stays as it is.
    Result<void> mergeHistory(const Table &t, const Row &local, const VersionVector &merged, bool theirsWhole)
    {
        if (!impl.setSyncRow(local.version.uuid, merged, local.revision, theirsWhole ? peer.peer.id : 0))
            return fail(QString::fromUtf8(sqlite3_errmsg(impl.db)));
        const int settled = impl.settle(local.version.uuid, merged);
        if (settled < 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(impl.db)));
        const SyncService::Impl::State state = impl.auditState(t, local.id);
        if (!audit.add(t.name.toUtf8(), local.version.uuid.toUtf8(), "sync-merge", &state.json, state.json, state.siteId,
                       state.period))
            return fail(SyncService::tr("Could not record the change in the audit log: %1").arg(audit.error()));
        summary.settled += settled;
        return {};
    }
};

Result<Summary> applyPackage(SyncService::Impl &impl, const Package &package, const PeerRow &peer, qint64 packageId,
                             const SyncService::Progress &progress)
{
    QList<const Version *> ordered;
    ordered.reserve(package.versions.size());
    for (const Version &v : package.versions)
        ordered.append(&v);
    std::stable_sort(ordered.begin(), ordered.end(), [&impl](const Version *a, const Version *b) {
        const Table *ta = impl.table(a->entity), *tb = impl.table(b->entity);
        return (ta ? ta->order : 1000) < (tb ? tb->order : 1000);
    });
    Applier applier(impl, peer, packageId);
    if (!applier.audit.ok())
        return fail(SyncService::tr("Could not record the change in the audit log: %1").arg(applier.audit.error()));
    qint64 done = 0;
    for (const Version *v : std::as_const(ordered)) {
        ++done;
        if (progress && done % 200 == 0 && !progress(done, package.versions.size()))
            return fail(SyncService::tr("The import was cancelled; nothing was applied."));
        if (sqlite3_exec(impl.db, "SAVEPOINT sync_row", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(impl.db)));
        const int rejectedBefore = int(applier.summary.rejected.size());
        auto applied = applier.apply(*v);
        if (!applied && applier.summary.rejected.size() > rejectedBefore) {
            // This row only: undone, the rest goes on.
            sqlite3_exec(impl.db, "ROLLBACK TO sync_row; RELEASE sync_row", nullptr, nullptr, nullptr);
            continue;
        }
        if (!applied) {
            sqlite3_exec(impl.db, "ROLLBACK TO sync_row; RELEASE sync_row", nullptr, nullptr, nullptr);
            return fail(applied.error());
        }
        sqlite3_exec(impl.db, "RELEASE sync_row", nullptr, nullptr, nullptr);
    }
    if (progress)
        progress(package.versions.size(), package.versions.size());
    return applier.summary;
}

// After a package: what the sender holds of ours, and what we hold of the sender's. The latest
// package's word counts (an older one arriving late only makes the next package longer; a peer
// restored from a backup says it holds less, and gets it again). Rows that could not be stored
// yet keep the count where it was, so that they come again.
Result<void> recordExchange(sqlite3 *db, const PeerRow &peer, const PackageHeader &h, const QString &localUuid, Summary *summary)
{
    qint64 received = peer.peer.receivedSeq;
    const bool retry = std::any_of(summary->rejected.cbegin(), summary->rejected.cend(),
                                   [](const Summary::Rejection &r) { return r.retry; });
    if (h.fromSeq > received + 1)
        summary->missingEarlier = true;
    else if (!retry)
        received = h.toSeq;
    const qint64 acked = h.acknowledgements.value(localUuid).toInteger(peer.peer.ackedSeq);
    SqliteStatement u(db, "UPDATE sync_peer SET received_seq = ?, acked_seq = ?, last_received_at = ? WHERE id = ?");
    u.bind(1, received);
    u.bind(2, acked);
    u.bind(3, now());
    u.bind(4, peer.peer.id);
    if (!u.run())
        return fail(u.error());
    // The sites the laptop holds whole: those of the newest package it acknowledged.
    SqliteStatement sent(db, "SELECT summary FROM sync_package WHERE peer_id = ? AND direction = 'sent' AND to_seq <= ?"
                             " ORDER BY id DESC LIMIT 1");
    sent.bind(1, peer.peer.id);
    sent.bind(2, acked);
    if (sent.next()) {
        const QJsonValue sites = parseObject(sent.bytes(0)).value(QStringLiteral("sites"));
        if (sites.isArray()) {
            SqliteStatement keep(db, "UPDATE sync_peer SET sites = ? WHERE id = ?");
            keep.bind(1, QString::fromUtf8(QJsonDocument(sites.toArray()).toJson(QJsonDocument::Compact)));
            keep.bind(2, peer.peer.id);
            if (!keep.run())
                return fail(keep.error());
        }
    }
    return {};
}
} // namespace

Result<Summary> SyncService::importFrom(Transport &transport, const Progress &progress)
{
    sqlite3 *db = m_database.handle();
    const std::optional<PeerRow> managerPeer = peerWhere(db, QStringLiteral("WHERE p.role = 'manager'"));
    const bool field = managerPeer.has_value();
    if (m_actor.role == Role::Viewer)
        return fail(tr("Signed in as a viewer, you cannot import packages."), ErrorKind::Permission);
    if (!field && !mayManage(m_actor))
        return fail(tr("Only a programme manager or an administrator imports packages from field laptops."), ErrorKind::Permission);
    PackageFile::Expect expect;
    expect.receiver = m_database.replicaUuid();
    expect.schemaVersion = Database::latestSchemaVersion();
    if (field) {
        SqliteStatement p(db, "SELECT uuid FROM programme WHERE id = ?");
        p.bind(1, managerPeer->programmeId);
        if (p.next())
            expect.programme = p.text(0);
    }
    const auto refuse = [&](const QString &why, qint64 peerId, const PackageHeader *h) {
        logPackage(db, QStringLiteral("refused"), peerId, transport.where(), m_actor.username, h, 0, nullptr, why);
        return fail(why, ErrorKind::File);
    };
    auto read = transport.receive(expect);
    if (!read) {
        logPackage(db, QStringLiteral("refused"), 0, transport.where(), m_actor.username, nullptr, 0, nullptr, read.error());
        return fail(read.error(), read.errorKind());
    }
    const Package &package = read.value();
    const PackageHeader &h = package.header;
    const std::optional<PeerRow> peer = peerWhere(db, QStringLiteral("WHERE r.uuid = ?"), h.sender);
    if (!peer)
        return refuse(field ? tr("The package %1 does not come from this database's manager; nothing was applied.").arg(transport.where())
                            : tr("The package %1 comes from a database that was not set up from this one (%2); nothing was "
                                 "applied.")
                                  .arg(transport.where(), h.senderName),
                      0, &h);
    if (peer->peer.isManager != field)
        return refuse(tr("The package %1 comes from %2, which cannot send to this database; nothing was applied.")
                          .arg(transport.where(), h.senderName),
                      peer->peer.id, &h);
    if (!field) {
        SqliteStatement p(db, "SELECT id FROM programme WHERE uuid = ?");
        p.bind(1, h.programme);
        if (!p.next() || p.int64(0) != peer->programmeId)
            return refuse(tr("The package %1 belongs to another programme; nothing was applied.").arg(transport.where()),
                          peer->peer.id, &h);
    }
    // Signed with the key only the two databases share: a package made elsewhere under this
    // sender's name is refused.
    if (!peer->secret.isEmpty() && package.mac != PackageFile::mac(package, peer->secret))
        return refuse(tr("The package %1 is not signed by %2, whose name it carries; nothing was applied.")
                          .arg(transport.where(), peer->peer.name),
                      peer->peer.id, &h);
    auto backup = Backups::create(m_database, Backups::Kind::BeforeImport);
    if (!backup)
        return fail(tr("No backup could be made before the import, so nothing was applied: %1").arg(backup.error()));
    Impl impl(m_database, m_actor, peer->programmeId);
    auto applied = m_database.transaction([&]() -> Result<Summary> {
        // Read again inside the transaction: another import may have moved the counts.
        const std::optional<PeerRow> current = peerWhere(db, QStringLiteral("WHERE p.id = %1").arg(peer->peer.id));
        if (!current)
            return fail(tr("The package %1 comes from a database that was not set up from this one (%2); nothing was "
                           "applied.").arg(transport.where(), h.senderName));
        const qint64 packageId = logPackage(db, QStringLiteral("received"), current->peer.id, transport.where(),
                                            m_actor.username, &h, int(package.versions.size()), nullptr, {});
        if (packageId == 0)
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        auto summary = applyPackage(impl, package, *current, packageId, progress);
        if (!summary)
            return summary;
        summary->backupPath = backup->path;
        if (auto recorded = recordExchange(db, *current, h, m_database.replicaUuid(), &summary.value()); !recorded)
            return fail(recorded.error());
        if (!storeSummary(db, packageId, summary.value()))
            return fail(QString::fromUtf8(sqlite3_errmsg(db)));
        return summary;
    });
    return applied;
}

Result<Summary> SyncService::createFromStarter(const QString &path, Transport &transport, const Progress &progress)
{
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; choose a new file for the field database.").arg(path), ErrorKind::File);
    PackageFile::Expect expect;
    expect.starter = true;
    expect.schemaVersion = Database::latestSchemaVersion();
    auto read = transport.receive(expect);
    if (!read)
        return fail(read.error(), read.errorKind());
    const Package &package = read.value();
    const PackageHeader &h = package.header;
    const QString part = path + QStringLiteral(".part");
    const auto removePart = [&part] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(part + QLatin1StringView(suffix));
    };
    removePart();
    QString identityError;
    {
        auto made = Database::open(part, Database::Mode::OpenOrCreate);
        if (!made)
            return fail(made.error(), made.errorKind());
        SqliteStatement identity(made.value()->handle(), "UPDATE replica SET uuid = ?, name = ? WHERE is_local = 1");
        identity.bind(1, h.receiver);
        identity.bind(2, h.receiverName);
        if (!identity.run())
            identityError = identity.error();
    }
    if (!identityError.isEmpty()) {
        removePart();
        return fail(identityError);
    }
    Result<Summary> applied = fail(QString());
    {
        auto opened = Database::open(part, Database::Mode::OpenExisting);
        if (!opened) {
            removePart();
            return fail(opened.error(), opened.errorKind());
        }
        Database &database = *opened.value();
        sqlite3 *db = database.handle();
        const Actor actor{0, QStringLiteral("sync"), Role::Admin};
        Impl impl(database, actor);
        applied = database.transaction([&]() -> Result<Summary> {
            const qint64 replica = impl.replicaIdOf(h.sender, h.senderName);
            SqliteStatement p(db, "INSERT INTO sync_peer (replica_id, role, secret, created_at) VALUES (?, 'manager', ?, ?)");
            p.bind(1, replica);
            p.bind(2, h.secret);
            p.bind(3, now());
            if (!p.run())
                return fail(p.error());
            auto peer = peerWhere(db, QStringLiteral("WHERE p.role = 'manager'"));
            if (!peer)
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            const qint64 packageId = logPackage(db, QStringLiteral("received"), peer->peer.id, transport.where(),
                                                actor.username, &h, int(package.versions.size()), nullptr, {});
            auto summary = applyPackage(impl, package, *peer, packageId, progress);
            if (!summary)
                return summary;
            if (!summary->rejected.isEmpty())
                return fail(tr("The starter package %1 could not be applied whole: %2")
                                .arg(transport.where(), summary->text(5)));
            SqliteStatement ids(db, "UPDATE sync_peer SET officer_id = (SELECT id FROM app_user WHERE uuid = ?),"
                                    " programme_id = (SELECT id FROM programme WHERE uuid = ?) WHERE id = ?");
            ids.bind(1, h.officer);
            ids.bind(2, h.programme);
            ids.bind(3, peer->peer.id);
            if (!ids.run())
                return fail(ids.error());
            if (auto recorded = recordExchange(db, *peer, h, h.receiver, &summary.value()); !recorded)
                return fail(recorded.error());
            if (!storeSummary(db, packageId, summary.value()))
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            return summary;
        });
    }
    if (!applied) {
        removePart();
        return applied;
    }
    std::error_code error;
    std::filesystem::rename(part.toStdString(), path.toStdString(), error);
    if (error) {
        removePart();
        return fail(tr("%1 could not be created: %2").arg(path, QString::fromStdString(error.message())), ErrorKind::File);
    }
    return applied;
}

// ---- resolving ------------------------------------------------------------------------------

Result<int> SyncService::resolve(const QList<qint64> &conflictIds, Resolution resolution, const QJsonObject &edited)
{
    if (!mayManage(m_actor))
        return fail(tr("Only a programme manager or an administrator resolves conflicts."), ErrorKind::Permission);
    if (resolution == Resolution::Edit && conflictIds.size() != 1)
        return fail(tr("Edit one conflict at a time."));
    sqlite3 *db = m_database.handle();
    Impl impl(m_database, m_actor);
    if (resolution == Resolution::TakeTheirs) {
        // Two databases' versions of one row: taking "theirs" would pick one by the order of
        // the selection. The manager chooses which, one conflict at a time.
        QSet<QString> rows;
        for (qint64 id : conflictIds) {
            SqliteStatement c(db, "SELECT uuid FROM sync_conflict WHERE id = ? AND status = 'open'");
            c.bind(1, id);
            if (!c.next())
                continue;
            const QString uuid = c.text(0);
            if (rows.contains(uuid))
                return fail(tr("Two of the chosen conflicts are versions of the same row from different databases; take "
                               "theirs for one of them at a time."));
            rows.insert(uuid);
        }
    }
    return m_database.transaction([&]() -> Result<int> {
        QList<QString> done; // row uuids settled in this call
        int resolved = 0;
        for (qint64 id : conflictIds) {
            SqliteStatement c(db, "SELECT entity, uuid, theirs FROM sync_conflict WHERE id = ? AND status = 'open'");
            c.bind(1, id);
            if (!c.next()) {
                if (conflictIds.size() == 1)
                    return fail(tr("This conflict has been resolved already."));
                continue;
            }
            const QString uuid = c.text(1);
            if (done.contains(uuid))
                continue;
            done.append(uuid);
            const Table *t = impl.table(c.text(0));
            if (!t)
                return fail(tr("This conflict concerns a kind of row (%1) that is not synchronised.").arg(c.text(0)));
            const Version theirs = versionFromJson(parseObject(c.bytes(2)));
            // Every open conflict over the row is settled by the one resolution.
            VersionVector theirsAll = theirs.vector;
            {
                SqliteStatement all(db, "SELECT theirs_vector FROM sync_conflict WHERE uuid = ? AND status = 'open'");
                all.bind(1, uuid);
                while (all.next())
                    theirsAll = VersionVector::merged(theirsAll, VersionVector::fromText(all.text(0)));
            }
            std::optional<Row> local = impl.rowByUuid(*t, uuid);
            if (!local) {
                // A row made here since under another identity (another laptop's, the same key).
                QHash<QString, qint64> ids;
                if (impl.translate(*t, theirs, &ids).isEmpty())
                    local = impl.findLocal(*t, theirs, ids);
            }
            Version mine = local ? local->version : theirs;
            if (!local) {
                // Theirs was a new row on approved data: keeping mine means it is removed.
                mine.deleted = true;
                mine.vector = VersionVector();
            }
            Version theirsMerged = theirs;
            theirsMerged.vector = theirsAll;
            QJsonObject content = mine.content;
            if (const QString wrong = impl.checkEdit(*t, edited); !wrong.isEmpty())
                return fail(wrong);
            for (auto it = edited.begin(); it != edited.end(); ++it)
                content.insert(it.key(), it.value());
            Version chosen = Sync::resolve(mine, theirsMerged, resolution, m_database.replicaUuid(), content, m_actor.username);
            chosen.content.remove(PasswordKey);
            QHash<QString, qint64> ids;
            if (const QString missing = impl.translate(*t, chosen, &ids); !missing.isEmpty())
                return fail(tr("The resolution cannot be stored: %1").arg(missing));
            const std::optional<SyncService::Impl::State> before =
                local ? std::optional<SyncService::Impl::State>(impl.auditState(*t, local->id)) : std::nullopt;
            auto written = impl.write(*t, local, chosen, ids, false);
            if (!written)
                return fail(tr("The resolution cannot be stored: %1").arg(written.error()));
            if (!impl.setSyncRow(written->uuid, chosen.vector, written->revision, 0))
                return fail(tr("The resolution cannot be stored: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
            const SyncService::Impl::State after = impl.auditState(*t, written->id);
            AuditLog::Batch audit(m_database, m_actor, tr("sync conflict resolved: %1").arg(resolutionLabel(resolution)));
            if (!audit.ok() || !audit.add(t->name.toUtf8(), written->uuid.toUtf8(), "resolve", before ? &before->json : nullptr,
                                          after.json, after.siteId, after.period))
                return fail(tr("Could not record the change in the audit log: %1").arg(audit.error()));
            SqliteStatement close(db, "UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_by = ?,"
                                      " resolved_at = ? WHERE uuid = ? AND status = 'open'");
            close.bind(1, resolutionKey(resolution));
            close.bind(2, m_actor.username);
            close.bind(3, now());
            close.bind(4, uuid);
            if (!close.run())
                return fail(close.error());
            resolved += sqlite3_changes(db);
        }
        return resolved;
    });
}

} // namespace Sync
