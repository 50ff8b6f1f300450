#pragma once

#include "domain/indicator.h"
#include "domain/site.h"

#include <QPointer>
#include <QWidget>

class ErrorLabel;
class NumberEdit;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;
class Session;

// The sites that have their own baseline and target for one indicator, with a small form to
// set, change or remove one. Each change goes through the indicator service and onto the undo
// stack on its own, apart from the indicator's form.
class SiteTargetsPanel final : public QWidget
{
    Q_OBJECT

public:
    SiteTargetsPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setSession(Session *session);
    // 0 hides the panel (a new indicator has no targets yet).
    void setIndicator(qint64 indicatorId);

public slots:
    bool setForSite();
    bool removeSelected();

signals:
    void commandFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void showSelected();

    QPointer<Session> m_session;
    QUndoStack *m_undoStack;
    qint64 m_indicatorId = 0;
    QList<SiteTarget> m_targets;
    QList<Site> m_sites;
    QGroupBox *m_box;
    QTableWidget *m_table;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_baselineLabel;
    NumberEdit *m_baseline;
    QLabel *m_targetLabel;
    NumberEdit *m_target;
    QPushButton *m_set;
    QPushButton *m_remove;
    ErrorLabel *m_error;
};
