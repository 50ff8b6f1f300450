#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class IndicatorsPage;
class ProgrammePage;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class Session;
class Settings;
class SitesPage;
class WelcomePage;

// The main window: navigation between the pages, the File / Edit / Language / Help menus,
// the undo stack, and the open database. Only ui/ shows dialogs; core reports errors as values.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Welcome, ProgrammePageIndex, SitesPageIndex, IndicatorsPageIndex };

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database; errors are shown in a message box, or only in the status bar when
    // quiet (reopening the last file at start-up).
    bool openDatabase(const QString &path, bool quiet = false);
    void closeDatabase();
    bool openDemo();
    void createProgramme();
    void openFile();
    void showPage(Page page);

    Session *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    SitesPage *sitesPage() const { return m_sites; }
    IndicatorsPage *indicatorsPage() const { return m_indicators; }
    static QString demoPath();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct BackgroundProgress
    {
        std::function<void(int)> setPercent; // 0–100
        std::function<bool()> cancelled;
    };
    // Runs work on a worker thread while the window shows a progress dialog (after a moment);
    // returns false when the user cancelled.
    bool runInBackground(const QString &label, const std::function<void(const BackgroundProgress &)> &work,
                         bool cancellable = true);
    void createActions();
    void retranslateUi();
    void updateUndoActions();
    void updateProgrammes();
    void setSession(std::unique_ptr<Session> session);
    bool applyPendingEdits();
    void showCommandFailure(const QString &message);

    Settings &m_settings;
    QUndoStack *m_undoStack;
    std::unique_ptr<Session> m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    ProgrammePage *m_programme;
    SitesPage *m_sites;
    IndicatorsPage *m_indicators;
    QToolBar *m_toolBar;
    QComboBox *m_programmeChooser;
    QLabel *m_status;
    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_demoAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
    QActionGroup *m_languages;
    bool m_busy = false; // work runs in the background
};
