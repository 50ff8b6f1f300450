#include "rankingchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QScrollArea>
#include <QToolTip>
#include <QValueAxis>

using namespace Analytics;

RankingChart::RankingChart(QWidget *parent) : ChartPanel(parent)
{
    m_view = makeChartView("rankingView");
    m_chart = m_view->chart();
    // Every site's name needs its line: the chart grows with the bars and scrolls.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    setCanvas(m_scroll);
}

QWidget *RankingChart::exportWidget() const
{
    return m_view;
}

void RankingChart::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    refresh();
}

QString RankingChart::title() const
{
    if (!dashboard())
        return tr("Sites");
    return m_measure == Measure::Latest ? tr("%1: latest value by site").arg(dashboard()->indicator.name())
                                        : tr("%1: change from baseline to endline by site").arg(dashboard()->indicator.name());
}

QList<RankingChart::Ranked> RankingChart::ranked() const
{
    QList<Ranked> list;
    if (!dashboard())
        return list;
    for (const SiteRow &row : dashboard()->sites) {
        const auto v = m_measure == Measure::Latest ? row.latest : row.change();
        if (v)
            list.append({&row, *v});
    }
    // Best first: high values for "higher is better", low ones otherwise.
    const bool higher = dashboard()->indicator.direction == Direction::Higher;
    std::stable_sort(list.begin(), list.end(), [higher](const Ranked &a, const Ranked &b) {
        return higher ? a.value > b.value : a.value < b.value;
    });
    return list;
}

QString RankingChart::rebuild()
{
    const Dashboard &d = *dashboard();
    resetChart(m_chart);
    m_drawn.clear();
    QList<Ranked> list = ranked();
    if (list.isEmpty())
        return m_measure == Measure::Latest ? tr("No site has approved data for these periods yet.")
                                            : tr("No site has values in both the baseline and the endline window yet.");
    const int total = int(list.size());
    if (list.size() > MaxBars)
        list = list.mid(0, MaxBars / 2) + list.mid(list.size() - MaxBars / 2);
    // Bars are drawn bottom-up: reverse so that the best is on top.
    std::reverse(list.begin(), list.end());

    auto *pilot = new QBarSet(Vocabulary::label(Arm::Pilot));
    auto *comparison = new QBarSet(Vocabulary::label(Arm::Comparison));
    pilot->setColor(QColor(0x1f, 0x77, 0xb4));
    comparison->setColor(QColor(0xe0, 0x7b, 0x10));
    QStringList categories;
    QSet<QString> used;
    for (const Ranked &r : std::as_const(list)) {
        QString name = r.row->site.name();
        if (used.contains(name))
            name += QStringLiteral(" (%1)").arg(r.row->site.code);
        used.insert(name);
        categories.append(name);
        const bool isPilot = r.row->site.arm == Arm::Pilot;
        pilot->append(isPilot ? r.value : 0.0);
        comparison->append(isPilot ? 0.0 : r.value);
        m_drawn.prepend(r.row->site.meta.id);
    }
    // m_drawn is top to bottom; the series index counts bottom-up.
    auto *series = new QHorizontalStackedBarSeries;
    series->append(pilot);
    series->append(comparison);
    series->setBarWidth(0.8);
    const ValueType type = d.indicator.valueType;
    auto siteAt = [this](int index) -> const SiteRow * {
        const int fromTop = int(m_drawn.size()) - 1 - index;
        if (!dashboard() || fromTop < 0 || fromTop >= m_drawn.size())
            return nullptr;
        for (const SiteRow &row : dashboard()->sites)
            if (row.site.meta.id == m_drawn[fromTop])
                return &row;
        return nullptr;
    };
    for (QBarSet *set : {pilot, comparison}) {
        connect(set, &QBarSet::clicked, this, [this, siteAt](int index) {
            if (const SiteRow *row = siteAt(index))
                emit siteActivated(row->site.meta.id);
        });
        connect(set, &QBarSet::hovered, this, [siteAt, type, this](bool state, int index) {
            const SiteRow *row = state ? siteAt(index) : nullptr;
            if (!row) {
                QToolTip::hideText();
                return;
            }
            const int decimals = decimalsOf(type) + 1;
            QString text = QStringLiteral("%1 (%2, %3)").arg(row->site.name(), row->site.code, Vocabulary::label(row->site.arm));
            text += u'\n' + tr("Latest (%1): %2").arg(row->latestPeriod.isValid() ? row->latestPeriod.displayName() : QStringLiteral("–"),
                                                     formatted(row->latest, decimals));
            text += u'\n' + tr("Baseline window %1, endline window %2, change %3")
                                .arg(formatted(row->baseline, decimals), formatted(row->endline, decimals), formatted(row->change(), decimals));
            if (row->target)
                text += u'\n' + tr("Target %1: %2").arg(formatted(row->target, decimals),
                                                        row->meetsTarget.value_or(false) ? tr("met") : tr("not met"));
            text += u'\n' + tr("Click to open the site");
            QToolTip::showText(QCursor::pos(), text);
        });
    }
    m_chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false);
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    names->setLabelsFont(small);
    auto *values = new QValueAxis;
    values->setTitleText(m_measure == Measure::Latest ? ChartText::valueAxisTitle(d.indicator)
                                                      : tr("Change (%1)").arg(ChartText::valueAxisTitle(d.indicator)));
    values->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(names, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    values->applyNiceNumbers();
    if (total > MaxBars)
        m_chart->setTitle(title() + u'\n' + tr("the best and the worst %1 of %2 sites").arg(MaxBars / 2).arg(total));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setMinimumHeight(int(list.size()) * (QFontMetrics(small).height() + 6) + 170);
    return {};
}

QList<QStringList> RankingChart::table() const
{
    QList<QStringList> rows{{tr("Rank"), tr("Site code"), tr("Site"), tr("Arm"), tr("Latest period"), tr("Latest value"),
                             tr("Baseline window"), tr("Endline window"), tr("Change"), tr("Target"), tr("Target met")}};
    const int decimals = dashboard() ? decimalsOf(dashboard()->indicator.valueType) + 2 : 2;
    int rank = 0;
    for (const Ranked &r : ranked()) {
        const SiteRow &row = *r.row;
        rows.append({QString::number(++rank), row.site.code, row.site.name(), Vocabulary::label(row.site.arm),
                     row.latestPeriod.isValid() ? row.latestPeriod.displayName() : QString(), formatted(row.latest, decimals),
                     formatted(row.baseline, decimals), formatted(row.endline, decimals), formatted(row.change(), decimals),
                     formatted(row.target, decimals),
                     row.meetsTarget ? (*row.meetsTarget ? tr("yes") : tr("no")) : QString()});
    }
    return rows;
}
