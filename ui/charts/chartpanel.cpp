#include "chartpanel.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QStackedLayout>
#include <QSvgGenerator>

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_layout = new QStackedLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 14px; padding: 24px;"));
    m_layout->addWidget(m_emptyLabel);
}

void ChartPanel::setCanvas(QWidget *canvas)
{
    m_canvas = canvas;
    m_layout->addWidget(canvas);
}

void ChartPanel::setDashboard(std::shared_ptr<const Analytics::Dashboard> dashboard)
{
    m_dashboard = std::move(dashboard);
    m_message.clear();
    refresh();
}

void ChartPanel::setMessage(const QString &message)
{
    m_dashboard.reset();
    m_message = message;
    refresh();
}

void ChartPanel::refresh()
{
    const QString why = m_dashboard           ? rebuild()
                        : !m_message.isEmpty() ? m_message
                                               : tr("Choose an indicator to see its chart.");
    m_empty = !why.isEmpty();
    m_emptyLabel->setText(why);
    m_layout->setCurrentWidget(m_empty || !m_canvas ? static_cast<QWidget *>(m_emptyLabel) : m_canvas);
}

QChartView *ChartPanel::makeChartView(const char *name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, this);
    view->setObjectName(QLatin1StringView(name));
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void ChartPanel::resetChart(QChart *chart) const
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(QLocale());
    chart->setTitle(title());
}

QString ChartPanel::emptyText() const
{
    return m_empty ? m_emptyLabel->text() : QString();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString ChartPanel::tableText() const
{
    QStringList lines;
    for (const QStringList &row : table()) {
        QStringList cells;
        for (QString cell : row)
            cells.append(cell.replace(u'\t', u' ').replace(u'\n', u' '));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void ChartPanel::copyTable() const
{
    QApplication::clipboard()->setText(tableText());
}

bool ChartPanel::exportTo(const QString &path, QString *error) const
{
    if (m_empty || !exportWidget()) {
        if (error)
            *error = tr("There is nothing to export: %1").arg(emptyText());
        return false;
    }
    QWidget *drawing = exportWidget();
    const QSize size = drawing->size().expandedTo(QSize(800, 500));
    if (QFileInfo(path).suffix().compare(QLatin1StringView("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        drawing->render(&painter);
        painter.end();
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
            if (error)
                *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    const QPixmap pixmap = drawing->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

namespace ChartText {

QString unit(ValueType type)
{
    switch (type) {
    case ValueType::Percentage:
    case ValueType::YesNo: return QCoreApplication::translate("ChartPanel", "%");
    case ValueType::RatePer1000: return QCoreApplication::translate("ChartPanel", "per 1,000");
    default: return {};
    }
}

QString valueAxisTitle(const Indicator &indicator)
{
    switch (indicator.valueType) {
    case ValueType::Percentage:
    case ValueType::YesNo: return QCoreApplication::translate("ChartPanel", "Per cent");
    case ValueType::RatePer1000: return QCoreApplication::translate("ChartPanel", "Per 1,000");
    case ValueType::Count: return QCoreApplication::translate("ChartPanel", "Count per site and period");
    case ValueType::Mean: return QCoreApplication::translate("ChartPanel", "Mean");
    }
    return {};
}

std::optional<double> plotted(const Analytics::Aggregate &a)
{
    return a.level;
}

QString describe(const Analytics::Aggregate &a, ValueType type)
{
    const int decimals = Analytics::decimalsOf(type);
    if (!a.value)
        return QCoreApplication::translate("ChartPanel", "no value (%n report(s))", nullptr, a.reports);
    QString text;
    switch (type) {
    case ValueType::Count:
        text = QCoreApplication::translate("ChartPanel", "%1 per site and period (total %2)")
                   .arg(Analytics::formatted(a.level, 1), Analytics::formatted(a.value, 0));
        break;
    case ValueType::Percentage:
    case ValueType::YesNo: text = Analytics::formatted(a.value, decimals + 1) + unit(type); break;
    case ValueType::RatePer1000: text = Analytics::formatted(a.value, decimals + 1) + u' ' + unit(type); break;
    case ValueType::Mean: text = Analytics::formatted(a.value, decimals + 1); break;
    }
    if (a.low && a.high)
        text += QCoreApplication::translate("ChartPanel", " (95% CI %1 to %2)")
                    .arg(Analytics::formatted(a.low, decimals + 1), Analytics::formatted(a.high, decimals + 1));
    if (type == ValueType::Percentage || type == ValueType::RatePer1000)
        text += QCoreApplication::translate("ChartPanel", "; %1 of %2")
                    .arg(Analytics::formatted(a.numerator, 0), Analytics::formatted(a.denominator, 0));
    text += QCoreApplication::translate("ChartPanel", "; %n site(s)", nullptr, a.sites);
    text += QCoreApplication::translate("ChartPanel", ", %n report(s)", nullptr, a.reports);
    return text;
}

} // namespace ChartText
