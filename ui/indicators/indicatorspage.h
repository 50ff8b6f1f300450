#pragma once

#include <QPointer>
#include <QWidget>

class IndicatorEditor;
class IndicatorTableModel;
class QPushButton;
class QTableView;
class QUndoStack;
class Session;
class SiteTargetsPanel;

// The Indicators page: the programme's indicators beside an editor for one of them, its
// disaggregation, valid range, baseline and target. Changes go through the indicator service
// and onto the undo stack.
class IndicatorsPage final : public QWidget
{
    Q_OBJECT

public:
    IndicatorsPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setSession(Session *session);
    IndicatorTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    IndicatorEditor *editor() const { return m_editor; }
    SiteTargetsPanel *siteTargets() const { return m_targets; }

public slots:
    void addIndicator();
    void removeIndicator();
    bool applyEdits();
    void discardEdits();

signals:
    // An undo or redo of this page's changes could not be carried out.
    void commandFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void select(qint64 indicatorId);
    void showIndicator(int row);
    void revalidate();

    QPointer<Session> m_session;
    QUndoStack *m_undoStack;
    IndicatorTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    IndicatorEditor *m_editor;
    SiteTargetsPanel *m_targets;
    qint64 m_shownId = 0;
    bool m_selecting = false;
};
