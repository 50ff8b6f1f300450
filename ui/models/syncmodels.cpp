#include "syncmodels.h"

#include "sync/versiontext.h"

#include <QDir>
#include <QFileInfo>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Sync;

namespace {
// The service's labels read inside sentences ("data value", "open"); a cell starts with a capital.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

// ---- SyncTableModel

void SyncTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
    if (rows() > 0)
        emit dataChanged(index(0, 0), index(rows() - 1, columns() - 1));
}

int SyncTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SyncTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant SyncTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return header(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = headerTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QVariant SyncTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QString SyncTableModel::headerTip(int) const
{
    return {};
}

QString SyncTableModel::when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// ---- SyncPeerModel

QString SyncPeerModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Database");
    case RoleColumn: return tr("Role", "of a database in the exchange");
    case OfficerColumn: return tr("Officer");
    case SentColumn: return tr("Last sent");
    case ReceivedColumn: return tr("Last received");
    case ReceivedSeqColumn: return tr("Received up to");
    case AckedSeqColumn: return tr("Acknowledged up to");
    }
    return {};
}

QString SyncPeerModel::headerTip(int column) const
{
    switch (column) {
    case ReceivedSeqColumn: return tr("The number of the newest of its changes this database holds.");
    case AckedSeqColumn: return tr("The number of the newest of this database's changes it has confirmed receiving.");
    }
    return {};
}

QVariant SyncPeerModel::cell(int row, int column, int role) const
{
    const Peer &p = m_peers[row];
    if (role == Qt::TextAlignmentRole && (column == ReceivedSeqColumn || column == AckedSeqColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return p.name;
    case RoleColumn: return p.isManager ? tr("Manager's database") : tr("Field laptop");
    case OfficerColumn: return p.officer;
    case SentColumn: return p.lastSentAt.isValid() ? when(p.lastSentAt) : tr("never");
    case ReceivedColumn: return p.lastReceivedAt.isValid() ? when(p.lastReceivedAt) : tr("never");
    case ReceivedSeqColumn: return QLocale().toString(p.receivedSeq);
    case AckedSeqColumn: return QLocale().toString(p.ackedSeq);
    }
    return {};
}

// ---- SyncPackageModel

const PackageRecord *SyncPackageModel::package(int row) const
{
    return row >= 0 && row < m_packages.size() ? &m_packages[row] : nullptr;
}

int SyncPackageModel::rowOf(qint64 packageId) const
{
    for (int i = 0; i < m_packages.size(); ++i) {
        if (m_packages[i].id == packageId)
            return i;
    }
    return -1;
}

QString SyncPackageModel::header(int column) const
{
    switch (column) {
    case WhenColumn: return tr("When");
    case DirectionColumn: return tr("Direction", "of a sync package");
    case PeerColumn: return tr("With");
    case FileColumn: return tr("File");
    case ByColumn: return tr("By");
    case VersionsColumn: return tr("Records");
    case OutcomeColumn: return tr("Outcome");
    }
    return {};
}

QString SyncPackageModel::directionLabel(PackageRecord::Direction direction)
{
    switch (direction) {
    case PackageRecord::Direction::Sent: return tr("Sent");
    case PackageRecord::Direction::Received: return tr("Received");
    case PackageRecord::Direction::Refused: return tr("Refused");
    }
    return {};
}

QString SyncPackageModel::outcome(const PackageRecord &p)
{
    switch (p.direction) {
    case PackageRecord::Direction::Sent:
        return p.starter ? tr("Starter package") : tr("Changes %1 to %2").arg(QLocale().toString(p.fromSeq), QLocale().toString(p.toSeq));
    case PackageRecord::Direction::Received: {
        const QLocale l;
        return tr("New %1, updated %2, conflicts %3, refused %4")
            .arg(l.toString(p.summary.inserted), l.toString(p.summary.updated), l.toString(p.summary.conflicts),
                 l.toString(p.summary.rejected.size()));
    }
    case PackageRecord::Direction::Refused: return p.error;
    }
    return {};
}

QString SyncPackageModel::details(const PackageRecord &p)
{
    const QString file = QDir::toNativeSeparators(p.fileName);
    switch (p.direction) {
    case PackageRecord::Direction::Sent: {
        const QLocale l;
        const QString sent = p.starter ? tr("Starter package for %1, written to %2: %3 records.")
                                             .arg(p.peerName, file, l.toString(p.versions))
                                       : tr("Sent to %1 in %2: %3 records, this database's changes %4 to %5.")
                                             .arg(p.peerName, file, l.toString(p.versions), l.toString(p.fromSeq),
                                                  l.toString(p.toSeq));
        return sent;
    }
    case PackageRecord::Direction::Received:
        return tr("Received from %1 in %2.").arg(p.peerName, file) + QStringLiteral("\n\n") + p.summary.text();
    case PackageRecord::Direction::Refused:
        return tr("Refused: %1").arg(p.error);
    }
    return {};
}

QVariant SyncPackageModel::cell(int row, int column, int role) const
{
    const PackageRecord &p = m_packages[row];
    switch (role) {
    case PackageIdRole: return p.id;
    case Qt::ToolTipRole:
        return column == FileColumn ? QDir::toNativeSeparators(p.fileName) : column == OutcomeColumn ? outcome(p) : QVariant();
    case Qt::ForegroundRole:
        return p.direction == PackageRecord::Direction::Refused && column == DirectionColumn ? QVariant(QColor(0xb0, 0x00, 0x20))
                                                                                           : QVariant();
    case Qt::TextAlignmentRole:
        return column == VersionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case WhenColumn: return when(p.at);
    case DirectionColumn: return directionLabel(p.direction);
    case PeerColumn: return p.peerName;
    case FileColumn: return QFileInfo(p.fileName).fileName();
    case ByColumn: return p.by;
    case VersionsColumn: return QLocale().toString(p.versions);
    case OutcomeColumn: return outcome(p);
    }
    return {};
}

// ---- ConflictModel

const Conflict *ConflictModel::conflict(int row) const
{
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

int ConflictModel::rowOf(qint64 conflictId) const
{
    for (int i = 0; i < m_conflicts.size(); ++i) {
        if (m_conflicts[i].id == conflictId)
            return i;
    }
    return -1;
}

QString ConflictModel::header(int column) const
{
    switch (column) {
    case WhatColumn: return tr("What");
    case EntityColumn: return tr("Kind");
    case FromColumn: return tr("From");
    case MineColumn: return tr("Mine", "this database's version");
    case MineChangedColumn: return tr("Mine changed by");
    case TheirsColumn: return tr("Theirs", "the other database's version");
    case TheirsChangedColumn: return tr("Theirs changed by");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QString ConflictModel::statusText(const Conflict &c)
{
    QString text = capitalised(conflictStatusLabel(c.status));
    if (c.status == Conflict::Status::Resolved)
        text = tr("%1: %2 by %3, %4", "status: resolution by whom, when")
                   .arg(text, resolutionLabel(c.resolution), c.resolvedBy, when(c.resolvedAt));
    if (c.locked)
        text = tr("%1 (approved data)").arg(text);
    return text;
}

QString ConflictModel::display(const Conflict &c, int column) const
{
    switch (column) {
    case WhatColumn: return c.what;
    case EntityColumn: return capitalised(entityLabel(c.entity));
    case FromColumn: return c.peerName;
    case MineColumn: return VersionText::summary(c.mine, VersionText::differingFields(c.mine, c.theirs));
    case MineChangedColumn: return VersionText::changed(c.mine);
    case TheirsColumn: return VersionText::summary(c.theirs, VersionText::differingFields(c.mine, c.theirs));
    case TheirsChangedColumn: return VersionText::changed(c.theirs);
    case StatusColumn: return statusText(c);
    }
    return {};
}

QVariant ConflictModel::cell(int row, int column, int role) const
{
    const Conflict &c = m_conflicts[row];
    switch (role) {
    case Qt::DisplayRole: return display(c, column);
    case ConflictIdRole: return c.id;
    case OpenRole: return c.status == Conflict::Status::Open;
    case Qt::FontRole:
        if (column == MineColumn || column == TheirsColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return column == StatusColumn && c.locked ? QVariant(QColor(0xb2, 0x6a, 0x00)) : QVariant();
    case Qt::ToolTipRole:
        if (c.locked)
            return tr("A field package tried to change approved data; it was not applied. Keep mine leaves the approved "
                      "data as it is; take theirs changes it.");
        if (column == MineColumn || column == TheirsColumn)
            return display(c, column);
        return {};
    }
    return {};
}
