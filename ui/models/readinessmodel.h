#pragma once

#include "analytics/readiness.h"

#include <QAbstractTableModel>

#include <memory>

// The criteria of an evaluation as a table: domain, criterion, where its evidence comes from,
// the measure, the score and a note (the justification, what is missing, or what the measure
// rests on). Read-only; the page scores judged criteria through a dialog.
class ReadinessModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DomainColumn, CriterionColumn, EvidenceColumn, MeasureColumn, ScoreColumn, NoteColumn, ColumnCount };
    enum Role { CriterionIdRole = Qt::UserRole + 1, JudgedRole, ScoreRole };

    explicit ReadinessModel(QObject *parent = nullptr);

    void setEvaluation(std::shared_ptr<const Readiness::Evaluation> evaluation);
    const Readiness::Evaluation *evaluation() const { return m_evaluation.get(); }
    const Readiness::CriterionResult *result(int row) const;
    int rowOf(qint64 criterionId) const;
    // Re-reads every text in the current language (headers, vocabularies, numbers).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour of a score (none: grey), shared with the brief.
    static QColor scoreColour(int score);

private:
    std::shared_ptr<const Readiness::Evaluation> m_evaluation;
};
