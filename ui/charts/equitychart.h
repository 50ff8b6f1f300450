#pragma once

#include "chartpanel.h"

class QChart;
class QChartView;

// Equity: grouped bars for each equity group (rural and urban sites, ethnic-minority areas,
// poverty counties, girls and boys, minority and Han children), in pilot and comparison
// sites, over the baseline and the endline window.
class EquityChart final : public ChartPanel
{
    Q_OBJECT

public:
    explicit EquityChart(QWidget *parent = nullptr);
    QList<QStringList> table() const override;
    QString title() const override;
    QChart *chart() const { return m_chart; }

protected:
    QString rebuild() override;

private:
    QChartView *m_view;
    QChart *m_chart;
};
