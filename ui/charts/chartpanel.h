#pragma once

#include "analytics/analytics.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

// The base of every dashboard chart (all Qt Charts use lives in ui/charts): a drawing that
// shows its data or a sentence saying why there is none, exports itself to PNG or SVG, and
// gives the numbers behind it as a table for the clipboard. Charts keep the dashboard they
// show and rebuild their titles, axes and legends on a language switch.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setDashboard(std::shared_ptr<const Analytics::Dashboard> dashboard);
    // No drawing, only this sentence (why there is nothing: an error, a bad range).
    void setMessage(const QString &message);
    const Analytics::Dashboard *dashboard() const { return m_dashboard.get(); }
    bool isEmpty() const { return m_empty; }
    QString emptyText() const;

    // Rows of cells, the header first; tableText() joins them with tabs and newlines.
    virtual QList<QStringList> table() const = 0;
    QString tableText() const;
    void copyTable() const;
    // Writes a PNG or an SVG (by the file's suffix); a translated message on failure.
    bool exportTo(const QString &path, QString *error) const;
    // The chart's title, for file names and the export dialog.
    virtual QString title() const = 0;

signals:
    void siteActivated(qint64 siteId);
    void cellActivated(qint64 siteId, const Period &period);

protected:
    // Builds the drawing from dashboard(); returns the sentence for an empty state, or an empty
    // string when there is something to draw.
    virtual QString rebuild() = 0;
    // The widget that draws (a chart view or a painted widget).
    void setCanvas(QWidget *canvas);
    QWidget *canvas() const { return m_canvas; }
    // A chart view for the Qt Charts panels: no animation, numbers in the UI locale.
    QChartView *makeChartView(const char *name);
    // Empties the chart (series and axes) and sets the locale and title for a rebuild.
    void resetChart(QChart *chart) const;
    // What an export draws: the canvas, or (scrolled drawings) the whole of what scrolls.
    virtual QWidget *exportWidget() const { return m_canvas; }
    void changeEvent(QEvent *event) override;
    void refresh();

private:
    std::shared_ptr<const Analytics::Dashboard> m_dashboard;
    QStackedLayout *m_layout;
    QWidget *m_canvas = nullptr;
    QLabel *m_emptyLabel;
    bool m_empty = true;
    QString m_message;
};

// Helpers the charts share.
namespace ChartText {
// The unit of a value type for axis titles and readings: "%", "per 1,000", "" …
QString unit(ValueType type);
// What a trend shows for a value type (counts become a count per site and period).
QString valueAxisTitle(const Indicator &indicator);
// "value (95% CI low–high); n sites, reports" for tooltips.
QString describe(const Analytics::Aggregate &a, ValueType type);
// The value a chart plots: the level (counts per site and period, otherwise the value).
std::optional<double> plotted(const Analytics::Aggregate &a);
} // namespace ChartText
