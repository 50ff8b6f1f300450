#include "trendchart.h"

#include "downsample.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Analytics;

namespace {
const QColor PilotColour(0x1f, 0x77, 0xb4);
const QColor ComparisonColour(0xe0, 0x7b, 0x10);
} // namespace

TrendChart::TrendChart(QWidget *parent) : ChartPanel(parent)
{
    m_view = makeChartView("trendView");
    m_chart = m_view->chart();
    setCanvas(m_view);
}

QString TrendChart::title() const
{
    return dashboard() ? tr("%1: pilot vs comparison").arg(dashboard()->indicator.name()) : tr("Trend");
}

QString TrendChart::rebuild()
{
    const Dashboard &d = *dashboard();
    resetChart(m_chart);
    if (d.series.isEmpty())
        return d.filter.includeSubmitted ? tr("No approved or submitted data for these periods yet.")
                                         : tr("No approved data for these periods yet.");

    const Period origin = d.series.first().period;
    auto xOf = [&](const Period &p) { return double(origin.stepsTo(p)); };
    const int maxPoints = std::max(16, m_view->width() / 2);

    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    auto extend = [&](const std::optional<double> &v) {
        if (v) {
            low = std::min(low, *v);
            high = std::max(high, *v);
        }
    };
    const bool count = d.indicator.valueType == ValueType::Count;
    struct ArmLine
    {
        QString name;
        QColor colour;
        Aggregate SeriesPoint::*member;
    };
    const ArmLine arms[] = {{Vocabulary::label(Arm::Pilot), PilotColour, &SeriesPoint::pilot},
                            {Vocabulary::label(Arm::Comparison), ComparisonColour, &SeriesPoint::comparison}};
    QList<QAbstractSeries *> added;
    for (const ArmLine &arm : arms) {
        QList<QPointF> line, upper, lower;
        for (const SeriesPoint &p : d.series) {
            const Aggregate &a = p.*(arm.member);
            const auto v = ChartText::plotted(a);
            if (!v)
                continue;
            line.append({xOf(p.period), *v});
            extend(v);
            if (a.low && a.high && !count) {
                upper.append({xOf(p.period), *a.high});
                lower.append({xOf(p.period), *a.low});
                extend(a.low);
                extend(a.high);
            }
        }
        if (line.isEmpty())
            continue;
        if (upper.size() >= 2) {
            auto *up = new QLineSeries;
            auto *down = new QLineSeries;
            up->replace(downsample(upper, maxPoints));
            down->replace(downsample(lower, maxPoints));
            auto *band = new QAreaSeries(up, down);
            band->setName(tr("%1, 95% interval").arg(arm.name));
            QColor fill = arm.colour;
            fill.setAlpha(50);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            m_chart->addSeries(band);
            added.append(band);
        }
        auto *series = new QLineSeries;
        series->setName(arm.name);
        series->setPen(QPen(arm.colour, 2.5));
        series->setPointsVisible(line.size() <= 60);
        series->replace(downsample(line, maxPoints));
        const Aggregate SeriesPoint::*member = arm.member;
        const ValueType type = d.indicator.valueType;
        const QString armName = arm.name;
        connect(series, &QLineSeries::hovered, this, [this, member, type, armName, origin](const QPointF &point, bool state) {
            if (!state || !dashboard()) {
                QToolTip::hideText();
                return;
            }
            const Period p = origin.shifted(int(std::lround(point.x())));
            for (const SeriesPoint &sp : dashboard()->series)
                if (sp.period == p) {
                    QToolTip::showText(QCursor::pos(), QStringLiteral("%1 — %2\n%3").arg(armName, p.displayName(),
                                                                                         ChartText::describe(sp.*member, type)));
                    return;
                }
        });
        m_chart->addSeries(series);
        added.append(series);
    }
    if (added.isEmpty())
        return tr("The reports for these periods have no values to show (for example, every denominator is zero).");

    const double first = 0, last = std::max(1.0, xOf(d.series.last().period));
    const Progress &pr = d.progress;
    std::optional<double> baseline = pr.baseline, target = pr.target;
    extend(baseline);
    extend(target);
    const double pad = std::max(1e-6, (high - low) * 0.08);
    const double yLow = low - pad, yHigh = high + pad;
    auto horizontal = [&](const std::optional<double> &y, const QString &name, const QColor &colour) {
        if (!y)
            return;
        auto *s = new QLineSeries;
        s->setName(name);
        s->setPen(QPen(colour, 1.5, Qt::DashLine));
        s->replace({{first, *y}, {last, *y}});
        m_chart->addSeries(s);
        added.append(s);
    };
    horizontal(baseline, tr("Baseline %1").arg(formatted(baseline, decimalsOf(d.indicator.valueType))), QColor(0x70, 0x70, 0x70));
    horizontal(target, tr("Target %1").arg(formatted(target, decimalsOf(d.indicator.valueType))), QColor(0x2e, 0x7d, 0x32));
    if (!d.interventionStarts.isEmpty()) {
        // The first pilot start, placed within its period on the roll-up.
        const Period start = d.interventionStarts.first();
        const Period rolled = start.rolledUpTo(d.by);
        const double within = double(rolled.startDate().daysTo(start.startDate())) / double(rolled.startDate().daysTo(rolled.endDate()) + 1);
        const double x = xOf(rolled) + within - 0.5;
        if (x >= first - 0.5 && x <= last + 0.5) {
            auto *marker = new QLineSeries;
            marker->setName(tr("Intervention starts (%1)").arg(start.displayName()));
            marker->setPen(QPen(QColor(0x8e, 0x24, 0xaa), 1.5, Qt::DotLine));
            marker->replace({{x, yLow}, {x, yHigh}});
            m_chart->addSeries(marker);
            added.append(marker);
        }
    }

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int steps = int(last) + 1;
    // At most eight labels, so that each has room to print whole ("2024年第3季度").
    const int every = std::max(1, int(std::ceil(steps / 8.0)));
    for (int i = 0; i < steps; i += every)
        xAxis->append(origin.shifted(i).displayName(), i);
    xAxis->setRange(first - 0.5, last + 0.5);
    xAxis->setTitleText(tr("Period"));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(yLow, yHigh);
    yAxis->setLabelFormat(d.indicator.valueType == ValueType::Count ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    yAxis->setTitleText(ChartText::valueAxisTitle(d.indicator));
    yAxis->applyNiceNumbers();
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : std::as_const(added)) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    return {};
}

QList<QStringList> TrendChart::table() const
{
    QList<QStringList> rows{{tr("Period"), tr("Arm"), tr("Value"), tr("95% CI low"), tr("95% CI high"), tr("Numerator"),
                             tr("Denominator"), tr("Sites"), tr("Reports")}};
    if (!dashboard())
        return rows;
    const int decimals = decimalsOf(dashboard()->indicator.valueType) + 2;
    for (const SeriesPoint &p : dashboard()->series) {
        const std::pair<QString, const Aggregate *> arms[] = {
            {tr("All sites"), &p.all}, {Vocabulary::label(Arm::Pilot), &p.pilot}, {Vocabulary::label(Arm::Comparison), &p.comparison}};
        for (const auto &[name, a] : arms)
            rows.append({p.period.displayName(), name, formatted(a->value, decimals), formatted(a->low, decimals),
                         formatted(a->high, decimals), formatted(a->numerator, 0), formatted(a->denominator, 0),
                         QString::number(a->sites), QString::number(a->reports)});
    }
    return rows;
}
