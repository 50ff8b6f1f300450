#pragma once

#include "analytics/readiness.h"

#include <QWidget>

class QChart;
class QPolarChart;
class QChartView;
class QLabel;
class QStackedLayout;

// The readiness domain scores on a polar (radar) chart: a spoke per ISAT domain, scores 1–4 on
// the radius, one closed line per assessment (two when comparing). A domain without a score sits
// at the centre and the table says "no score". Rebuilds its titles and labels on a language switch.
class RadarChart final : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<std::optional<double>> scores; // in the order of Readiness::Domains
    };

    explicit RadarChart(QWidget *parent = nullptr);
    void setSeries(const QList<Series> &series);
    // The domain scores of an evaluation as a series.
    static Series seriesOf(const QString &name, const Readiness::Evaluation &evaluation);
    const QList<Series> &series() const { return m_series; }
    QPolarChart *chart() const { return m_chart; }
    bool isEmpty() const { return m_series.isEmpty(); }
    QString emptyText() const;
    // Domain, then a column per series.
    QList<QStringList> table() const;
    // Draws the chart (not the empty text) into an image of the given size, for reports.
    QImage image(const QSize &size, qreal scale = 1.0) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<Series> m_series;
    QStackedLayout *m_layout;
    QChartView *m_view;
    QPolarChart *m_chart;
    QLabel *m_empty;
};
