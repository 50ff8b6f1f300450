#include "users/userspage.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>

using namespace UiTestSupport;

class TestUsersPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UsersPage> m_page;

    // A fresh demonstration database signed in as the given demo user.
    bool open(const QString &username)
    {
        m_page.reset();
        m_session.reset();
        m_session = demoSessionAs(m_dir, QStringLiteral("users%1.db").arg(++m_n), username);
        if (!m_session)
            return false;
        m_page = std::make_unique<UsersPage>();
        m_page->setSession(m_session.get());
        m_page->resize(1200, 800);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    template<typename T = QLineEdit>
    T *child(QObject *parent, const char *name) const
    {
        T *w = parent->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    template<typename T = QLineEdit>
    T *field(const char *name) const { return child<T>(m_page.get(), name); }

    QDialog *passwordDialog() const { return m_page->findChild<QDialog *>(QStringLiteral("passwordDialog")); }

    void clickOk(QDialog *dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    int rowOf(const QString &username) const
    {
        const QAbstractItemModel *model = m_page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == username)
                return row;
        return -1;
    }

    UserService users() const { return UserService(m_session->database(), Actor::system()); }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void adminCreatesAFieldOfficer()
    {
        QVERIFY(open(QStringLiteral("admin")));
        QCOMPARE(m_page->view()->model()->rowCount(), 4);
        QVERIFY(field<QPushButton>("changeMyPassword")->isHidden());

        QTest::mouseClick(field<QPushButton>("newUser"), Qt::LeftButton);
        QPointer<QDialog> dialog = passwordDialog();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(child(dialog, "newUsername"), QStringLiteral("liuyang"));
        QTest::keyClicks(child(dialog, "password"), QStringLiteral("field-pass-1"));
        QTest::keyClicks(child(dialog, "repeatPassword"), QStringLiteral("field-pass-1"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);

        QVERIFY(rowOf(QStringLiteral("liuyang")) >= 0);
        QCOMPARE(field("username")->text(), QStringLiteral("liuyang")); // the new account is in the editor
        // The offscreen platform activates no window when the dialog closes: the page's focus
        // widget is where the keyboard goes once it is active again.
        QCOMPARE(m_page->focusWidget(), field("fullName"));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClicks(field("fullName"), QStringLiteral("Liu Yang"));
        auto *role = field<QComboBox>("role");
        QCOMPARE(role->currentData().toInt(), int(Role::Viewer));
        role->setFocus();
        QTest::keyClick(role, Qt::Key_Up);
        QCOMPARE(role->currentData().toInt(), int(Role::FieldOfficer));

        auto *sites = field<QListWidget>("sites");
        QVERIFY(sites->count() >= 2);
        QList<qint64> chosen;
        for (int i : {0, 2}) {
            sites->setFocus();
            sites->setCurrentRow(i);
            QTest::keyClick(sites, Qt::Key_Space);
            QCOMPARE(sites->item(i)->checkState(), Qt::Checked);
            chosen.append(sites->item(i)->data(Qt::UserRole).toLongLong());
        }
        QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton);
        QVERIFY2(field<QLabel>("error")->isHidden(), qPrintable(field<QLabel>("error")->text()));

        const auto stored = users().user(QStringLiteral("liuyang"));
        QVERIFY(stored);
        QCOMPARE(stored->fullName, QStringLiteral("Liu Yang"));
        QCOMPARE(stored->role, Role::FieldOfficer);
        QList<qint64> ids = stored->siteIds;
        std::sort(ids.begin(), ids.end());
        std::sort(chosen.begin(), chosen.end());
        QCOMPARE(ids, chosen);
        const auto actor = users().authenticate(QStringLiteral("liuyang"), QStringLiteral("field-pass-1"));
        QVERIFY(actor);
        QCOMPARE(actor->role, Role::FieldOfficer);
        const int row = rowOf(QStringLiteral("liuyang"));
        QCOMPARE(m_page->view()->model()->index(row, 2).data().toString(), Vocabulary::label(Role::FieldOfficer));
        QCOMPARE(m_page->view()->model()->index(row, 4).data().toString(), QStringLiteral("2"));
    }

    void mismatchedPasswordsAreRefused()
    {
        QVERIFY(open(QStringLiteral("admin")));
        QTest::mouseClick(field<QPushButton>("newUser"), Qt::LeftButton);
        QPointer<QDialog> dialog = passwordDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child(dialog, "newUsername"), QStringLiteral("chenjie"));
        QTest::keyClicks(child(dialog, "password"), QStringLiteral("first-pass-1"));
        QTest::keyClicks(child(dialog, "repeatPassword"), QStringLiteral("other-pass-2"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        auto *error = child<QLabel>(dialog, "dialogError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("differ")), qPrintable(error->text()));
        QVERIFY(!users().user(QStringLiteral("chenjie")));
        QCOMPARE(child(dialog, "newUsername")->text(), QStringLiteral("chenjie")); // nothing typed is lost

        // A password the service refuses: its message, in the dialog and on the page.
        retype(child(dialog, "password"), QStringLiteral("short"));
        retype(child(dialog, "repeatPassword"), QStringLiteral("short"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("too short")), qPrintable(error->text()));
        QVERIFY(field<QLabel>("error")->isVisible());
        QVERIFY(field<QLabel>("error")->text().contains(QStringLiteral("too short")));
        QVERIFY(!users().user(QStringLiteral("chenjie")));

        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    void adminSetsAPassword()
    {
        QVERIFY(open(QStringLiteral("admin")));
        const int row = rowOf(QStringLiteral("officer"));
        QVERIFY(row >= 0);
        QTableView *view = m_page->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        QCOMPARE(field("username")->text(), QStringLiteral("officer"));
        QTest::mouseClick(field<QPushButton>("setPassword"), Qt::LeftButton);
        QPointer<QDialog> dialog = passwordDialog();
        QVERIFY(dialog);
        QVERIFY(child(dialog, "newUsername")->isHidden());
        QTest::keyClicks(child(dialog, "password"), QStringLiteral("new-officer-9"));
        QTest::keyClicks(child(dialog, "repeatPassword"), QStringLiteral("new-officer-9"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        QVERIFY(users().authenticate(QStringLiteral("officer"), QStringLiteral("new-officer-9")));
        QVERIFY(!users().authenticate(QStringLiteral("officer"), QStringLiteral("demo")));
    }

    void aRefusedSaveKeepsTheTyping()
    {
        QVERIFY(open(QStringLiteral("admin")));
        const int row = rowOf(QStringLiteral("viewer"));
        QTableView *view = m_page->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        retype(field("username"), QStringLiteral("officer")); // taken
        retype(field("fullName"), QStringLiteral("Someone Else"));
        QTest::mouseClick(field<QPushButton>("save"), Qt::LeftButton);
        QVERIFY(field<QLabel>("error")->isVisible());
        QVERIFY2(field<QLabel>("error")->text().contains(QStringLiteral("already taken")), qPrintable(field<QLabel>("error")->text()));
        QCOMPARE(field("username")->text(), QStringLiteral("officer"));
        QCOMPARE(field("fullName")->text(), QStringLiteral("Someone Else"));
        QCOMPARE(users().user(QStringLiteral("viewer"))->fullName, QStringLiteral("Zhao Lei (赵磊)"));
        // Leaving the account with the refused change stays on it.
        const int other = rowOf(QStringLiteral("manager"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(other, 0)).center());
        QCOMPARE(field("fullName")->text(), QStringLiteral("Someone Else"));
    }

    void viewerSeesOnlyTheirOwnAccount()
    {
        QVERIFY(open(QStringLiteral("viewer")));
        QCOMPARE(m_page->view()->model()->rowCount(), 1);
        QCOMPARE(m_page->view()->model()->index(0, 0).data().toString(), QStringLiteral("viewer"));
        QCOMPARE(field("username")->text(), QStringLiteral("viewer"));
        QVERIFY(field("username")->isReadOnly());
        QVERIFY(!field<QComboBox>("role")->isEnabled());
        QVERIFY(!field<QCheckBox>("active")->isEnabled());
        QVERIFY(!field<QListWidget>("sites")->isEnabled());
        for (const char *hidden : {"newUser", "save", "setPassword"})
            QVERIFY2(field<QPushButton>(hidden)->isHidden(), hidden);
        auto *change = field<QPushButton>("changeMyPassword");
        QVERIFY(change->isVisible());

        QTest::mouseClick(change, Qt::LeftButton);
        QPointer<QDialog> dialog = passwordDialog();
        QVERIFY(dialog);
        QTest::keyClicks(child(dialog, "currentPassword"), QStringLiteral("wrong-one"));
        QTest::keyClicks(child(dialog, "password"), QStringLiteral("viewer-pass-7"));
        QTest::keyClicks(child(dialog, "repeatPassword"), QStringLiteral("viewer-pass-7"));
        clickOk(dialog);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "dialogError")->text().contains(QStringLiteral("current password")));
        retype(child(dialog, "currentPassword"), QStringLiteral("demo"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog);
        QVERIFY(users().authenticate(QStringLiteral("viewer"), QStringLiteral("viewer-pass-7")));
    }

    void aLanguageSwitchKeepsTheTyping()
    {
        QVERIFY(open(QStringLiteral("admin")));
        retype(field("fullName"), QStringLiteral("Typed Name"));
        const QString header = m_page->view()->model()->headerData(0, Qt::Horizontal).toString();
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(field("fullName")->text(), QStringLiteral("Typed Name"));
        QCOMPARE(field<QComboBox>("role")->count(), 4);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(m_page->view()->model()->headerData(0, Qt::Horizontal).toString(), header);
        QCOMPARE(field("fullName")->text(), QStringLiteral("Typed Name"));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
