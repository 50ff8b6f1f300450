#pragma once

#include "domain/vocabulary.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters sites by free text (code and names in both languages), province, arm and one
// equity attribute, and sorts by the raw values (numbers as numbers).
class SiteFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Equity { Any, EthnicMinorityArea, PovertyCounty, Rural, Urban };

    explicit SiteFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setProvince(const QString &provinceKey); // "" = all
    void setArm(std::optional<Arm> arm);
    void setEquity(Equity equity);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_province;
    std::optional<Arm> m_arm;
    Equity m_equity = Equity::Any;
};
