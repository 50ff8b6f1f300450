#include "radarchart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QStackedLayout>
#include <QValueAxis>

namespace {
constexpr int DomainCount = int(std::size(Readiness::Domains));
const QColor Colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28)};
} // namespace

RadarChart::RadarChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QPolarChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("radarView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 300);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("radarEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_layout = new QStackedLayout(this);
    m_layout->addWidget(m_view);
    m_layout->addWidget(m_empty);
    rebuild();
}

void RadarChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    rebuild();
}

RadarChart::Series RadarChart::seriesOf(const QString &name, const Readiness::Evaluation &evaluation)
{
    Series s;
    s.name = name;
    for (Readiness::Domain d : Readiness::Domains)
        s.scores.append(evaluation.domainScore(d));
    return s;
}

QString RadarChart::emptyText() const
{
    return tr("No assessment to show yet.");
}

void RadarChart::rebuild()
{
    m_empty->setText(emptyText());
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_chart->setLocale(QLocale());
    m_chart->setTitle(tr("Readiness by domain (1–4)"));
    if (m_series.isEmpty()) {
        m_layout->setCurrentWidget(m_empty);
        return;
    }
    m_layout->setCurrentWidget(m_view);

    auto *angular = new QCategoryAxis;
    angular->setRange(0, DomainCount);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < DomainCount; ++i)
        angular->append(Readiness::domainShortLabel(Readiness::Domains[i]), i);
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    // Each series is drawn as runs of neighbouring scored domains: a domain without a score
    // breaks the line instead of pulling it to the centre (which would read as worse than 1).
    for (int k = 0; k < m_series.size(); ++k) {
        const auto scoreOf = [&](int i) -> std::optional<double> {
            const int d = i % DomainCount;
            return d < m_series[k].scores.size() ? m_series[k].scores[d] : std::nullopt;
        };
        QList<QList<QPointF>> parts;
        int gap = -1;
        for (int i = 0; i < DomainCount && gap < 0; ++i)
            gap = scoreOf(i) ? -1 : i;
        if (gap < 0) { // every domain scored: one closed line
            QList<QPointF> all;
            for (int i = 0; i <= DomainCount; ++i)
                all.append(QPointF(i, *scoreOf(i)));
            parts.append(all);
        } else {
            // Walk once round from just after a gap; positions past the last spoke continue
            // from 0, and a run that crosses it is drawn as two parts meeting at spoke 0.
            QList<int> run;
            auto flush = [&] {
                if (run.isEmpty())
                    return;
                QList<QPointF> before;
                QList<QPointF> after;
                for (int p : std::as_const(run)) {
                    const double score = *scoreOf(p);
                    if (p < DomainCount)
                        before.append(QPointF(p, score));
                    if (p >= DomainCount)
                        after.append(QPointF(p - DomainCount, score));
                    if (p == DomainCount && !before.isEmpty())
                        before.append(QPointF(DomainCount, score)); // closes up to spoke 0
                }
                if (!before.isEmpty())
                    parts.append(before);
                if (!after.isEmpty())
                    parts.append(after);
                run.clear();
            };
            for (int step = 1; step <= DomainCount; ++step) {
                const int p = gap + step;
                if (scoreOf(p))
                    run.append(p);
                else
                    flush();
            }
            flush();
        }
        QPen pen(Colours[k % 2]);
        pen.setWidthF(2.5);
        for (qsizetype r = 0; r < parts.size(); ++r) {
            auto *line = new QLineSeries;
            line->setName(m_series[k].name);
            line->setPen(pen);
            line->setPointsVisible(true);
            line->replace(parts[r]);
            m_chart->addSeries(line);
            line->attachAxis(angular);
            line->attachAxis(radial);
            if (r > 0) { // one legend entry per assessment
                const auto markers = m_chart->legend()->markers(line);
                for (QLegendMarker *m : markers)
                    m->setVisible(false);
            }
        }
    }
    m_chart->legend()->setVisible(m_series.size() > 1);
}

QList<QStringList> RadarChart::table() const
{
    QList<QStringList> rows;
    QStringList header{tr("Domain")};
    for (const Series &s : m_series)
        header.append(s.name);
    rows.append(header);
    for (int i = 0; i < DomainCount; ++i) {
        QStringList row{Readiness::domainLabel(Readiness::Domains[i])};
        for (const Series &s : m_series) {
            const auto score = i < s.scores.size() ? s.scores[i] : std::nullopt;
            row.append(score ? QLocale().toString(*score, 'f', 1) : tr("no score"));
        }
        rows.append(row);
    }
    return rows;
}

QImage RadarChart::image(const QSize &size, qreal scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    const QSize old = m_view->size();
    m_view->resize(size);
    static_cast<QWidget *>(m_view)->render(&painter, QPoint(), QRegion(QRect(QPoint(), size)), QWidget::DrawChildren);
    m_view->resize(old);
    return image;
}

void RadarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        rebuild();
    QWidget::changeEvent(event);
}
