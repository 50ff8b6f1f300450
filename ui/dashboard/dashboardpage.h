#pragma once

#include "analytics/analytics.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class ChartPanel;
class CompletenessHeatmap;
class EquityChart;
class GroupEffectModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class PlaceModel;
class QualityIssueModel;
class RankingChart;
class Session;
class Settings;
class SiteQualityModel;
class TrendChart;

// The manager's dashboards: filters (indicator, period range and roll-up, province /
// prefecture / county, arm, equity group, submitted data), KPI tiles with a plain-language
// reading of the effect, and tabs with the trend, the site ranking, equity, the completeness
// heat map and the data-quality panel. Every query runs on a worker thread; a result for a
// filter that has since changed is dropped. Filters persist in the settings.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TrendTab, SitesTab, EquityTab, CompletenessTab, QualityTab };

    DashboardPage(Settings &settings, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setSession(Session *session);
    // The filter the widgets describe now.
    Analytics::Filter filter() const;
    // The last result shown (null before the first).
    std::shared_ptr<const Analytics::Dashboard> current() const { return m_current; }
    bool isComputing() const { return m_computing; }

    // The plain-language reading of a difference-in-differences, as the KPI tile shows it.
    static QString reading(const Analytics::Dashboard &dashboard);

    TrendChart *trendChart() const { return m_trend; }
    RankingChart *rankingChart() const { return m_ranking; }
    EquityChart *equityChart() const { return m_equity; }
    CompletenessHeatmap *heatmap() const { return m_heatmap; }
    QTableView *issuesView() const { return m_issuesView; }
    QTableView *siteQualityView() const { return m_siteQualityView; }
    QTableView *effectsView() const { return m_effectsView; }
    QTableView *placesView() const { return m_placesView; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // A result (or an error) was shown; tests wait for it.
    void refreshed();
    void siteOpenRequested(qint64 siteId);
    // A cell to look at: the site's form for the period, at the indicator's row.
    void openFormRequested(qint64 siteId, const Period &period, qint64 indicatorId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Tile
    {
        QLabel *title;
        QLabel *value;
        QLabel *detail;
    };
    Tile makeTile(const char *name);
    QWidget *chartTab(ChartPanel *chart, QWidget *extra = nullptr);
    void retranslateUi();
    void fillFilters();
    void fillPlaces();
    void fillPeriods();
    void restoreFilters();
    void saveFilters();
    void refresh();
    void display(std::shared_ptr<const Analytics::Dashboard> dashboard);
    void showError(const QString &message);
    void showTiles();
    void exportChart(ChartPanel *chart, const QString &suffix);
    const Indicator *currentIndicator() const;

    Settings &m_settings;
    QPointer<Session> m_session;
    std::shared_ptr<const Analytics::Dashboard> m_current;
    std::shared_ptr<std::atomic<int>> m_generation;
    bool m_computing = false;
    bool m_stale = true;
    bool m_filling = false;
    QList<Indicator> m_indicators; // the programme's, read by fillFilters()
    QList<Site> m_sites;
    bool m_errorShown = false; // the status line shows a refusal instead of a result

    QLabel *m_indicatorLabel;
    QComboBox *m_indicator;
    QLabel *m_byLabel;
    QComboBox *m_by;
    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    QCheckBox *m_submitted;
    QLabel *m_provinceLabel;
    QComboBox *m_province;
    QLabel *m_prefectureLabel;
    QComboBox *m_prefecture;
    QLabel *m_countyLabel;
    QComboBox *m_county;
    QLabel *m_armLabel;
    QComboBox *m_arm;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QPushButton *m_reset;
    QLabel *m_status;
    Tile m_latest;
    Tile m_effect;
    Tile m_meeting;
    Tile m_completeness;
    QTabWidget *m_tabs;
    TrendChart *m_trend;
    RankingChart *m_ranking;
    QLabel *m_measureLabel;
    QComboBox *m_measure;
    QLabel *m_placeLevelLabel;
    QComboBox *m_placeLevel;
    QTableView *m_placesView;
    PlaceModel *m_places;
    EquityChart *m_equity;
    QTableView *m_effectsView;
    GroupEffectModel *m_effects;
    QLabel *m_gaps;
    CompletenessHeatmap *m_heatmap;
    QLabel *m_qualitySummary;
    QTableView *m_siteQualityView;
    SiteQualityModel *m_siteQuality;
    QTableView *m_issuesView;
    QualityIssueModel *m_issues;
    QList<QPushButton *> m_pngButtons;
    QList<QPushButton *> m_svgButtons;
    QList<QPushButton *> m_copyButtons;
};
