#pragma once

#include "analytics/analytics.h"

#include <QAbstractTableModel>

#include <memory>

// The dashboard's tables, read-only views of one computed Dashboard. After a language switch
// the page calls retranslate(): headers and cells are re-read in the new language.
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;
    void setDashboard(std::shared_ptr<const Analytics::Dashboard> dashboard);
    const Analytics::Dashboard *dashboard() const { return m_dashboard.get(); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int SiteIdRole = Qt::UserRole + 1;
    static constexpr int PeriodRole = Qt::UserRole + 2; // the period id
    static constexpr int SortRole = Qt::UserRole + 3;   // numbers as numbers

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // Display text, or a number for SortRole; site and period for the roles above.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    std::shared_ptr<const Analytics::Dashboard> m_dashboard;
};

// Outliers and consistency failures, each with its site and period for the jump to the cell.
class QualityIssueModel final : public DashboardTableModel
{
    Q_OBJECT
public:
    using DashboardTableModel::DashboardTableModel;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
};

// Completeness, timeliness, outliers and failures of each site.
class SiteQualityModel final : public DashboardTableModel
{
    Q_OBJECT
public:
    using DashboardTableModel::DashboardTableModel;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
};

// Difference-in-differences overall and in each equity group.
class GroupEffectModel final : public DashboardTableModel
{
    Q_OBJECT
public:
    using DashboardTableModel::DashboardTableModel;

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    const Analytics::Did &didAt(int row, QString *name) const;
};

// Aggregates by province, prefecture or county (one level at a time).
class PlaceModel final : public DashboardTableModel
{
    Q_OBJECT
public:
    using DashboardTableModel::DashboardTableModel;
    void setLevel(Analytics::PlaceLevel level);
    Analytics::PlaceLevel level() const { return m_level; }

protected:
    int rows() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<const Analytics::PlaceRow *> shown() const;
    Analytics::PlaceLevel m_level = Analytics::PlaceLevel::Province;
};
