#include "auditlog.h"

#include "database.h"
#include "sqlitestatement.h"
#include "sqlvalue.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <cstdio>
#include <optional>

namespace {
using Field = std::optional<QByteArray>;

// The columns an entry's hash covers, in this order, followed by the previous entry's hash.
constexpr const char *ChainColumns =
    "id, at, user_id, username, replica_uuid, entity, entity_uuid, action, old_values, new_values, reason,"
    " site_id, period, previous_hash";
constexpr int ChainColumnCount = 14;

// SHA-256 over the length-prefixed fields (NULL distinct from empty), hex.
QString digest(const QList<Field> &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Field &f : fields) {
        if (!f) {
            hash.addData("N;");
            continue;
        }
        hash.addData(QByteArray::number(f->size()));
        hash.addData(":");
        hash.addData(*f);
        hash.addData(";");
    }
    return QString::fromLatin1(hash.result().toHex());
}

QList<Field> chainFieldsOf(const SqliteStatement &s, int first = 0)
{
    QList<Field> fields;
    fields.reserve(ChainColumnCount);
    for (int i = first; i < first + ChainColumnCount; ++i)
        fields.append(s.isNull(i) ? Field() : Field(s.bytes(i)));
    return fields;
}

Field textField(const QString &s) { return s.toUtf8(); }
Field intField(qint64 v, bool null) { return null ? Field() : Field(QByteArray::number(v)); }

// Child rows audited with their parent: key → SQL giving their JSON for the row t.
struct Children
{
    const char *table;
    const char *key;
    const char *sql;
};
constexpr Children ChildRows[] = {
    {"indicator", "options",
     "(SELECT json_group_array(option_id) FROM (SELECT option_id FROM indicator_option WHERE indicator_id = t.id"
     " ORDER BY sort_order, option_id))"},
    {"app_user", "sites",
     "(SELECT json_group_array(site_id) FROM (SELECT site_id FROM user_site WHERE user_id = t.id ORDER BY site_id))"},
    {"category_option", "tags",
     "(SELECT json_group_array(json_array(dimension, member)) FROM (SELECT dimension, member FROM category_option_tag"
     " WHERE option_id = t.id ORDER BY dimension))"},
    {"visit", "scores",
     "(SELECT json_group_array(json_array(item_id, score, note)) FROM (SELECT item_id, score, note FROM visit_score"
     " WHERE visit_id = t.id ORDER BY item_id))"},
    {"readiness_assessment", "judgements",
     "(SELECT json_group_array(json_array(criterion_id, score, justification)) FROM (SELECT criterion_id, score,"
     " justification FROM readiness_judgement WHERE assessment_id = t.id ORDER BY criterion_id))"},
};

// Not audited: the sync stamps (they change with every write and are covered by the entry's
// own who and when) and the password hash (its digest is audited instead).
const QStringList MetaColumns = {QStringLiteral("uuid"),       QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("origin"),
                                 QStringLiteral("revision"),   QStringLiteral("password_hash")};

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    SqliteStatement s(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (s.next())
        columns.append(s.text(0));
    return columns;
}

// json_object(...) of the audited columns and child rows of the row aliased t.
QString stateSql(sqlite3 *db, const QString &table)
{
    QStringList parts;
    for (const QString &column : columnsOf(db, table)) {
        if (!MetaColumns.contains(column))
            parts.append(QStringLiteral("'%1', t.%1").arg(column));
    }
    for (const Children &c : ChildRows) {
        if (table == QLatin1StringView(c.table))
            parts.append(QStringLiteral("'%1', json(%2)").arg(QLatin1StringView(c.key), QLatin1StringView(c.sql)));
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(u", "));
}

QString childrenSql(const QString &table)
{
    QStringList parts;
    for (const Children &c : ChildRows) {
        if (table == QLatin1StringView(c.table))
            parts.append(QStringLiteral("'%1', json(%2)").arg(QLatin1StringView(c.key), QLatin1StringView(c.sql)));
    }
    return parts.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("json_object(%1)").arg(parts.join(u", "));
}

QByteArray lastHash(sqlite3 *db, qint64 *lastId)
{
    SqliteStatement s(db, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
    if (s.next()) {
        *lastId = s.int64(0);
        return s.bytes(1);
    }
    *lastId = 0;
    return {};
}

bool sameNumber(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

// Whether an audited JSON value equals a column of the current row.
bool matches(const QJsonValue &audited, const SqliteStatement &row, int column)
{
    switch (row.type(column)) {
    case SQLITE_NULL: return audited.isNull() || audited.isUndefined();
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: {
        const double v = row.real(column);
        if (audited.isBool())
            return v == (audited.toBool() ? 1.0 : 0.0);
        if (audited.isDouble())
            return sameNumber(v, audited.toDouble());
        return audited.isString() && audited.toString() == row.text(column);
    }
    default: return audited.isString() && audited.toString() == row.text(column);
    }
}

QString shortUuid(const QString &uuid) { return uuid; }
} // namespace

QString AuditLog::passwordDigest(const QString &passwordHash)
{
    return QString::fromLatin1(QCryptographicHash::hash(passwordHash.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString AuditLog::stateExpression(sqlite3 *db, const QString &table) { return stateSql(db, table); }

const QStringList &AuditLog::auditedTables()
{
    static const QStringList tables = {
        QStringLiteral("app_user"),  QStringLiteral("programme"),      QStringLiteral("site"),
        QStringLiteral("category_option"), QStringLiteral("indicator"), QStringLiteral("site_target"),
        QStringLiteral("data_value"), QStringLiteral("report"),        QStringLiteral("validation_rule"),
        QStringLiteral("checklist_item"), QStringLiteral("visit"),     QStringLiteral("visit_action"),
        QStringLiteral("cost"),      QStringLiteral("dhis2_mapping"), QStringLiteral("readiness_criterion"),
        QStringLiteral("readiness_assessment"),
    };
    return tables;
}

Result<void> AuditLog::record(const Actor &actor, const QString &entity, const QString &entityUuid,
                              const QString &action, const QJsonObject &oldValues, const QJsonObject &newValues,
                              const QString &reason)
{
    sqlite3 *db = m_database.handle();
    qint64 lastId = 0;
    const QByteArray previous = lastHash(db, &lastId);
    const qint64 id = lastId + 1;

    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? Field() : Field(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    auto pick = [&](const QString &key) {
        const QJsonValue v = newValues.contains(key) ? newValues.value(key) : oldValues.value(key);
        return v;
    };
    const QJsonValue site = pick(QStringLiteral("site_id"));
    QJsonValue period = pick(QStringLiteral("period"));
    if (period.isUndefined() && pick(QStringLiteral("year")).isDouble())
        period = QString::number(pick(QStringLiteral("year")).toInteger());

    const QList<Field> fields = {
        intField(id, false),
        textField(SqlValue::timestamp(QDateTime::currentDateTimeUtc())),
        intField(actor.userId, actor.userId <= 0),
        textField(actor.username),
        textField(m_database.replicaUuid()),
        textField(entity),
        textField(entityUuid),
        textField(action),
        json(oldValues),
        json(newValues),
        textField(reason),
        intField(site.toInteger(), !site.isDouble()),
        period.isString() ? textField(period.toString()) : Field(),
        Field(previous),
    };
    SqliteStatement insert(db, "INSERT INTO audit (id, at, user_id, username, replica_uuid, entity, entity_uuid,"
                               " action, old_values, new_values, reason, site_id, period, previous_hash, hash)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i))
            insert.bind(i + 1, *fields.at(i));
        else
            insert.bindNull(i + 1);
    }
    insert.bind(15, digest(fields));
    if (!insert.ok() || !insert.run())
        return fail(tr("Could not record the change in the audit log: %1").arg(insert.error()));
    return {};
}

struct AuditLog::Batch::Statement
{
    SqliteStatement insert;
};

AuditLog::Batch::Batch(Database &database, const Actor &actor, const QString &reason)
{
    sqlite3 *db = database.handle();
    m_previous = lastHash(db, &m_id);
    m_at = SqlValue::timestamp(QDateTime::currentDateTimeUtc()).toUtf8();
    if (actor.userId > 0)
        m_userId = QByteArray::number(actor.userId);
    m_username = actor.username.toUtf8();
    m_replica = database.replicaUuid().toUtf8();
    m_reason = reason.toUtf8();
    m_insert = new Statement{SqliteStatement(db, "INSERT INTO audit (id, at, user_id, username, replica_uuid, entity,"
                                                 " entity_uuid, action, old_values, new_values, reason, site_id, period,"
                                                 " previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")};
    m_ok = m_insert->insert.ok();
}

AuditLog::Batch::~Batch()
{
    delete m_insert;
}

QString AuditLog::Batch::error() const
{
    return m_insert ? m_insert->insert.error() : QString();
}

bool AuditLog::Batch::add(QByteArrayView entity, QByteArrayView entityUuid, QByteArrayView action,
                          const QByteArray *oldValues, const QByteArray &newValues, qint64 siteId, QByteArrayView period)
{
    ++m_id;
    const QList<Field> fields = {
        QByteArray::number(m_id),
        m_at,
        m_userId.isEmpty() ? Field() : Field(m_userId),
        m_username,
        m_replica,
        entity.toByteArray(),
        entityUuid.toByteArray(),
        action.toByteArray(),
        oldValues ? Field(*oldValues) : Field(),
        newValues,
        m_reason,
        siteId > 0 ? Field(QByteArray::number(siteId)) : Field(),
        period.isEmpty() ? Field() : Field(period.toByteArray()),
        m_previous,
    };
    SqliteStatement &s = m_insert->insert;
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i))
            s.bind(i + 1, *fields.at(i));
        else
            s.bindNull(i + 1);
    }
    const QByteArray hash = digest(fields).toLatin1();
    s.bind(15, hash);
    m_ok = s.run();
    m_previous = hash;
    return m_ok;
}

void AuditLog::appendJsonString(QByteArray &out, QStringView text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
            if (uchar(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(uchar(c)));
                out.append(buffer);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entityUuid) const
{
    return select(QStringLiteral("WHERE entity_uuid = ?"), {entityUuid}, -1);
}

QList<AuditEntry> AuditLog::latest(int limit) const
{
    return select({}, {}, limit);
}

QList<AuditEntry> AuditLog::find(const AuditFilter &f) const
{
    QStringList where;
    QVariantList bound;
    if (f.userId > 0) {
        where.append(QStringLiteral("user_id = ?"));
        bound.append(f.userId);
    }
    if (f.siteId > 0) {
        where.append(QStringLiteral("site_id = ?"));
        bound.append(f.siteId);
    }
    if (!f.period.isEmpty()) {
        where.append(QStringLiteral("period = ?"));
        bound.append(f.period);
    }
    if (!f.entity.isEmpty()) {
        where.append(QStringLiteral("entity = ?"));
        bound.append(f.entity);
    }
    if (f.beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        bound.append(f.beforeId);
    }
    return select(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), bound,
                  f.limit);
}

QStringList AuditLog::entities() const
{
    QStringList list;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT entity FROM audit ORDER BY entity"))) {
        while (q.next())
            list.append(q.value(0).toString());
    }
    return list;
}

QList<AuditEntry> AuditLog::select(const QString &where, const QVariantList &bound, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, user_id, username, entity, entity_uuid, action, old_values, new_values,"
                             " reason, site_id, period, hash FROM audit %1 ORDER BY id DESC LIMIT %2")
                  .arg(where)
                  .arg(limit));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    QList<AuditEntry> entries;
    if (!q.exec()) {
        qWarning("ScaleReady: reading the audit failed: %s", qPrintable(q.lastError().text()));
        return entries;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValue::toDateTime(q.value(1));
        e.userId = q.value(2).toLongLong();
        e.username = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityUuid = q.value(5).toString();
        e.action = q.value(6).toString();
        e.oldValues = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.newValues = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        e.reason = q.value(9).toString();
        e.siteId = q.value(10).toLongLong();
        e.period = q.value(11).toString();
        e.hash = q.value(12).toString();
        entries.append(e);
    }
    return entries;
}

QString AuditLog::recordBaseline(QSqlDatabase &connection, const QString &action, const QDateTime &when)
{
    sqlite3 *db = SqliteStatement::handleOf(connection);
    if (!db)
        return tr("The database connection has no SQLite handle.");
    QByteArray replica;
    {
        SqliteStatement s(db, "SELECT uuid FROM replica WHERE is_local = 1");
        if (s.next())
            replica = s.bytes(0);
    }
    qint64 id = 0;
    QByteArray previous = lastHash(db, &id);
    const QByteArray at = SqlValue::timestamp(when).toUtf8();
    SqliteStatement insert(db, "INSERT INTO audit (id, at, user_id, username, replica_uuid, entity, entity_uuid,"
                               " action, old_values, new_values, reason, site_id, period, previous_hash, hash)"
                               " VALUES (?,?,NULL,'system',?,?,?,?,NULL,?,'',?,?,?,?)");
    if (!insert.ok())
        return insert.error();
    for (const QString &table : auditedTables()) {
        const QStringList columns = columnsOf(db, table);
        // A table that a later migration creates (dhis2_mapping, when migration 2 records the
        // baseline of an older file) has no rows yet.
        if (columns.isEmpty())
            continue;
        const QString site = columns.contains(QStringLiteral("site_id")) ? QStringLiteral("t.site_id") : QStringLiteral("NULL");
        const QString period = columns.contains(QStringLiteral("period")) ? QStringLiteral("t.period")
                               : columns.contains(QStringLiteral("year")) ? QStringLiteral("CAST(t.year AS TEXT)")
                                                                          : QStringLiteral("NULL");
        const bool users = table == QLatin1StringView("app_user");
        SqliteStatement rows(db, QStringLiteral("SELECT t.uuid, %1, %2, %3, %4 FROM %5 t ORDER BY t.id")
                                     .arg(site, period, stateSql(db, table),
                                          users ? QStringLiteral("t.password_hash") : QStringLiteral("NULL"), table));
        if (!rows.ok())
            return rows.error();
        const QByteArray entity = table.toUtf8();
        while (rows.next()) {
            ++id;
            QByteArray state = rows.bytes(3);
            if (users) {
                QJsonObject o = QJsonDocument::fromJson(state).object();
                o.insert(QStringLiteral("password"), passwordDigest(rows.text(4)));
                state = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            const QList<Field> fields = {
                QByteArray::number(id), at, Field(), QByteArrayLiteral("system"), replica, entity, rows.bytes(0),
                action.toUtf8(), Field(), state, QByteArray(),
                rows.isNull(1) ? Field() : Field(rows.bytes(1)), rows.isNull(2) ? Field() : Field(rows.bytes(2)),
                previous,
            };
            const QByteArray hash = digest(fields).toLatin1();
            insert.bind(1, id);
            insert.bind(2, at);
            insert.bind(3, replica);
            insert.bind(4, entity);
            insert.bind(5, rows.bytes(0));
            insert.bind(6, action);
            insert.bind(7, state);
            if (rows.isNull(1))
                insert.bindNull(8);
            else
                insert.bind(8, rows.int64(1));
            if (rows.isNull(2))
                insert.bindNull(9);
            else
                insert.bind(9, rows.bytes(2));
            insert.bind(10, previous);
            insert.bind(11, hash);
            if (!insert.run())
                return insert.error();
            previous = hash;
        }
        if (!rows.ok())
            return rows.error();
    }
    return {};
}

std::pair<qint64, QString> AuditLog::head(QSqlDatabase &connection)
{
    sqlite3 *db = SqliteStatement::handleOf(connection);
    qint64 id = 0;
    const QByteArray hash = db ? lastHash(db, &id) : QByteArray();
    return {id, QString::fromLatin1(hash)};
}

QString AuditLog::rechain(QSqlDatabase &connection)
{
    sqlite3 *db = SqliteStatement::handleOf(connection);
    if (!db)
        return tr("The database connection has no SQLite handle.");
    QList<std::pair<qint64, QList<Field>>> entries;
    {
        SqliteStatement s(db, QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(QLatin1StringView(ChainColumns)));
        while (s.next())
            entries.append({s.int64(0), chainFieldsOf(s)});
        if (!s.ok())
            return s.error();
    }
    SqliteStatement update(db, "UPDATE audit SET previous_hash = ?, hash = ? WHERE id = ?");
    QByteArray previous;
    for (auto &[id, fields] : entries) {
        fields[ChainColumnCount - 1] = previous;
        const QByteArray hash = digest(fields).toLatin1();
        update.bind(1, previous);
        update.bind(2, hash);
        update.bind(3, id);
        if (!update.run())
            return update.error();
        previous = hash;
    }
    return {};
}

QStringList AuditLog::verify(QSqlDatabase &connection, int maxProblems)
{
    QStringList problems;
    sqlite3 *db = SqliteStatement::handleOf(connection);
    if (!db)
        return {tr("The database connection has no SQLite handle.")};

    // 1. The chain: each entry's hash covers its content and the previous entry's hash.
    {
        SqliteStatement s(db, QStringLiteral("SELECT %1, hash FROM audit ORDER BY id").arg(QLatin1StringView(ChainColumns)));
        QByteArray previous;
        qint64 previousId = 0;
        while (s.next()) {
            const qint64 id = s.int64(0);
            const QString what = tr("audit entry %1 (%2 of %3 %4 by %5 at %6)")
                                     .arg(id)
                                     .arg(s.text(7), s.text(5), shortUuid(s.text(6)), s.text(3), s.text(1));
            if (s.bytes(13) != previous || (previousId > 0 && id != previousId + 1)) {
                problems.append(previousId == 0
                                    ? tr("The audit chain is broken at %1: entries before it were removed.").arg(what)
                                    : tr("The audit chain is broken at %1: the entry before it (%2) was removed or "
                                         "changed.")
                                          .arg(what)
                                          .arg(previousId));
                break;
            }
            if (digest(chainFieldsOf(s)).toLatin1() != s.bytes(14)) {
                problems.append(tr("The audit chain is broken at %1: the entry was changed after it was written.").arg(what));
                break;
            }
            previous = s.bytes(14);
            previousId = id;
        }
        if (!s.ok())
            problems.append(tr("The audit log could not be read: %1").arg(s.error()));
    }

    // 2. Every audited row equals its last entry, and every audited row still exists.
    for (const QString &table : auditedTables()) {
        if (problems.size() >= maxProblems)
            break;
        SqliteStatement rows(db, QStringLiteral("SELECT t.*, %1 AS children__ FROM %2 t ORDER BY t.uuid")
                                     .arg(childrenSql(table), table));
        SqliteStatement entries(db, "SELECT entity_uuid, id, new_values FROM audit WHERE entity = ?"
                                    " ORDER BY entity_uuid, id");
        if (!rows.ok() || !entries.ok()) {
            problems.append(tr("The table %1 could not be read: %2").arg(table, rows.ok() ? entries.error() : rows.error()));
            continue;
        }
        entries.bind(1, table);
        QHash<QString, int> columnIndex;
        for (int i = 0; i < rows.columnCount(); ++i)
            columnIndex.insert(rows.columnName(i), i);
        const int uuidColumn = columnIndex.value(QStringLiteral("uuid"));
        const int idColumn = columnIndex.value(QStringLiteral("id"));
        const int childrenColumn = rows.columnCount() - 1;

        // The last entry of the next entity in uuid order.
        struct Last
        {
            QByteArray uuid;
            qint64 id = 0;
            QByteArray values;
        };
        std::optional<Last> pending;
        bool entriesDone = false;
        auto nextLast = [&]() -> std::optional<Last> {
            std::optional<Last> current = pending;
            pending.reset();
            while (!entriesDone) {
                if (!entries.next()) {
                    entriesDone = true;
                    break;
                }
                Last e{entries.bytes(0), entries.int64(1), entries.bytes(2)};
                if (!current) {
                    current = e;
                } else if (current->uuid == e.uuid) {
                    current = e;
                } else {
                    pending = e;
                    break;
                }
            }
            return current;
        };

        auto rowName = [&](const SqliteStatement &r) {
            return tr("%1 row %2 (id %3)").arg(table, shortUuid(r.text(uuidColumn))).arg(r.int64(idColumn));
        };
        std::optional<Last> last = nextLast();
        bool haveRow = rows.next();
        while ((haveRow || last) && problems.size() < maxProblems) {
            const int order = !haveRow ? 1 : !last ? -1 : rows.bytes(uuidColumn).compare(last->uuid);
            if (order < 0) {
                problems.append(tr("The %1 has no audit entry: it was written behind the application's back.")
                                    .arg(rowName(rows)));
                haveRow = rows.next();
                continue;
            }
            if (order > 0) {
                problems.append(tr("The %1 row %2 recorded by audit entry %3 is missing: it was deleted behind the "
                                   "application's back.")
                                    .arg(table, shortUuid(QString::fromUtf8(last->uuid)))
                                    .arg(last->id));
                last = nextLast();
                continue;
            }
            const QJsonObject state = QJsonDocument::fromJson(last->values).object();
            const QJsonObject children = QJsonDocument::fromJson(rows.bytes(childrenColumn)).object();
            // A column added after the entry was written (a later schema) is NULL until an
            // audited write records it: a value there came from behind the application's back.
            for (auto c = columnIndex.cbegin(); c != columnIndex.cend(); ++c) {
                if (*c == childrenColumn || MetaColumns.contains(c.key()) || state.contains(c.key()) || rows.isNull(*c))
                    continue;
                problems.append(tr("The %1 differs from audit entry %2 in %3: it was changed behind the "
                                   "application's back.")
                                    .arg(rowName(rows))
                                    .arg(last->id)
                                    .arg(c.key()));
                break;
            }
            for (auto it = state.begin(); it != state.end(); ++it) {
                bool same = true;
                if (it.key() == QLatin1StringView("password") && columnIndex.contains(QStringLiteral("password_hash")))
                    same = it.value().toString() == passwordDigest(rows.text(columnIndex.value(QStringLiteral("password_hash"))));
                else if (const auto c = columnIndex.constFind(it.key()); c != columnIndex.cend() && *c != childrenColumn)
                    same = matches(it.value(), rows, *c);
                else if (children.contains(it.key()))
                    same = children.value(it.key()) == it.value();
                if (!same) {
                    problems.append(tr("The %1 differs from audit entry %2 in %3: it was changed behind the "
                                       "application's back.")
                                        .arg(rowName(rows))
                                        .arg(last->id)
                                        .arg(it.key()));
                    break;
                }
            }
            haveRow = rows.next();
            last = nextLast();
        }
    }
    return problems;
}
