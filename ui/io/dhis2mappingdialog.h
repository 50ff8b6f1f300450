#pragma once

#include "domain/dhis2mapping.h"

#include <QDialog>
#include <QHash>

class ErrorLabel;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Session;

// Edits the DHIS2 codes of the current programme's sites (orgUnit), indicators (dataElement),
// category options (categoryOptionCombo) and periods, one table per kind: the local code and
// name, and the DHIS2 code to type. Save writes the changed rows through Dhis2MappingService
// (validated, permission-checked, audited); an emptied code removes the mapping. Refusals are
// shown in the dialog, and the rows that were not saved keep what was typed.
class Dhis2MappingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit Dhis2MappingDialog(Session *session, QWidget *parent = nullptr);

    QTableWidget *table(Dhis2Kind kind) const { return m_tables.value(int(kind)); }
    // Saves every changed row in one transaction, all or nothing; true when saved.
    bool save();
    void reload();

signals:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { LocalCode, LocalName, Remote, ColumnCount };
    void retranslateUi();
    void addPeriodRow();

    Session *m_session;
    QTabWidget *m_tabs;
    QHash<int, QTableWidget *> m_tables;
    QLabel *m_intro;
    QPushButton *m_addPeriod;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};
