#include "sync/merge.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sync;

// The rules by which a database takes in another's versions of rows: unit cases, and a property
// test in which 3–5 replicas edit, delete and resolve offline and exchange packages (snapshots)
// delivered late, out of order and twice, and the manager (replica 0) settles conflicts. After
// everyone has exchanged with everyone, all replicas hold the same rows and no conflict is left;
// no edit is lost (every edit is contained in the final version); and a conflict is queued
// exactly when two different states were made concurrently.
class TestSyncMerge final : public QObject
{
    Q_OBJECT

private:
    static Version version(const QString &uuid, int value, const VersionVector &vector, bool deleted = false)
    {
        Version v;
        v.entity = QStringLiteral("data_value");
        v.uuid = uuid;
        v.vector = vector;
        v.content = QJsonObject{{QStringLiteral("value"), value}};
        v.deleted = deleted;
        return v;
    }

    static VersionVector vv(std::initializer_list<std::pair<const char *, qint64>> counters)
    {
        VersionVector v;
        for (const auto &[replica, n] : counters) {
            for (qint64 i = 0; i < n; ++i)
                v.bump(QLatin1StringView(replica));
        }
        return v;
    }

    struct Replica
    {
        QString id;
        QMap<QString, Version> rows;
        QList<std::pair<Version, Version>> conflicts; // local, incoming
        int conflictsQueued = 0;
    };

    struct Package
    {
        int to = 0;
        QList<Version> versions;
    };

    // Applies a package the way the import does, checking every decision against the truth.
    static void apply(Replica &r, const Package &p, int *falseConflicts)
    {
        for (const Version &incoming : p.versions) {
            const std::optional<Version> local = r.rows.contains(incoming.uuid) ? std::optional(r.rows.value(incoming.uuid)) : std::nullopt;
            const Decision d = decide(local, incoming);
            switch (d.outcome) {
            case Outcome::Inserted:
            case Outcome::Updated:
                r.rows.insert(incoming.uuid, incoming);
                break;
            case Outcome::Unchanged:
                if (d.mergedVector)
                    r.rows[incoming.uuid].vector = *d.mergedVector;
                break;
            case Outcome::Conflict: {
                // Only for two different states made concurrently.
                if (VersionVector::compare(local->vector, incoming.vector) != VersionVector::Order::Concurrent ||
                    local->sameState(incoming))
                    ++*falseConflicts;
                bool queued = false;
                for (const auto &c : r.conflicts)
                    queued = queued || (c.second.uuid == incoming.uuid && c.second.vector == incoming.vector);
                if (!queued) {
                    r.conflicts.append({*local, incoming});
                    ++r.conflictsQueued;
                }
                break;
            }
            }
        }
    }

    // Drops the conflicts a version received since has settled (it contains both sides).
    static void prune(Replica &r)
    {
        r.conflicts.removeIf([&](const std::pair<Version, Version> &c) {
            return r.rows.value(c.first.uuid).vector.covers(c.second.vector);
        });
    }

    // The manager settles every queued conflict against the current local row.
    static void resolveAll(Replica &r, QRandomGenerator &rng, QList<Version> *edits)
    {
        prune(r);
        const auto conflicts = r.conflicts;
        r.conflicts.clear();
        for (const auto &c : conflicts) {
            const Version mine = r.rows.value(c.first.uuid);
            if (mine.vector.covers(c.second.vector))
                continue; // settled meanwhile by an earlier resolution of the same row
            const auto how = Resolution(rng.bounded(3));
            const Version settled = resolve(mine, c.second, how, r.id,
                                            QJsonObject{{QStringLiteral("value"), int(rng.bounded(1000))}});
            r.rows.insert(settled.uuid, settled);
            edits->append(settled);
        }
    }

private slots:
    void vectorsCompare()
    {
        QCOMPARE(VersionVector::compare(vv({{"a", 1}}), vv({{"a", 1}})), VersionVector::Order::Equal);
        QCOMPARE(VersionVector::compare(vv({{"a", 1}}), vv({{"a", 2}})), VersionVector::Order::Before);
        QCOMPARE(VersionVector::compare(vv({{"a", 2}, {"b", 1}}), vv({{"a", 2}})), VersionVector::Order::After);
        QCOMPARE(VersionVector::compare(vv({{"a", 2}}), vv({{"a", 1}, {"b", 1}})), VersionVector::Order::Concurrent);
        QCOMPARE(VersionVector::compare(VersionVector(), vv({{"b", 1}})), VersionVector::Order::Before);
        const VersionVector m = VersionVector::merged(vv({{"a", 2}}), vv({{"a", 1}, {"b", 3}}));
        QCOMPARE(m, vv({{"a", 2}, {"b", 3}}));
        QCOMPARE(VersionVector::fromText(m.toText()), m);
        QCOMPARE(m.toText(), QStringLiteral("{\"a\":2,\"b\":3}"));
        QVERIFY(VersionVector::fromText(QStringLiteral("not json")).isEmpty());
    }

    void decisions()
    {
        const QString u = QStringLiteral("u1");
        QCOMPARE(decide(std::nullopt, version(u, 1, vv({{"a", 1}}))).outcome, Outcome::Inserted);
        // The same version twice, or an older one: nothing to do.
        QCOMPARE(decide(version(u, 1, vv({{"a", 1}})), version(u, 1, vv({{"a", 1}}))).outcome, Outcome::Unchanged);
        QCOMPARE(decide(version(u, 2, vv({{"a", 2}})), version(u, 1, vv({{"a", 1}}))).outcome, Outcome::Unchanged);
        // A newer version of what this side has: taken.
        QCOMPARE(decide(version(u, 1, vv({{"a", 1}})), version(u, 2, vv({{"a", 1}, {"b", 1}}))).outcome, Outcome::Updated);
        // Changed on both sides: a conflict, deletion included.
        QCOMPARE(decide(version(u, 1, vv({{"a", 2}})), version(u, 2, vv({{"a", 1}, {"b", 1}}))).outcome, Outcome::Conflict);
        QCOMPARE(decide(version(u, 1, vv({{"a", 2}})), version(u, 1, vv({{"a", 1}, {"b", 1}}), true)).outcome,
                 Outcome::Conflict);
        // The same change made on both sides: no conflict, the histories merge.
        const Decision same = decide(version(u, 5, vv({{"a", 2}})), version(u, 5, vv({{"a", 1}, {"b", 1}})));
        QCOMPARE(same.outcome, Outcome::Unchanged);
        QCOMPARE(*same.mergedVector, vv({{"a", 2}, {"b", 1}}));
        // Locked (approved) data: a change from this sender is a conflict, even a newer one.
        QCOMPARE(decide(version(u, 1, vv({{"a", 1}})), version(u, 2, vv({{"a", 1}, {"b", 1}})), true).outcome,
                 Outcome::Conflict);
        QCOMPARE(decide(version(u, 1, vv({{"a", 1}})), version(u, 1, vv({{"a", 1}})), true).outcome, Outcome::Unchanged);
        // A resolution descends from both sides and one change on the resolving replica.
        const Version mine = version(u, 1, vv({{"a", 2}}));
        const Version theirs = version(u, 2, vv({{"a", 1}, {"b", 1}}));
        const Version settled = resolve(mine, theirs, Resolution::TakeTheirs, QStringLiteral("a"));
        QCOMPARE(settled.content, theirs.content);
        QCOMPARE(settled.vector, vv({{"a", 3}, {"b", 1}}));
        // The side whose state was taken only takes the history; the other side takes both.
        const Decision onTheirs = decide(theirs, settled);
        QCOMPARE(onTheirs.outcome, Outcome::Unchanged);
        QCOMPARE(*onTheirs.mergedVector, settled.vector);
        QCOMPARE(decide(mine, settled).outcome, Outcome::Updated);
        const Version edited = resolve(mine, theirs, Resolution::Edit, QStringLiteral("a"), QJsonObject{{QStringLiteral("value"), 9}});
        QCOMPARE(edited.content.value(QStringLiteral("value")).toInt(), 9);
        QCOMPARE(resolve(mine, theirs, Resolution::KeepMine, QStringLiteral("a")).content, mine.content);
    }

    void replicasConvergeWithoutLosingEdits_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 200; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void replicasConvergeWithoutLosingEdits()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const int count = 3 + int(rng.bounded(3)); // 3–5 replicas
        QList<Replica> replicas(count);
        for (int i = 0; i < count; ++i)
            replicas[i].id = QStringLiteral("replica-%1").arg(i);
        QList<Version> edits; // every version anybody made
        QList<Package> inTransit;
        int falseConflicts = 0;
        int nextRow = 0;

        for (int step = 0; step < 250; ++step) {
            Replica &r = replicas[int(rng.bounded(count))];
            const int what = int(rng.bounded(100));
            if (what < 40) { // edit a row, or make one
                QString uuid;
                if (r.rows.isEmpty() || rng.bounded(4) == 0)
                    uuid = QStringLiteral("row-%1").arg(nextRow++);
                else
                    uuid = r.rows.keys().at(int(rng.bounded(int(r.rows.size()))));
                Version v = r.rows.value(uuid, version(uuid, 0, {}));
                v.content = QJsonObject{{QStringLiteral("value"), int(rng.bounded(5))}}; // small values: same changes happen
                v.deleted = false;
                v.vector.bump(r.id);
                v.replica = r.id;
                r.rows.insert(uuid, v);
                edits.append(v);
            } else if (what < 50 && !r.rows.isEmpty()) { // delete (a tombstone)
                const QString uuid = r.rows.keys().at(int(rng.bounded(int(r.rows.size()))));
                Version v = r.rows.value(uuid);
                v.deleted = true;
                v.vector.bump(r.id);
                v.replica = r.id;
                r.rows.insert(uuid, v);
                edits.append(v);
            } else if (what < 75) { // export a package; sometimes it is sent twice
                Package p;
                p.to = int(rng.bounded(count));
                p.versions = r.rows.values();
                inTransit.append(p);
                if (rng.bounded(5) == 0)
                    inTransit.append(p);
            } else if (what < 92 && !inTransit.isEmpty()) { // a package arrives, in any order
                const Package p = inTransit.takeAt(int(rng.bounded(int(inTransit.size()))));
                apply(replicas[p.to], p, &falseConflicts);
            } else if (&r == &replicas[0]) { // the manager (replica 0) settles the conflicts
                resolveAll(r, rng, &edits);
            } else { // a field laptop waits for the manager's resolution
                prune(r);
            }
        }
        // Everything still in transit arrives (late), then everyone settles and exchanges with
        // everyone until nothing changes.
        for (const Package &p : std::as_const(inTransit))
            apply(replicas[p.to], p, &falseConflicts);
        bool converged = false;
        for (int round = 0; round < 20 && !converged; ++round) {
            resolveAll(replicas[0], rng, &edits);
            for (int from = 0; from < count; ++from) {
                for (int to = 0; to < count; ++to) {
                    if (from != to)
                        apply(replicas[to], Package{to, replicas[from].rows.values()}, &falseConflicts);
                }
            }
            converged = true;
            for (Replica &r : replicas) {
                prune(r);
                converged = converged && r.conflicts.isEmpty();
            }
            for (int i = 1; i < count && converged; ++i) {
                converged = replicas[i].rows.keys() == replicas[0].rows.keys();
                for (auto it = replicas[0].rows.cbegin(); converged && it != replicas[0].rows.cend(); ++it) {
                    const Version &other = replicas[i].rows.value(it.key());
                    converged = other.sameState(it.value()) && other.vector == it.value().vector;
                }
            }
        }
        QVERIFY2(converged, "the replicas did not converge");
        QCOMPARE(falseConflicts, 0);
        // No edit is lost: the final version of every row contains every version made of it.
        for (const Version &e : std::as_const(edits)) {
            const Version &final = replicas[0].rows.value(e.uuid);
            QVERIFY2(final.vector.covers(e.vector), qPrintable(e.uuid + QStringLiteral(" lost ") + e.vector.toText()));
        }
    }

    // Across seeds, concurrent edits do happen and are all queued (not only absent).
    void conflictsHappenAcrossSeeds()
    {
        int queued = 0;
        for (quint32 seed = 1; seed <= 20; ++seed) {
            QRandomGenerator rng(seed);
            Replica a{QStringLiteral("a"), {}, {}, 0};
            Replica b{QStringLiteral("b"), {}, {}, 0};
            int falseConflicts = 0;
            Version v = version(QStringLiteral("r"), 0, {});
            v.vector.bump(a.id);
            a.rows.insert(v.uuid, v);
            apply(b, Package{1, a.rows.values()}, &falseConflicts);
            // Both change the same row offline, to different values.
            Version x = a.rows.value(QStringLiteral("r"));
            x.content = QJsonObject{{QStringLiteral("value"), 1 + int(rng.bounded(10))}};
            x.vector.bump(a.id);
            a.rows.insert(x.uuid, x);
            Version y = b.rows.value(QStringLiteral("r"));
            y.content = QJsonObject{{QStringLiteral("value"), 100 + int(rng.bounded(10))}};
            y.vector.bump(b.id);
            b.rows.insert(y.uuid, y);
            apply(b, Package{1, a.rows.values()}, &falseConflicts);
            apply(a, Package{0, b.rows.values()}, &falseConflicts);
            queued += a.conflictsQueued + b.conflictsQueued;
            QCOMPARE(a.rows.value(QStringLiteral("r")).content, x.content); // never silently overwritten
            QCOMPARE(b.rows.value(QStringLiteral("r")).content, y.content);
            QCOMPARE(falseConflicts, 0);
        }
        QCOMPARE(queued, 40);
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
