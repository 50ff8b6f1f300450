#pragma once

#include "domain/workflow.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ErrorLabel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class Session;

// The programme's setup: its validation rules (consistency checks between indicator values)
// and its fidelity checklist (the components a monitoring visit scores). Administrators and
// managers edit them; everyone else sees them read-only. SetupService checks permissions and
// the rules' expressions again.
class SetupPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    QTableView *rulesView() const { return m_rulesView; }
    QTableView *checklistView() const { return m_checklistView; }
    bool hasPendingEdits() const { return ruleModified() || itemModified(); }
    bool applyEdits() { return (!ruleModified() || saveRule()) && (!itemModified() || saveItem()); }
    void discardEdits()
    {
        showRule(m_shownRule);
        showItem(m_shownItem);
    }

public slots:
    void newRule();
    bool saveRule();
    bool deleteRule();
    void newItem();
    bool saveItem();
    bool deleteItem();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void reloadRules();
    void reloadChecklist();
    bool mayEdit() const;
    void updateEnabled();

    void showRule(const ValidationRule &rule);
    ValidationRule editedRule() const;
    bool ruleModified() const;
    void selectRule(qint64 id);
    void ruleRowChanged();
    void showRuleError(const QString &message, std::function<QString()> again = {});

    void showItem(const ChecklistItem &item);
    ChecklistItem editedItem() const;
    bool itemModified() const;
    void selectItem(qint64 id);
    void itemRowChanged();
    void showItemError(const QString &message, std::function<QString()> again = {});

    QPointer<Session> m_session;

    QGroupBox *m_rulesBox;
    QTableView *m_rulesView;
    QStandardItemModel *m_rulesModel;
    QLabel *m_ruleNameEnLabel;
    QLineEdit *m_ruleNameEn;
    QLabel *m_ruleNameZhLabel;
    QLineEdit *m_ruleNameZh;
    QLabel *m_leftLabel;
    QLineEdit *m_left;
    QLabel *m_operatorLabel;
    QComboBox *m_operator;
    QLabel *m_rightLabel;
    QLineEdit *m_right;
    QLabel *m_importanceLabel;
    QComboBox *m_importance;
    QLabel *m_ruleHelp;
    ErrorLabel *m_ruleError;
    QPushButton *m_newRule;
    QPushButton *m_saveRule;
    QPushButton *m_deleteRule;

    QGroupBox *m_checklistBox;
    QTableView *m_checklistView;
    QStandardItemModel *m_checklistModel;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_itemNameEnLabel;
    QLineEdit *m_itemNameEn;
    QLabel *m_itemNameZhLabel;
    QLineEdit *m_itemNameZh;
    QLabel *m_orderLabel;
    QSpinBox *m_order;
    ErrorLabel *m_checklistError;
    QPushButton *m_newItem;
    QPushButton *m_saveItem;
    QPushButton *m_deleteItem;

    QList<ValidationRule> m_rules;
    QList<ChecklistItem> m_items;
    ValidationRule m_shownRule; // id 0: a new rule being written
    ChecklistItem m_shownItem;  // id 0: a new item being written
    bool m_selecting = false;
    std::function<QString()> m_ruleErrorAgain;
    std::function<QString()> m_itemErrorAgain;
};
