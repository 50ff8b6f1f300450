#include "mainwindow.h"

#include "io/dhis2mappingdialog.h"
#include "io/exportdialog.h"
#include "io/importwizard.h"

#include "commands/rowcommand.h"
#include "demo/demogenerator.h"
#include "audit/auditpage.h"
#include "browser/databrowserpage.h"
#include "dashboard/dashboardpage.h"
#include "entry/entrypage.h"
#include "monitoring/monitoringpage.h"
#include "readiness/readinesspage.h"
#include "sync/syncpage.h"
#include "sync/syncservice.h"
#include "backups/backupsdialog.h"
#include "storage/backups.h"
#include "setup/setuppage.h"
#include "users/userspage.h"
#include "review/reviewpage.h"
#include "services/userservice.h"
#include "signin/signindialog.h"
#include "indicators/indicatoreditor.h"
#include "indicators/indicatorspage.h"
#include "languagemanager.h"
#include "programme/programmepage.h"
#include "session.h"
#include "settings.h"
#include "sites/siteeditor.h"
#include "sites/sitespage.h"
#include "welcome/newprogrammedialog.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    // One item per page after the welcome page, in the order of Page.
    static constexpr QStyle::StandardPixmap icons[LastPage] = {
        QStyle::SP_FileDialogInfoView,     QStyle::SP_DirHomeIcon,      QStyle::SP_FileDialogDetailedView,
        QStyle::SP_FileDialogContentsView, QStyle::SP_DialogApplyButton, QStyle::SP_ComputerIcon,
        QStyle::SP_FileDialogDetailedView, QStyle::SP_DriveNetIcon,      QStyle::SP_DialogYesButton,
        QStyle::SP_BrowserReload,          QStyle::SP_FileDialogListView, QStyle::SP_DirIcon,
        QStyle::SP_MessageBoxInformation};
    for (QStyle::StandardPixmap icon : icons)
        new QListWidgetItem(style()->standardIcon(icon), QString(), m_nav);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(this);
    m_programme = new ProgrammePage(m_undoStack, this);
    m_sites = new SitesPage(m_undoStack, this);
    m_indicators = new IndicatorsPage(m_undoStack, this);
    m_entry = new EntryPage(m_undoStack, this);
    m_review = new ReviewPage(this);
    m_dashboard = new DashboardPage(m_settings, this);
    m_browser = new DataBrowserPage(m_settings, this);
    m_monitoring = new MonitoringPage(this);
    m_readiness = new ReadinessPage(this);
    m_sync = new SyncPage(this);
    m_setup = new SetupPage(this);
    m_users = new UsersPage(this);
    m_audit = new AuditPage(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_programme);
    m_stack->addWidget(m_sites);
    m_stack->addWidget(m_indicators);
    m_stack->addWidget(m_entry);
    m_stack->addWidget(m_review);
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_monitoring);
    m_stack->addWidget(m_readiness);
    m_stack->addWidget(m_sync);
    m_stack->addWidget(m_setup);
    m_stack->addWidget(m_users);
    m_stack->addWidget(m_audit);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_session)
            showPage(static_cast<Page>(row + 1));
    });
    connect(m_programme, &ProgrammePage::commandFailed, this, &MainWindow::showCommandFailure);
    connect(m_sites, &SitesPage::commandFailed, this, &MainWindow::showCommandFailure);
    connect(m_indicators, &IndicatorsPage::commandFailed, this, &MainWindow::showCommandFailure);
    connect(m_entry, &EntryPage::commandFailed, this, &MainWindow::showCommandFailure);
    connect(m_review, &ReviewPage::openFormRequested, this, [this](qint64 siteId, const Period &period) {
        m_entry->openForm(siteId, period);
        showPage(EntryPageIndex);
    });
    connect(m_dashboard, &DashboardPage::openFormRequested, this, [this](qint64 siteId, const Period &period, qint64 indicatorId) {
        m_entry->openForm(siteId, period, indicatorId);
        showPage(EntryPageIndex);
    });
    connect(m_browser, &DataBrowserPage::exportRequested, this, &MainWindow::exportRequested);
    connect(m_browser, &DataBrowserPage::exportRequested, this, &MainWindow::exportData);
    connect(m_dashboard, &DashboardPage::siteOpenRequested, this, [this](qint64 siteId) {
        showPage(SitesPageIndex);
        m_sites->showSite(siteId);
    });

    m_signIn = [this](Database &database) -> std::optional<Actor> {
        const bool first = !UserService(database, Actor::system()).hasUsers();
        SignInDialog dialog(database, first ? SignInDialog::Mode::FirstAdmin : SignInDialog::Mode::SignIn, this,
                            first ? QString() : m_settings.lastUser.value());
        dialog.setDemonstration(QFileInfo(database.path()) == QFileInfo(demoPath()));
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    };
    // The idle lock: any key or mouse use counts as activity.
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
    qApp->installEventFilter(this);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(15000);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (idleLockDue(QDateTime::currentMSecsSinceEpoch()))
            lock();
    });
    m_idleTimer->start();
    // The scheduled backup: checked every half hour and soon after a file opens.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(30 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    m_backupTimer->start();
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createProgramme);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::starterRequested, this, &MainWindow::setUpFieldLaptop);

    createActions();
    retranslateUi();
    setSession(nullptr);

    if (!restoreGeometry(m_settings.windowGeometry.value())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(available.size() * 0.9);
    }
    restoreState(m_settings.windowState.value());
}

MainWindow::~MainWindow()
{
    m_undoStack->clear();
}

QString MainWindow::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.db"));
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::createProgramme);
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importData"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importData);
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportData"));
    connect(m_exportAction, &QAction::triggered, this, [this] { exportData(DataSelection{}); });
    m_dhis2Action = new QAction(this);
    m_dhis2Action->setObjectName(QStringLiteral("dhis2Codes"));
    connect(m_dhis2Action, &QAction::triggered, this, &MainWindow::editDhis2Codes);
    m_backupsAction = new QAction(this);
    m_backupsAction->setObjectName(QStringLiteral("backups"));
    connect(m_backupsAction, &QAction::triggered, this, &MainWindow::showBackups);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_lockSettingsAction = new QAction(this);
    m_lockSettingsAction->setObjectName(QStringLiteral("lockSettings"));
    connect(m_lockSettingsAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Lock when idle"),
                                                 tr("Lock the window after this many minutes without use (0: never):"),
                                                 m_settings.lockMinutes.value(), 0, 480, 1, &ok);
        if (ok)
            m_settings.lockMinutes.setValue(minutes);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    // Typing not yet applied is applied first, so that undo acts on what the user sees.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (applyPendingEdits())
            m_undoStack->undo();
    });
    m_redoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, this, [this] {
        const bool couldRedo = m_undoStack->canRedo();
        if (!applyPendingEdits())
            return;
        if (couldRedo && !m_undoStack->canRedo()) {
            // Applying the typing made it the newest change, which ends what could be redone.
            statusBar()->showMessage(tr("Your change was saved; there is nothing left to redo."), 10000);
            return;
        }
        m_undoStack->redo();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        auto *action = new QAction(language.nativeName, m_languages);
        action->setCheckable(true);
        action->setData(language.code);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setChecked(language.code == LanguageManager::instance()->language());
        connect(action, &QAction::triggered, this, [this, code = language.code] {
            LanguageManager::instance()->setLanguage(code);
            m_settings.language.setValue(code);
        });
    }
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languages->actions())
            action->setChecked(action->data().toString() == code);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ScaleReady"),
                           tr("<h3>ScaleReady %1</h3><p>Evidence for scaling up demonstration models for children: "
                              "site data, pilot and comparison outcomes, equity, cost and readiness for government "
                              "scale-up.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_dhis2Action);
    m_fileMenu->addAction(m_backupsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_lockSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_programmeChooser = new QComboBox(this);
    m_programmeChooser->setObjectName(QStringLiteral("programmeChooser"));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_programmeChooser)->setObjectName(QStringLiteral("programmeChooserAction"));
    connect(m_programmeChooser, &QComboBox::activated, this, [this](int index) {
        if (m_session && applyPendingEdits()) {
            m_undoStack->clear();
            m_session->setProgrammeId(m_programmeChooser->itemData(index).toLongLong());
        }
        updateProgrammes();
    });
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New programme…"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a ScaleReady database file"));
    m_demoAction->setText(tr("Open the &demonstration programme"));
    m_closeAction->setText(tr("&Close database"));
    m_importAction->setText(tr("I&mport data…"));
    m_importAction->setStatusTip(tr("Import data values from a CSV file: checked first, then written in one step."));
    m_exportAction->setText(tr("&Export data…"));
    m_exportAction->setStatusTip(tr("Write data values to CSV, Excel, DHIS2 or ADX."));
    m_dhis2Action->setText(tr("D&HIS2 codes…"));
    m_backupsAction->setText(tr("&Backups…"));
    m_dhis2Action->setStatusTip(tr("The codes a DHIS2 instance knows the sites, indicators and options by."));
    m_lockAction->setText(tr("&Lock now"));
    m_lockSettingsAction->setText(tr("Lock when &idle…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About ScaleReady"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    const auto navText = [this](Page page, const QString &text) { m_nav->item(page - 1)->setText(text); };
    navText(ProgrammePageIndex, tr("Programme"));
    navText(SitesPageIndex, tr("Sites"));
    navText(IndicatorsPageIndex, tr("Indicators"));
    navText(EntryPageIndex, tr("Data entry"));
    navText(ReviewPageIndex, tr("Review"));
    navText(DashboardPageIndex, tr("Dashboard"));
    navText(DataBrowserPageIndex, tr("Data", "the data browser page"));
    navText(MonitoringPageIndex, tr("Visits and costs"));
    navText(ReadinessPageIndex, tr("Readiness"));
    navText(SyncPageIndex, tr("Sync", "the synchronisation page"));
    navText(SetupPageIndex, tr("Rules and checklist"));
    navText(UsersPageIndex, tr("Users"));
    navText(AuditPageIndex, tr("Audit"));
    m_programmeChooser->setToolTip(tr("The programme to work on"));
    // Undo texts are built in the current language (STYLE.md 7).
    for (int i = 0; i < m_undoStack->count(); ++i)
        if (auto *command = dynamic_cast<TranslatableCommand *>(const_cast<QUndoCommand *>(m_undoStack->command(i))))
            command->retranslate();
    updateUndoActions();
    updateProgrammes();
}

void MainWindow::updateUndoActions()
{
    const QString undo = m_undoStack->canUndo() ? m_undoStack->undoText() : QString();
    const QString redo = m_undoStack->canRedo() ? m_undoStack->redoText() : QString();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undoAction->setEnabled(m_undoStack->canUndo());
    m_redoAction->setEnabled(m_undoStack->canRedo());
}

void MainWindow::updateProgrammes()
{
    QString title = tr("ScaleReady");
    if (m_session) {
        const QSignalBlocker blocker(m_programmeChooser);
        m_programmeChooser->clear();
        const auto programmes = m_session->programmes().programmes();
        for (const Programme &p : programmes)
            m_programmeChooser->addItem(p.code + QStringLiteral(" — ") + p.name(), p.meta.id);
        m_programmeChooser->setCurrentIndex(std::max(0, m_programmeChooser->findData(m_session->programmeId())));
        if (const auto programme = m_session->programme())
            title = programme->name() + QStringLiteral(" — ") + title;
        m_status->setText(tr("%1 · working as %2 (%3)")
                              .arg(QDir::toNativeSeparators(m_session->database().path()), m_session->actor().username,
                                   Vocabulary::label(m_session->actor().role)));
    } else {
        m_programmeChooser->clear();
        m_status->setText(tr("No database open"));
    }
    for (QAction *action : m_toolBar->actions())
        if (action->objectName() == QLatin1StringView("programmeChooserAction"))
            action->setVisible(m_programmeChooser->count() > 1);
    setWindowTitle(title);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::applyPendingEdits()
{
    const bool sitesPending = m_sites->editor()->isEnabled() && m_sites->editor()->isModified();
    const bool indicatorsPending = m_indicators->editor()->isEnabled() && m_indicators->editor()->isModified();
    const bool programmePending = m_programme->isModified();
    if ((!sitesPending || m_sites->applyEdits()) && (!indicatorsPending || m_indicators->applyEdits())
        && (!programmePending || m_programme->applyEdits()) && m_entry->applyEdits() && m_monitoring->applyEdits()
        && m_setup->applyEdits() && m_users->applyEdits())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("A change could not be saved (the page shows why). Discard it?"),
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_sites->discardEdits();
    m_indicators->discardEdits();
    m_programme->revert();
    m_entry->discardEdits();
    m_monitoring->discardEdits();
    m_setup->discardEdits();
    m_users->discardEdits();
    return true;
}

void MainWindow::showCommandFailure(const QString &message)
{
    statusBar()->showMessage(message, 20000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot undo or redo"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isBusy() || !applyPendingEdits()) {
        event->ignore();
        return;
    }
    m_settings.windowGeometry.setValue(saveGeometry());
    m_settings.windowState.setValue(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    m_undoStack->clear();
    m_programme->setSession(nullptr);
    m_sites->setSession(nullptr);
    m_indicators->setSession(nullptr);
    m_entry->setSession(nullptr);
    m_review->setSession(nullptr);
    m_monitoring->setSession(nullptr);
    m_readiness->setSession(nullptr);
    m_sync->setSession(nullptr);
    m_dashboard->setSession(nullptr);
    m_browser->setSession(nullptr);
    m_setup->setSession(nullptr);
    m_users->setSession(nullptr);
    m_audit->setSession(nullptr);
    m_session = std::move(session);
    m_programme->setSession(m_session.get());
    m_sites->setSession(m_session.get());
    m_indicators->setSession(m_session.get());
    m_entry->setSession(m_session.get());
    m_review->setSession(m_session.get());
    m_monitoring->setSession(m_session.get());
    m_readiness->setSession(m_session.get());
    m_sync->setSession(m_session.get());
    m_dashboard->setSession(m_session.get());
    m_browser->setSession(m_session.get());
    m_setup->setSession(m_session.get());
    m_users->setSession(m_session.get());
    m_audit->setSession(m_session.get());
    if (m_session) {
        connect(m_session.get(), &Session::changed, this, &MainWindow::updateProgrammes);
        connect(m_session.get(), &Session::programmeChanged, this, &MainWindow::updateProgrammes);
    }
    m_nav->setEnabled(m_session != nullptr);
    m_closeAction->setEnabled(m_session != nullptr);
    m_importAction->setEnabled(m_session != nullptr && m_session->actor().role != Role::Viewer);
    m_exportAction->setEnabled(m_session != nullptr);
    m_dhis2Action->setEnabled(m_session != nullptr);
    m_backupsAction->setEnabled(m_session != nullptr);
    m_lockAction->setEnabled(m_session != nullptr);
    if (m_session) {
        showPage(savedPage(m_settings.currentPageName.value(), m_settings.currentPage.value()));
        QTimer::singleShot(5000, this, &MainWindow::backUpIfDue);
    } else {
        showPage(Welcome);
    }
    updateProgrammes();
}

void MainWindow::importData()
{
    if (!m_session)
        return;
    if (m_session->programmeId() == 0) {
        QMessageBox::information(this, tr("Import data"), tr("Create or choose a programme first."));
        return;
    }
    ImportWizard wizard(m_session.get(), this);
    wizard.exec();
}

void MainWindow::exportData(const DataSelection &selection)
{
    if (!m_session)
        return;
    if (m_session->programmeId() == 0) {
        QMessageBox::information(this, tr("Export data"), tr("Create or choose a programme first."));
        return;
    }
    DataSelection preset = selection;
    if (preset.programmeId == 0)
        preset.programmeId = m_session->programmeId();
    ExportDialog dialog(m_session.get(), preset, this);
    dialog.exec();
}

void MainWindow::showBackups()
{
    if (!m_session || isBusy())
        return;
    BackupsDialog dialog(m_session.get(), this);
    QString chosen;
    connect(&dialog, &BackupsDialog::restoreRequested, &dialog, [&](const QString &path) {
        chosen = path;
        dialog.accept();
    });
    dialog.exec();
    if (!chosen.isEmpty())
        restoreBackup(chosen);
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_session || isBusy())
        return false;
    // Restoring rolls back every site, account and the audit trail: administrators and
    // programme managers only.
    if (!m_session->actor().mayEditMetadata()) {
        QMessageBox::warning(this, tr("Restore a backup"),
                             tr("Only administrators and programme managers can restore a backup."));
        return false;
    }
    if (m_backingUp) {
        QMessageBox::information(this, tr("Restore a backup"),
                                 tr("A backup is being made just now; try again in a moment."));
        return false;
    }
    const QString path = m_session->database().path();
    if (!applyPendingEdits())
        return false;
    setSession(nullptr); // the file is closed before it is replaced
    // Checking the copy, keeping the current file and copying take seconds on a large file.
    Result<void> restored = fail(QString());
    runInBackground(tr("Restoring the backup…"), [&](const BackgroundProgress &) { restored = Backups::restore(backupPath, path); },
                    /*cancellable=*/false);
    if (!restored)
        QMessageBox::warning(this, tr("Restore a backup"), restored.error());
    const bool opened = openDatabase(path);
    if (restored && opened)
        statusBar()->showMessage(tr("Restored %1 from the copy %2.").arg(QDir::toNativeSeparators(path),
                                                                          QFileInfo(backupPath).fileName()),
                                 15000);
    return restored.ok() && opened;
}

void MainWindow::backUpIfDue()
{
    if (!m_session || m_backingUp || m_session->database().isReadOnly())
        return;
    const int hours = m_settings.backupHours.value();
    if (hours <= 0)
        return;
    const QString path = m_session->database().path();
    if (const auto since = Backups::hoursSinceLast(path, Backups::Kind::Scheduled); since && *since < hours)
        return;
    // On a worker thread with a connection of its own: the window goes on meanwhile.
    m_backingUp = true;
    QPointer<MainWindow> guard(this);
    QThreadPool::globalInstance()->start([path, guard] {
        Result<Backups::Info> made = fail(QString());
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            made = opened ? Backups::create(*opened.value(), Backups::Kind::Scheduled) : Result<Backups::Info>(fail(opened.error()));
        }
        QMetaObject::invokeMethod(
            qApp,
            [guard, made] {
                if (!guard)
                    return;
                guard->m_backingUp = false;
                if (made)
                    guard->statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made->path)), 10000);
                else
                    guard->statusBar()->showMessage(made.error(), 30000);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::editDhis2Codes()
{
    if (!m_session || m_session->programmeId() == 0)
        return;
    Dhis2MappingDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::showPage(Page page)
{
    m_stack->setCurrentIndex(page);
    const QSignalBlocker blocker(m_nav);
    m_nav->setCurrentRow(page == Welcome ? -1 : page - 1);
    if (page != Welcome) {
        m_settings.currentPageName.setValue(pageName(page));
        m_settings.currentPage.reset(); // the old numbering: read once, then replaced by the name
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

QString MainWindow::pageName(Page page)
{
    switch (page) {
    case Welcome: return QStringLiteral("welcome");
    case ProgrammePageIndex: return QStringLiteral("programme");
    case SitesPageIndex: return QStringLiteral("sites");
    case IndicatorsPageIndex: return QStringLiteral("indicators");
    case EntryPageIndex: return QStringLiteral("entry");
    case ReviewPageIndex: return QStringLiteral("review");
    case DashboardPageIndex: return QStringLiteral("dashboard");
    case DataBrowserPageIndex: return QStringLiteral("data");
    case MonitoringPageIndex: return QStringLiteral("monitoring");
    case ReadinessPageIndex: return QStringLiteral("readiness");
    case SyncPageIndex: return QStringLiteral("sync");
    case SetupPageIndex: return QStringLiteral("setup");
    case UsersPageIndex: return QStringLiteral("users");
    case AuditPageIndex: return QStringLiteral("audit");
    }
    return QString();
}

MainWindow::Page MainWindow::savedPage(const QString &name, int legacyIndex)
{
    for (int i = ProgrammePageIndex; i <= LastPage; ++i)
        if (!name.isEmpty() && pageName(static_cast<Page>(i)) == name)
            return static_cast<Page>(i);
    // [window] page of earlier versions: their indexes, which had no data browser.
    static const Page legacy[] = {Welcome, ProgrammePageIndex, SitesPageIndex, IndicatorsPageIndex, EntryPageIndex,
                                  ReviewPageIndex, DashboardPageIndex, MonitoringPageIndex, SetupPageIndex,
                                  UsersPageIndex, AuditPageIndex};
    if (legacyIndex >= int(ProgrammePageIndex) && legacyIndex < int(std::size(legacy)))
        return legacy[legacyIndex];
    return ProgrammePageIndex;
}

bool MainWindow::isBusy() const
{
    // The window's own background work, or a page's or a dialog's (runWithProgress).
    return m_busy || backgroundWorkRunning();
}

bool MainWindow::idleLockDue(qint64 nowMs) const
{
    // Never under work in progress (the window's, or a page's or dialog's on a worker thread).
    const int minutes = m_settings.lockMinutes.value();
    return minutes > 0 && m_session && !m_locked && !isBusy()
           && nowMs - m_lastActivity >= qint64(minutes) * 60000;
}

bool MainWindow::runInBackground(const QString &label, const std::function<void(const BackgroundProgress &)> &work,
                                 bool cancellable)
{
    // Nothing else happens meanwhile: no second file opened, no typing, no closing.
    m_busy = true;
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    m_toolBar->setEnabled(false);
    const bool finished = runWithProgress(this, label, work, cancellable);
    centralWidget()->setEnabled(true);
    menuBar()->setEnabled(true);
    m_toolBar->setEnabled(true);
    m_busy = false;
    return finished;
}

bool MainWindow::openDatabase(const QString &path, bool quiet)
{
    if (isBusy())
        return false;
    if (m_session && !applyPendingEdits())
        return false;
    // The checks of a large file take seconds: they run off the GUI thread.
    Result<void> inspected;
    runInBackground(tr("Checking %1…").arg(QDir::toNativeSeparators(path)),
                    [&](const BackgroundProgress &) {
                        inspected = Database::inspect(path);
                        // A file from an earlier version is upgraded here too: a new index
                        // over millions of values takes a while (the connection opened here is
                        // closed here; the window's own then opens an up-to-date file).
                        if (inspected) {
                            auto upgraded = Database::open(path, Database::Mode::OpenExisting, Database::Check::Skip);
                            if (!upgraded)
                                inspected = Error{upgraded.error(), upgraded.errorKind()};
                        }
                    },
                    false);
    auto opened = inspected ? Database::open(path, Database::Mode::OpenExisting, Database::Check::Skip)
                            : Result<std::unique_ptr<Database>>(fail(inspected.error(), inspected.errorKind()));
    if (!opened) {
        if (quiet)
            statusBar()->showMessage(opened.error(), 15000);
        else
            QMessageBox::critical(this, tr("Cannot open the database"), opened.error());
        return false;
    }
    const auto actor = m_signIn ? m_signIn(*opened.value()) : std::nullopt;
    if (!actor) {
        statusBar()->showMessage(tr("Not signed in: %1 was not opened.").arg(QDir::toNativeSeparators(path)), 10000);
        return false;
    }
    m_settings.lastUser.setValue(actor->username);
    setSession(std::make_unique<Session>(std::move(opened).value(), *actor));
    m_settings.lastDatabase.setValue(m_session->database().path());
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
    return true;
}

void MainWindow::closeDatabase()
{
    if (isBusy())
        return;
    if (m_session && !applyPendingEdits())
        return;
    setSession(nullptr);
    m_settings.lastDatabase.reset();
}

void MainWindow::openFile()
{
    if (isBusy())
        return;
    const QString start = m_session ? QFileInfo(m_session->database().path()).absolutePath()
                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a database"), start,
                                                      tr("ScaleReady databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::createProgramme()
{
    if (isBusy())
        return;
    if (m_session && !applyPendingEdits())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    NewProgrammeDialog dialog(QDir(folder).filePath(tr("programme") + QStringLiteral(".db")), this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString path = dialog.path();
        QString error;
        {
            auto opened = Database::open(path, Database::Mode::OpenOrCreate);
            if (!opened) {
                error = opened.error();
            } else {
                auto created = ProgrammeService(*opened.value(), Actor::system()).create(dialog.programme());
                if (!created)
                    error = created.error();
            }
        }
        if (error.isEmpty()) {
            openDatabase(path);
            return;
        }
        // The file was made for this programme only: take it away again.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
        dialog.showError(error);
    }
}

void MainWindow::setUpFieldLaptop()
{
    if (isBusy() || (m_session && !applyPendingEdits()))
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString package = QFileDialog::getOpenFileName(this, tr("Choose the starter package"), folder,
                                                         tr("Sync packages (*.srpk);;All files (*)"));
    if (package.isEmpty())
        return;
    // In the documents folder (not next to the package, which is often on a USB stick), named
    // after it; an existing file is never replaced.
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(documents).isDir())
        documents = QDir::homePath();
    const QString suggested = QDir(documents).filePath(QFileInfo(package).completeBaseName() + QStringLiteral(".db"));
    QString path = QFileDialog::getSaveFileName(this, tr("Name the new database"), suggested,
                                                tr("ScaleReady databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    createFromStarter(package, path);
}

bool MainWindow::createFromStarter(const QString &packagePath, const QString &path)
{
    if (isBusy())
        return false;
    const QString title = tr("Set up a field laptop");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, title,
                             tr("%1 already exists. Choose a new name: a starter package never replaces a database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Result<Sync::Summary> created = fail(QString());
    const bool finished = runInBackground(tr("Setting up the field database…"), [&](const BackgroundProgress &report) {
        Sync::ExchangeFile file(packagePath);
        created = Sync::SyncService::createFromStarter(path, file, report.steps());
    });
    if (!created) {
        if (finished) // else cancelled: nothing to say
            QMessageBox::warning(this, title, created.error());
        return false;
    }
    statusBar()->showMessage(tr("Set up %1 from the starter package %2.")
                                 .arg(QDir::toNativeSeparators(path), QFileInfo(packagePath).fileName()),
                             15000);
    return openDatabase(path);
}

bool MainWindow::openDemo()
{
    if (isBusy())
        return false;
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        Result<DemoGenerator::Summary> result = fail(QString());
        const bool finished = runInBackground(tr("Building the demonstration programme…"), [&](const BackgroundProgress &report) {
            result = DemoGenerator::generateFile(path, DemoGenerator::Options{}, [&](int p) {
                report.setPercent(p);
                return !report.cancelled();
            });
        });
        if (!result) {
            if (finished)
                QMessageBox::critical(this, tr("Cannot build the demonstration programme"), result.error());
            return false;
        }
    }
    return openDatabase(path);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_lastActivity = QDateTime::currentMSecsSinceEpoch();
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (!m_session || m_locked)
        return;
    m_locked = true;
    // What is typed stays: the cell or form being edited keeps its text under the lock.
    SignInDialog dialog(m_session->database(), SignInDialog::Mode::Unlock, this, m_session->actor().username);
    const bool unlocked = dialog.exec() == QDialog::Accepted;
    m_locked = false;
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
    if (!unlocked)
        closeDatabase();
}
