#pragma once

#include "chartpanel.h"

class QChart;
class QChartView;

// Sites ranked by their latest value or by their change from the baseline to the endline
// window, bars coloured by arm; clicking a bar opens the site. With many sites the best and
// the worst 20 are drawn (the copied table has them all).
class RankingChart final : public ChartPanel
{
    Q_OBJECT

public:
    enum class Measure { Latest, Change };
    static constexpr int MaxBars = 40;

    explicit RankingChart(QWidget *parent = nullptr);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    QList<QStringList> table() const override;
    QString title() const override;
    QChart *chart() const { return m_chart; }
    // The site of each drawn bar, top to bottom as drawn.
    QList<qint64> drawnSites() const { return m_drawn; }

protected:
    QString rebuild() override;

private:
    struct Ranked
    {
        const Analytics::SiteRow *row;
        double value;
    };
    QList<Ranked> ranked() const;

    QWidget *exportWidget() const override;
    QChartView *m_view;
    class QScrollArea *m_scroll;
    QChart *m_chart;
    Measure m_measure = Measure::Latest;
    QList<qint64> m_drawn;
};
