#include "monitoring/monitoringpage.h"
#include "dashboard/dashboardpage.h"
#include "shell/background.h"
#include "shell/widgets.h"
#include "programme/programmepage.h"
#include "signin/signindialog.h"
#include "services/userservice.h"
#include "backups/backupsdialog.h"
#include "shell/mainwindow.h"
#include "storage/backups.h"
#include "shell/settings.h"
#include "sites/siteeditor.h"
#include "sites/sitespage.h"
#include "sync/syncpage.h"
#include "sync/syncservice.h"
#include "uitestsupport.h"
#include "welcome/newprogrammedialog.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <functional>

#include <QCommandLinkButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace UiTestSupport;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    // The application posts LanguageChange to each window; deliver it as the event loop would.
    void switchTo(const QString &code)
    {
        action(QStringLiteral("language_") + code)->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    // Opens the demonstration, selects the first site with the mouse and returns a field of its form.
    QLineEdit *firstSiteField(const char *name)
    {
        if (!m_window->openDemo())
            return nullptr;
        m_window->showPage(MainWindow::SitesPageIndex);
        QTableView *view = m_window->sitesPage()->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 1)).center());
        return m_window->sitesPage()->editor()->findChild<QLineEdit *>(QLatin1StringView(name));
    }

    static QByteArray fingerprintOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool hasLatinWords(const QString &text)
    {
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
        return words.match(text).hasMatch();
    }

    // Texts that stay the same in both languages: language names shown in their own language,
    // the product name, and codes and numbers from the data.
    static bool sameInBothLanguages(const QString &key, const QString &text)
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z0-9_\\-\\s—%./:]+$"));
        // A validation rule's expression is code too, e.g. "FULLIMM.den <= NUTSUPP.den".
        static const QRegularExpression expression(QStringLiteral("^[A-Z0-9_]+(\\.(num|den))?(\\s*[-+<>=!]+\\s*[A-Z0-9_]+(\\.(num|den))?)+$"));
        if (expression.match(text).hasMatch())
            return true;
        // People's names in the accounts table are data too, and so are the audited values
        // (column names of the open file format with their old and new values).
        static const QRegularExpression fullNameCell(
            QStringLiteral("(usersView(/QHeaderView)?#cell\\d+,1@)|(auditPage/audit(/QHeaderView)?#cell\\d+,8@)"));
        if (fullNameCell.match(key).hasMatch())
            return true;
        // The demonstration's account names are data, the same in every language.
        static const QStringList accounts = {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("officer"),
                                             QStringLiteral("viewer"), QStringLiteral("system")};
        return key.contains(QStringLiteral("language_")) || text == QStringLiteral("English") || accounts.contains(text)
               || text == QStringLiteral("ScaleReady") || code.match(text).hasMatch()
               || key.contains(QStringLiteral("programmeChooser"));
    }

    void waitForDashboard()
    {
        DashboardPage *dashboard = m_window->dashboardPage();
        QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
        if (dashboard->isVisible() && dashboard->isComputing())
            QVERIFY(refreshed.wait(30000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(MainWindow::demoPath());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        // Signs in as the demo administrator, or creates an administrator in a new database.
        m_window->setSignIn([](Database &database) -> std::optional<Actor> {
            UserService users(database, Actor::system());
            if (!users.hasUsers()) {
                auto admin = users.createFirstAdmin(QStringLiteral("chief"), QString(), QStringLiteral("chief-password"));
                if (!admin)
                    return std::nullopt;
                return Actor{admin.value().meta.id, admin.value().username, admin.value().role};
            }
            auto actor = users.signIn(QStringLiteral("admin"), QStringLiteral("demo"));
            return actor ? std::optional<Actor>(actor.value()) : std::nullopt;
        });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void startsOnTheWelcomeScreen()
    {
        QVERIFY(!m_window->session());
        auto *stack = m_window->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentIndex(), int(MainWindow::Welcome));
        QVERIFY(m_window->findChild<QCommandLinkButton *>(QStringLiteral("createProgramme"))->isVisible());
        QVERIFY(m_window->findChild<QCommandLinkButton *>(QStringLiteral("openDemo"))->isVisible());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("ScaleReady"));
    }

    void opensTheDemonstrationFromTheWelcomeScreen()
    {
        QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(QStringLiteral("openDemo")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session() != nullptr, 60000);
        QVERIFY(QFileInfo::exists(MainWindow::demoPath()));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("early childhood development")));
        QCOMPARE(m_settings->lastDatabase.value(), QFileInfo(MainWindow::demoPath()).absoluteFilePath());
        QCOMPARE(m_window->session()->actor().username, QStringLiteral("admin"));
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(stack->currentIndex() != int(MainWindow::Welcome));
    }

    // Every menu's access keys are unique in both languages, so a key press picks one item.
    void menuAccessKeysAreUnique()
    {
        QVERIFY(m_window->openDemo());
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            switchTo(language);
            for (QAction *menuAction : m_window->menuBar()->actions()) {
                QMenu *menu = menuAction->menu();
                if (!menu)
                    continue;
                QHash<QChar, QString> keys;
                for (QAction *a : menu->actions()) {
                    const QString text = a->text();
                    const qsizetype amp = text.indexOf(u'&');
                    if (a->isSeparator() || amp < 0 || amp + 1 >= text.size())
                        continue;
                    const QChar key = text.at(amp + 1).toLower();
                    QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share the key %4")
                                                                .arg(menu->title(), keys.value(key), text, key)));
                    keys.insert(key, text);
                }
            }
        }
    }

    // File › Import data… and Export data… open their dialogs on the open programme.
    void fileMenuOpensImportAndExport()
    {
        QVERIFY(m_window->openDemo());
        for (const char *name : {"importData", "exportData", "dhis2Codes"}) {
            QAction *a = action(QLatin1StringView(name));
            QVERIFY2(a && a->isEnabled(), name);
            bool shown = false;
            QTimer::singleShot(0, this, [&] {
                QWidget *dialog = QApplication::activeModalWidget();
                shown = dialog != nullptr && dialog != m_window.get();
                if (auto *d = qobject_cast<QDialog *>(dialog))
                    d->reject();
            });
            a->trigger();
            QVERIFY2(shown, name);
        }
    }

    // File › Backups…: a copy by hand, checked, then restored through the dialog's buttons;
    // the window closes the file, restores and opens it again; the scheduled copy follows the
    // setting.
    void backupsAreMadeCheckedAndRestored()
    {
        QVERIFY(m_window->openDemo());
        const QString path = m_window->session()->database().path();
        QDir(Backups::folderOf(path)).removeRecursively(); // earlier runs' copies
        const auto sitesNow = [&] { return m_window->session()->sites().sites(m_window->session()->programmeId()).size(); };
        const qsizetype before = sitesNow();
        QAction *backups = action(QStringLiteral("backups"));
        QVERIFY(backups && backups->isEnabled());
        int rowsBefore = -1;
        int rowsAfter = -1;
        QString status;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<BackupsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            rowsBefore = dialog->table()->rowCount();
            QTest::mouseClick(dialog->backUpButton(), Qt::LeftButton);
            rowsAfter = dialog->table()->rowCount();
            QTest::mouseClick(dialog->verifyButton(), Qt::LeftButton);
            status = dialog->status();
            dialog->reject(); // closed before anything is checked, so that a failure cannot hang
        });
        backups->trigger();
        QVERIFY(rowsBefore >= 0);
        QCOMPARE(rowsAfter, rowsBefore + 1);
        QVERIFY2(status.contains(QStringLiteral("passed the integrity check")), qPrintable(status));

        // A site added after the copy is gone once the copy is restored.
        Site late;
        late.programmeId = m_window->session()->programmeId();
        late.code = QStringLiteral("LATE1");
        late.nameEn = QStringLiteral("Added after the backup");
        QVERIFY(m_window->session()->sites().create(late));
        QCOMPARE(sitesNow(), before + 1);
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<BackupsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->table()->selectRow(0);
            dialog->restoreSelected(/*confirmed=*/true);
            if (dialog->isVisible())
                dialog->reject();
        });
        backups->trigger();
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->database().path(), path);
        QCOMPARE(sitesNow(), before);
        // What the restore replaced is a backup of its own.
        bool kept = false;
        for (const auto &b : Backups::list(path))
            kept = kept || b.kind == Backups::Kind::BeforeRestore;
        QVERIFY(kept);

        // The scheduled copy: made when none is recent, not again within the interval, never at 0.
        m_settings->backupHours.setValue(24);
        m_window->backUpIfDue();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBackingUp(), 30000);
        QVERIFY(Backups::hoursSinceLast(path, Backups::Kind::Scheduled));
        const auto count = Backups::list(path).size();
        m_window->backUpIfDue();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBackingUp(), 30000);
        QCOMPARE(Backups::list(path).size(), count);
    }

    void setsUpAFieldLaptopFromAStarterPackage()
    {
        // A copy of the demonstration, as the manager's database, writes a starter package for
        // the officer.
        QVERIFY(m_window->openDemo());
        QCOMPARE(MainWindow::pageName(MainWindow::SyncPageIndex), QStringLiteral("sync"));
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::SyncPageIndex - 1)->text(), QStringLiteral("Sync"));
        QCOMPARE(nav->item(MainWindow::ReadinessPageIndex - 1)->text(), QStringLiteral("Readiness"));
        m_window->closeDatabase();
        const QString manager = m_dir.filePath(QStringLiteral("manager.db"));
        QFile::remove(manager);
        QVERIFY(QFile::copy(MainWindow::demoPath(), manager));
        const QString starter = m_dir.filePath(QStringLiteral("officer.srpk"));
        {
            auto db = Database::open(manager, Database::Mode::OpenExisting);
            QVERIFY(db);
            Sync::ExchangeFile file(starter);
            const Actor sender = demoActor(*db.value(), QStringLiteral("manager"));
            QVERIFY(Sync::SyncService(*db.value(), sender).exportTo(file, QStringLiteral("officer")));
        }
        // The laptop's accounts: the officer's own.
        m_window->setSignIn([](Database &database) -> std::optional<Actor> {
            auto actor = UserService(database, Actor::system()).signIn(QStringLiteral("officer"), QStringLiteral("demo"));
            return actor ? std::optional<Actor>(actor.value()) : std::nullopt;
        });

        // The welcome page's link: the package, a name for the new database, then the sign-in.
        const QString laptop = m_dir.filePath(QStringLiteral("laptop.db"));
        whenModal<QFileDialog>([&](QFileDialog *open) {
            typeFileName(open, starter);
            chooseFile(laptop);
        });
        auto *link = m_window->findChild<QCommandLinkButton *>(QStringLiteral("setUpFieldLaptop"));
        QVERIFY(link && link->isVisible());
        QTest::mouseClick(link, Qt::LeftButton);
        QVERIFY2(m_window->session(), qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(QFileInfo(m_window->session()->database().path()), QFileInfo(laptop));
        QVERIFY(Sync::SyncService(m_window->session()->database(), m_window->session()->actor()).isFieldDatabase());
        m_window->showPage(MainWindow::SyncPageIndex);
        QVERIFY(m_window->syncPage()->isVisible());
        QVERIFY(m_window->syncPage()->roleLabel()->text().contains(QStringLiteral("field database")));
        // Switching the language on the laptop leaves no page with a change to save.
        for (MainWindow::Page page : {MainWindow::MonitoringPageIndex, MainWindow::SyncPageIndex}) {
            m_window->showPage(page);
            LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
            QVERIFY(!m_window->monitoringPage()->hasPendingEdits());
            QVERIFY(m_window->monitoringPage()->applyEdits());
        }

        // An existing file is never replaced.
        m_window->closeDatabase();
        QString warning;
        whenModal<QMessageBox>([&warning](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
        QVERIFY(!m_window->createFromStarter(starter, laptop));
        QVERIFY2(warning.contains(QStringLiteral("already exists")), qPrintable(warning));
        QVERIFY(!m_window->session());
    }

    void aBadFileIsRefusedWithAMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        QVERIFY(!m_window->openDatabase(path, /*quiet=*/true));
        QVERIFY(!m_window->session());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not an SQLite file")));
    }

    // Every text that reads in English must read differently in Chinese.
    QStringList untranslatedBetween(const QMap<QString, QString> &english, const QMap<QString, QString> &chinese) const
    {
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (!hasLatinWords(it.value()) || sameInBothLanguages(it.key(), it.value()))
                continue;
            if (chinese.value(it.key()) == it.value())
                untranslated.append(it.key() + QStringLiteral(" = ") + it.value());
        }
        return untranslated;
    }

    void theWelcomeScreenAndNewProgrammeDialogSwitchLanguage()
    {
        const auto english = visibleTexts(m_window.get());
        NewProgrammeDialog dialog(m_dir.filePath(QStringLiteral("x.db")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto dialogEnglish = visibleTexts(&dialog);
        switchTo(QStringLiteral("zh_CN"));
        const QStringList untranslated = untranslatedBetween(english, visibleTexts(m_window.get()))
                                         + untranslatedBetween(dialogEnglish, visibleTexts(&dialog));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        switchTo(QStringLiteral("en"));
        QCOMPARE(visibleTexts(&dialog), dialogEnglish);
    }

    void pageIsRestoredByNameAndOldIndexesMap()
    {
        // [window] page of versions before the data browser used their own numbering.
        QCOMPARE(MainWindow::savedPage(QString(), 6), MainWindow::DashboardPageIndex);
        QCOMPARE(MainWindow::savedPage(QString(), 7), MainWindow::MonitoringPageIndex);
        QCOMPARE(MainWindow::savedPage(QString(), 10), MainWindow::AuditPageIndex);
        QCOMPARE(MainWindow::savedPage(QString(), 0), MainWindow::ProgrammePageIndex);
        QCOMPARE(MainWindow::savedPage(QString(), 42), MainWindow::ProgrammePageIndex);
        QCOMPARE(MainWindow::savedPage(QStringLiteral("data"), 3), MainWindow::DataBrowserPageIndex);
        QCOMPARE(MainWindow::savedPage(QStringLiteral("no such page"), 8), MainWindow::SetupPageIndex);
        for (int i = MainWindow::ProgrammePageIndex; i <= MainWindow::LastPage; ++i)
            QCOMPARE(MainWindow::savedPage(MainWindow::pageName(static_cast<MainWindow::Page>(i)), 0), static_cast<MainWindow::Page>(i));

        // A user of an earlier version who left the window on "Visits and costs" (old index 7).
        m_settings->currentPageName.reset();
        m_settings->currentPage.setValue(7);
        QVERIFY(m_window->openDemo());
        QCOMPARE(m_window->currentPage(), MainWindow::MonitoringPageIndex);
        QCOMPARE(m_settings->currentPageName.value(), QStringLiteral("monitoring"));
        // The data browser comes after the Dashboard in the navigation, and is remembered by name.
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::DataBrowserPageIndex - 1)->text(), QStringLiteral("Data"));
        QCOMPARE(nav->item(MainWindow::DashboardPageIndex - 1)->text(), QStringLiteral("Dashboard"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(MainWindow::DataBrowserPageIndex - 1)).center());
        QCOMPARE(m_window->currentPage(), MainWindow::DataBrowserPageIndex);
        QCOMPARE(m_settings->currentPageName.value(), QStringLiteral("data"));
        m_window->closeDatabase();
        QVERIFY(m_window->openDemo());
        QCOMPARE(m_window->currentPage(), MainWindow::DataBrowserPageIndex);
    }

    void switchingLanguageRetranslatesEverythingVisible()
    {
        // Make an edit so that the undo action carries a text too.
        QLineEdit *township = firstSiteField("townshipEn");
        QVERIFY(township);
        township->setFocus();
        QTest::keyClicks(township, QStringLiteral("Central Town"));
        QTest::keyClick(township, Qt::Key_Return);
        QCOMPARE(m_window->undoStack()->count(), 1);

        for (auto page : {MainWindow::ProgrammePageIndex, MainWindow::SitesPageIndex, MainWindow::IndicatorsPageIndex,
                          MainWindow::EntryPageIndex, MainWindow::ReviewPageIndex, MainWindow::DashboardPageIndex,
                          MainWindow::DataBrowserPageIndex, MainWindow::MonitoringPageIndex, MainWindow::SyncPageIndex,
                          MainWindow::SetupPageIndex, MainWindow::UsersPageIndex, MainWindow::AuditPageIndex}) {
            m_window->showPage(page);
            waitForDashboard();
            const auto english = visibleTexts(m_window.get());
            QVERIFY(english.size() > 20);
            switchTo(QStringLiteral("zh_CN"));
            QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
            const QStringList untranslated = untranslatedBetween(english, visibleTexts(m_window.get()));
            QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
            QVERIFY(action(QStringLiteral("undo"))->text().contains(QStringLiteral("撤销")));
            // Qt's own dialogs speak Chinese too (qtbase_zh_CN).
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
            QVERIFY(action(QStringLiteral("undo"))->text().contains(QStringLiteral("项目点")));
            switchTo(QStringLiteral("en"));
            QCOMPARE(visibleTexts(m_window.get()), english);
        }
    }

    // The idle lock waits for work running in the background (an import on the Sync page, a
    // backup), however long it takes.
    void theIdleLockWaitsForBackgroundWork()
    {
        if (!m_window->session())
            QVERIFY(m_window->openDemo());
        m_settings->lockMinutes.setValue(1);
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 2 * 60000;
        QVERIFY(m_window->idleLockDue(later));
        bool dueDuringWork = true;
        QTimer::singleShot(50, this, [&] { dueDuringWork = m_window->idleLockDue(later); });
        QVERIFY(runWithProgress(m_window.get(), QStringLiteral("work"), [](const BackgroundProgress &) { QThread::msleep(400); }));
        QVERIFY(!dueDuringWork);
        QVERIFY(m_window->idleLockDue(later));
        m_settings->lockMinutes.setValue(0);
        QVERIFY(!m_window->idleLockDue(later));
    }

    void locksAndUnlocksWithoutLosingWhatIsTyped()
    {
        QLineEdit *township = firstSiteField("townshipEn");
        QVERIFY(township);
        township->setFocus();
        township->end(false);
        const QString typed = township->text() + QStringLiteral("Typed before the lock");
        QTest::keyClicks(township, QStringLiteral("Typed before the lock"));
        bool sawDialog = false;
        bool fixedUser = false;
        bool refusedWrong = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            fixedUser = dialog->findChild<QLineEdit *>(QStringLiteral("username"))->isReadOnly();
            auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
            password->setText(QStringLiteral("wrong"));
            dialog->accept();
            refusedWrong = dialog->isVisible();
            password->setText(QStringLiteral("demo"));
            dialog->accept();
        });
        action(QStringLiteral("lock"))->trigger(); // File › Lock now
        QVERIFY(sawDialog);
        QVERIFY(fixedUser);
        QVERIFY(refusedWrong);
        QVERIFY(m_window->session());
        QCOMPARE(township->text(), typed);

        // File › Lock when idle… sets the minutes.
        QTimer::singleShot(200, this, [] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                dialog->setIntValue(5);
                dialog->accept();
            }
        });
        action(QStringLiteral("lockSettings"))->trigger();
        QCOMPARE(m_settings->lockMinutes.value(), 5);

        // Closing the database from the lock first saves what was typed.
        QTimer::singleShot(200, this, [] {
            if (auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        m_window->lock();
        QVERIFY(!m_window->session());
        auto opened = Database::open(MainWindow::demoPath(), Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        const Actor admin = demoActor(*opened.value(), QStringLiteral("admin"));
        Session session(std::move(opened).value(), admin);
        bool found = false;
        for (const Site &site : session.sites().sites(session.programmeId()))
            found = found || site.townshipEn.endsWith(QStringLiteral("Typed before the lock"));
        QVERIFY(found);
    }

    void remembersLanguageAndDatabase()
    {
        QVERIFY(m_window->openDemo());
        switchTo(QStringLiteral("zh_CN"));
        m_window->close();
        Settings reread(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(reread.language.value(), QStringLiteral("zh_CN"));
        QCOMPARE(reread.lastDatabase.value(), QFileInfo(MainWindow::demoPath()).absoluteFilePath());
        QVERIFY(!reread.windowGeometry.value().isEmpty());
        QCOMPARE(LanguageManager::resolve(reread.language.value()), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::resolve(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        // Chinese text asks for the Simplified Chinese face by name (fonts-noto-cjk is a
        // dependency): first in Chinese, as the fallback in English.
        QCOMPARE(QGuiApplication::font().families().value(0), QStringLiteral("Noto Sans CJK SC"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::font().families().value(1), QStringLiteral("Noto Sans CJK SC"));
    }

    void closingAppliesTypingOnEveryPage()
    {
        QVERIFY(m_window->openDemo());
        m_window->showPage(MainWindow::ProgrammePageIndex);
        auto *focus = m_window->findChild<ProgrammePage *>()->findChild<QLineEdit *>(QStringLiteral("focusArea"));
        retype(focus, QStringLiteral("Parenting and nutrition"));
        Session *session = m_window->session();
        QVERIFY(session->programme()->focusArea != QStringLiteral("Parenting and nutrition"));
        const QString path = session->database().path();
        m_window->close();
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        QCOMPARE(ProgrammeService(*opened.value(), Actor::system()).programmes().first().focusArea,
                 QStringLiteral("Parenting and nutrition"));
    }

    void redoWithTypingKeepsTheTypingAndSaysSo()
    {
        QLineEdit *township = firstSiteField("townshipEn");
        QVERIFY(township);
        retype(township, QStringLiteral("First"));
        QTest::keyClick(township, Qt::Key_Return);
        action(QStringLiteral("undo"))->trigger();
        QVERIFY(m_window->undoStack()->canRedo());
        retype(township, QStringLiteral("Second"));
        action(QStringLiteral("redo"))->trigger();
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("nothing left to redo")));
        const QString code = m_window->sitesPage()->editor()->findChild<QLineEdit *>(QStringLiteral("code"))->text();
        for (const Site &s : m_window->session()->sites().sites(m_window->session()->programmeId()))
            if (s.code == code)
                QCOMPARE(s.townshipEn, QStringLiteral("Second"));
    }

    void createsAProgrammeThroughTheDialog()
    {
        const QString existing = m_dir.filePath(QStringLiteral("taken.db"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("somebody's file");
        }
        const QString path = m_dir.filePath(QStringLiteral("wash.db"));
        QStringList shownErrors;
        // The dialog is modal: fill it in from the event loop, first with a file that exists
        // (refused, nothing overwritten), then with a new one.
        int round = 0;
        std::function<void()> fill = [&] {
            auto *dialog = qobject_cast<NewProgrammeDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, fill);
                return;
            }
            auto set = [dialog](const char *name, const QString &text) {
                auto *edit = dialog->findChild<QLineEdit *>(QLatin1StringView(name));
                retype(edit, text);
            };
            set("path", round == 0 ? existing : path);
            set("code", QStringLiteral("WASH-GZ"));
            set("nameEn", QStringLiteral("School WASH in Guizhou"));
            set("nameZh", QStringLiteral("贵州学校水、环境卫生与个人卫生项目"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("nameZh")), Qt::Key_Return);
            if (round++ == 0) {
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    if (label->isVisible() && label->text().contains(QStringLiteral("already exists")))
                        shownErrors.append(label->text());
                QTimer::singleShot(0, fill);
            }
        };
        QTimer::singleShot(0, fill);
        m_window->createProgramme();
        QCOMPARE(shownErrors.size(), 1);
        QCOMPARE(fingerprintOf(existing), QByteArray("somebody's file"));
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->programme()->code, QStringLiteral("WASH-GZ"));
        QCOMPARE(m_window->session()->indicators().options(m_window->session()->programmeId()).size(), 4);
        QCOMPARE(QFileInfo(m_window->session()->database().path()).fileName(), QStringLiteral("wash.db"));
    }

    // The baseline and endline windows are typed on the Programme page (months, both or
    // neither); the dashboard's pilot vs comparison uses them.
    void programmeWindowsDriveTheDashboard()
    {
        QVERIFY(m_window->openDemo());
        m_window->showPage(MainWindow::ProgrammePageIndex);
        auto *page = m_window->findChild<ProgrammePage *>();
        auto *from = page->findChild<QLineEdit *>(QStringLiteral("baselineFrom"));
        auto *to = page->findChild<QLineEdit *>(QStringLiteral("baselineTo"));
        QVERIFY(from && to && from->isVisible());
        QVERIFY(from->text().isEmpty()); // the demonstration uses the defaults
        retype(from, QStringLiteral("2024Q1"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        auto *error = page->findChild<ErrorLabel *>();
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("2024Q1")), qPrintable(error->text()));
        QVERIFY(!m_window->session()->programme()->baselineFrom.isValid());
        retype(from, QStringLiteral("202401"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QVERIFY2(error->text().contains(QStringLiteral("both")), qPrintable(error->text())); // a window needs both months
        retype(to, QStringLiteral("202406"));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(m_window->session()->programme()->baselineFrom, Period::month(2024, 1));
        QCOMPARE(m_window->session()->programme()->baselineTo, Period::month(2024, 6));

        m_window->showPage(MainWindow::DashboardPageIndex);
        waitForDashboard();
        const auto shown = m_window->dashboardPage()->current();
        QVERIFY(shown);
        QCOMPARE(shown->baselineFrom, Period::month(2024, 1));
        QCOMPARE(shown->baselineTo, Period::month(2024, 6));
        action(QStringLiteral("undo"))->trigger();
        QVERIFY(!m_window->session()->programme()->baselineFrom.isValid());
    }

    void programmeEditsAreUndoable()
    {
        QVERIFY(m_window->openDemo());
        m_window->showPage(MainWindow::ProgrammePageIndex);
        auto *focus = m_window->findChild<QLineEdit *>(QStringLiteral("focusArea"));
        QVERIFY(focus && focus->isVisible());
        const QString before = focus->text();
        focus->setFocus();
        QTest::keyClick(focus, Qt::Key_End);
        QTest::keyClicks(focus, QStringLiteral(" and parenting"));
        QTest::mouseClick(m_window->findChild<ProgrammePage *>()->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QCOMPARE(m_window->session()->programme()->focusArea, before + QStringLiteral(" and parenting"));
        action(QStringLiteral("undo"))->trigger();
        QCOMPARE(m_window->session()->programme()->focusArea, before);
        QCOMPARE(focus->text(), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
