#pragma once

#include "chartpanel.h"

class QScrollArea;

// Completeness as a heat map: sites × periods, each cell coloured by its report's status for
// the indicator (missing, draft, submitted, approved, returned). Hovering names the cell;
// clicking opens its entry form.
class CompletenessHeatmap final : public ChartPanel
{
    Q_OBJECT

public:
    explicit CompletenessHeatmap(QWidget *parent = nullptr);
    QList<QStringList> table() const override;
    QString title() const override;
    // The cell under a point of the drawing (for tests and the mouse); false outside the grid.
    bool cellAt(const QPoint &point, int *site, int *period) const;
    QRect cellRect(int site, int period) const;
    QWidget *drawing() const { return m_drawing; }
    static QColor colour(Analytics::CellState state);
    static QString stateName(Analytics::CellState state);

protected:
    QString rebuild() override;
    QWidget *exportWidget() const override { return m_drawing; }
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class HeatmapDrawing;
    QScrollArea *m_scroll;
    QWidget *m_drawing;
    int m_labelWidth = 160;
    int m_cell = 16;
};
