#include "indicatortablemodel.h"

#include "shell/session.h"

#include <QLocale>

IndicatorTableModel::IndicatorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IndicatorTableModel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity == Session::Entity::Indicator)
                reload();
        });
        connect(m_session, &Session::programmeChanged, this, &IndicatorTableModel::reload);
    }
    reload();
}

void IndicatorTableModel::reload()
{
    beginResetModel();
    if (m_session) {
        m_indicators = m_session->indicators().indicators(m_session->programmeId());
        m_options = m_session->indicators().options(m_session->programmeId());
    } else {
        m_indicators.clear();
        m_options.clear();
    }
    endResetModel();
}

void IndicatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_indicators.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Indicator *IndicatorTableModel::indicator(int row) const
{
    return row >= 0 && row < m_indicators.size() ? &m_indicators[row] : nullptr;
}

int IndicatorTableModel::rowOf(qint64 indicatorId) const
{
    for (int i = 0; i < m_indicators.size(); ++i)
        if (m_indicators[i].meta.id == indicatorId)
            return i;
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Indicator &i = m_indicators[index.row()];
    const QLocale locale;
    auto number = [&](const std::optional<double> &v) { return v ? locale.toString(*v, 'g', 6) : QString(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return i.code;
        case Name: return i.name();
        case Area: return Vocabulary::label(i.area);
        case Type: return Vocabulary::label(i.valueType);
        case FrequencyColumn: return Vocabulary::label(i.frequency);
        case DirectionColumn: return Vocabulary::label(i.direction);
        case Baseline: return number(i.baseline);
        case Target: return number(i.target);
        case Disaggregation: {
            if (i.optionIds.isEmpty())
                return tr("Total only");
            QStringList dimensions;
            for (const CategoryOption &o : m_options)
                if (i.optionIds.contains(o.meta.id))
                    for (const DimensionTag &t : o.tags)
                        if (!dimensions.contains(t.dimension))
                            dimensions.append(t.dimension);
            QStringList labels;
            for (const QString &d : dimensions)
                labels.append(d == QLatin1StringView("sex") ? tr("sex") : d == QLatin1StringView("ethnicity") ? tr("ethnicity") : d);
            return tr("%n option(s) by %1", nullptr, int(i.optionIds.size())).arg(labels.join(QStringLiteral(" × ")));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return i.definition();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Baseline || index.column() == Target)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IndicatorIdRole: return i.meta.id;
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name", "indicator name");
    case Area: return tr("Outcome area");
    case Type: return tr("Value type");
    case FrequencyColumn: return tr("Frequency");
    case DirectionColumn: return tr("Direction");
    case Baseline: return tr("Baseline");
    case Target: return tr("Target");
    case Disaggregation: return tr("Disaggregation");
    }
    return {};
}
