// The data browser page offscreen: filters changed with the keyboard update the count, the
// export button emits the DataSelection of the filters (narrowed by selected rows), filters
// persist, the empty state shows, and a language change re-translates labels and headers.
#include "browser/databrowserpage.h"
#include "models/databrowsermodel.h"
#include "shell/languagemanager.h"
#include "shell/session.h"
#include "shell/settings.h"
#include "storage/sqlitestatement.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

// Marks every string of the browser's classes, so that a test sees which texts were re-set
// after a language change (independently of the shipped translations).
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        if (c == "DataBrowserPage" || c == "DataBrowserModel")
            return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestDataBrowserPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    qint64 sqlCount(const QString &where)
    {
        SqliteStatement q(m_session->database().handle(),
                          QString(QStringLiteral("SELECT count(*) FROM data_value dv LEFT JOIN report r ON r.site_id = dv.site_id"
                                                 " AND r.period = dv.period WHERE dv.deleted = 0")
                                  + where));
        return q.next() ? q.int64(0) : -1;
    }

    static bool waitForCount(DataBrowserPage &page)
    {
        return QTest::qWaitFor([&] { return page.model()->totalCount() >= 0 && !page.model()->isLoading(); }, 30000);
    }

    // Picks a combo entry with the keyboard, as a user would.
    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int target = combo->findData(data);
        QVERIFY2(target >= 0, qPrintable(data.toString()));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < target; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), target);
    }

    std::unique_ptr<DataBrowserPage> openPage(Settings &settings)
    {
        auto page = std::make_unique<DataBrowserPage>(settings);
        page->resize(1400, 900);
        page->setSession(m_session.get());
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        return page;
    }

private slots:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_session = UiTestSupport::demoSessionAs(m_dir, QStringLiteral("demo.db"), QStringLiteral("manager"));
        QVERIFY(m_session);
        m_session->setProgrammeId(m_session->programmes().programmes().first().meta.id);
    }

    void filtersUpdateTheCount()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(page);
        QVERIFY(waitForCount(*page));
        const qint64 all = sqlCount(QString());
        QCOMPARE(page->model()->totalCount(), all);
        QVERIFY(page->countLabel()->text().contains(QLocale().toString(all)));

        auto *status = page->findChild<QComboBox *>(QStringLiteral("status"));
        choose(status, QStringLiteral("approved"));
        QVERIFY(waitForCount(*page));
        const qint64 approved = sqlCount(QStringLiteral(" AND ifnull(r.status, 'draft') = 'approved'"));
        QVERIFY(approved > 0 && approved < all);
        QCOMPARE(page->model()->totalCount(), approved);
        QVERIFY2(page->countLabel()->text().contains(QLocale().toString(approved)), qPrintable(page->countLabel()->text()));

        auto *site = page->findChild<QComboBox *>(QStringLiteral("site"));
        choose(site, site->itemData(2));
        QVERIFY(waitForCount(*page));
        const qint64 siteId = page->selection().siteIds.value(0);
        QVERIFY(siteId > 0);
        QCOMPARE(page->model()->totalCount(),
                 sqlCount(QStringLiteral(" AND ifnull(r.status, 'draft') = 'approved' AND dv.site_id = %1").arg(siteId)));

        auto *indicator = page->findChild<QComboBox *>(QStringLiteral("indicator"));
        choose(indicator, indicator->itemData(1));
        auto *from = page->findChild<QComboBox *>(QStringLiteral("from"));
        choose(from, from->itemData(from->count() / 2));
        QVERIFY(waitForCount(*page));
        const DataSelection s = page->selection();
        QCOMPARE(s.indicatorIds.size(), 1);
        QCOMPARE(s.from, from->currentData().toString());

        // The filters persist: a new page on the same settings shows them again.
        auto again = openPage(settings);
        QVERIFY(again);
        const DataSelection restored = again->selection();
        QCOMPARE(restored.siteIds, s.siteIds);
        QCOMPARE(restored.indicatorIds, s.indicatorIds);
        QCOMPARE(restored.from, s.from);
        QCOMPARE(restored.statuses, QStringList{QStringLiteral("approved")});
        QVERIFY(waitForCount(*again));

        // Reset, with the mouse.
        QTest::mouseClick(again->findChild<QPushButton *>(QStringLiteral("resetFilters")), Qt::LeftButton);
        QVERIFY(waitForCount(*again));
        QCOMPARE(again->model()->totalCount(), all);
    }

    void exportEmitsTheSelection()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(page);
        QVERIFY(waitForCount(*page));
        auto *status = page->findChild<QComboBox *>(QStringLiteral("status"));
        choose(status, QStringLiteral("submitted"));
        QVERIFY(waitForCount(*page));
        QSignalSpy spy(page.get(), &DataBrowserPage::exportRequested);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("exportSelection"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        DataSelection emitted = spy.at(0).at(0).value<DataSelection>();
        QCOMPARE(emitted.programmeId, m_session->programmeId());
        QVERIFY(emitted.siteIds.isEmpty());
        QVERIFY(emitted.indicatorIds.isEmpty());
        QCOMPARE(emitted.statuses, QStringList{QStringLiteral("submitted")});

        // A row clicked, and a second with Ctrl: their sites and indicators narrow the export.
        QTableView *view = page->view();
        QTRY_VERIFY(page->model()->rowAt(0) && page->model()->rowAt(30));
        view->scrollToTop();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(page->model()->index(0, 1)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(page->model()->index(3, 1)).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.size(), 2);
        emitted = spy.at(1).at(0).value<DataSelection>();
        QSet<qint64> sites{page->model()->rowAt(0)->siteId, page->model()->rowAt(3)->siteId};
        QSet<qint64> indicators{page->model()->rowAt(0)->indicatorId, page->model()->rowAt(3)->indicatorId};
        QCOMPARE(QSet<qint64>(emitted.siteIds.begin(), emitted.siteIds.end()), sites);
        QCOMPARE(QSet<qint64>(emitted.indicatorIds.begin(), emitted.indicatorIds.end()), indicators);
        QCOMPARE(emitted.statuses, QStringList{QStringLiteral("submitted")});
    }

    void emptyStateShows()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(page);
        auto *from = page->findChild<QComboBox *>(QStringLiteral("from"));
        auto *to = page->findChild<QComboBox *>(QStringLiteral("to"));
        // A range that ends before it starts selects nothing.
        choose(from, from->itemData(from->count() - 1));
        choose(to, to->itemData(1));
        QVERIFY(waitForCount(*page));
        QCOMPARE(page->model()->totalCount(), 0);
        auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No data values match these filters."));
        QVERIFY(!page->view()->isVisible());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("exportSelection"))->isEnabled());
    }

    void languageChangeRetranslates()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(page);
        QVERIFY(waitForCount(*page));
        QHeaderView *header = page->view()->horizontalHeader();
        QCOMPARE(header->model()->headerData(DataBrowserModel::SiteColumn, Qt::Horizontal).toString(), QStringLiteral("Site"));
        QSignalSpy headers(page->model(), &QAbstractItemModel::headerDataChanged);
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(headers.size() >= 1);
        QCOMPARE(header->model()->headerData(DataBrowserModel::SiteColumn, Qt::Horizontal).toString(), QStringLiteral("«Site»"));
        QCOMPARE(page->findChild<QPushButton *>(QStringLiteral("exportSelection"))->text(), QStringLiteral("«Export selection…»"));
        QVERIFY(page->countLabel()->text().startsWith(QStringLiteral("«Data values:")));
        QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("site"))->itemText(0), QStringLiteral("«All sites»"));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(header->model()->headerData(DataBrowserModel::SiteColumn, Qt::Horizontal).toString(), QStringLiteral("Site"));

        // The real switch: periods and statuses follow the Chinese locale.
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        auto *status = page->findChild<QComboBox *>(QStringLiteral("status"));
        QCOMPARE(status->itemText(status->findData(QStringLiteral("approved"))), QStringLiteral("已批准"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
};

QTEST_MAIN(TestDataBrowserPage)
#include "tst_databrowserpage.moc"
