#pragma once

#include "chartpanel.h"

class QChart;
class QChartView;

// Pilot vs comparison over time: a line per arm with its 95 % interval band, the baseline and
// target as dashed lines, and a marker where the intervention starts. Counts are shown per
// site and period so that arms of different sizes compare.
class TrendChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);
    QList<QStringList> table() const override;
    QString title() const override;
    QChart *chart() const { return m_chart; }

protected:
    QString rebuild() override;

private:
    QChartView *m_view;
    QChart *m_chart;
};
