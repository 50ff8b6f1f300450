#include "review/reviewpage.h"
#include "services/dataentryservice.h"
#include "services/reportservice.h"
#include "storage/indicatorrepository.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace UiTestSupport;

class TestReviewPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ReviewPage> m_page;

    QTableView *view() const { return m_page->reportsView(); }

    int rowOf(const QString &siteCode, const QString &periodName) const
    {
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            if (view()->model()->index(r, 0).data().toString() == siteCode &&
                view()->model()->index(r, 2).data().toString() == periodName)
                return r;
        return -1;
    }

    void selectRows(const QList<int> &rows)
    {
        view()->clearSelection();
        for (int i = 0; i < rows.size(); ++i) {
            const QModelIndex index = view()->model()->index(rows.at(i), 1);
            view()->scrollTo(index);
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, i == 0 ? Qt::NoModifier : Qt::ControlModifier,
                              view()->visualRect(index).center());
        }
    }

    std::optional<DataStatus> statusOf(qint64 siteId, const Period &period) const
    {
        const auto r = ReportService(m_session->database(), m_session->actor()).report(siteId, period);
        return r ? std::optional<DataStatus>(r->status) : std::nullopt;
    }

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }
    void init() { QVERIFY(showPlainPage(m_dir, QStringLiteral("review%1.db").arg(++m_n), m_session, m_page)); }
    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void listsSubmissionsWaitingAndFilters()
    {
        QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int waiting = view()->model()->rowCount();
        QVERIFY(waiting > 0);
        ReportService::Filter filter;
        filter.statuses = {DataStatus::Submitted};
        QCOMPARE(waiting, ReportService(m_session->database(), m_session->actor()).reports(m_session->programmeId(), filter).size());
        for (int r = 0; r < waiting; ++r)
            QCOMPARE(view()->model()->index(r, 3).data().toString(), Vocabulary::label(DataStatus::Submitted));
        // Filter by site.
        auto *site = m_page->findChild<QComboBox *>(QStringLiteral("siteFilter"));
        const QString code = view()->model()->index(0, 0).data().toString();
        const int index = site->findText(code, Qt::MatchStartsWith);
        QVERIFY(index > 0);
        site->setCurrentIndex(index);
        emit site->activated(index);
        QVERIFY(view()->model()->rowCount() < waiting);
        for (int r = 0; r < view()->model()->rowCount(); ++r)
            QCOMPARE(view()->model()->index(r, 0).data().toString(), code);
        // A bad period filter says so.
        auto *period = m_page->findChild<QLineEdit *>(QStringLiteral("periodFilter"));
        retype(period, QStringLiteral("2024-13"));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("not valid")));
    }

    void approvesReturnsAndReopens()
    {
        QVERIFY(view()->model()->rowCount() >= 3);
        const qint64 siteA = view()->model()->index(0, 0).data(Qt::UserRole).toLongLong();
        const Period periodA = Period::parse(view()->model()->index(0, 0).data(Qt::UserRole + 1).toString());
        const qint64 siteB = view()->model()->index(1, 0).data(Qt::UserRole).toLongLong();
        const Period periodB = Period::parse(view()->model()->index(1, 0).data(Qt::UserRole + 1).toString());
        // Bulk approval of two selected reports.
        selectRows({0, 1});
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("approve")), Qt::LeftButton);
        QCOMPARE(statusOf(siteA, periodA), std::optional<DataStatus>(DataStatus::Approved));
        QCOMPARE(statusOf(siteB, periodB), std::optional<DataStatus>(DataStatus::Approved));
        // Return with a reason; an empty reason is refused by the service.
        const qint64 siteC = view()->model()->index(0, 0).data(Qt::UserRole).toLongLong();
        const Period periodC = Period::parse(view()->model()->index(0, 0).data(Qt::UserRole + 1).toString());
        selectRows({0});
        QVERIFY(!m_page->returnSelected(QString()));
        QCOMPARE(statusOf(siteC, periodC), std::optional<DataStatus>(DataStatus::Submitted));
        selectRows({rowOf(view()->model()->index(0, 0).data().toString(), view()->model()->index(0, 2).data().toString())});
        QCOMPARE(view()->selectionModel()->selectedRows().value(0).data(Qt::UserRole).toLongLong(), siteC);
        QVERIFY(m_page->returnSelected(QStringLiteral("Sums do not match")));
        QCOMPARE(statusOf(siteC, periodC), std::optional<DataStatus>(DataStatus::Returned));
        // Reopen approved data from the Approved list.
        auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(DataStatus::Approved)));
        emit status->activated(status->currentIndex());
        const int row = rowOf(view()->model()->index(0, 0).data().toString(), view()->model()->index(0, 2).data().toString());
        QVERIFY(row >= 0);
        const qint64 siteD = view()->model()->index(row, 0).data(Qt::UserRole).toLongLong();
        const Period periodD = Period::parse(view()->model()->index(row, 0).data(Qt::UserRole + 1).toString());
        selectRows({row});
        QVERIFY(m_page->reopenSelected(QStringLiteral("Late correction from the county")));
        QCOMPARE(statusOf(siteD, periodD), std::optional<DataStatus>(DataStatus::Draft));
        QVERIFY(ReportService(m_session->database(), m_session->actor()).report(siteD, periodD)->reopened);
    }

    void aFieldOfficerCannotReview()
    {
        m_page->setSession(nullptr);
        const QString name = QFileInfo(m_session->database().path()).fileName();
        m_session.reset();
        m_session = demoSessionAs(m_dir, name, QStringLiteral("officer"));
        m_page->setSession(m_session.get());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("approve"))->isVisible());
        selectRows({0});
        const qint64 site = view()->model()->index(0, 0).data(Qt::UserRole).toLongLong();
        const Period period = Period::parse(view()->model()->index(0, 0).data(Qt::UserRole + 1).toString());
        // Even through the page's slot the service refuses.
        QVERIFY(!m_page->approveSelected());
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("error"))->text().contains(QStringLiteral("programme manager")));
        QCOMPARE(statusOf(site, period), std::optional<DataStatus>(DataStatus::Submitted));
    }

    void completenessShowsEveryStatusAndOpensForms()
    {
        QTableWidget *grid = m_page->completenessTable();
        QVERIFY(grid->rowCount() >= 20);
        QVERIFY(grid->columnCount() >= 12);
        QSet<QString> seen;
        qint64 site = 0;
        QString period;
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c) {
                seen.insert(grid->item(r, c)->toolTip().section(QStringLiteral(": "), -1));
                if (grid->item(r, c)->toolTip().endsWith(Vocabulary::label(DataStatus::Approved)) && site == 0) {
                    site = grid->item(r, c)->data(Qt::UserRole).toLongLong();
                    period = grid->item(r, c)->data(Qt::UserRole + 1).toString();
                }
            }
        QVERIFY(seen.contains(QStringLiteral("missing")));
        QVERIFY(seen.contains(Vocabulary::label(DataStatus::Approved)));
        QVERIFY(seen.contains(Vocabulary::label(DataStatus::Submitted)));
        QSignalSpy opened(m_page.get(), &ReviewPage::openFormRequested);
        for (int r = 0; r < grid->rowCount(); ++r)
            for (int c = 0; c < grid->columnCount(); ++c)
                if (grid->item(r, c)->data(Qt::UserRole).toLongLong() == site &&
                    grid->item(r, c)->data(Qt::UserRole + 1).toString() == period)
                    emit grid->cellDoubleClicked(r, c);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), site);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
