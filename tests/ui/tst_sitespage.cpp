#include "models/sitefilterproxymodel.h"
#include "models/sitetablemodel.h"
#include "sites/siteeditor.h"
#include "sites/sitespage.h"
#include "uitestsupport.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace UiTestSupport;

class TestSitesPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<SitesPage> m_page;

    template<typename T = QLineEdit>
    T *field(const char *name) const
    {
        T *w = m_page->editor()->findChild<T *>(QLatin1StringView(name));
        if (!w)
            qWarning("no field %s", name);
        return w;
    }

    void clickRow(int proxyRow)
    {
        QTableView *view = m_page->view();
        const QModelIndex index = view->model()->index(proxyRow, SiteTableModel::Name);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    int proxyRowOf(const QString &code) const
    {
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            if (m_page->proxy()->index(row, SiteTableModel::Code).data().toString() == code)
                return row;
        return -1;
    }

    Site stored(const QString &code) const
    {
        for (const Site &s : m_session->sites().sites(m_session->programmeId()))
            if (s.code == code)
                return s;
        return {};
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void init() { QVERIFY(showPage(m_dir, QStringLiteral("sites%1.db").arg(++m_n), m_session, m_stack, m_page)); }

    void cleanup() { closePage(m_session, m_stack, m_page); }

    void editsThroughTheKeyboardAndUndoes()
    {
        clickRow(0);
        const QString code = field("code")->text();
        QVERIFY(!code.isEmpty());
        const int before = stored(code).childPopulation;
        auto *children = field<QSpinBox>("childPopulation");
        retype(children, QStringLiteral("51234"));
        retype(field("nameEn"), QStringLiteral("Renamed County"));
        QTest::keyClick(field("nameEn"), Qt::Key_Return); // Enter applies
        QCOMPARE(stored(code).childPopulation, 51234);
        QCOMPARE(stored(code).nameEn, QStringLiteral("Renamed County"));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("edit site %1").arg(code));
        QVERIFY(m_page->model()->index(m_page->model()->rowOf(stored(code).meta.id), SiteTableModel::Name).data().toString()
                == QStringLiteral("Renamed County"));

        m_stack->undo();
        QCOMPARE(stored(code).childPopulation, before);
        QCOMPARE(children->value(), before); // the editor follows
        m_stack->redo();
        QCOMPARE(stored(code).childPopulation, 51234);
        QCOMPARE(field("nameEn")->text(), QStringLiteral("Renamed County"));
    }

    void badInputShowsAMessageAndWritesNothing()
    {
        clickRow(0);
        const QString code = field("code")->text();
        const Site before = stored(code);
        retype(field("latitude"), QStringLiteral("north"));
        QTest::mouseClick(m_page->editor()->findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        auto *error = m_page->editor()->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Latitude")) && error->text().contains(QStringLiteral("north")),
                 qPrintable(error->text()));
        QCOMPARE(stored(code).meta.revision, before.meta.revision);

        retype(field("latitude"), QStringLiteral("95"));
        QTest::keyClick(field("latitude"), Qt::Key_Enter);
        QVERIFY2(error->text().contains(QStringLiteral("outside −90 to 90")), qPrintable(error->text()));
        QCOMPARE(stored(code).meta.revision, before.meta.revision);

        const QString otherCode = m_page->proxy()->index(1, SiteTableModel::Code).data().toString();
        retype(field("latitude"), QStringLiteral("23.5"));
        retype(field("code"), otherCode);
        QTest::keyClick(field("code"), Qt::Key_Return);
        QVERIFY2(error->text().contains(QStringLiteral("already used")), qPrintable(error->text()));
        QCOMPARE(m_stack->count(), 0);
        // What was typed is still there to correct.
        QCOMPARE(field("code")->text(), otherCode);
        QCOMPARE(field("latitude")->text(), QStringLiteral("23.5"));
    }

    void aMessageOnShowFollowsTheLanguage()
    {
        clickRow(0);
        retype(field("longitude"), QStringLiteral("200"));
        QTest::keyClick(field("longitude"), Qt::Key_Return);
        auto *error = m_page->editor()->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->text().contains(QStringLiteral("longitude")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY2(error->text().contains(QStringLiteral("经度")), qPrintable(error->text()));
        QCOMPARE(field("longitude")->text(), QStringLiteral("200")); // what was typed stays
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(error->text().contains(QStringLiteral("longitude")));
    }

    void addsAndRemovesSitesUndoably()
    {
        const int rows = m_page->model()->rowCount();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addSite")), Qt::LeftButton);
        QVERIFY(field("code")->hasFocus());
        QTest::keyClicks(field("code"), QStringLiteral("NEW-01"));
        QTest::keyClick(field("code"), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("New Township"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_page->model()->rowCount(), rows + 1);
        QCOMPARE(stored(QStringLiteral("NEW-01")).nameEn, QStringLiteral("New Township"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("add site NEW-01"));
        m_stack->undo();
        QCOMPARE(m_page->model()->rowCount(), rows);
        m_stack->redo();
        QCOMPARE(m_page->model()->rowCount(), rows + 1);

        clickRow(proxyRowOf(QStringLiteral("NEW-01")));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeSite")), Qt::LeftButton);
        QCOMPARE(m_page->model()->rowCount(), rows);
        QCOMPARE(m_stack->undoText(), QStringLiteral("remove site NEW-01"));
        m_stack->undo();
        QCOMPARE(m_page->model()->rowCount(), rows + 1);
        QCOMPARE(stored(QStringLiteral("NEW-01")).nameEn, QStringLiteral("New Township"));
    }

    void addingDisablesRemoveOfTheRowShownBefore()
    {
        clickRow(2);
        auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeSite"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addSite")), Qt::LeftButton);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!m_page->view()->currentIndex().isValid());
        typeText(field("code"), QStringLiteral("NEW-02"));
        QTest::mouseClick(remove, Qt::LeftButton); // disabled: nothing happens
        QCOMPARE(m_page->model()->rowCount(), 20);
        QCOMPARE(field("code")->text(), QStringLiteral("NEW-02"));
    }

    void browsingWritesNothing()
    {
        // Township sites have coordinates with many decimals; looking at them must not
        // round them into a change.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("towns.db"));
        QVERIFY(DemoGenerator::generateFile(path, {60, 12, 4}).ok());
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        const Actor admin = demoActor(*opened.value(), QStringLiteral("admin"));
        Session towns(std::move(opened).value(), admin);
        // Coordinates as a GPS or an import gives them, with more digits than any display shows.
        for (Site site : towns.sites().sites(towns.programmeId()).mid(0, 12)) {
            site.latitude = *site.latitude + 0.000123456789012;
            site.longitude = *site.longitude - 0.000098765432101;
            QVERIFY(towns.sites().update(site).ok());
        }
        m_page->setSession(&towns);
        QCOMPARE(m_page->model()->rowCount(), 60);
        for (int row = 0; row < 12; ++row)
            clickRow(row);
        QCOMPARE(m_stack->count(), 0);
        QSqlQuery q(towns.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM site WHERE revision > 2")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        m_page->setSession(m_session.get());
    }

    void undoRefusesARowChangedElsewhere()
    {
        clickRow(0);
        const QString code = field("code")->text();
        retype(field("nameEn"), QStringLiteral("Mine"));
        QTest::keyClick(field("nameEn"), Qt::Key_Return);
        QCOMPARE(m_stack->count(), 1);
        // Someone else (another window on the same file) changes the site meanwhile.
        Site theirs = stored(code);
        theirs.nameEn = QStringLiteral("Theirs");
        QVERIFY(m_session->sites().update(theirs).ok());
        QSignalSpy failed(m_page.get(), &SitesPage::commandFailed);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("changed elsewhere")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(stored(code).nameEn, QStringLiteral("Theirs"));
    }

    void leavingAChangedSiteKeepsTheChange()
    {
        clickRow(0);
        const QString code = field("code")->text();
        retype(field("townshipZh"), QStringLiteral("新街镇"));
        clickRow(1); // no Apply pressed: nothing typed is lost
        QCOMPARE(stored(code).townshipZh, QStringLiteral("新街镇"));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(field("code")->text() != code);
    }

    void filtersFromTheControls()
    {
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
        search->setFocus();
        typeText(search, QStringLiteral("元阳"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("count"))->text().startsWith(QStringLiteral("1 of 20")));
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(m_page->proxy()->rowCount(), 20);
        auto *arm = m_page->findChild<QComboBox *>(QStringLiteral("armFilter"));
        arm->setFocus();
        QTest::keyClick(arm, Qt::Key_Down); // "Pilot"
        QCOMPARE(m_page->proxy()->rowCount(), 10);
        auto *province = m_page->findChild<QComboBox *>(QStringLiteral("provinceFilter"));
        QVERIFY(province->count() >= 6); // "All provinces" and five provinces
        province->setCurrentIndex(province->findData(QStringLiteral("Gansu")));
        QVERIFY(m_page->proxy()->rowCount() > 0 && m_page->proxy()->rowCount() < 10);
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row)
            QCOMPARE(stored(m_page->proxy()->index(row, 0).data().toString()).provinceEn, QStringLiteral("Gansu"));
    }
};

QTEST_MAIN(TestSitesPage)
#include "tst_sitespage.moc"
