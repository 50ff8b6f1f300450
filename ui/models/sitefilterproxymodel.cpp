#include "sitefilterproxymodel.h"

#include "sitetablemodel.h"

SiteFilterProxyModel::SiteFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SiteTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SiteFilterProxyModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SiteFilterProxyModel::setProvince(const QString &provinceKey)
{
    m_province = provinceKey;
    invalidateFilter();
}

void SiteFilterProxyModel::setArm(std::optional<Arm> arm)
{
    m_arm = arm;
    invalidateFilter();
}

void SiteFilterProxyModel::setEquity(Equity equity)
{
    m_equity = equity;
    invalidateFilter();
}

bool SiteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() && !index.data(SiteTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_province.isEmpty() && index.data(SiteTableModel::ProvinceKeyRole).toString() != m_province)
        return false;
    if (m_arm && index.data(SiteTableModel::ArmRole).toInt() != static_cast<int>(*m_arm))
        return false;
    switch (m_equity) {
    case Equity::Any: return true;
    case Equity::EthnicMinorityArea: return index.data(SiteTableModel::EthnicMinorityRole).toBool();
    case Equity::PovertyCounty: return index.data(SiteTableModel::PovertyRole).toBool();
    case Equity::Rural: return index.data(SiteTableModel::LocalityRole).toInt() == static_cast<int>(Locality::Rural);
    case Equity::Urban: return index.data(SiteTableModel::LocalityRole).toInt() == static_cast<int>(Locality::Urban);
    }
    return true;
}
