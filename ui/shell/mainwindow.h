#pragma once

#include "background.h"

#include "io/dataselection.h"

#include "auth/actor.h"
#include "io/dataselection.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <memory>

class AuditPage;
class Database;
class MonitoringPage;
class ReadinessPage;
class SetupPage;
class SyncPage;
class UsersPage;
class EntryPage;
class IndicatorsPage;
class ReviewPage;
class ProgrammePage;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class DashboardPage;
class DataBrowserPage;
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
    enum Page {
        Welcome,
        ProgrammePageIndex,
        SitesPageIndex,
        IndicatorsPageIndex,
        EntryPageIndex,
        ReviewPageIndex,
        DashboardPageIndex,
        DataBrowserPageIndex,
        MonitoringPageIndex,
        ReadinessPageIndex,
        SyncPageIndex,
        SetupPageIndex,
        UsersPageIndex,
        AuditPageIndex
    };
    static constexpr int LastPage = AuditPageIndex;
    // The page's stable name, stored in the settings ([window] pageName) so that adding a page
    // never moves a user to another one; empty for an unknown page.
    static QString pageName(Page page);
    // The page to show on opening a database: the saved name, else the index that versions
    // before the data browser saved (their numbering, mapped), else the Programme page.
    static Page savedPage(const QString &name, int legacyIndex);

    // Who works on a database just opened: by default the sign-in dialog (or, for a new
    // database, the dialog that creates its administrator); tests replace it.
    using SignIn = std::function<std::optional<Actor>(Database &database)>;
    void setSignIn(SignIn signIn) { m_signIn = std::move(signIn); }
    // Locks the window now (as after the idle time): the unlock dialog asks for the password.
    void lock();

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database; errors are shown in a message box, or only in the status bar when
    // quiet (reopening the last file at start-up).
    bool openDatabase(const QString &path, bool quiet = false);
    void closeDatabase();
    bool openDemo();
    void createProgramme();
    void openFile();
    void importData();
    void exportData(const DataSelection &selection);
    void editDhis2Codes();
    // File › Backups…; restoring closes the file, puts the copy in place and opens it again
    // (with a new sign-in: the copy's accounts apply).
    void showBackups();
    // The welcome page's "Set up a field laptop from a starter package…": asks for the package
    // and a name for the new database, then createFromStarter().
    void setUpFieldLaptop();
    // Makes a field database at path (which must not exist yet) from a starter package on a
    // worker thread, then opens it (the sign-in follows); errors are shown in a message box.
    bool createFromStarter(const QString &packagePath, const QString &path);
    bool restoreBackup(const QString &backupPath);
    // Makes the scheduled copy when the newest is older than the setting ([backup] everyHours).
    void backUpIfDue();
    bool isBackingUp() const { return m_backingUp; }
    void showPage(Page page);

    Session *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    SitesPage *sitesPage() const { return m_sites; }
    IndicatorsPage *indicatorsPage() const { return m_indicators; }
    EntryPage *entryPage() const { return m_entry; }
    ReviewPage *reviewPage() const { return m_review; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    DataBrowserPage *dataBrowserPage() const { return m_browser; }
    Page currentPage() const;
    MonitoringPage *monitoringPage() const { return m_monitoring; }
    // Whether the idle lock should close the session at this time (ms since the epoch): never
    // while work runs in the background.
    bool idleLockDue(qint64 nowMs) const;
    // Work runs in the background: no other file is opened, closed, locked or restored meanwhile.
    bool isBusy() const;
    ReadinessPage *readinessPage() const { return m_readiness; }
    SyncPage *syncPage() const { return m_sync; }
    SetupPage *setupPage() const { return m_setup; }
    UsersPage *usersPage() const { return m_users; }
    AuditPage *auditPage() const { return m_audit; }
    static QString demoPath();

signals:
    // The data browser's "Export selection…": the export (issue 5) takes it from here.
    void exportRequested(const DataSelection &selection);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    using BackgroundProgress = ::BackgroundProgress;
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
    EntryPage *m_entry;
    ReviewPage *m_review;
    DashboardPage *m_dashboard;
    DataBrowserPage *m_browser;
    MonitoringPage *m_monitoring;
    ReadinessPage *m_readiness;
    SyncPage *m_sync;
    SetupPage *m_setup;
    UsersPage *m_users;
    AuditPage *m_audit;
    SignIn m_signIn;
    class QTimer *m_idleTimer;
    class QTimer *m_backupTimer;
    bool m_backingUp = false;
    qint64 m_lastActivity = 0; // ms since epoch
    bool m_locked = false;
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
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_dhis2Action;
    QAction *m_backupsAction;
    QAction *m_lockAction;
    QAction *m_lockSettingsAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
    QActionGroup *m_languages;
    bool m_busy = false; // work runs in the background
};
