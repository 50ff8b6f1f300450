#pragma once

#include "domain/workflow.h"

#include <QWidget>

class ErrorLabel;
class NumberEdit;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class Session;

// Monitoring visits (the fidelity checklist scored 0–3 with notes, a narrative, action items
// with owner, due date and status), the open actions across sites, and the sites' yearly
// costs with cost per beneficiary and government share.
class MonitoringPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MonitoringPage(QWidget *parent = nullptr);
    void setSession(Session *session);

    // The visit editor: starts a new visit for the current site, or saves the one shown.
    void newVisit();
    bool saveVisit();
    bool saveCost();
    QTabWidget *tabs() const { return m_tabs; }
    // Typing in the visit or cost editor not yet saved.
    bool hasPendingEdits() const { return m_visitDirty || m_costDirty; }
    bool applyEdits() { return (!m_visitDirty || saveVisit()) && (!m_costDirty || saveCost()); }
    void discardEdits();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadSites();
    void reloadVisits(bool keepEditor = false);
    void showVisit(const std::optional<Visit> &visit);
    void reloadActions();
    void reloadCosts(bool keepEditor = false);
    void showCost(int row);
    void updateCostButtons();
    void addActionRow(const VisitAction &action);
    bool mayEdit() const;
    void markVisitDirty()
    {
        if (!m_loading)
            m_visitDirty = true;
    }
    void markCostDirty()
    {
        if (!m_loading)
            m_costDirty = true;
    }
    // Saves a changed visit before another is shown; false (and the editor kept) when refused.
    bool leaveVisit();
    bool leaveCost();

    Session *m_session = nullptr;
    QTabWidget *m_tabs;
    // Visits
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QListWidget *m_visits;
    QLabel *m_visitsEmpty;
    QPushButton *m_newVisit;
    QPushButton *m_deleteVisit;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_fidelity;
    QTableWidget *m_scores;
    QLabel *m_narrativeLabel;
    QPlainTextEdit *m_narrative;
    QLabel *m_actionsLabel;
    QTableWidget *m_actions;
    QPushButton *m_addAction;
    QPushButton *m_saveVisit;
    ErrorLabel *m_visitError;
    std::optional<Visit> m_visit; // the visit shown; empty meta.id = new
    QList<ChecklistItem> m_checklist;
    // Open actions
    QTableView *m_openActions;
    QStandardItemModel *m_openModel;
    QPushButton *m_markDone;
    // Costs
    QTableView *m_costs;
    QLabel *m_costSummary;
    QStandardItemModel *m_costModel;
    QLabel *m_costSiteLabel;
    QComboBox *m_costSite;
    QLabel *m_yearLabel;
    QSpinBox *m_year;
    QLabel *m_spendingLabel;
    NumberEdit *m_spending;
    QLabel *m_contributionLabel;
    NumberEdit *m_contribution;
    QLabel *m_beneficiariesLabel;
    QSpinBox *m_beneficiaries;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QPushButton *m_newCost;
    QPushButton *m_saveCost;
    QPushButton *m_deleteCost;
    ErrorLabel *m_costError;
    QList<Cost> m_costList;
    std::optional<Cost> m_cost;
    bool m_visitDirty = false;
    bool m_costDirty = false;
    bool m_loading = false; // filling the editors: no change of the user's
};
