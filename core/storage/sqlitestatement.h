#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

// A prepared statement on the raw SQLite handle behind a Qt connection, for bulk reads and
// writes at SQLite's own speed (Qt's per-row exec costs several times more).
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_ok = db && sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    SqliteStatement(sqlite3 *db, const QString &sql) : SqliteStatement(db, sql.toUtf8().constData()) {}
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static sqlite3 *handleOf(const QSqlDatabase &connection)
    {
        const QVariant v = connection.driver() ? connection.driver()->handle() : QVariant();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            return *static_cast<sqlite3 *const *>(v.data());
        return nullptr;
    }

    bool ok() const { return m_ok; }
    // Whether the statement was prepared (ok() also turns false after a failed run).
    bool prepared() const { return m_stmt != nullptr; }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database"); }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, int v) { sqlite3_bind_int(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, const QByteArray &v) { sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }
    void bind(int i, const QString &v) { bind(i, v.toUtf8()); }
    void bind(int i, const char *v) { sqlite3_bind_text(m_stmt, i, v, -1, SQLITE_STATIC); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    template<typename T>
    void bindOptional(int i, const std::optional<T> &v)
    {
        if (v)
            bind(i, *v);
        else
            bindNull(i);
    }
    // Steps once and resets; false on error.
    bool run()
    {
        if (!m_stmt)
            return m_ok = false; // not prepared: error() says why
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
        return m_ok;
    }
    // Ends a read early (and with it the statement's hold on the database), ready for new
    // bindings.
    void reset()
    {
        if (!m_stmt)
            return;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    // For reads: true while there is a row; check ok() afterwards for an error.
    bool next()
    {
        if (!m_stmt)
            return m_ok = false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        m_ok = rc == SQLITE_DONE;
        return false;
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    int type(int column) const { return sqlite3_column_type(m_stmt, column); }
    QByteArray bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QByteArray(text, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    // The column's text without a copy; valid until the next step.
    QByteArrayView view(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
    }
    int columnCount() const { return sqlite3_column_count(m_stmt); }
    QString columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};
