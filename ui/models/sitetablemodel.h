#pragma once

#include "domain/site.h"

#include <QAbstractTableModel>
#include <QPointer>

class Session;

// The current programme's sites, one row each. Headers and labels are translated on every
// call, so a language switch only needs retranslate() (STYLE.md 4).
class SiteTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Province, Prefecture, County, ArmColumn, LocalityColumn, EthnicMinority, Poverty,
                  Children, InterventionStart, Status, ColumnCount };
    enum Role { SiteIdRole = Qt::UserRole + 1, SortRole, ProvinceKeyRole, ArmRole, LocalityRole, EthnicMinorityRole,
                PovertyRole, SearchTextRole };

    explicit SiteTableModel(QObject *parent = nullptr);

    void setSession(Session *session);
    void reload();
    void retranslate();

    const Site *site(int row) const;
    int rowOf(qint64 siteId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Session> m_session;
    QList<Site> m_sites;
};
