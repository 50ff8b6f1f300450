#pragma once

#include "services/dataentryservice.h"

#include <QAbstractTableModel>

#include <optional>

// The entry grid of one site and period: a group row per outcome area, then one row per
// indicator (two for a percentage or rate: numerator and denominator); columns for the
// disaggregation options, the total, the computed rate, the previous period and the target.
// Edits are not saved here: setData checks the number and emits cellEdited, which the page
// saves through the service; setForm then shows the saved state and its problems.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Line { Group, Value, Numerator, Denominator };
    enum Role { IndicatorIdRole = Qt::UserRole + 1, OptionIdRole, LineRole };

    explicit EntryTableModel(QObject *parent = nullptr);

    void setForm(const EntryForm &form);
    const EntryForm &form() const { return m_form; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The option a column stands for: an option id, 0 for the total, -1 for other columns.
    qint64 optionOf(int column) const;
    Line lineOf(int row) const;
    qint64 indicatorOf(int row) const;
    // The value stored for a cell (nullopt when empty).
    std::optional<double> number(const QModelIndex &index) const;
    // Parses a number typed in the interface's language (or plain C notation).
    static std::optional<double> parseNumber(const QString &text, bool *ok);
    void retranslate();

signals:
    void cellEdited(qint64 indicatorId, qint64 optionId, EntryTableModel::Line line, std::optional<double> value);
    void cellRejected(const QString &message);

private:
    struct RowInfo
    {
        Line line;
        int formRow;   // index into m_form.rows; -1 for a group row
        OutcomeArea area;
    };
    const EntryRow *rowData(int row) const;
    int rateColumn() const { return int(m_columns.size()) + 2; }
    int previousColumn() const { return int(m_columns.size()) + 3; }
    int targetColumn() const { return int(m_columns.size()) + 4; }
    QString format(const std::optional<double> &value, int decimals = -1) const;

    EntryForm m_form;
    QList<CategoryOption> m_columns;
    QList<RowInfo> m_rows;
};
