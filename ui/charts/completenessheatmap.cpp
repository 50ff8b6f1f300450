#include "completenessheatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>

using namespace Analytics;

namespace {
constexpr int LegendHeight = 26;
constexpr int HeaderHeight = 22;
constexpr int Top = LegendHeight + HeaderHeight;
const CellState States[] = {CellState::Missing, CellState::Draft, CellState::Submitted, CellState::Approved, CellState::Returned};
} // namespace

// The painted grid inside the scroll area.
class HeatmapDrawing final : public QWidget
{
public:
    explicit HeatmapDrawing(CompletenessHeatmap *owner) : QWidget(owner), m_owner(owner)
    {
        setObjectName(QStringLiteral("heatmapDrawing"));
        setMouseTracking(true);
        setAutoFillBackground(true);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const Dashboard *d = m_owner->dashboard();
        if (!d)
            return;
        QPainter p(this);
        p.fillRect(event->rect(), palette().base());
        const QFontMetrics fm = fontMetrics();
        // Legend.
        int x = 4;
        for (const CellState state : States) {
            p.fillRect(QRect(x, 6, 14, 14), CompletenessHeatmap::colour(state));
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(QRect(x, 6, 14, 14));
            p.setPen(palette().color(QPalette::Text));
            const QString name = CompletenessHeatmap::stateName(state);
            p.drawText(QPoint(x + 18, 6 + fm.ascent()), name);
            x += 18 + fm.horizontalAdvance(name) + 16;
        }
        // Period labels, spaced so that they do not overlap.
        const int labelWidth = m_owner->m_labelWidth;
        const int m_cell = m_owner->m_cell;
        int lastEnd = -1;
        for (int c = 0; c < d->periods.size(); ++c) {
            const QString label = d->periods[c].displayName();
            const int left = labelWidth + c * m_cell;
            if (left <= lastEnd)
                continue;
            p.drawText(QPoint(left, LegendHeight + fm.ascent()), label);
            lastEnd = left + fm.horizontalAdvance(label) + 8;
        }
        // Rows: only those in view.
        const int firstRow = std::max(0, (event->rect().top() - Top)  / m_cell);
        const int lastRow = std::min(int(d->sites.size()) - 1, (event->rect().bottom() - Top)  / m_cell);
        for (int r = firstRow; r <= lastRow; ++r) {
            const int y = Top + r * m_cell;
            const SiteRow &row = d->sites[r];
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(4, y, labelWidth - 8, m_cell), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(row.site.name(), Qt::ElideRight, labelWidth - 8));
            const QList<CellState> &states = d->grid[r];
            for (int c = 0; c < states.size(); ++c)
                p.fillRect(QRect(labelWidth + c * m_cell, y, m_cell - 1, m_cell - 1), CompletenessHeatmap::colour(states[c]));
        }
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        int site = 0, period = 0;
        setCursor(m_owner->cellAt(event->position().toPoint(), &site, &period) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        int site = 0, period = 0;
        const Dashboard *d = m_owner->dashboard();
        if (event->button() == Qt::LeftButton && d && m_owner->cellAt(event->position().toPoint(), &site, &period))
            emit m_owner->cellActivated(d->sites[site].site.meta.id, d->periods[period]);
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            int site = 0, period = 0;
            const Dashboard *d = m_owner->dashboard();
            if (d && m_owner->cellAt(help->pos(), &site, &period)) {
                const SiteRow &row = d->sites[site];
                QToolTip::showText(help->globalPos(),
                                   CompletenessHeatmap::tr("%1 (%2), %3: %4\nSite: %5 of %6 reports received, %7 on time")
                                       .arg(row.site.name(), row.site.code, d->periods[period].displayName(),
                                            CompletenessHeatmap::stateName(d->grid[site][period]))
                                       .arg(row.quality.received)
                                       .arg(row.quality.expected)
                                       .arg(row.quality.onTime),
                                   this);
            } else {
                QToolTip::hideText();
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    CompletenessHeatmap *m_owner;
};

CompletenessHeatmap::CompletenessHeatmap(QWidget *parent) : ChartPanel(parent)
{
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("heatmapScroll"));
    m_drawing = new HeatmapDrawing(this);
    m_scroll->setWidget(m_drawing);
    m_scroll->setWidgetResizable(false);
    setCanvas(m_scroll);
}

void CompletenessHeatmap::resizeEvent(QResizeEvent *event)
{
    ChartPanel::resizeEvent(event);
    if (dashboard() && !isEmpty())
        rebuild();
}

QColor CompletenessHeatmap::colour(CellState state)
{
    switch (state) {
    case CellState::Missing: return QColor(0xe8, 0xe8, 0xe8);
    case CellState::Draft: return QColor(0xff, 0xe0, 0x82);
    case CellState::Submitted: return QColor(0x90, 0xca, 0xf9);
    case CellState::Approved: return QColor(0x43, 0xa0, 0x47);
    case CellState::Returned: return QColor(0xe5, 0x73, 0x73);
    }
    return {};
}

QString CompletenessHeatmap::stateName(CellState state)
{
    switch (state) {
    case CellState::Missing: return tr("Not reported");
    case CellState::Draft: return tr("Draft");
    case CellState::Submitted: return tr("Submitted");
    case CellState::Approved: return tr("Approved");
    case CellState::Returned: return tr("Returned");
    }
    return {};
}

QString CompletenessHeatmap::title() const
{
    return dashboard() ? tr("%1: reports by site and period").arg(dashboard()->indicator.name()) : tr("Completeness");
}

QString CompletenessHeatmap::rebuild()
{
    const Dashboard &d = *dashboard();
    if (d.sites.isEmpty())
        return tr("No site matches the filter.");
    if (d.periods.isEmpty())
        return tr("No report of this indicator has been entered yet.");
    const QFontMetrics fm = m_drawing->fontMetrics();
    int widest = 80;
    for (const SiteRow &row : d.sites)
        widest = std::max(widest, fm.horizontalAdvance(row.site.name()));
    m_labelWidth = std::min(widest, 220) + 12;
    int legend = 4;
    for (const CellState state : States)
        legend += 18 + fm.horizontalAdvance(stateName(state)) + 16;
    // Cells fill the width available, within reason; the last period label may run past the grid.
    const int available = m_scroll->viewport()->width() - m_labelWidth - 100;
    m_cell = std::clamp(available / int(d.periods.size()), 12, 30);
    m_drawing->resize(std::max(legend, m_labelWidth + int(d.periods.size()) * m_cell + 100), Top + int(d.sites.size()) * m_cell + 8);
    m_drawing->update();
    return {};
}

bool CompletenessHeatmap::cellAt(const QPoint &point, int *site, int *period) const
{
    const Dashboard *d = dashboard();
    if (!d || point.x() < m_labelWidth || point.y() < Top)
        return false;
    const int r = (point.y() - Top)  / m_cell;
    const int c = (point.x() - m_labelWidth)  / m_cell;
    if (r < 0 || r >= d->sites.size() || c < 0 || c >= d->periods.size())
        return false;
    *site = r;
    *period = c;
    return true;
}

QRect CompletenessHeatmap::cellRect(int site, int period) const
{
    return QRect(m_labelWidth + period * m_cell, Top + site * m_cell, m_cell - 1, m_cell - 1);
}

QList<QStringList> CompletenessHeatmap::table() const
{
    QStringList header{tr("Site code"), tr("Site")};
    const Dashboard *d = dashboard();
    if (!d)
        return {header};
    for (const Period &p : d->periods)
        header.append(p.displayName());
    QList<QStringList> rows{header};
    for (int r = 0; r < d->sites.size(); ++r) {
        QStringList row{d->sites[r].site.code, d->sites[r].site.name()};
        for (const CellState state : d->grid[r])
            row.append(stateName(state));
        rows.append(row);
    }
    return rows;
}
