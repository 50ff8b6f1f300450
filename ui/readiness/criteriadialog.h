#pragma once

#include "domain/readiness.h"

#include <QDialog>

class ErrorLabel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// Edits a programme's readiness criteria as one table: code, domain, names, where the evidence
// comes from, the three thresholds, the indicators a measure reads, critical and active, and
// the guidance in both languages. Save writes the whole list in one transaction (all or
// nothing); a refusal names the criterion and the dialog keeps what was typed. Read-only for
// anyone who may not edit programme metadata.
class CriteriaDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        DomainColumn,
        NameEnColumn,
        NameZhColumn,
        EvidenceColumn,
        StrongColumn,
        AdequateColumn,
        WeakColumn,
        IndicatorsColumn,
        CriticalColumn,
        ActiveColumn,
        GuidanceEnColumn,
        GuidanceZhColumn,
        ColumnCount
    };

    CriteriaDialog(Session *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *defaultsButton() const { return m_defaults; }
    // The rows as criteria; an error names the row and column that cannot be read.
    QList<ReadinessCriterion> criteria(QString *error) const;
    bool save();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill(const QList<ReadinessCriterion> &criteria);
    void addRow(const ReadinessCriterion &criterion);
    Session *m_session;
    bool m_editable;
    QList<ReadinessCriterion> m_stored; // as read, by row id
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_defaults;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
