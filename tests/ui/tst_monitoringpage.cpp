#include "monitoring/monitoringpage.h"
#include "audit/auditpage.h"
#include "services/monitoringservice.h"
#include "signin/signindialog.h"
#include "services/userservice.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTextCursor>
#include <QTabWidget>

using namespace UiTestSupport;

// Visits and costs, the audit viewer and the sign-in dialog, driven with keys and clicks.
class TestMonitoringPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;

    template<typename W>
    W *child(QWidget *page, const char *name)
    {
        W *w = page->findChild<W *>(QLatin1StringView(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void recordsAVisitWithScoresAndActions()
    {
        std::unique_ptr<MonitoringPage> page;
        QVERIFY(showPlainPage(m_dir, QStringLiteral("m%1.db").arg(++m_n), m_session, page));
        auto *site = child<QComboBox>(page.get(), "visitSite");
        const qint64 siteId = site->currentData().toLongLong();
        const int before = int(VisitService(m_session->database(), m_session->actor()).visits(siteId).size());
        QTest::mouseClick(child<QPushButton>(page.get(), "newVisit"), Qt::LeftButton);
        auto *scores = child<QTableWidget>(page.get(), "scores");
        QCOMPARE(scores->rowCount(), 6); // the demo programme's checklist
        for (int r = 0; r < scores->rowCount(); ++r) {
            auto *spin = qobject_cast<QSpinBox *>(scores->cellWidget(r, 1));
            spin->setFocus();
            QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(spin, QString::number(r % 4));
        }
        auto *narrative = child<QPlainTextEdit>(page.get(), "narrative");
        narrative->setFocus();
        typeText(narrative, QStringLiteral("早教点运行正常"));
        QTest::mouseClick(child<QPushButton>(page.get(), "addAction"), Qt::LeftButton);
        auto *actions = child<QTableWidget>(page.get(), "actions");
        QCOMPARE(actions->rowCount(), 1);
        typeText(QApplication::focusWidget(), QStringLiteral("Calibrate the scales"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::mouseClick(child<QPushButton>(page.get(), "saveVisit"), Qt::LeftButton);
        const auto visits = VisitService(m_session->database(), m_session->actor()).visits(siteId);
        QCOMPARE(visits.size(), before + 1);
        const Visit &saved = visits.first(); // newest first: today
        QCOMPARE(saved.date, QDate::currentDate());
        QCOMPARE(saved.narrative, QStringLiteral("早教点运行正常"));
        QCOMPARE(saved.scores.size(), 6);
        QCOMPARE(*saved.fidelity(), (0 + 1 + 2 + 3 + 0 + 1) / 18.0);
        const auto savedActions = VisitService(m_session->database(), m_session->actor()).actions(saved.meta.id);
        QCOMPARE(savedActions.size(), 1);
        QCOMPARE(savedActions.first().description, QStringLiteral("Calibrate the scales"));
        // The new action is open and listed across sites.
        auto *open = child<QTableView>(page.get(), "openActions");
        bool listed = false;
        for (int r = 0; r < open->model()->rowCount(); ++r)
            listed = listed || open->model()->index(r, 2).data().toString() == QStringLiteral("Calibrate the scales");
        QVERIFY(listed);

        // A visit in the future is refused with the reason, and what was typed stays.
        QTest::mouseClick(child<QPushButton>(page.get(), "newVisit"), Qt::LeftButton);
        child<QDateEdit>(page.get(), "visitDate")->setDate(QDate::currentDate().addDays(3));
        typeText(narrative, QStringLiteral("planned"));
        QTest::mouseClick(child<QPushButton>(page.get(), "saveVisit"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page.get(), "visitError")->text().contains(QStringLiteral("future")));
        QCOMPARE(narrative->toPlainText(), QStringLiteral("planned"));
        QCOMPARE(VisitService(m_session->database(), m_session->actor()).visits(siteId).size(), before + 1);
        page.reset();
        m_session.reset();
    }

    void leavingAChangedVisitSavesIt()
    {
        std::unique_ptr<MonitoringPage> page;
        QVERIFY(showPlainPage(m_dir, QStringLiteral("m%1.db").arg(++m_n), m_session, page));
        auto *visits = child<QListWidget>(page.get(), "visits");
        // A pilot site has visits; pick one with at least two.
        auto *site = child<QComboBox>(page.get(), "visitSite");
        for (int i = 0; i < site->count() && visits->count() < 2; ++i) {
            site->setCurrentIndex(i);
            emit site->activated(i);
        }
        QVERIFY(visits->count() >= 2);
        visits->setCurrentRow(0);
        const qint64 first = visits->item(0)->data(Qt::UserRole).toLongLong();
        auto *narrative = child<QPlainTextEdit>(page.get(), "narrative");
        narrative->setFocus();
        narrative->moveCursor(QTextCursor::End);
        typeText(narrative, QStringLiteral(" Follow-up agreed."));
        visits->setCurrentRow(1); // as a click on another visit does
        const auto saved = VisitService(m_session->database(), m_session->actor()).visit(first);
        QVERIFY(saved->narrative.endsWith(QStringLiteral("Follow-up agreed.")));
        QVERIFY(!page->hasPendingEdits());
        page.reset();
        m_session.reset();
    }

    // Switching the language renames the checklist's components in the visit's table; that is no
    // edit, so nothing is pending and nothing is written.
    void switchingLanguageLeavesTheVisitUnchanged()
    {
        std::unique_ptr<MonitoringPage> page;
        QVERIFY(showPlainPage(m_dir, QStringLiteral("m%1.db").arg(++m_n), m_session, page));
        auto *visits = child<QListWidget>(page.get(), "visits");
        auto *site = child<QComboBox>(page.get(), "visitSite");
        for (int i = 0; i < site->count() && visits->count() < 1; ++i) {
            site->setCurrentIndex(i);
            emit site->activated(i);
        }
        QVERIFY(visits->count() >= 1);
        visits->setCurrentRow(0);
        QVERIFY(!page->hasPendingEdits());
        QSqlQuery audit(m_session->database().connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit")) && audit.next());
        const qint64 entries = audit.value(0).toLongLong();
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY(!page->hasPendingEdits());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(!page->hasPendingEdits());
        QVERIFY(page->applyEdits());
        QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit")) && audit.next());
        QCOMPARE(audit.value(0).toLongLong(), entries);
        page.reset();
        m_session.reset();
    }

    void recordsCostsAndComputesTheShares()
    {
        std::unique_ptr<MonitoringPage> page;
        QVERIFY(showPlainPage(m_dir, QStringLiteral("m%1.db").arg(++m_n), m_session, page));
        child<QTabWidget>(page.get(), "tabs")->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(page.get(), "newCost"), Qt::LeftButton);
        auto *year = child<QSpinBox>(page.get(), "year");
        const int costYear = QDate::currentDate().year() - 2; // before the demonstration's costs
        const QString siteText = child<QComboBox>(page.get(), "costSite")->currentText().section(QStringLiteral(" — "), 0, 0);
        year->setValue(costYear);
        retype(child<QLineEdit>(page.get(), "spending"), QStringLiteral("75000"));
        retype(child<QLineEdit>(page.get(), "contribution"), QStringLiteral("25000"));
        auto *beneficiaries = child<QSpinBox>(page.get(), "beneficiaries");
        beneficiaries->setValue(400);
        QTest::mouseClick(child<QPushButton>(page.get(), "saveCost"), Qt::LeftButton);
        auto *costs = child<QTableView>(page.get(), "costs");
        int row = -1;
        for (int r = 0; r < costs->model()->rowCount(); ++r)
            if (costs->model()->index(r, 1).data().toString() == QString::number(costYear) &&
                costs->model()->index(r, 0).data().toString().startsWith(siteText))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(costs->model()->index(row, 5).data().toString(), QStringLiteral("250.0"));
        QCOMPARE(costs->model()->index(row, 6).data().toString(), QStringLiteral("25 %"));
        // The same site and year again: refused, typed values kept.
        QTest::mouseClick(child<QPushButton>(page.get(), "newCost"), Qt::LeftButton);
        year->setValue(costYear);
        retype(child<QLineEdit>(page.get(), "spending"), QStringLiteral("1"));
        QTest::mouseClick(child<QPushButton>(page.get(), "saveCost"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page.get(), "costError")->text().contains(QStringLiteral("already recorded")));
        QCOMPARE(child<QLineEdit>(page.get(), "spending")->text(), QStringLiteral("1"));
        retype(child<QLineEdit>(page.get(), "spending"), QStringLiteral("lots"));
        QTest::mouseClick(child<QPushButton>(page.get(), "saveCost"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page.get(), "costError")->text().contains(QStringLiteral("not a number")));
        page.reset();
        m_session.reset();
    }

    void theAuditViewerFiltersAndDetectsTampering()
    {
        std::unique_ptr<AuditPage> page;
        QVERIFY(showPlainPage(m_dir, QStringLiteral("m%1.db").arg(++m_n), m_session, page));
        QTableView *view = page->view();
        QVERIFY(view->model()->rowCount() > 100);
        auto *kind = child<QComboBox>(page.get(), "kindFilter");
        kind->setCurrentIndex(kind->findData(QStringLiteral("cost")));
        emit kind->activated(kind->currentIndex());
        QVERIFY(view->model()->rowCount() > 0);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, 3).data().toString(), QStringLiteral("Costs"));
        QSignalSpy verified(page.get(), &AuditPage::verified);
        QTest::mouseClick(child<QPushButton>(page.get(), "verify"), Qt::LeftButton);
        QVERIFY(verified.wait(30000));
        QVERIFY(verified.first().first().toStringList().isEmpty());
        QVERIFY(child<QLabel>(page.get(), "verdict")->text().contains(QStringLiteral("intact")));
        QSqlQuery q(m_session->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE cost SET beneficiaries = beneficiaries + 100 WHERE id = 1")));
        page->verify();
        QVERIFY(verified.wait(30000));
        const QStringList problems = verified.at(1).first().toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("beneficiaries")));
        QVERIFY(child<QLabel>(page.get(), "verdict")->text().contains(QStringLiteral("outside ScaleReady")));
        page.reset();
        m_session.reset();
    }

    void signInWaitsLongerAfterWrongPasswords()
    {
        auto session = demoSession(m_dir, QStringLiteral("signin.db"));
        QVERIFY(session);
        SignInDialog dialog(session->database(), SignInDialog::Mode::SignIn, nullptr, QStringLiteral("officer"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = child<QLineEdit>(&dialog, "password");
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (int i = 0; i < UserService::FreeAttempts; ++i) {
            retype(password, QStringLiteral("wrong"));
            QTest::mouseClick(ok, Qt::LeftButton);
            QVERIFY(dialog.isVisible());
            QVERIFY(password->text().isEmpty()); // never kept in the field
        }
        // Now the button waits, and the message says how long.
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "error")->text().contains(QStringLiteral("second")));
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 5000);
        retype(password, QStringLiteral("demo"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.actor()->username, QStringLiteral("officer"));
        QCOMPARE(dialog.actor()->role, Role::FieldOfficer);
    }

    void aNewDatabaseGetsItsAdministrator()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("new.db")));
        QVERIFY(opened.ok());
        SignInDialog dialog(*opened.value(), SignInDialog::Mode::FirstAdmin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(&dialog, "username"), QStringLiteral("chief"));
        retype(child<QLineEdit>(&dialog, "password"), QStringLiteral("long-enough-1"));
        retype(child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("long-enough-2"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "error")->text().contains(QStringLiteral("differ")));
        retype(child<QLineEdit>(&dialog, "password"), QStringLiteral("short"));
        retype(child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("short"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "error")->text().contains(QStringLiteral("too short")));
        retype(child<QLineEdit>(&dialog, "password"), QStringLiteral("long-enough-1"));
        retype(child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("long-enough-1"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor()->role, Role::Admin);
        QVERIFY(UserService(*opened.value(), Actor::system()).authenticate(QStringLiteral("chief"), QStringLiteral("long-enough-1")));
    }
};

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"
