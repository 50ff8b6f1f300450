#include "services/setupservice.h"
#include "setup/setuppage.h"
#include "uitestsupport.h"

#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace UiTestSupport;

class TestSetupPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SetupPage> m_page;

    // A fresh demonstration database signed in as the given demo user.
    bool open(const QString &username)
    {
        m_page.reset();
        m_session.reset();
        m_session = demoSessionAs(m_dir, QStringLiteral("setup%1.db").arg(++m_n), username);
        if (!m_session)
            return false;
        m_page = std::make_unique<SetupPage>();
        m_page->setSession(m_session.get());
        m_page->resize(1300, 900);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    template<typename T = QLineEdit>
    T *field(const char *name) const
    {
        T *w = m_page->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    SetupService setup() const { return SetupService(m_session->database(), Actor::system()); }

    std::optional<ValidationRule> storedRule(const QString &nameEn) const
    {
        for (const ValidationRule &r : setup().rules(m_session->programmeId()))
            if (r.nameEn == nameEn)
                return r;
        return std::nullopt;
    }

    void clickRow(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void managerAddsARule()
    {
        QVERIFY(open(QStringLiteral("manager")));
        const int before = int(setup().rules(m_session->programmeId()).size());
        QCOMPARE(m_page->rulesView()->model()->rowCount(), before);
        QVERIFY(field<QLabel>("ruleHelp")->text().contains(QStringLiteral(".den")));

        QTest::mouseClick(field<QPushButton>("newRule"), Qt::LeftButton);
        QVERIFY(field("ruleNameEn")->hasFocus());
        QTest::keyClicks(field("ruleNameEn"), QStringLiteral("Anaemic children among those tested"));
        QTest::keyClicks(field("leftSide"), QStringLiteral("ANAEMIA.num"));
        QTest::keyClicks(field("rightSide"), QStringLiteral("ANAEMIA.den + 0"));
        auto *importance = field<QComboBox>("importance");
        importance->setFocus();
        QTest::keyClick(importance, Qt::Key_Down);
        QCOMPARE(importance->currentData().toInt(), int(Importance::Warning));
        QTest::mouseClick(field<QPushButton>("saveRule"), Qt::LeftButton);
        QVERIFY2(field<QLabel>("ruleError")->isHidden(), qPrintable(field<QLabel>("ruleError")->text()));

        const auto rule = storedRule(QStringLiteral("Anaemic children among those tested"));
        QVERIFY(rule);
        QCOMPARE(rule->leftSide, QStringLiteral("ANAEMIA.num"));
        QCOMPARE(rule->op, RuleOperator::LessOrEqual);
        QCOMPARE(rule->rightSide, QStringLiteral("ANAEMIA.den + 0"));
        QCOMPARE(rule->importance, Importance::Warning);
        QCOMPARE(m_page->rulesView()->model()->rowCount(), before + 1);
        QVERIFY(field<QPushButton>("deleteRule")->isEnabled()); // the stored rule stays in the editor

        bool listed = false;
        for (int row = 0; row < m_page->rulesView()->model()->rowCount(); ++row)
            listed = listed || m_page->rulesView()->model()->index(row, 1).data().toString() == QStringLiteral("ANAEMIA.num <= ANAEMIA.den + 0");
        QVERIFY(listed);

        QTest::mouseClick(field<QPushButton>("deleteRule"), Qt::LeftButton);
        QVERIFY(!storedRule(QStringLiteral("Anaemic children among those tested")));
        QCOMPARE(m_page->rulesView()->model()->rowCount(), before);
    }

    void anUnknownIndicatorIsRefusedAndTheTypingKept()
    {
        QVERIFY(open(QStringLiteral("manager")));
        const int before = int(setup().rules(m_session->programmeId()).size());
        QTest::mouseClick(field<QPushButton>("newRule"), Qt::LeftButton);
        QTest::keyClicks(field("ruleNameEn"), QStringLiteral("Made-up check"));
        QTest::keyClicks(field("leftSide"), QStringLiteral("NOSUCH.den"));
        QTest::keyClicks(field("rightSide"), QStringLiteral("100"));
        QTest::keyClick(field("rightSide"), Qt::Key_Return); // Enter saves
        auto *error = field<QLabel>("ruleError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("NOSUCH")) && error->text().contains(QStringLiteral("not an indicator")),
                 qPrintable(error->text()));
        QCOMPARE(int(setup().rules(m_session->programmeId()).size()), before);
        QCOMPARE(field("ruleNameEn")->text(), QStringLiteral("Made-up check"));
        QCOMPARE(field("leftSide")->text(), QStringLiteral("NOSUCH.den"));
        QCOMPARE(field("rightSide")->text(), QStringLiteral("100"));

        // Choosing another rule tries to store this one first and stays when refused.
        clickRow(m_page->rulesView(), 0);
        QCOMPARE(field("leftSide")->text(), QStringLiteral("NOSUCH.den"));

        // Corrected, it is stored.
        retype(field("leftSide"), QStringLiteral("STUNT.den"));
        QTest::mouseClick(field<QPushButton>("saveRule"), Qt::LeftButton);
        QVERIFY(error->isHidden());
        QVERIFY(storedRule(QStringLiteral("Made-up check")));
    }

    void managerEditsTheChecklist()
    {
        QVERIFY(open(QStringLiteral("manager")));
        const int before = int(setup().checklist(m_session->programmeId()).size());
        QTest::mouseClick(field<QPushButton>("newItem"), Qt::LeftButton);
        QVERIFY(field("itemCode")->hasFocus());
        QVERIFY(field<QSpinBox>("itemOrder")->value() > 0); // after the last item
        QTest::keyClicks(field("itemCode"), QStringLiteral("ZZ9"));
        QTest::keyClicks(field("itemNameEn"), QStringLiteral("Parents' group meets monthly"));
        QTest::mouseClick(field<QPushButton>("saveItem"), Qt::LeftButton);
        QVERIFY2(field<QLabel>("checklistError")->isHidden(), qPrintable(field<QLabel>("checklistError")->text()));
        QCOMPARE(int(setup().checklist(m_session->programmeId()).size()), before + 1);
        QCOMPARE(m_page->checklistView()->model()->rowCount(), before + 1);

        // The same code twice: the service's message, the typing kept.
        QTest::mouseClick(field<QPushButton>("newItem"), Qt::LeftButton);
        QTest::keyClicks(field("itemCode"), QStringLiteral("ZZ9"));
        QTest::keyClicks(field("itemNameEn"), QStringLiteral("Duplicate"));
        QTest::mouseClick(field<QPushButton>("saveItem"), Qt::LeftButton);
        QVERIFY(field<QLabel>("checklistError")->text().contains(QStringLiteral("ZZ9")));
        QCOMPARE(field("itemNameEn")->text(), QStringLiteral("Duplicate"));
        QCOMPARE(int(setup().checklist(m_session->programmeId()).size()), before + 1);
    }

    void viewerCannotEdit()
    {
        QVERIFY(open(QStringLiteral("viewer")));
        QCOMPARE(m_page->rulesView()->model()->rowCount(), int(setup().rules(m_session->programmeId()).size()));
        QVERIFY(m_page->rulesView()->model()->rowCount() > 0);
        for (const char *name : {"ruleNameEn", "ruleNameZh", "leftSide", "rightSide", "itemCode", "itemNameEn", "itemNameZh"})
            QVERIFY2(!field(name)->isEnabled(), name);
        QVERIFY(!field<QComboBox>("operator")->isEnabled());
        QVERIFY(!field<QComboBox>("importance")->isEnabled());
        QVERIFY(!field<QSpinBox>("itemOrder")->isEnabled());
        for (const char *name : {"newRule", "saveRule", "deleteRule", "newItem", "saveItem", "deleteItem"})
            QVERIFY2(field<QPushButton>(name)->isHidden(), name);
        // Looking at a rule shows it.
        clickRow(m_page->rulesView(), 0);
        QVERIFY(!field("leftSide")->text().isEmpty());
        QVERIFY(!m_page->saveRule());
    }

    void aLanguageSwitchKeepsTheTyping()
    {
        QVERIFY(open(QStringLiteral("admin")));
        clickRow(m_page->rulesView(), 0);
        retype(field("leftSide"), QStringLiteral("NOSUCH"));
        QTest::mouseClick(field<QPushButton>("saveRule"), Qt::LeftButton);
        QVERIFY(field<QLabel>("ruleError")->isVisible());
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(field("leftSide")->text(), QStringLiteral("NOSUCH"));
        QCOMPARE(field<QComboBox>("operator")->count(), 6);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(field("leftSide")->text(), QStringLiteral("NOSUCH"));
        QVERIFY(field<QLabel>("ruleError")->text().contains(QStringLiteral("NOSUCH")));
        QCOMPARE(m_page->rulesView()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Rule"));
    }
};

QTEST_MAIN(TestSetupPage)
#include "tst_setuppage.moc"
