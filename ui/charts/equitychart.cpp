#include "equitychart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QToolTip>
#include <QValueAxis>

using namespace Analytics;

namespace {
struct Bar
{
    const char *key;
    Aggregate EquityBars::*member;
    QColor colour;
};
const Bar Bars[] = {
    {"pilotBaseline", &EquityBars::pilotBaseline, QColor(0x9e, 0xc5, 0xe6)},
    {"pilotEndline", &EquityBars::pilotEndline, QColor(0x1f, 0x77, 0xb4)},
    {"comparisonBaseline", &EquityBars::comparisonBaseline, QColor(0xf5, 0xc1, 0x8a)},
    {"comparisonEndline", &EquityBars::comparisonEndline, QColor(0xe0, 0x7b, 0x10)},
};

QString barName(int i)
{
    switch (i) {
    case 0: return EquityChart::tr("Pilot, baseline");
    case 1: return EquityChart::tr("Pilot, endline");
    case 2: return EquityChart::tr("Comparison, baseline");
    default: return EquityChart::tr("Comparison, endline");
    }
}
} // namespace

EquityChart::EquityChart(QWidget *parent) : ChartPanel(parent)
{
    m_view = makeChartView("equityView");
    m_chart = m_view->chart();
    setCanvas(m_view);
}

QString EquityChart::title() const
{
    return dashboard() ? tr("%1 by equity group").arg(dashboard()->indicator.name()) : tr("Equity");
}

QString EquityChart::rebuild()
{
    const Dashboard &d = *dashboard();
    resetChart(m_chart);
    bool any = false;
    for (const EquityBars &bars : d.equityBars)
        for (const Bar &bar : Bars)
            any = any || (bars.*(bar.member)).level.has_value();
    if (!any)
        return tr("No approved data in the baseline or endline window for any equity group yet.");

    auto *series = new QBarSeries;
    QStringList categories;
    for (const EquityBars &bars : d.equityBars)
        categories.append(groupLabel(bars.group));
    const ValueType type = d.indicator.valueType;
    for (int i = 0; i < 4; ++i) {
        auto *set = new QBarSet(barName(i));
        set->setColor(Bars[i].colour);
        for (const EquityBars &bars : d.equityBars)
            set->append(ChartText::plotted(bars.*(Bars[i].member)).value_or(0.0));
        const Aggregate EquityBars::*member = Bars[i].member;
        connect(set, &QBarSet::hovered, this, [this, member, type, i](bool state, int index) {
            if (!state || !dashboard() || index < 0 || index >= dashboard()->equityBars.size()) {
                QToolTip::hideText();
                return;
            }
            const EquityBars &bars = dashboard()->equityBars[index];
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2\n%3")
                                                   .arg(groupLabel(bars.group), barName(i), ChartText::describe(bars.*member, type)));
        });
        series->append(set);
    }
    m_chart->addSeries(series);
    auto *groups = new QBarCategoryAxis;
    groups->append(categories);
    auto *values = new QValueAxis;
    values->setTitleText(ChartText::valueAxisTitle(d.indicator));
    values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(groups, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(groups);
    series->attachAxis(values);
    values->applyNiceNumbers();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    return {};
}

QList<QStringList> EquityChart::table() const
{
    QList<QStringList> rows{{tr("Dimension"), tr("Group"), tr("Arm and window"), tr("Value"), tr("Numerator"), tr("Denominator"),
                             tr("Sites"), tr("Reports")}};
    if (!dashboard())
        return rows;
    const int decimals = decimalsOf(dashboard()->indicator.valueType) + 2;
    for (const EquityBars &bars : dashboard()->equityBars)
        for (int i = 0; i < 4; ++i) {
            const Aggregate &a = bars.*(Bars[i].member);
            rows.append({dimensionLabel(bars.group.dimension), groupLabel(bars.group), barName(i), formatted(a.level, decimals),
                         formatted(a.numerator, 0), formatted(a.denominator, 0), QString::number(a.sites),
                         QString::number(a.reports)});
        }
    return rows;
}
