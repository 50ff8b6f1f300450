#pragma once

#include "analytics/readiness.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;
class RadarChart;

// Two assessments side by side: the verdicts, every domain score and every criterion's score,
// with the change from the first to the second, and both on one radar chart.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString label;
    };
    // The evaluation of an assessment (its snapshot, or a draft's live evaluation).
    using Evaluate = std::function<std::optional<Readiness::Evaluation>(qint64 assessmentId)>;

    CompareDialog(const QList<Choice> &choices, Evaluate evaluate, QWidget *parent = nullptr);
    void choose(qint64 first, qint64 second);
    QTableWidget *table() const { return m_table; }
    RadarChart *radar() const { return m_radar; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<Choice> m_choices;
    Evaluate m_evaluate;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QComboBox *m_first;
    QComboBox *m_second;
    QTableWidget *m_table;
    RadarChart *m_radar;
};
