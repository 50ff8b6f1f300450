#include "datavaluebrowser.h"

#include "domain/period.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QStringList>

#include <algorithm>

namespace {

// The first month of a period id, as yyyyMM text ("2024Q2" → "202404", "2024" → "202401").
const QLatin1StringView PeriodStartSql(
    "(substr(dv.period, 1, 4) || CASE WHEN length(dv.period) = 4 THEN '01'"
    " WHEN substr(dv.period, 5, 1) = 'Q' THEN printf('%02d', substr(dv.period, 6, 1) * 3 - 2)"
    " ELSE substr(dv.period, 5, 2) END)");

// The report's status, in the order of the workflow.
const QLatin1StringView StatusSql("ifnull(r.status, 'draft')");
const QLatin1StringView StatusRankSql(
    "CASE ifnull(r.status, 'draft') WHEN 'draft' THEN 0 WHEN 'returned' THEN 1 WHEN 'submitted' THEN 2 ELSE 3 END");

// Must be the expression of the index data_value_by_value (migration 5), word for word.
const QLatin1StringView ValueSql("coalesce(dv.value, dv.numerator / nullif(dv.denominator, 0), -1e308)");

void bindVariant(SqliteStatement &statement, int i, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int: statement.bind(i, v.toLongLong()); break;
    case QMetaType::Double: statement.bind(i, v.toDouble()); break;
    case QMetaType::QByteArray: statement.bind(i, v.toByteArray()); break;
    case QMetaType::QString: statement.bind(i, v.toString()); break;
    default: statement.bindNull(i); break;
    }
}

QVariant columnVariant(const SqliteStatement &statement, int column)
{
    switch (statement.type(column)) {
    case SQLITE_INTEGER: return QVariant(statement.int64(column));
    case SQLITE_FLOAT: return QVariant(statement.real(column));
    case SQLITE_NULL: return QVariant();
    default: return QVariant(statement.bytes(column));
    }
}

std::optional<double> optionalReal(const SqliteStatement &statement, int column)
{
    if (statement.isNull(column))
        return std::nullopt;
    return statement.real(column);
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

DataValueBrowser::DataValueBrowser(Database &database, DataSelection selection, Sort sort)
    : m_database(database), m_selection(std::move(selection)), m_sort(sort)
{
    sqlite3 *db = m_database.handle();
    qint64 sites = 0;
    {
        SqliteStatement q(db, "SELECT count(*), sum(programme_id <> ?) FROM site");
        q.bind(1, m_selection.programmeId);
        if (q.next()) {
            sites = q.int64(0);
            m_otherProgrammes = q.int64(1) > 0;
        }
    }
    // A few sites of many: reading their values by the key and sorting them is cheaper than
    // walking the sort order and skipping everyone else's (about 1 in 50 or fewer).
    m_driveBySites = m_sort.column != SortColumn::Site && !m_selection.siteIds.isEmpty()
                     && m_selection.siteIds.size() * 50 <= sites;
    const Period from = Period::parse(m_selection.from);
    const Period to = Period::parse(m_selection.to);
    if (from.isValid() || to.isValid())
        m_periodBounds = {from.isValid() ? from.startDate().toString(QStringLiteral("yyyyMM")) : QString(),
                          to.isValid() ? to.endDate().toString(QStringLiteral("yyyyMM")) : QString()};
}

DataValueBrowser::DataValueBrowser(Database &database, DataSelection selection)
    : DataValueBrowser(database, std::move(selection), Sort())
{
}

QStringList DataValueBrowser::keyExpressions() const
{
    switch (m_sort.column) {
    case SortColumn::Site:
        // The unique key's order (data_value_key): within a site by indicator, period, option.
        return {QStringLiteral("dv.site_id"), QStringLiteral("dv.indicator_id"), QStringLiteral("dv.period"),
                QStringLiteral("ifnull(dv.option_id, 0)")};
    case SortColumn::Indicator: return {QStringLiteral("dv.indicator_id")};
    case SortColumn::Period: return {QStringLiteral("dv.period")};
    case SortColumn::Option: return {QStringLiteral("ifnull(dv.option_id, 0)")};
    case SortColumn::Value: return {QString(ValueSql)};
    case SortColumn::Status: return {QString(StatusRankSql)};
    case SortColumn::UpdatedAt: return {QStringLiteral("dv.updated_at")};
    }
    return {};
}

bool DataValueBrowser::needsReport(bool forDisplay) const
{
    return forDisplay || m_sort.column == SortColumn::Status || !m_selection.statuses.isEmpty();
}

QString DataValueBrowser::fromClause(bool withNames, bool needReport) const
{
    // The order comes from one index of data_value (migration 5); the joins are lookups by
    // key, so data_value is always the outer loop (CROSS JOIN keeps SQLite from reordering).
    QString sql = QStringLiteral(" FROM data_value dv");
    if (!m_driveBySites) {
        switch (m_sort.column) {
        case SortColumn::Site: sql += QStringLiteral(" INDEXED BY data_value_key"); break;
        case SortColumn::Indicator: sql += QStringLiteral(" INDEXED BY data_value_by_indicator"); break;
        case SortColumn::Period: sql += QStringLiteral(" INDEXED BY data_value_by_period"); break;
        case SortColumn::Value: sql += QStringLiteral(" INDEXED BY data_value_by_value"); break;
        case SortColumn::UpdatedAt:
        case SortColumn::Option:
        case SortColumn::Status: break; // sorted in a temporary B-tree (see docs/performance.md)
        }
    }
    if (withNames)
        sql += QStringLiteral(" CROSS JOIN site s ON s.id = dv.site_id"
                              " CROSS JOIN indicator i ON i.id = dv.indicator_id"
                              " LEFT JOIN category_option o ON o.id = dv.option_id");
    if (needReport)
        sql += QStringLiteral(" LEFT JOIN report r ON r.site_id = dv.site_id AND r.period = dv.period AND r.deleted = 0");
    return sql;
}

namespace {
struct Clause
{
    QString sql;
    QVariantList binds;
};
} // namespace

namespace {

// The filters as SQL and values to bind. A unary + keeps a filter from choosing the index, so
// that the sort order's index is walked (see DataValueBrowser::fromClause).
Clause filters(const DataSelection &selection, bool otherProgrammes, bool driveBySites, bool sortBySite, bool sortByIndicator,
               const QStringList &periodBounds)
{
    Clause c;
    c.sql = QStringLiteral(" WHERE dv.deleted = 0");
    if (!selection.siteIds.isEmpty()) {
        c.sql += QString((driveBySites || sortBySite ? QStringLiteral(" AND dv.site_id IN (") : QStringLiteral(" AND +dv.site_id IN ("))
                         + placeholders(selection.siteIds.size()) + u')');
        for (qint64 id : selection.siteIds)
            c.binds.append(id);
    }
    if (otherProgrammes) {
        // Only the programme's own sites (skipped when the file holds no other programme).
        c.sql += QStringLiteral(" AND +dv.site_id IN (SELECT id FROM site WHERE programme_id = ?)");
        c.binds.append(selection.programmeId);
    }
    if (!selection.indicatorIds.isEmpty()) {
        c.sql += QString((sortByIndicator ? QStringLiteral(" AND dv.indicator_id IN (") : QStringLiteral(" AND +dv.indicator_id IN ("))
                         + placeholders(selection.indicatorIds.size()) + u')');
        for (qint64 id : selection.indicatorIds)
            c.binds.append(id);
    }
    if (!periodBounds.isEmpty()) {
        // By start month; the text bounds on the id (years) let a period sort seek.
        if (!periodBounds.at(0).isEmpty()) {
            c.sql += QString(QStringLiteral(" AND +dv.period >= ? AND ") + PeriodStartSql + QStringLiteral(" >= ?"));
            c.binds.append(periodBounds.at(0).left(4).toUtf8());
            c.binds.append(periodBounds.at(0).toUtf8());
        }
        if (!periodBounds.at(1).isEmpty()) {
            c.sql += QString(QStringLiteral(" AND +dv.period < ? AND ") + PeriodStartSql + QStringLiteral(" <= ?"));
            c.binds.append(QByteArray(periodBounds.at(1).left(4).toUtf8() + '~'));
            c.binds.append(periodBounds.at(1).toUtf8());
        }
    }
    if (!selection.statuses.isEmpty()) {
        c.sql += QString(u" AND " + StatusSql + QStringLiteral(" IN (") + placeholders(selection.statuses.size()) + u')');
        for (const QString &s : selection.statuses)
            c.binds.append(s.toUtf8());
    }
    return c;
}

} // namespace

QString DataValueBrowser::pageSql(bool withCursor, bool inclusive, bool backwards) const
{
    const QStringList keys = keyExpressions();
    const bool descending = m_sort.descending != backwards;
    QString sql = QStringLiteral("SELECT dv.id, dv.site_id, s.code, s.name_en, s.name_zh, dv.indicator_id, i.code,"
                                 " i.name_en, i.name_zh, dv.period, ifnull(dv.option_id, 0), o.code, o.name_en, o.name_zh,"
                                 " dv.value, dv.numerator, dv.denominator, dv.comment, ")
                  + StatusSql + QStringLiteral(", dv.updated_at, i.value_type, ") + keys.join(QStringLiteral(", "));
    sql += fromClause(true, true);
    Clause where = filters(m_selection, m_otherProgrammes, m_driveBySites, m_sort.column == SortColumn::Site,
                           m_sort.column == SortColumn::Indicator, m_periodBounds);
    sql += where.sql;
    if (withCursor) {
        // (keys, id) after the cursor; the bound on the first key alone lets SQLite seek in an
        // expression index, where it does not use the row value.
        const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
        sql += QString(u" AND " + keys.first() + u' ' + cmp + QStringLiteral("= ?"));
        sql += QString(QStringLiteral(" AND (") + keys.join(QStringLiteral(", ")) + QStringLiteral(", dv.id) ") + cmp
                       + (inclusive ? QStringLiteral("=") : QString()) + QStringLiteral(" (") + placeholders(keys.size() + 1)
                       + u')');
    }
    QStringList order;
    for (const QString &k : keys)
        order.append(descending ? QString(k + QStringLiteral(" DESC")) : k);
    order.append(descending ? QStringLiteral("dv.id DESC") : QStringLiteral("dv.id"));
    sql += QString(QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")) + QStringLiteral(" LIMIT ? OFFSET ?"));
    return sql;
}

Result<QList<DataValueBrowser::Row>> DataValueBrowser::page(const Key *key, bool inclusive, bool backwards, int n,
                                                               qint64 offset) const
{
    const QStringList keys = keyExpressions();
    SqliteStatement q(m_database.handle(), pageSql(key != nullptr, inclusive, backwards));
    if (!q.ok())
        return fail(tr("Could not read the data values: %1").arg(q.error()));
    Clause where = filters(m_selection, m_otherProgrammes, m_driveBySites, m_sort.column == SortColumn::Site,
                           m_sort.column == SortColumn::Indicator, m_periodBounds);
    int i = 1;
    for (const QVariant &v : std::as_const(where.binds))
        bindVariant(q, i++, v);
    if (key) {
        if (key->values.size() != keys.size())
            return fail(tr("Could not read the data values: the position belongs to another sort order."));
        bindVariant(q, i++, key->values.first());
        for (const QVariant &v : key->values)
            bindVariant(q, i++, v);
        q.bind(i++, key->id);
    }
    q.bind(i++, qint64(n));
    q.bind(i++, offset);
    QList<Row> rows;
    rows.reserve(n);
    const int firstKey = 21;
    while (q.next()) {
        Row r;
        r.id = q.int64(0);
        r.siteId = q.int64(1);
        r.siteCode = q.text(2);
        r.siteNameEn = q.text(3);
        r.siteNameZh = q.text(4);
        r.indicatorId = q.int64(5);
        r.indicatorCode = q.text(6);
        r.indicatorNameEn = q.text(7);
        r.indicatorNameZh = q.text(8);
        r.period = q.text(9);
        r.optionId = q.int64(10);
        r.optionCode = q.text(11);
        r.optionNameEn = q.text(12);
        r.optionNameZh = q.text(13);
        r.value = optionalReal(q, 14);
        r.numerator = optionalReal(q, 15);
        r.denominator = optionalReal(q, 16);
        r.comment = q.text(17);
        r.status = q.text(18);
        r.updatedAt = q.text(19);
        r.valueType = q.text(20);
        for (int k = 0; k < keys.size(); ++k)
            r.key.values.append(columnVariant(q, firstKey + k));
        r.key.id = r.id;
        rows.append(std::move(r));
    }
    if (!q.ok())
        return fail(tr("Could not read the data values: %1").arg(q.error()));
    // q's destructor finalizes the statement: no read transaction outlives this call.
    if (backwards)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<qint64> DataValueBrowser::count() const
{
    // No INDEXED BY and no unary plus needed: SQLite picks the smallest index that answers.
    Clause where = filters(m_selection, m_otherProgrammes, true, true, true, m_periodBounds);
    const QString sql = QString(QStringLiteral("SELECT count(*) FROM data_value dv")
                                + (needsReport(false) ? QStringLiteral(" LEFT JOIN report r ON r.site_id = dv.site_id"
                                                                       " AND r.period = dv.period AND r.deleted = 0")
                                                      : QString())
                                + where.sql);
    SqliteStatement q(m_database.handle(), sql);
    if (!q.ok())
        return fail(tr("Could not count the data values: %1").arg(q.error()));
    int i = 1;
    for (const QVariant &v : std::as_const(where.binds))
        bindVariant(q, i++, v);
    if (!q.next())
        return fail(tr("Could not count the data values: %1").arg(q.error()));
    return q.int64(0);
}

Result<QList<DataValueBrowser::Row>> DataValueBrowser::first(int n, qint64 offset) const
{
    return page(nullptr, false, false, n, offset);
}

Result<QList<DataValueBrowser::Row>> DataValueBrowser::after(const Key &key, int n, qint64 offset, bool inclusive) const
{
    return page(&key, inclusive, false, n, offset);
}

Result<QList<DataValueBrowser::Row>> DataValueBrowser::before(const Key &key, int n) const
{
    return page(&key, false, true, n, 0);
}

Result<DataValueBrowser::Positions> DataValueBrowser::positions(int step, const Cancelled &cancelled) const
{
    const QStringList keys = keyExpressions();
    QStringList order;
    for (const QString &k : keys)
        order.append(m_sort.descending ? QString(k + QStringLiteral(" DESC")) : k);
    order.append(m_sort.descending ? QStringLiteral("dv.id DESC") : QStringLiteral("dv.id"));
    Clause where = filters(m_selection, m_otherProgrammes, m_driveBySites, m_sort.column == SortColumn::Site,
                           m_sort.column == SortColumn::Indicator, m_periodBounds);
    const QString sql = QString(QStringLiteral("SELECT dv.id, ") + keys.join(QStringLiteral(", "))
                                + fromClause(false, needsReport(false)) + where.sql + QStringLiteral(" ORDER BY ")
                                + order.join(QStringLiteral(", ")));
    SqliteStatement q(m_database.handle(), sql);
    if (!q.ok())
        return fail(tr("Could not read the data values: %1").arg(q.error()));
    int i = 1;
    for (const QVariant &v : std::as_const(where.binds))
        bindVariant(q, i++, v);
    // A sort without an index works before the first row comes: let SQLite ask as well.
    struct Interrupt
    {
        sqlite3 *db;
        explicit Interrupt(sqlite3 *handle, const Cancelled *cancelled) : db(handle)
        {
            if (cancelled && *cancelled)
                sqlite3_progress_handler(
                    db, 100000, [](void *c) { return (*static_cast<const Cancelled *>(c))() ? 1 : 0; },
                    const_cast<Cancelled *>(cancelled));
        }
        ~Interrupt() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    } interrupt(m_database.handle(), &cancelled);
    Positions p;
    p.step = std::max(1, step);
    while (q.next()) {
        if (p.count % p.step == 0) {
            Key key;
            key.id = q.int64(0);
            for (int k = 0; k < keys.size(); ++k)
                key.values.append(columnVariant(q, 1 + k));
            p.anchors.append(std::move(key));
        }
        ++p.count;
        if ((p.count & 0xfff) == 0 && cancelled && cancelled())
            return fail(QString());
    }
    if (cancelled && cancelled())
        return fail(QString());
    if (!q.ok())
        return fail(tr("Could not read the data values: %1").arg(q.error()));
    return p;
}

Result<QList<DataValueBrowser::Row>> DataValueBrowser::at(const Positions &positions, qint64 row, int n) const
{
    if (row < 0 || row >= positions.count || positions.step <= 0)
        return QList<Row>();
    const qint64 anchor = std::min<qint64>(row / positions.step, positions.anchors.size() - 1);
    if (anchor <= 0)
        return first(n, row);
    return after(positions.anchors.at(anchor), n, row - anchor * positions.step, true);
}
