#include "entrytablemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace {
std::optional<double> partOf(const DataValue &v, EntryTableModel::Line line)
{
    switch (line) {
    case EntryTableModel::Line::Value: return v.value;
    case EntryTableModel::Line::Numerator: return v.numerator;
    case EntryTableModel::Line::Denominator: return v.denominator;
    case EntryTableModel::Line::Group: break;
    }
    return std::nullopt;
}

std::optional<double> rateOf(const DataValue &v, ValueType type)
{
    if (!hasParts(type))
        return v.value;
    if (!v.numerator || !v.denominator || *v.denominator == 0)
        return std::nullopt;
    return *v.numerator * (type == ValueType::Percentage ? 100.0 : 1000.0) / *v.denominator;
}
} // namespace

EntryTableModel::EntryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EntryTableModel::setForm(const EntryForm &form)
{
    QList<CategoryOption> columns;
    for (const EntryRow &row : form.rows) {
        for (const CategoryOption &o : row.options) {
            const bool known = std::any_of(columns.cbegin(), columns.cend(),
                                           [&](const CategoryOption &c) { return c.meta.id == o.meta.id; });
            if (!known)
                columns.append(o);
        }
    }
    QList<RowInfo> rows;
    for (int i = 0; i < form.rows.size(); ++i) {
        const Indicator &ind = form.rows.at(i).indicator;
        if (i == 0 || form.rows.at(i - 1).indicator.area != ind.area)
            rows.append(RowInfo{Line::Group, -1, ind.area});
        if (hasParts(ind.valueType)) {
            rows.append(RowInfo{Line::Numerator, i, ind.area});
            rows.append(RowInfo{Line::Denominator, i, ind.area});
        } else {
            rows.append(RowInfo{Line::Value, i, ind.area});
        }
    }
    const bool sameShape = form.site.meta.id == m_form.site.meta.id && form.period == m_form.period &&
                           rows.size() == m_rows.size() && columns.size() == m_columns.size();
    if (sameShape) {
        // The same form saved again: keep the view's current cell and editor.
        m_form = form;
        m_rows = rows;
        m_columns = columns;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_form = form;
    m_rows = rows;
    m_columns = columns;
    endResetModel();
}

int EntryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 5;
}

qint64 EntryTableModel::optionOf(int column) const
{
    if (column >= 1 && column <= m_columns.size())
        return m_columns.at(column - 1).meta.id;
    if (column == m_columns.size() + 1)
        return 0;
    return -1;
}

EntryTableModel::Line EntryTableModel::lineOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).line : Line::Group;
}

const EntryRow *EntryTableModel::rowData(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).formRow < 0)
        return nullptr;
    return &m_form.rows.at(m_rows.at(row).formRow);
}

qint64 EntryTableModel::indicatorOf(int row) const
{
    const EntryRow *r = rowData(row);
    return r ? r->indicator.meta.id : 0;
}

std::optional<double> EntryTableModel::number(const QModelIndex &index) const
{
    const EntryRow *r = rowData(index.row());
    const qint64 option = optionOf(index.column());
    if (!r || option < 0)
        return std::nullopt;
    const auto v = r->values.constFind(option);
    return v == r->values.cend() ? std::nullopt : partOf(*v, lineOf(index.row()));
}

QString EntryTableModel::format(const std::optional<double> &value, int decimals) const
{
    if (!value)
        return {};
    return decimals < 0 ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest)
                        : QLocale().toString(*value, 'f', decimals);
}

std::optional<double> EntryTableModel::parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = QLocale::c().toDouble(t, ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RowInfo &info = m_rows.at(index.row());
    if (info.line == Line::Group) {
        if (index.column() == 0 && role == Qt::DisplayRole)
            return Vocabulary::label(info.area);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xe8, 0xee, 0xf4));
        return {};
    }
    const EntryRow &row = *rowData(index.row());
    const Indicator &ind = row.indicator;
    const qint64 option = optionOf(index.column());
    const bool appliesOption = option == 0 || (option > 0 && ind.optionIds.contains(option));
    switch (role) {
    case IndicatorIdRole: return ind.meta.id;
    case OptionIdRole: return option;
    case LineRole: return int(info.line);
    default: break;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) {
            QString label = ind.code + QStringLiteral("  ") + ind.name();
            if (info.line == Line::Numerator)
                label = label + QStringLiteral(" — ") + tr("numerator");
            else if (info.line == Line::Denominator)
                label = QStringLiteral("      ") + tr("denominator");
            if (ind.required && info.line != Line::Denominator)
                label += QStringLiteral(" *");
            return label;
        }
        if (role == Qt::ToolTipRole)
            return ind.definitionEn.isEmpty() && ind.definitionZh.isEmpty() ? ind.name()
                                                                              : localized(ind.definitionEn, ind.definitionZh);
        return {};
    }
    if (option >= 0) {
        if (!appliesOption) {
            if (role == Qt::BackgroundRole)
                return QBrush(QColor(0xf2, 0xf2, 0xf2));
            return {};
        }
        const auto stored = row.values.constFind(option);
        const std::optional<double> value = stored == row.values.cend() ? std::nullopt : partOf(*stored, info.line);
        const QList<EntryIssue> issues = m_form.issuesFor(ind.meta.id, option);
        switch (role) {
        case Qt::DisplayRole: return format(value);
        case Qt::EditRole: return format(value);
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole: {
            bool error = false;
            bool warning = false;
            bool accepted = false;
            for (const EntryIssue &i : issues) {
                if (i.accepted)
                    accepted = true;
                else if (i.importance == Importance::Error)
                    error = true;
                else
                    warning = true;
            }
            if (error)
                return QBrush(QColor(0xf8, 0xc8, 0xc8));
            if (warning)
                return QBrush(QColor(0xfc, 0xe0, 0xa8));
            if (accepted)
                return QBrush(QColor(0xfa, 0xf3, 0xd0));
            return {};
        }
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const EntryIssue &i : issues)
                lines.append(i.message);
            if (stored != row.values.cend() && !stored->comment.isEmpty())
                lines.append(tr("Comment: %1").arg(stored->comment));
            if (stored != row.values.cend() && stored->followUp)
                lines.append(tr("Flagged for follow-up"));
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        case Qt::FontRole: {
            if (stored != row.values.cend() && (stored->followUp || !stored->comment.isEmpty())) {
                QFont f;
                f.setUnderline(!stored->comment.isEmpty());
                f.setBold(stored->followUp);
                return f;
            }
            return {};
        }
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() != rateColumn())
        return QBrush(QColor(0x55, 0x55, 0x55));
    if (role != Qt::DisplayRole)
        return {};
    const bool firstLine = info.line != Line::Denominator;
    if (index.column() == rateColumn()) {
        if (!hasParts(ind.valueType) || !firstLine)
            return {};
        const auto total = row.values.constFind(0);
        return total == row.values.cend() ? QVariant() : QVariant(format(rateOf(*total, ind.valueType), 1));
    }
    if (index.column() == previousColumn()) {
        const auto previous = row.previous.constFind(0);
        if (previous == row.previous.cend())
            return {};
        if (hasParts(ind.valueType))
            return firstLine ? format(rateOf(*previous, ind.valueType), 1) : QString();
        return format(previous->value);
    }
    if (index.column() == targetColumn())
        return firstLine ? format(row.target) : QString();
    return {};
}

bool EntryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = true;
    const QString text = value.toString();
    const auto parsed = parseNumber(text, &ok);
    const EntryRow *row = rowData(index.row());
    if (!ok) {
        emit cellRejected(tr("\"%1\" is not a number (%2, %3). Nothing was saved.")
                              .arg(text, row->indicator.code, headerData(index.column(), Qt::Horizontal).toString()));
        return false;
    }
    if (parsed == number(index))
        return false;
    emit cellEdited(row->indicator.meta.id, optionOf(index.column()), lineOf(index.row()), parsed);
    return true;
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const EntryRow *row = rowData(index.row());
    if (!row)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const qint64 option = optionOf(index.column());
    const bool applies = option == 0 || (option > 0 && row->indicator.optionIds.contains(option));
    if (m_form.editable && applies)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Indicator");
    if (section >= 1 && section <= m_columns.size())
        return m_columns.at(section - 1).name();
    if (section == m_columns.size() + 1)
        return tr("Total");
    if (section == rateColumn())
        return tr("Rate");
    if (section == previousColumn())
        return tr("Previous period");
    if (section == targetColumn())
        return tr("Target");
    return {};
}

void EntryTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
