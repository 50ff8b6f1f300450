#include "backups/backupsdialog.h"
#include "models/syncmodels.h"
#include "services/dataentryservice.h"
#include "services/datavalueservice.h"
#include "storage/datavaluerepository.h"
#include "sync/conflictdialog.h"
#include "sync/officerpackagedialog.h"
#include "sync/syncpage.h"
#include "sync/syncservice.h"
#include "shell/background.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QThread>
#include <QSqlError>
#include <QSqlQuery>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace UiTestSupport;

// The Sync page on real databases: the demonstration as the manager's database, a field laptop
// set up from its starter package, and one data value changed on both since they last exchanged.
// The page is driven with the mouse and keyboard: packages exported and imported through its
// buttons and file dialogs, the conflict kept or taken (with the confirmation), the buttons an
// officer may not use, the conflict dialog's edited version, the models checked by
// QAbstractItemModelTester, and a language switch.
class TestSyncPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // generated once, copied for each test

    // A data value both databases know, by what names it in each (ids differ between them). A
    // percentage's number is its numerator (of 100).
    struct Cell
    {
        QString site;
        QString indicator;
        bool percentage = false;
        Period period = Period::containing(QDate::currentDate(), Period::Type::Monthly);
        QString field() const { return percentage ? QStringLiteral("numerator") : QStringLiteral("value"); }
    };

    // The manager's and the field database of one test, in their own folder.
    struct Pair
    {
        QString folder;
        QString manager;
        QString field;
        Cell cell;
        QString path(const QString &name) const { return QDir(folder).filePath(name); }
    };

    static std::unique_ptr<Database> open(const QString &path)
    {
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error()));
            return nullptr;
        }
        return std::move(opened).value();
    }

    static qint64 programmeOf(Database &db)
    {
        const auto all = ProgrammeService(db, Actor::system()).programmes();
        return all.isEmpty() ? 0 : all.first().meta.id;
    }

    // The number stored for the cell; none when it has no value.
    static std::optional<double> number(Database &db, const Cell &cell)
    {
        const auto v = find(db, cell);
        return !v ? std::nullopt : cell.percentage ? v->numerator : v->value;
    }

    static std::optional<DataValue> find(Database &db, const Cell &cell)
    {
        const qint64 programme = programmeOf(db);
        qint64 siteId = 0;
        qint64 indicatorId = 0;
        for (const Site &s : SiteService(db, Actor::system()).sites(programme))
            siteId = s.code == cell.site ? s.meta.id : siteId;
        for (const Indicator &i : IndicatorService(db, Actor::system()).indicators(programme))
            indicatorId = i.code == cell.indicator ? i.meta.id : indicatorId;
        auto v = DataValueRepository(db).find(siteId, indicatorId, cell.period, 0);
        return v && !v->meta.deleted ? v : std::nullopt;
    }

    static bool save(Database &db, const Actor &actor, const Cell &cell, double number)
    {
        const qint64 programme = programmeOf(db);
        DataValue v;
        for (const Site &s : SiteService(db, actor).sites(programme))
            v.siteId = s.code == cell.site ? s.meta.id : v.siteId;
        for (const Indicator &i : IndicatorService(db, actor).indicators(programme))
            v.indicatorId = i.code == cell.indicator ? i.meta.id : v.indicatorId;
        v.period = cell.period;
        if (cell.percentage) {
            v.numerator = number;
            v.denominator = 100;
        } else {
            v.value = number;
        }
        auto saved = DataValueService(db, actor).save(v, DataValueService::Check::Structure);
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return saved.ok();
    }

    // A monthly indicator of one of the officer's sites, total only: entered this month.
    static Cell officerCell(Database &field, const Actor &officer)
    {
        Cell cell;
        const qint64 programme = programmeOf(field);
        const auto sites = DataEntryService(field, officer).sitesForEntry(programme);
        if (!sites.isEmpty())
            cell.site = sites.first().code;
        for (const Indicator &i : IndicatorService(field, officer).indicators(programme)) {
            if (cell.indicator.isEmpty() && i.frequency == Frequency::Monthly && i.optionIds.isEmpty()) {
                cell.indicator = i.code;
                cell.percentage = i.valueType == ValueType::Percentage;
            }
        }
        return cell;
    }

    static bool exchange(Database &from, const Actor &sender, Database &to, const Actor &receiver, const QString &path,
                         const QString &officer = {})
    {
        Sync::ExchangeFile out(path);
        auto sent = Sync::SyncService(from, sender).exportTo(out, officer);
        if (!sent) {
            qWarning("export: %s", qPrintable(sent.error()));
            return false;
        }
        Sync::ExchangeFile in(path);
        auto received = Sync::SyncService(to, receiver).importFrom(in);
        if (!received)
            qWarning("import: %s", qPrintable(received.error()));
        return received.ok();
    }

    // The demonstration as the manager's database and the officer's laptop made from its
    // starter package, with a value the officer entered and sent; then the manager changes it
    // to 12 and the officer to 11. With conflict, the officer's package is imported too.
    Pair makePair(const QString &name, bool conflict = true)
    {
        Pair pair;
        pair.folder = m_dir.filePath(name);
        QDir().mkpath(pair.folder);
        pair.manager = pair.path(QStringLiteral("manager.db"));
        pair.field = pair.path(QStringLiteral("field.db"));
        if (!QFile::copy(m_demo, pair.manager)) {
            qWarning("cannot copy %s", qPrintable(m_demo));
            return {};
        }
        auto manager = open(pair.manager);
        if (!manager)
            return {};
        const Actor managerActor = demoActor(*manager, QStringLiteral("manager"));
        Sync::ExchangeFile starter(pair.path(QStringLiteral("starter.srpk")));
        if (auto sent = Sync::SyncService(*manager, managerActor).exportTo(starter, QStringLiteral("officer")); !sent) {
            qWarning("starter: %s", qPrintable(sent.error()));
            return {};
        }
        if (auto made = Sync::SyncService::createFromStarter(pair.field, starter); !made) {
            qWarning("set up: %s", qPrintable(made.error()));
            return {};
        }
        auto field = open(pair.field);
        if (!field)
            return {};
        const Actor officer = demoActor(*field, QStringLiteral("officer"));
        pair.cell = officerCell(*field, officer);
        if (pair.cell.site.isEmpty() || pair.cell.indicator.isEmpty())
            qWarning("no cell for the officer on %s", qPrintable(pair.field));
        if (pair.cell.site.isEmpty() || pair.cell.indicator.isEmpty() || !save(*field, officer, pair.cell, 10)
            || !exchange(*field, officer, *manager, managerActor, pair.path(QStringLiteral("first.srpk"))))
            return {};
        if (!save(*manager, managerActor, pair.cell, 12) || !save(*field, officer, pair.cell, 11))
            return {};
        if (conflict && !exchange(*field, officer, *manager, managerActor, pair.path(QStringLiteral("second.srpk"))))
            return {};
        return pair;
    }

    static std::unique_ptr<Session> sessionAs(const QString &path, const QString &username)
    {
        auto db = open(path);
        if (!db)
            return nullptr;
        const Actor actor = demoActor(*db, username);
        return std::make_unique<Session>(std::move(db), actor);
    }

    static bool showPage(SyncPage &page, Session *session)
    {
        page.setSession(session);
        page.resize(1400, 900);
        page.show();
        page.activateWindow();
        return QTest::qWaitForWindowActive(&page);
    }

    static void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(demoSession(m_dir)); // generates demo.db
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    }
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void importThroughTheButtonQueuesTheConflict()
    {
        const Pair pair = makePair(QStringLiteral("import"), /*conflict=*/false);
        QVERIFY(!pair.folder.isEmpty());
        // The officer's second package, written on the laptop.
        {
            auto field = open(pair.field);
            QVERIFY(field);
            Sync::ExchangeFile out(pair.path(QStringLiteral("second.srpk")));
            QVERIFY(Sync::SyncService(*field, demoActor(*field, QStringLiteral("officer"))).exportTo(out));
        }
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        QVERIFY(session);
        SyncPage page;
        QAbstractItemModelTester peers(page.peerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester packages(page.packageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conflicts(page.conflictModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showPage(page, session.get()));

        QVERIFY(page.roleLabel()->text().contains(QStringLiteral("manager's database")));
        QCOMPARE(page.conflictCountLabel()->text(), QStringLiteral("No open conflicts."));
        QCOMPARE(page.peerModel()->rowCount(), 1); // the officer's laptop
        QCOMPARE(page.peerModel()->index(0, SyncPeerModel::RoleColumn).data().toString(), QStringLiteral("Field laptop"));
        QCOMPARE(page.peerModel()->index(0, SyncPeerModel::OfficerColumn).data().toString(), QStringLiteral("officer"));
        QCOMPARE(page.packageModel()->rowCount(), 2); // the starter sent, the first package received
        QCOMPARE(page.conflictModel()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("conflictsSectionEmpty"))->isVisible());
        QVERIFY(page.setUpButton()->isVisible());

        // Import through the button, its file dialog and the summary.
        QString summary;
        chooseFile(pair.path(QStringLiteral("second.srpk")));
        whenModal<QMessageBox>([&summary](QMessageBox *box) {
            summary = box->text();
            box->accept();
        });
        QTest::mouseClick(page.importButton(), Qt::LeftButton);
        QVERIFY2(summary.contains(QStringLiteral("second.srpk was imported")), qPrintable(summary));
        QCOMPARE(page.packageModel()->rowCount(), 3);
        QCOMPARE(page.packageModel()->index(0, SyncPackageModel::DirectionColumn).data().toString(), QStringLiteral("Received"));
        QCOMPARE(page.packageModel()->index(0, SyncPackageModel::FileColumn).data().toString(), QStringLiteral("second.srpk"));

        // The conflict: both values, who changed each.
        QCOMPARE(page.conflictCountLabel()->text(), QStringLiteral("1 open conflict waits for a programme manager."));
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        QVERIFY(page.conflictsView()->isVisible());
        const QString mine = page.conflictModel()->index(0, ConflictModel::MineColumn).data().toString();
        const QString theirs = page.conflictModel()->index(0, ConflictModel::TheirsColumn).data().toString();
        QVERIFY2(mine.contains(QStringLiteral("12")) && !mine.contains(QStringLiteral("11")), qPrintable(mine));
        QVERIFY2(theirs.contains(QStringLiteral("11")) && !theirs.contains(QStringLiteral("12")), qPrintable(theirs));
        QVERIFY(page.conflictModel()->index(0, ConflictModel::MineChangedColumn).data().toString().contains(QStringLiteral("manager")));
        QVERIFY(page.conflictModel()->index(0, ConflictModel::TheirsChangedColumn).data().toString().contains(QStringLiteral("officer")));
        QVERIFY(page.conflictModel()->index(0, ConflictModel::MineColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!page.conflictModel()->index(0, ConflictModel::WhatColumn).data().toString().isEmpty());

        // Selecting the received package shows its whole summary.
        clickRow(page.packagesView(), 0);
        QVERIFY(page.packageDetails()->toPlainText().contains(QStringLiteral("second.srpk")));
        QVERIFY(page.packageDetails()->toPlainText().size() > 40);
    }

    void keepMineSettlesTheConflict()
    {
        const Pair pair = makePair(QStringLiteral("keep"));
        QVERIFY(!pair.folder.isEmpty());
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        QVERIFY(session);
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        QVERIFY(!page.keepMineButton()->isEnabled()); // nothing selected yet

        clickRow(page.conflictsView(), 0);
        QVERIFY(page.keepMineButton()->isEnabled());
        QVERIFY(page.takeTheirsButton()->isEnabled());
        QVERIFY(page.editButton()->isEnabled());
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(page.keepMineButton(), Qt::LeftButton);
        QVERIFY2(question.startsWith(QStringLiteral("Keep this database's version of")), qPrintable(question));

        QCOMPARE(page.conflictModel()->rowCount(), 0);
        QCOMPARE(page.conflictCountLabel()->text(), QStringLiteral("No open conflicts."));
        QCOMPARE(*number(session->database(), pair.cell), 12.0);
        // All conflicts: the settled one, with how.
        page.conflictFilter()->setCurrentIndex(1);
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        const QString status = page.conflictModel()->index(0, ConflictModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(Sync::resolutionLabel(Sync::Resolution::KeepMine)), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("by manager")), qPrintable(status)); // who settled it
        clickRow(page.conflictsView(), 0);
        QVERIFY(!page.keepMineButton()->isEnabled()); // no longer open
    }

    void takeTheirsAfterConfirming()
    {
        const Pair pair = makePair(QStringLiteral("take"));
        QVERIFY(!pair.folder.isEmpty());
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        QVERIFY(session);
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        page.conflictsView()->setFocus();
        QTest::keyClick(page.conflictsView(), Qt::Key_A, Qt::ControlModifier); // select all
        QCOMPARE(page.selectedConflictIds().size(), 1);

        // Cancelling the confirmation changes nothing.
        whenModal<QMessageBox>([](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton); });
        QTest::mouseClick(page.takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        QCOMPARE(*number(session->database(), pair.cell), 12.0);

        // The button from the keyboard (Space on it), then Yes.
        whenModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(QStringLiteral("Take the version from")));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        page.takeTheirsButton()->setFocus();
        QTest::keyClick(page.takeTheirsButton(), Qt::Key_Space);
        QCOMPARE(page.conflictModel()->rowCount(), 0);
        QCOMPARE(*number(session->database(), pair.cell), 11.0);
        QCOMPARE(Sync::SyncService(session->database(), session->actor()).openConflictCount(), 0);
    }

    void editSettlesWithTheEditedValue()
    {
        const Pair pair = makePair(QStringLiteral("edit"));
        QVERIFY(!pair.folder.isEmpty());
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        QVERIFY(session);
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        clickRow(page.conflictsView(), 0);
        whenModal<ConflictDialog>([field = pair.cell.field()](ConflictDialog *dialog) {
            const int row = dialog->rowOf(field);
            QVERIFY(row >= 0);
            QCOMPARE(dialog->table()->item(row, ConflictDialog::ResultColumn)->text(), QStringLiteral("12"));
            dialog->table()->setCurrentCell(row, ConflictDialog::ResultColumn);
            dialog->table()->setFocus();
            QTest::keyClick(dialog->table(), Qt::Key_F2);
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(editor);
            retype(editor, QStringLiteral("15"));
            QTest::keyClick(editor, Qt::Key_Return);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::keyClick(page.conflictsView(), Qt::Key_Return); // activates: the dialog
        QCOMPARE(page.conflictModel()->rowCount(), 0);
        QCOMPARE(*number(session->database(), pair.cell), 15.0);
    }

    void bulkResolutionNamesTheCount()
    {
        Pair pair = makePair(QStringLiteral("bulk"));
        QVERIFY(!pair.folder.isEmpty());
        // A second value changed on both sides.
        {
            auto manager = open(pair.manager);
            auto field = open(pair.field);
            const Actor managerActor = demoActor(*manager, QStringLiteral("manager"));
            const Actor officer = demoActor(*field, QStringLiteral("officer"));
            Cell second = pair.cell;
            second.period = second.period.previous();
            QVERIFY(save(*field, officer, second, 20));
            QVERIFY(exchange(*field, officer, *manager, managerActor, pair.path(QStringLiteral("b1.srpk"))));
            QVERIFY(save(*manager, managerActor, second, 22));
            QVERIFY(save(*field, officer, second, 21));
            QVERIFY(exchange(*field, officer, *manager, managerActor, pair.path(QStringLiteral("b2.srpk"))));
        }
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        QCOMPARE(page.conflictModel()->rowCount(), 2);
        QCOMPARE(page.conflictCountLabel()->text(), QStringLiteral("2 open conflicts wait for a programme manager."));
        clickRow(page.conflictsView(), 0);
        clickRow(page.conflictsView(), 1, Qt::ControlModifier);
        QCOMPARE(page.selectedConflictIds().size(), 2);
        QVERIFY(!page.editButton()->isEnabled()); // one at a time
        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(page.keepMineButton(), Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("in 2 conflicts")), qPrintable(question));
        QCOMPARE(page.conflictModel()->rowCount(), 0);
    }

    void anOfficerSeesButCannotSettle()
    {
        const Pair pair = makePair(QStringLiteral("officer"));
        QVERIFY(!pair.folder.isEmpty());
        // On the manager's database the officer reads the queue only.
        auto session = sessionAs(pair.manager, QStringLiteral("officer"));
        QVERIFY(session);
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        QCOMPARE(page.conflictModel()->rowCount(), 1);
        clickRow(page.conflictsView(), 0);
        QCOMPARE(page.selectedConflictIds().size(), 1);
        QVERIFY(!page.keepMineButton()->isEnabled());
        QVERIFY(!page.takeTheirsButton()->isEnabled());
        QVERIFY(!page.editButton()->isEnabled());
        QVERIFY(!page.exportButton()->isEnabled());
        QVERIFY(!page.importButton()->isEnabled());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("conflictHint"))->isVisible());
        QVERIFY(!page.resolve(page.selectedConflictIds(), Sync::Resolution::TakeTheirs)); // the service refuses too

        // On the laptop the officer exchanges with the manager, and sets up nothing.
        auto field = sessionAs(pair.field, QStringLiteral("officer"));
        page.setSession(field.get());
        QVERIFY2(page.roleLabel()->text().startsWith(QStringLiteral("This is a field database; it sends to its manager")),
                 qPrintable(page.roleLabel()->text()));
        QVERIFY(page.exportButton()->isEnabled());
        QVERIFY(page.importButton()->isEnabled());
        QVERIFY(!page.setUpButton()->isVisible());
        QCOMPARE(page.peerModel()->index(0, SyncPeerModel::RoleColumn).data().toString(), QStringLiteral("Manager's database"));
        page.setSession(nullptr);
    }

    void exportsThroughTheButtons()
    {
        const Pair pair = makePair(QStringLiteral("export"), /*conflict=*/false);
        QVERIFY(!pair.folder.isEmpty());
        // The officer's laptop sends to its manager: no choice of receiver.
        auto field = sessionAs(pair.field, QStringLiteral("officer"));
        SyncPage page;
        QVERIFY(showPage(page, field.get()));
        const QString toManager = pair.path(QStringLiteral("to-manager.srpk"));
        QString done;
        whenModal<QFileDialog>([&](QFileDialog *dialog) {
            QVERIFY(dialog->selectedFiles().value(0).contains(QStringLiteral("scaleready-officer-")));
            typeFileName(dialog, toManager);
        });
        whenModal<QMessageBox>([&done](QMessageBox *box) {
            done = box->text();
            box->accept();
        });
        QTest::mouseClick(page.exportButton(), Qt::LeftButton);
        QVERIFY2(done.contains(QStringLiteral("to-manager.srpk")), qPrintable(done));
        QVERIFY(QFileInfo::exists(toManager));
        QCOMPARE(page.packageModel()->index(0, SyncPackageModel::DirectionColumn).data().toString(), QStringLiteral("Sent"));

        // The manager sets up a new laptop for the officer: the dialog forces a starter package.
        auto manager = sessionAs(pair.manager, QStringLiteral("manager"));
        page.setSession(manager.get());
        const QString starter = pair.path(QStringLiteral("new-laptop.srpk"));
        whenModal<OfficerPackageDialog>([](OfficerPackageDialog *dialog) {
            QCOMPARE(dialog->officers()->currentText(), QStringLiteral("officer"));
            QVERIFY(dialog->starterBox()->isChecked());
            QVERIFY(!dialog->starterBox()->isEnabled());
            dialog->accept();
        });
        chooseFile(starter);
        whenModal<QMessageBox>([&done](QMessageBox *box) {
            done = box->text();
            box->accept();
        });
        QTest::mouseClick(page.setUpButton(), Qt::LeftButton);
        QVERIFY2(done.contains(QStringLiteral("starter package")), qPrintable(done));
        QVERIFY(QFileInfo::exists(starter));
        // The starter makes a database.
        Sync::ExchangeFile file(starter);
        QVERIFY(Sync::SyncService::createFromStarter(pair.path(QStringLiteral("second-laptop.db")), file));
        page.setSession(nullptr);
    }

    void aBadPackageIsRefusedWithAMessage()
    {
        const Pair pair = makePair(QStringLiteral("bad"), /*conflict=*/false);
        QVERIFY(!pair.folder.isEmpty());
        const QString junk = pair.path(QStringLiteral("junk.srpk"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a package");
        }
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        const int before = page.packageModel()->rowCount();
        QString warning;
        chooseFile(junk);
        whenModal<QMessageBox>([&warning](QMessageBox *box) {
            QCOMPARE(box->icon(), QMessageBox::Warning);
            warning = box->text();
            box->accept();
        });
        QTest::mouseClick(page.importButton(), Qt::LeftButton);
        QVERIFY2(warning.contains(QStringLiteral("junk.srpk")), qPrintable(warning));
        // The refusal is logged, first in the list.
        QCOMPARE(page.packageModel()->rowCount(), before + 1);
        QCOMPARE(page.packageModel()->index(0, 1).data().toString(), QStringLiteral("Refused"));
    }

    // Restoring a backup of a database that exchanges packages warns that the laptops need new
    // starter packages; a database without peers gets the plain question.
    void restoringWarnsWhenTheDatabaseSynchronises()
    {
        const Pair pair = makePair(QStringLiteral("restore"), false);
        QVERIFY(!pair.folder.isEmpty());
        for (const QString &path : {pair.manager, pair.field}) {
            auto session = sessionAs(path, path == pair.manager ? QStringLiteral("manager") : QStringLiteral("officer"));
            QVERIFY(session);
            BackupsDialog dialog(session.get());
            const QString question = dialog.restoreQuestion(QStringLiteral("yesterday"));
            QVERIFY(question.contains(QStringLiteral("yesterday")));
            QVERIFY2(question.contains(QStringLiteral("new starter packages")), qPrintable(question));
        }
        const QString plain = QDir(pair.folder).filePath(QStringLiteral("plain.db"));
        QVERIFY(QFile::copy(pair.manager, plain));
        {
            auto db = open(plain);
            QVERIFY(db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE sync_row SET peer_id = NULL")));
            for (const char *table : {"sync_conflict", "sync_package", "sync_peer"})
                QVERIFY2(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1StringView(table))), qPrintable(q.lastError().text()));
        }
        auto session = sessionAs(plain, QStringLiteral("manager"));
        QVERIFY(session);
        BackupsDialog dialog(session.get());
        QVERIFY(!dialog.restoreQuestion(QStringLiteral("yesterday")).contains(QStringLiteral("starter")));
    }

    // Cancel asks the work to stop; the progress stays up, saying so, until it has.
    void cancellingWaitsForTheWorkToStop()
    {
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        std::atomic<bool> sawCancel = false;
        bool shownWhileStopping = false;
        QString label;
        QTimer::singleShot(700, &parent, [&] {
            auto *progress = parent.findChild<QProgressDialog *>();
            QVERIFY(progress && progress->isVisible());
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
            QTimer::singleShot(300, &parent, [&, progress] {
                shownWhileStopping = progress->isVisible();
                label = progress->labelText();
            });
        });
        const bool finished = runWithProgress(&parent, QStringLiteral("Working"), [&](const BackgroundProgress &report) {
            report.setPercent(100); // reaching the end must not forget a cancel
            while (!report.cancelled())
                QThread::msleep(20);
            sawCancel = true;
            QThread::msleep(800); // stopping takes a while
        });
        QVERIFY(!finished);
        QVERIFY(sawCancel);
        QVERIFY(shownWhileStopping);
        QCOMPARE(label, QStringLiteral("Cancelling…"));
    }

    void defaultPackageName()
    {
        QCOMPARE(SyncPage::defaultPackageName(QStringLiteral("wang fang"), QDateTime(QDate(2026, 3, 4), QTime(9, 5))),
                 QStringLiteral("scaleready-wang_fang-20260304-0905.srpk"));
    }

    void conflictDialogRoundTrip()
    {
        Sync::Conflict c;
        c.id = 7;
        c.entity = QStringLiteral("data_value");
        c.what = QStringLiteral("Site A · Indicator B · 2026-11");
        c.peerName = QStringLiteral("laptop");
        const QString site = QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        c.mine.content = {{QStringLiteral("site"), site},
                          {QStringLiteral("value"), 12.5},
                          {QStringLiteral("comment"), QStringLiteral("counted twice")},
                          {QStringLiteral("follow_up"), false},
                          {QStringLiteral("period"), QStringLiteral("202611")},
                          {QStringLiteral("numerator"), QJsonValue::Null},
                          {QStringLiteral("option_id"), QJsonValue::Null},
                          {QStringLiteral("parts"), QJsonArray{1, 2}}};
        c.theirs.content = c.mine.content;
        c.theirs.content.insert(QStringLiteral("value"), 11);
        c.theirs.content.insert(QStringLiteral("numerator"), 4);
        c.theirs.content.insert(QStringLiteral("option_id"), QStringLiteral("2c5ea4c0-4067-11e9-8bad-9b1deb4d3b7d"));
        QJsonObject applied;
        int calls = 0;
        ConflictDialog dialog(c, [&](const QJsonObject &edited) {
            ++calls;
            applied = edited;
            return calls == 1 ? QStringLiteral("Refused for the test.") : QString();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Untouched, the edit changes nothing: this database's version stays as it is.
        QCOMPARE(dialog.edited().value(), QJsonObject());
        // The fields the versions differ in come first; references and child rows are not edited.
        QCOMPARE(dialog.rowOf(QStringLiteral("numerator")), 0);
        QCOMPARE(dialog.rowOf(QStringLiteral("option_id")), 1);
        QCOMPARE(dialog.rowOf(QStringLiteral("value")), 2);
        const auto flags = [&](const char *field) {
            return dialog.table()->item(dialog.rowOf(QLatin1StringView(field)), ConflictDialog::ResultColumn)->flags();
        };
        QCOMPARE(dialog.rowOf(QStringLiteral("site")), -1); // the same on both sides: named in the title
        QVERIFY(!(flags("option_id") & Qt::ItemIsEditable)); // a reference that differs: shown, not edited
        QVERIFY(!(flags("parts") & Qt::ItemIsEditable));
        QVERIFY(!(flags("period") & Qt::ItemIsEditable)); // the row's key
        QVERIFY(flags("value") & Qt::ItemIsEditable);
        QVERIFY(flags("follow_up") & Qt::ItemIsUserCheckable);
        QVERIFY(dialog.table()->item(0, ConflictDialog::FieldColumn)->font().bold());

        auto edit = [&](const char *field, const QString &text) {
            dialog.table()->setCurrentCell(dialog.rowOf(QLatin1StringView(field)), ConflictDialog::ResultColumn);
            dialog.table()->setFocus();
            QTest::keyClick(dialog.table(), Qt::Key_F2);
            retype(QApplication::focusWidget(), text);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        };
        // Not a number: refused in the dialog, which stays open.
        edit("value", QStringLiteral("a dozen"));
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(calls, 0);
        QVERIFY(!dialog.edited());

        edit("value", QStringLiteral("13.25"));
        edit("numerator", QStringLiteral("5"));
        edit("comment", QStringLiteral("recounted"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(calls, 1); // refused by the page: still open, nothing typed lost
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(calls, 2);
        QVERIFY(!dialog.isVisible());
        // Only the fields typed in go to the service, laid over the row as it is then.
        QJsonObject expected;
        expected.insert(QStringLiteral("value"), 13.25);
        expected.insert(QStringLiteral("numerator"), 5);
        expected.insert(QStringLiteral("comment"), QStringLiteral("recounted"));
        QCOMPARE(applied, expected);
    }

    void switchesLanguage()
    {
        const Pair pair = makePair(QStringLiteral("language"));
        QVERIFY(!pair.folder.isEmpty());
        auto session = sessionAs(pair.manager, QStringLiteral("manager"));
        SyncPage page;
        QVERIFY(showPage(page, session.get()));
        const QString role = page.roleLabel()->text();
        const QString status = page.conflictModel()->index(0, ConflictModel::StatusColumn).data().toString();

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents();
        QCOMPARE(page.keepMineButton()->text(), QStringLiteral("保留本地(&K)"));
        QCOMPARE(page.takeTheirsButton()->text(), QStringLiteral("采用对方(&T)"));
        QCOMPARE(page.conflictModel()->headerData(ConflictModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("状态"));
        QVERIFY(page.roleLabel()->text() != role);
        QVERIFY(page.conflictModel()->index(0, ConflictModel::StatusColumn).data().toString() != status);
        QCOMPARE(page.conflictModel()->rowCount(), 1);

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(page.keepMineButton()->text(), QStringLiteral("&Keep mine"));
        QCOMPARE(page.roleLabel()->text(), role);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
