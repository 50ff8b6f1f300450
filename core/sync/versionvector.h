#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// A version vector (docs/sync.md): for one row, how many changes each database (replica, by
// uuid) has made to it. Comparing two vectors tells whether one version descends from the other
// or whether they were changed concurrently on two databases since they last exchanged, which
// is a conflict. The exchange of packages between field laptops and the manager's database
// rests on it, whatever the order or the number of times packages arrive.
class VersionVector final
{
public:
    enum class Order { Equal, Before, After, Concurrent };

    VersionVector() = default;

    qint64 counter(const QString &replica) const { return m_counters.value(replica, 0); }
    bool isEmpty() const { return m_counters.isEmpty(); }
    // One more change made on this replica.
    void bump(const QString &replica) { ++m_counters[replica]; }
    // The least vector that both descend from or equal: each replica's larger counter.
    static VersionVector merged(const VersionVector &a, const VersionVector &b);
    // a against b: Before when every counter of a is at most b's and one is smaller.
    static Order compare(const VersionVector &a, const VersionVector &b);
    // Whether a version with this vector already contains (or equals) one with the other.
    bool covers(const VersionVector &other) const
    {
        const Order o = compare(*this, other);
        return o == Order::Equal || o == Order::After;
    }

    QJsonObject toJson() const;
    static VersionVector fromJson(const QJsonObject &json);
    // Compact, stable text: sorted keys, no spaces.
    QString toText() const;
    static VersionVector fromText(const QString &text);

    friend bool operator==(const VersionVector &, const VersionVector &) = default;

private:
    QMap<QString, qint64> m_counters; // replica uuid → changes; no zero entries
};
