#pragma once

#include "sync/syncservice.h"

#include <QAbstractTableModel>

// The Sync page's tables, read-only views of what Sync::SyncService lists: the peers, the
// package log and the conflict queue. Headers and cells are read in the current language each
// time; after a language switch the page calls retranslate().
class SyncTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString headerTip(int column) const;
    virtual QVariant cell(int row, int column, int role) const = 0;

    template<typename T>
    void replace(QList<T> &rows, QList<T> replacement)
    {
        beginResetModel();
        rows = std::move(replacement);
        endResetModel();
    }
    // A moment in the interface's locale and local time; empty when it never happened.
    static QString when(const QDateTime &at);
};

// The databases this one exchanges packages with, and how far each exchange has come.
class SyncPeerModel final : public SyncTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, OfficerColumn, SentColumn, ReceivedColumn, ReceivedSeqColumn, AckedSeqColumn, ColumnCount };

    using SyncTableModel::SyncTableModel;
    void setPeers(QList<Sync::Peer> peers) { replace(m_peers, std::move(peers)); }
    const QList<Sync::Peer> &peers() const { return m_peers; }

protected:
    int rows() const override { return int(m_peers.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Sync::Peer> m_peers;
};

// Packages sent, received and refused, newest first.
class SyncPackageModel final : public SyncTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, DirectionColumn, PeerColumn, FileColumn, ByColumn, VersionsColumn, OutcomeColumn, ColumnCount };
    static constexpr int PackageIdRole = Qt::UserRole + 1;

    using SyncTableModel::SyncTableModel;
    void setPackages(QList<Sync::PackageRecord> packages) { replace(m_packages, std::move(packages)); }
    const Sync::PackageRecord *package(int row) const;
    int rowOf(qint64 packageId) const;
    // Everything known about a package, for the text box under the table.
    static QString details(const Sync::PackageRecord &package);
    static QString directionLabel(Sync::PackageRecord::Direction direction);

protected:
    int rows() const override { return int(m_packages.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    // One line: the counts of a received package, what a sent one held, or why it was refused.
    static QString outcome(const Sync::PackageRecord &package);
    QList<Sync::PackageRecord> m_packages;
};

// The conflict queue: what the row is, where theirs came from, the fields the two versions
// differ in (bold) and who changed each, and the status. A field package's change to approved
// data is marked.
class ConflictModel final : public SyncTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhatColumn,
        EntityColumn,
        FromColumn,
        MineColumn,
        MineChangedColumn,
        TheirsColumn,
        TheirsChangedColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int ConflictIdRole = Qt::UserRole + 1;
    static constexpr int OpenRole = Qt::UserRole + 2;

    using SyncTableModel::SyncTableModel;
    void setConflicts(QList<Sync::Conflict> conflicts) { replace(m_conflicts, std::move(conflicts)); }
    const Sync::Conflict *conflict(int row) const;
    int rowOf(qint64 conflictId) const;
    static QString statusText(const Sync::Conflict &conflict);

protected:
    int rows() const override { return int(m_conflicts.size()); }
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString display(const Sync::Conflict &c, int column) const;
    QList<Sync::Conflict> m_conflicts;
};
