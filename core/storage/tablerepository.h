#pragma once

#include "database.h"
#include "rowstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

// How a value type maps to its table (specialised in workflowrepositories.h): the table name,
// the audited fields that drive INSERT and UPDATE, and reading a row back. A type with child
// rows also has childrenOf (for the audit), readChildren and writeChildren.
template<typename T>
struct RowTraits;

// The repository of a table with the sync columns, generic over RowTraits: find, select,
// insert, update and tombstone. Reads that fail leave a warning and return no rows (the file
// is checked on open; a failure here means it broke during the session).
template<typename T>
class TableRepository
{
public:
    using Traits = RowTraits<T>;

    explicit TableRepository(Database &database)
        : m_database(database), m_store(database, QString::fromLatin1(Traits::table)) {}

    static Fields fieldsOf(const T &value) { return Traits::fieldsOf(value); }
    static QJsonObject childrenOf(const T &value)
        requires requires(const T &v) { Traits::childrenOf(v); }
    {
        return Traits::childrenOf(value);
    }

    std::optional<T> find(qint64 id) const
    {
        const QList<T> list = select(QStringLiteral("WHERE id = ?"), {id});
        return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
    }

    std::optional<T> findByUuid(const QString &uuid) const
    {
        const QList<T> list = select(QStringLiteral("WHERE uuid = ?"), {uuid});
        return list.isEmpty() ? std::nullopt : std::optional<T>(list.first());
    }

    QList<T> select(const QString &where, const QVariantList &bound, const QString &orderBy = QStringLiteral("id")) const
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 %2 ORDER BY %3").arg(QLatin1StringView(Traits::table), where, orderBy));
        for (const QVariant &v : bound)
            q.addBindValue(v);
        QList<T> list;
        if (!q.exec()) {
            qWarning("ScaleReady: reading %s failed: %s", Traits::table, qPrintable(q.lastError().text()));
            return list;
        }
        while (q.next()) {
            T value = Traits::fromRecord(q.record());
            value.meta = RowStore::readMeta(q.record());
            list.append(value);
        }
        if constexpr (requires(T &v) { Traits::readChildren(m_database, v); }) {
            for (T &value : list)
                Traits::readChildren(m_database, value);
        }
        return list;
    }

    Result<void> insert(T &value, const Actor &actor)
    {
        if (auto written = m_store.insert(value.meta, fieldsOf(value), actor); !written)
            return written;
        return writeChildren(value);
    }
    Result<void> update(T &value, const Actor &actor)
    {
        if (auto written = m_store.update(value.meta, fieldsOf(value), actor); !written)
            return written;
        return writeChildren(value);
    }
    Result<void> setDeleted(T &value, bool deleted, const Actor &actor)
    {
        return m_store.setDeleted(value.meta, deleted, actor);
    }

private:
    Result<void> writeChildren(const T &value)
    {
        if constexpr (requires { Traits::writeChildren(m_database, value); })
            return Traits::writeChildren(m_database, value);
        else
            return {};
    }

    Database &m_database;
    RowStore m_store;
};
