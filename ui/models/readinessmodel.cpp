#include "readinessmodel.h"

#include <QColor>

using namespace Readiness;

ReadinessModel::ReadinessModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReadinessModel::setEvaluation(std::shared_ptr<const Evaluation> evaluation)
{
    beginResetModel();
    m_evaluation = std::move(evaluation);
    endResetModel();
}

const CriterionResult *ReadinessModel::result(int row) const
{
    if (!m_evaluation || row < 0 || row >= m_evaluation->criteria.size())
        return nullptr;
    return &m_evaluation->criteria[row];
}

int ReadinessModel::rowOf(qint64 criterionId) const
{
    if (!m_evaluation)
        return -1;
    for (int i = 0; i < m_evaluation->criteria.size(); ++i) {
        if (m_evaluation->criteria[i].criterion.meta.id == criterionId)
            return i;
    }
    return -1;
}

void ReadinessModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_evaluation ? 0 : int(m_evaluation->criteria.size());
}

int ReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ReadinessModel::scoreColour(int score)
{
    switch (score) {
    case 4: return QColor(0xc7, 0xe9, 0xc0);
    case 3: return QColor(0xe5, 0xf5, 0xe0);
    case 2: return QColor(0xfd, 0xe0, 0xb2);
    case 1: return QColor(0xfc, 0xbb, 0xa1);
    default: return QColor(0xee, 0xee, 0xee);
    }
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    const CriterionResult *r = index.isValid() ? result(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const ReadinessCriterion &c = r->criterion;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DomainColumn: return domainLabel(c.domain);
        case CriterionColumn: return c.critical ? tr("%1 (critical)").arg(c.name()) : c.name();
        case EvidenceColumn: return evidenceLabel(c.evidence);
        case MeasureColumn: return measureText(*r);
        case ScoreColumn: return r->scored() ? scoreLabel(r->score) : tr("no score");
        case NoteColumn: return noteText(*r);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3").arg(c.name().toHtmlEscaped(), c.code.toHtmlEscaped(),
                                                                 c.guidance().toHtmlEscaped());
        if (const QString t = thresholdsText(c); !t.isEmpty())
            tip += QStringLiteral("<br>") + tr("Thresholds: %1").arg(t.toHtmlEscaped());
        if (r->gap != Gap::None)
            tip += QStringLiteral("<br><i>") + gapText(r->gap).toHtmlEscaped() + QStringLiteral("</i>");
        return tip;
    }
    case Qt::BackgroundRole:
        if (index.column() == ScoreColumn)
            return scoreColour(r->score);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ScoreColumn)
            return QColor(Qt::black);
        if (index.column() == NoteColumn && r->gap != Gap::None)
            return QColor(0x9a, 0x4a, 0x00);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MeasureColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CriterionIdRole: return c.meta.id;
    case JudgedRole: return c.judged();
    case ScoreRole: return r->score;
    }
    return {};
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn: return tr("Domain");
    case CriterionColumn: return tr("Criterion");
    case EvidenceColumn: return tr("Evidence");
    case MeasureColumn: return tr("Measure");
    case ScoreColumn: return tr("Score");
    case NoteColumn: return tr("Justification or gap");
    }
    return {};
}
