#pragma once

#include "domain/period.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QVariant>

#include <optional>

// Conversions between value types and the plain SQLite columns: ISO text for dates and times
// (UTC with milliseconds), NULL (an invalid QVariant) for missing numbers and dates.
namespace SqlValue {

inline QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant fromDateTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(timestamp(t)) : QVariant();
}

inline QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

// Text columns are NOT NULL with '' for nothing: a null QString would bind as NULL.
inline QVariant text(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

inline QVariant fromOptional(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant();
}

inline std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

inline QVariant fromPeriod(const Period &period)
{
    return period.isValid() ? QVariant(period.id()) : QVariant();
}

inline QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace SqlValue
