#include "sitetablemodel.h"

#include "shell/session.h"

#include <QLocale>

SiteTableModel::SiteTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SiteTableModel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity == Session::Entity::Site)
                reload();
        });
        connect(m_session, &Session::programmeChanged, this, &SiteTableModel::reload);
    }
    reload();
}

void SiteTableModel::reload()
{
    beginResetModel();
    m_sites = m_session ? m_session->sites().sites(m_session->programmeId()) : QList<Site>();
    endResetModel();
}

void SiteTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sites.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Site *SiteTableModel::site(int row) const
{
    return row >= 0 && row < m_sites.size() ? &m_sites[row] : nullptr;
}

int SiteTableModel::rowOf(qint64 siteId) const
{
    for (int i = 0; i < m_sites.size(); ++i)
        if (m_sites[i].meta.id == siteId)
            return i;
    return -1;
}

int SiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &s = m_sites[index.row()];
    const QLocale locale;
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return s.code;
        case Name: return s.name();
        case Province: return s.province();
        case Prefecture: return s.prefecture();
        case County: return s.county();
        case ArmColumn: return Vocabulary::label(s.arm);
        case LocalityColumn: return Vocabulary::label(s.locality);
        case EthnicMinority: return yesNo(s.ethnicMinorityArea);
        case Poverty: return yesNo(s.povertyCounty);
        case Children: return locale.toString(s.childPopulation);
        case InterventionStart: return s.interventionStart.isValid() ? locale.toString(s.interventionStart, QLocale::ShortFormat) : QString();
        case Status: return Vocabulary::label(s.status);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Children)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return QString(s.nameEn + QStringLiteral(" / ") + s.nameZh);
        break;
    case SiteIdRole: return s.meta.id;
    case SortRole:
        switch (index.column()) {
        case Children: return s.childPopulation;
        case InterventionStart: return s.interventionStart;
        case EthnicMinority: return s.ethnicMinorityArea;
        case Poverty: return s.povertyCounty;
        default: return data(index, Qt::DisplayRole);
        }
    case ProvinceKeyRole: return s.provinceEn.isEmpty() ? s.provinceZh : s.provinceEn;
    case ArmRole: return static_cast<int>(s.arm);
    case LocalityRole: return static_cast<int>(s.locality);
    case EthnicMinorityRole: return s.ethnicMinorityArea;
    case PovertyRole: return s.povertyCounty;
    case SearchTextRole:
        return QStringList{s.code, s.nameEn, s.nameZh, s.countyEn, s.countyZh, s.townshipEn, s.townshipZh}.join(u' ');
    }
    return {};
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name", "site name");
    case Province: return tr("Province");
    case Prefecture: return tr("Prefecture");
    case County: return tr("County");
    case ArmColumn: return tr("Arm");
    case LocalityColumn: return tr("Rural/urban");
    case EthnicMinority: return tr("Ethnic minority area");
    case Poverty: return tr("Poverty county");
    case Children: return tr("Children");
    case InterventionStart: return tr("Intervention start");
    case Status: return tr("Status");
    }
    return {};
}
