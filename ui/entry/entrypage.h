#pragma once

#include "domain/period.h"
#include "models/entrytablemodel.h"

#include <QTableView>
#include <QWidget>

class ErrorLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class Session;

// The grid's keyboard: typing replaces a cell, Enter saves and moves down, Tab moves right,
// Esc reverts the cell being typed, Ctrl+V fills a block pasted from a spreadsheet.
class EntryTableView final : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

signals:
    void pasteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};

// Data entry for one site and period: choose the site and period, type into the grid (each
// cell is saved at once as a draft, undoably), see problems as you type, add comments and
// follow-up flags, see a cell's history, and submit; the reason of a return is shown on top,
// and the reports returned to the user are listed beside the grid.
class EntryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit EntryPage(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setSession(Session *session);
    // Shows a site's form for a period (from the review page or the returned list).
    // Opens a site's form for a period; with an indicator, its total cell becomes current (the
    // dashboard's jump to a cell).
    void openForm(qint64 siteId, const Period &period, qint64 indicatorId = 0);
    EntryTableView *view() const { return m_view; }
    EntryTableModel *model() const { return m_model; }
    // Saves the numbers of a cell through the service and the undo stack.
    bool saveCell(qint64 indicatorId, qint64 optionId, EntryTableModel::Line line, std::optional<double> value);
    bool pasteText(const QString &text);
    bool submit();
    // A comment or follow-up flag typed and not yet saved.
    bool hasPendingEdits() const { return m_noteDirty; }
    bool applyEdits() { return !m_noteDirty || saveNote(); }
    void discardEdits()
    {
        m_noteDirty = false;
        updateCellPanel();
    }

signals:
    void commandFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadSites();
    void reloadPeriods();
    void reload();
    void updateCellPanel();
    bool saveNote();
    Period currentPeriod() const;
    qint64 currentSite() const;

    QUndoStack *m_undoStack;
    Session *m_session = nullptr;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_periodLabel;
    QComboBox *m_periodType;
    QComboBox *m_period;
    QLabel *m_status;
    QPushButton *m_submit;
    QLabel *m_banner;
    ErrorLabel *m_error;
    EntryTableView *m_view;
    EntryTableModel *m_model;
    QLabel *m_cellTitle;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QCheckBox *m_followUp;
    QPushButton *m_saveNote;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    QLabel *m_issuesLabel;
    QListWidget *m_issues;
    QLabel *m_returnedLabel;
    QListWidget *m_returned;
    QLabel *m_emptyLabel;
    // The cell whose comment the panel shows, and whether it was changed since.
    qint64 m_noteSite = 0;
    Period m_notePeriod;
    qint64 m_noteIndicator = 0;
    qint64 m_noteOption = -1;
    bool m_noteDirty = false;
    bool m_loadingNote = false;
};
