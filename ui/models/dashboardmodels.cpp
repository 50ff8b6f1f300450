#include "dashboardmodels.h"

#include <QBrush>
#include <QColor>

using namespace Analytics;

void DashboardTableModel::setDashboard(std::shared_ptr<const Dashboard> dashboard)
{
    beginResetModel();
    m_dashboard = std::move(dashboard);
    endResetModel();
}

void DashboardTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int DashboardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dashboard ? 0 : rows();
}

int DashboardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList h = headers();
    return section >= 0 && section < h.size() ? QVariant(h[section]) : QVariant();
}

QVariant DashboardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_dashboard)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SiteIdRole || role == PeriodRole || role == SortRole
        || role == Qt::ForegroundRole || role == Qt::TextAlignmentRole)
        return cell(index.row(), index.column(), role);
    return {};
}

namespace {
const SiteRow *siteRow(const Dashboard &d, qint64 siteId)
{
    for (const SiteRow &row : d.sites)
        if (row.site.meta.id == siteId)
            return &row;
    return nullptr;
}

QVariant number(const std::optional<double> &v, int decimals, int role)
{
    if (role == DashboardTableModel::SortRole)
        return v ? QVariant(*v) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return formatted(v, decimals);
    return {};
}

QVariant percent(const std::optional<double> &fraction, int role)
{
    return number(fraction ? std::optional(100.0 * *fraction) : std::nullopt, 1, role);
}

QVariant text(const QString &s, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole || role == DashboardTableModel::SortRole ? QVariant(s) : QVariant();
}
} // namespace

// Quality issues.
int QualityIssueModel::rows() const
{
    return int(dashboard()->issues.size());
}

QStringList QualityIssueModel::headers() const
{
    return {tr("Site code"), tr("Site"), tr("Period"), tr("Problem"), tr("Value"), tr("Modified z-score")};
}

QVariant QualityIssueModel::cell(int row, int column, int role) const
{
    const QualityIssue &issue = dashboard()->issues[row];
    if (role == SiteIdRole)
        return issue.siteId;
    if (role == PeriodRole)
        return issue.period.id();
    const SiteRow *site = siteRow(*dashboard(), issue.siteId);
    switch (column) {
    case 0: return text(site ? site->site.code : QString(), role);
    case 1: return text(site ? site->site.name() : QString(), role);
    case 2:
        if (role == SortRole)
            return issue.period.id();
        return text(issue.period.displayName(), role);
    case 3:
        if (role == Qt::ForegroundRole)
            return QBrush(issue.kind == IssueKind::Outlier ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb7, 0x1c, 0x1c));
        return text(issueText(issue.kind), role);
    case 4: return number(issue.value, decimalsOf(dashboard()->indicator.valueType) + 1, role);
    case 5: return number(issue.score, 2, role);
    }
    return {};
}

// Quality per site.
int SiteQualityModel::rows() const
{
    return int(dashboard()->sites.size());
}

QStringList SiteQualityModel::headers() const
{
    return {tr("Site code"), tr("Site"), tr("Arm"), tr("Expected"), tr("Received"), tr("Complete %"), tr("On time %"),
            tr("Outliers"), tr("Consistency failures")};
}

QVariant SiteQualityModel::cell(int row, int column, int role) const
{
    const SiteRow &r = dashboard()->sites[row];
    if (role == SiteIdRole)
        return r.site.meta.id;
    if (role == PeriodRole)
        return {};
    const Quality &q = r.quality;
    switch (column) {
    case 0: return text(r.site.code, role);
    case 1: return text(r.site.name(), role);
    case 2: return text(Vocabulary::label(r.site.arm), role);
    case 3: return number(double(q.expected), 0, role);
    case 4: return number(double(q.received), 0, role);
    case 5:
        if (role == Qt::ForegroundRole && q.completeness() && *q.completeness() < 0.8)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return percent(q.completeness(), role);
    case 6: return percent(q.timeliness(), role);
    case 7: return number(double(q.outliers), 0, role);
    case 8:
        if (role == Qt::ForegroundRole && q.consistencyFailures > 0)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return number(double(q.consistencyFailures), 0, role);
    }
    return {};
}

// Effects by group.
int GroupEffectModel::rows() const
{
    return 1 + int(dashboard()->didByGroup.size());
}

QStringList GroupEffectModel::headers() const
{
    return {tr("Sites"), tr("Pilot change"), tr("Comparison change"), tr("Difference-in-differences"), tr("95% CI"),
            tr("Degrees of freedom"), tr("Pilot sites"), tr("Comparison sites"), tr("Note")};
}

const Did &GroupEffectModel::didAt(int row, QString *name) const
{
    if (row == 0) {
        *name = tr("All sites");
        return dashboard()->did;
    }
    const GroupDid &g = dashboard()->didByGroup[row - 1];
    *name = groupLabel(g.group);
    return g.did;
}

QVariant GroupEffectModel::cell(int row, int column, int role) const
{
    if (role == SiteIdRole || role == PeriodRole)
        return {};
    QString name;
    const Did &did = didAt(row, &name);
    const int decimals = decimalsOf(dashboard()->indicator.valueType) + 1;
    switch (column) {
    case 0: return text(name, role);
    case 1: return number(did.pilotChange, decimals, role);
    case 2: return number(did.comparisonChange, decimals, role);
    case 3: return number(did.estimate, decimals, role);
    case 4:
        if (role == SortRole)
            return did.low ? QVariant(*did.low) : QVariant();
        return text(did.low ? tr("%1 to %2").arg(formatted(did.low, decimals), formatted(did.high, decimals)) : QStringLiteral("–"), role);
    case 5: return number(did.df, 1, role);
    case 6: return number(double(did.pilotSites), 0, role);
    case 7: return number(double(did.comparisonSites), 0, role);
    case 8: return text(didReasonText(did.reason), role);
    }
    return {};
}

// Places.
void PlaceModel::setLevel(PlaceLevel level)
{
    beginResetModel();
    m_level = level;
    endResetModel();
}

QList<const PlaceRow *> PlaceModel::shown() const
{
    QList<const PlaceRow *> list;
    for (const PlaceRow &row : dashboard()->places)
        if (row.level == m_level)
            list.append(&row);
    return list;
}

int PlaceModel::rows() const
{
    return int(shown().size());
}

QStringList PlaceModel::headers() const
{
    return {placeLevelLabel(m_level), tr("Sites"), tr("Latest value"), tr("95% CI"), tr("Reports"), tr("Baseline window"),
            tr("Endline window"), tr("Change")};
}

QVariant PlaceModel::cell(int row, int column, int role) const
{
    if (role == SiteIdRole || role == PeriodRole)
        return {};
    const PlaceRow &p = *shown().at(row);
    const int decimals = decimalsOf(dashboard()->indicator.valueType) + 1;
    const auto change = p.baseline.level && p.endline.level ? std::optional(*p.endline.level - *p.baseline.level) : std::nullopt;
    switch (column) {
    case 0: return text(p.name(), role);
    case 1: return number(double(p.sites), 0, role);
    case 2: return number(p.latest.level, decimals, role);
    case 3:
        if (role == SortRole)
            return p.latest.low ? QVariant(*p.latest.low) : QVariant();
        return text(p.latest.low ? tr("%1 to %2").arg(formatted(p.latest.low, decimals), formatted(p.latest.high, decimals))
                                 : QStringLiteral("–"),
                    role);
    case 4: return number(double(p.latest.reports), 0, role);
    case 5: return number(p.baseline.level, decimals, role);
    case 6: return number(p.endline.level, decimals, role);
    case 7: return number(change, decimals, role);
    }
    return {};
}
