#pragma once

#include "domain/categoryoption.h"
#include "domain/indicator.h"

#include <QAbstractTableModel>
#include <QPointer>

class Session;

// The current programme's indicators, one row each, in their display order.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Area, Type, FrequencyColumn, DirectionColumn, Baseline, Target, Disaggregation, ColumnCount };
    enum Role { IndicatorIdRole = Qt::UserRole + 1 };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setSession(Session *session);
    void reload();
    void retranslate();

    const Indicator *indicator(int row) const;
    int rowOf(qint64 indicatorId) const;
    const QList<CategoryOption> &options() const { return m_options; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Session> m_session;
    QList<Indicator> m_indicators;
    QList<CategoryOption> m_options;
};
