#include "versionvector.h"

#include <QJsonDocument>

VersionVector VersionVector::merged(const VersionVector &a, const VersionVector &b)
{
    VersionVector m = a;
    for (auto it = b.m_counters.cbegin(); it != b.m_counters.cend(); ++it)
        m.m_counters[it.key()] = std::max(m.m_counters.value(it.key(), 0), it.value());
    return m;
}

VersionVector::Order VersionVector::compare(const VersionVector &a, const VersionVector &b)
{
    bool less = false;
    bool greater = false;
    auto look = [&](const QString &replica) {
        const qint64 x = a.counter(replica);
        const qint64 y = b.counter(replica);
        less = less || x < y;
        greater = greater || x > y;
    };
    for (auto it = a.m_counters.cbegin(); it != a.m_counters.cend(); ++it)
        look(it.key());
    for (auto it = b.m_counters.cbegin(); it != b.m_counters.cend(); ++it)
        look(it.key());
    if (less && greater)
        return Order::Concurrent;
    if (less)
        return Order::Before;
    if (greater)
        return Order::After;
    return Order::Equal;
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject o;
    for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

VersionVector VersionVector::fromJson(const QJsonObject &json)
{
    VersionVector v;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const qint64 n = it.value().toInteger();
        if (n > 0 && !it.key().isEmpty())
            v.m_counters.insert(it.key(), n);
    }
    return v;
}

QString VersionVector::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

VersionVector VersionVector::fromText(const QString &text)
{
    return fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}
