#include "radarchart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QEvent>
#include <QLabel>
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

    for (int k = 0; k < m_series.size(); ++k) {
        auto *line = new QLineSeries;
        line->setName(m_series[k].name);
        QPen pen(Colours[k % 2]);
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i <= DomainCount; ++i) {
            const int d = i % DomainCount;
            const auto score = d < m_series[k].scores.size() ? m_series[k].scores[d] : std::nullopt;
            line->append(i, score.value_or(0));
        }
        m_chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
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
