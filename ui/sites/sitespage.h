#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QUndoStack;
class Session;
class SiteEditor;
class SiteFilterProxyModel;
class SiteTableModel;

// The Sites page: a searchable, sortable, filterable table of the programme's sites beside an
// editor. Every change goes through the site service and onto the undo stack.
class SitesPage final : public QWidget
{
    Q_OBJECT

public:
    SitesPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setSession(Session *session);
    // Clears the filters and shows the site (the dashboard's ranking opens sites this way).
    void showSite(qint64 siteId);
    SiteTableModel *model() const { return m_model; }
    SiteFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    SiteEditor *editor() const { return m_editor; }

public slots:
    void addSite();
    void removeSite();
    bool applyEdits();
    void discardEdits();

signals:
    // An undo or redo of this page's changes could not be carried out.
    void commandFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refillProvinces();
    void updateCount();
    void showCurrent();
    void select(qint64 siteId);
    void applyFilters();
    void revalidate();

    QPointer<Session> m_session;
    QUndoStack *m_undoStack;
    SiteTableModel *m_model;
    SiteFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_province;
    QComboBox *m_arm;
    QComboBox *m_equity;
    QLabel *m_count;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    SiteEditor *m_editor;
    qint64 m_shownId = 0;
    bool m_selecting = false;
};
