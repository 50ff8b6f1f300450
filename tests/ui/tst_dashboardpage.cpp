// The dashboard page offscreen: filters change what the charts show, results of superseded
// filters are dropped, filters persist, charts export and copy, clicks open sites and forms,
// the tables pass QAbstractItemModelTester, and a language switch re-titles everything.
#include "charts/completenessheatmap.h"
#include "charts/downsample.h"
#include "charts/equitychart.h"
#include "charts/rankingchart.h"
#include "charts/trendchart.h"
#include "dashboard/dashboardpage.h"
#include "models/dashboardmodels.h"
#include "shell/languagemanager.h"
#include "shell/session.h"
#include "shell/settings.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Analytics;

namespace {

QStringList seriesNames(const QChart *chart)
{
    QStringList names;
    for (const QAbstractSeries *s : chart->series())
        names.append(s->name());
    return names;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;

    // Until the page shows the result (or the refusal) of its latest filter.
    static bool waitFor(DashboardPage &page)
    {
        QSignalSpy spy(&page, &DashboardPage::refreshed);
        return !page.isComputing() || spy.wait(30000);
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

    std::unique_ptr<DashboardPage> openPage(Settings &settings)
    {
        auto page = std::make_unique<DashboardPage>(settings);
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

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en")); }

    void downsampleKeepsPeaks()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append({double(i), i == 5000 ? 100.0 : (i == 7000 ? -100.0 : 0.0)});
        const QList<QPointF> thin = downsample(points, 400);
        QVERIFY(thin.size() <= 400);
        QVERIFY(thin.size() >= 100);
        bool peak = false, dip = false;
        for (const QPointF &p : thin) {
            peak = peak || p.y() == 100.0;
            dip = dip || p.y() == -100.0;
        }
        QVERIFY(peak && dip);
        QCOMPARE(thin.first().x(), 0.0);
        QCOMPARE(thin.last().x(), 9999.0);
        const QList<QPointF> few{{0, 1}, {1, 2}};
        QCOMPARE(downsample(few, 400), few);
    }

    void filtersChangeTheCharts()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(page);
        QVERIFY(waitFor(*page));
        QVERIFY(page->current());
        auto *indicator = page->findChild<QComboBox *>(QStringLiteral("indicator"));
        QVERIFY(indicator->count() >= 10);
        const QString firstTitle = page->trendChart()->chart()->title();
        QVERIFY2(firstTitle.contains(page->current()->indicator.nameEn), qPrintable(firstTitle));
        QVERIFY(seriesNames(page->trendChart()->chart()).contains(QStringLiteral("Pilot")));
        QVERIFY(seriesNames(page->trendChart()->chart()).contains(QStringLiteral("Comparison")));
        // The tile says what the effect means.
        const QString reading = page->findChild<QFrame *>(QStringLiteral("effectTile"))->findChild<QLabel *>(QStringLiteral("detail"))->text();
        QVERIFY2(reading.contains(QStringLiteral("comparison sites")), qPrintable(reading));

        // Another indicator: new title, new numbers.
        choose(indicator, QStringLiteral("FULLIMM"));
        QVERIFY(waitFor(*page));
        QCOMPARE(page->current()->indicator.code, QStringLiteral("FULLIMM"));
        QVERIFY(page->trendChart()->chart()->title() != firstTitle);
        auto *pilotLine = qobject_cast<QLineSeries *>(page->trendChart()->chart()->series().at(1));
        QVERIFY(pilotLine);
        QVERIFY(pilotLine->count() > 0);

        // Pilot sites only: no comparison line, no DiD (and the tile says why).
        choose(page->findChild<QComboBox *>(QStringLiteral("arm")), QStringLiteral("pilot"));
        QVERIFY(waitFor(*page));
        QVERIFY(!seriesNames(page->trendChart()->chart()).contains(QStringLiteral("Comparison")));
        QCOMPARE(page->current()->did.reason, DidReason::TooFewComparisonSites);
        const QString why = page->findChild<QFrame *>(QStringLiteral("effectTile"))->findChild<QLabel *>(QStringLiteral("detail"))->text();
        QVERIFY2(why.startsWith(QStringLiteral("Not enough data")), qPrintable(why));

        // By quarter: fewer, longer periods.
        const qsizetype monthly = page->current()->series.size();
        choose(page->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("quarter"));
        QVERIFY(waitFor(*page));
        QVERIFY(page->current()->series.size() < monthly);
        QCOMPARE(page->current()->series.first().period.type(), Period::Type::Quarterly);

        // Reset clears every filter, prefecture and county included.
        {
            auto *prefecture = page->findChild<QComboBox *>(QStringLiteral("prefecture"));
            QVERIFY(prefecture->count() > 1);
            choose(prefecture, prefecture->itemData(1));
            QVERIFY(waitFor(*page));
            QVERIFY(!page->filter().prefecture.isEmpty());
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("resetFilters")), Qt::LeftButton);
            QVERIFY(waitFor(*page));
            const Filter cleared = page->filter();
            QVERIFY(cleared.prefecture.isEmpty() && cleared.county.isEmpty() && cleared.province.isEmpty());
            QVERIFY(!cleared.arm && !cleared.group && cleared.by == Period::Type::Invalid);
            choose(page->findChild<QComboBox *>(QStringLiteral("indicator")), QStringLiteral("FULLIMM"));
            choose(page->findChild<QComboBox *>(QStringLiteral("arm")), QStringLiteral("pilot"));
            choose(page->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("quarter"));
            QVERIFY(waitFor(*page));
        }

        // A province narrows the sites; the ranking follows.
        auto *province = page->findChild<QComboBox *>(QStringLiteral("province"));
        QVERIFY(province->count() > 2);
        choose(province, province->itemData(1));
        QVERIFY(waitFor(*page));
        for (const SiteRow &row : page->current()->sites)
            QCOMPARE(row.site.provinceEn.isEmpty() ? row.site.provinceZh : row.site.provinceEn, province->itemData(1).toString());

        // The filters persist: a new page (as after a restart) starts from them.
        const Filter kept = page->filter();
        page.reset();
        auto again = openPage(settings);
        QVERIFY(again);
        QVERIFY(waitFor(*again));
        QCOMPARE(again->filter(), kept);

        // A range that ends before it starts is refused, in the status line and the charts.
        choose(again->findChild<QComboBox *>(QStringLiteral("arm")), QString());
        QVERIFY(waitFor(*again));
        auto *from = again->findChild<QComboBox *>(QStringLiteral("from"));
        auto *to = again->findChild<QComboBox *>(QStringLiteral("to"));
        choose(to, to->itemData(1));
        QVERIFY(waitFor(*again));
        choose(from, from->itemData(from->count() - 1));
        QVERIFY(waitFor(*again));
        QVERIFY(!again->current());
        const QString refused = again->findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text();
        QVERIFY2(refused.contains(QStringLiteral("before it starts")), qPrintable(refused));
        QCOMPARE(again->trendChart()->emptyText(), refused);

        // A range without data says so instead of drawing nothing.
        choose(to, to->itemData(to->count() - 1));
        QVERIFY(waitFor(*again));
        QVERIFY(again->trendChart()->isEmpty());
        QVERIFY2(again->trendChart()->emptyText().contains(QStringLiteral("No approved data")), qPrintable(again->trendChart()->emptyText()));
        QVERIFY(again->rankingChart()->isEmpty());
    }

    void supersededResultsAreDropped()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(waitFor(*page));
        auto *indicator = page->findChild<QComboBox *>(QStringLiteral("indicator"));
        // Three changes in a row, no waiting: only the last one's result may show.
        QSignalSpy spy(page.get(), &DashboardPage::refreshed);
        indicator->setCurrentIndex(1);
        indicator->setCurrentIndex(2);
        indicator->setCurrentIndex(3);
        QVERIFY(spy.wait(30000));
        QTest::qWait(300);
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(page->current()->indicator.code, indicator->itemData(3).toString());
        QCOMPARE(page->current()->filter, page->filter());
    }

    void chartsExportCopyAndOpen()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(waitFor(*page));
        choose(page->findChild<QComboBox *>(QStringLiteral("indicator")), QStringLiteral("ANC4"));
        QVERIFY(waitFor(*page));

        // PNG and SVG of every chart; an SVG is text with the chart's title in it.
        QTemporaryDir out;
        const QList<ChartPanel *> charts{page->trendChart(), page->rankingChart(), page->equityChart(), page->heatmap()};
        for (ChartPanel *chart : charts) {
            for (int tab = 0; tab < page->tabs()->count(); ++tab)
                if (page->tabs()->widget(tab)->isAncestorOf(chart))
                    page->tabs()->setCurrentIndex(tab); // export what the user sees
            QVERIFY(chart->isVisible());
            QString error;
            const QString png = out.filePath(chart->objectName() + QStringLiteral(".png"));
            QVERIFY2(chart->exportTo(png, &error), qPrintable(error));
            QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 400);
            const QString svg = out.filePath(chart->objectName() + QStringLiteral(".svg"));
            QVERIFY2(chart->exportTo(svg, &error), qPrintable(error));
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.contains("<svg"));
        }
        QString error;
        QVERIFY(!page->trendChart()->exportTo(out.filePath(QStringLiteral("no/such/folder/x.png")), &error));
        QVERIFY2(error.contains(QStringLiteral("x.png")), qPrintable(error));

        // Copy table: a header and a row per arm and period.
        page->tabs()->setCurrentIndex(DashboardPage::TrendTab);
        auto *copy = page->tabs()->widget(DashboardPage::TrendTab)->findChild<QPushButton *>(QStringLiteral("copyTable"));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 * page->current()->series.size());
        QVERIFY(lines.first().startsWith(QStringLiteral("Period\tArm\tValue")));

        // Clicking a cell of the heat map opens that site's form for that period.
        page->tabs()->setCurrentIndex(DashboardPage::CompletenessTab);
        QSignalSpy forms(page.get(), &DashboardPage::openFormRequested);
        const QRect cell = page->heatmap()->cellRect(2, 3);
        QTest::mouseClick(page->heatmap()->drawing(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(forms.count(), 1);
        QCOMPARE(forms.first().at(0).toLongLong(), page->current()->sites[2].site.meta.id);
        QCOMPARE(forms.first().at(1).value<Period>(), page->current()->periods[3]);
        QCOMPARE(forms.first().at(2).toLongLong(), page->current()->indicator.meta.id);

        // Clicking the top bar of the ranking opens the best site.
        page->tabs()->setCurrentIndex(DashboardPage::SitesTab);
        QCoreApplication::processEvents();
        RankingChart *ranking = page->rankingChart();
        QVERIFY(!ranking->drawnSites().isEmpty());
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(ranking->chart()->series().first());
        QVERIFY(series);
        auto *view = ranking->findChild<QChartView *>(QStringLiteral("rankingView"));
        const int top = int(ranking->drawnSites().size()) - 1; // bars count bottom-up
        const double value = series->barSets().at(0)->at(top) + series->barSets().at(1)->at(top);
        const QPointF scene = ranking->chart()->mapToPosition(QPointF(value / 2, top), series);
        QSignalSpy sites(page.get(), &DashboardPage::siteOpenRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
        QCOMPARE(sites.count(), 1);
        QCOMPARE(sites.first().at(0).toLongLong(), ranking->drawnSites().first());

        // Ranking by change: the bars are the sites' changes from baseline to endline, best first,
        // and the choice is kept for the next start.
        auto *measure = page->findChild<QComboBox *>(QStringLiteral("rankingMeasure"));
        measure->setFocus();
        QTest::keyClick(measure, Qt::Key_Down);
        QCOMPARE(ranking->measure(), RankingChart::Measure::Change);
        QVERIFY2(ranking->chart()->title().contains(QStringLiteral("change from baseline")), qPrintable(ranking->chart()->title()));
        const QList<qint64> byChange = ranking->drawnSites();
        QVERIFY(!byChange.isEmpty());
        const SiteRow *best = nullptr;
        for (const SiteRow &row : page->current()->sites)
            if (row.change() && (!best || *row.change() > *best->change()))
                best = &row;
        QVERIFY(best);
        QCOMPARE(byChange.first(), best->site.meta.id);
        {
            DashboardPage again(settings);
            QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("rankingMeasure"))->currentIndex(), 1);
        }

        // Double-clicking a quality issue jumps to its cell; a site's quality row to the site.
        page->tabs()->setCurrentIndex(DashboardPage::QualityTab);
        QTableView *issues = page->issuesView();
        auto *indicator = page->findChild<QComboBox *>(QStringLiteral("indicator"));
        for (int i = 0; i < indicator->count() && issues->model()->rowCount() == 0; ++i) {
            choose(indicator, indicator->itemData(i));
            QVERIFY(waitFor(*page));
        }
        QVERIFY2(issues->model()->rowCount() > 0, "the demonstration has outliers in some indicator");
        forms.clear();
        const QModelIndex first = issues->model()->index(0, 0);
        const QRect row = issues->visualRect(first);
        QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(issues->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(forms.count(), 1);
        QCOMPARE(forms.first().at(0).toLongLong(), first.data(DashboardTableModel::SiteIdRole).toLongLong());
        sites.clear();
        QTableView *quality = page->siteQualityView();
        const QRect siteRow = quality->visualRect(quality->model()->index(0, 1));
        QTest::mouseClick(quality->viewport(), Qt::LeftButton, {}, siteRow.center());
        QTest::mouseDClick(quality->viewport(), Qt::LeftButton, {}, siteRow.center());
        QCOMPARE(sites.count(), 1);
    }

    void tablesPassTheModelTester()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(waitFor(*page));
        for (QTableView *view : {page->issuesView(), page->siteQualityView(), page->effectsView(), page->placesView()}) {
            auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
            QVERIFY(proxy);
            auto *model = qobject_cast<DashboardTableModel *>(proxy->sourceModel());
            QVERIFY(model);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model->setDashboard(page->current());
            model->retranslate();
            model->setDashboard(nullptr);
            QCOMPARE(model->rowCount(), 0);
            model->setDashboard(page->current());
        }
        // By place: the provinces' reports in the latest period add up to all sites'; the
        // level combo switches to prefectures.
        QAbstractItemModel *places = page->placesView()->model();
        int reports = 0;
        for (int r = 0; r < places->rowCount(); ++r)
            reports += places->index(r, 4).data(DashboardTableModel::SortRole).toInt();
        QCOMPARE(reports, page->current()->series.last().all.reports);
        const int provinces = places->rowCount();
        choose(page->findChild<QComboBox *>(QStringLiteral("placeLevel")), QVariant());
        auto *level = page->findChild<QComboBox *>(QStringLiteral("placeLevel"));
        level->setFocus();
        QTest::keyClick(level, Qt::Key_Down);
        QCOMPARE(places->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Prefecture"));
        QVERIFY(places->rowCount() >= provinces);
        // The level is kept: a new page (as after a restart) shows prefectures.
        {
            DashboardPage again(settings);
            QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("placeLevel"))->currentIndex(), 1);
        }

        // Site quality adds up to the totals.
        auto *siteModel = qobject_cast<DashboardTableModel *>(
            qobject_cast<QSortFilterProxyModel *>(page->siteQualityView()->model())->sourceModel());
        QCOMPARE(siteModel->rowCount(), int(page->current()->sites.size()));
        QCOMPARE(page->effectsView()->model()->index(0, 0).data().toString(), QStringLiteral("All sites"));
    }

    void languageSwitchRetitlesEverything()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("s.ini")));
        auto page = openPage(settings);
        QVERIFY(waitFor(*page));
        const QString english = page->trendChart()->chart()->title();
        QVERIFY(!hasHan(english));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        for (const QChart *chart : {page->trendChart()->chart(), page->rankingChart()->chart(), page->equityChart()->chart()}) {
            QVERIFY2(hasHan(chart->title()), qPrintable(chart->title()));
            for (const QAbstractAxis *axis : chart->axes())
                QVERIFY2(axis->titleText().isEmpty() || hasHan(axis->titleText()), qPrintable(axis->titleText()));
        }
        QVERIFY(seriesNames(page->trendChart()->chart()).contains(QStringLiteral("试点")));
        for (int i = 0; i < page->tabs()->count(); ++i)
            QVERIFY2(hasHan(page->tabs()->tabText(i)), qPrintable(page->tabs()->tabText(i)));
        const QString reading = page->findChild<QFrame *>(QStringLiteral("effectTile"))->findChild<QLabel *>(QStringLiteral("detail"))->text();
        QVERIFY2(hasHan(reading), qPrintable(reading));
        QVERIFY(hasHan(page->effectsView()->model()->headerData(0, Qt::Horizontal).toString()));
        QVERIFY(hasHan(page->findChild<QCheckBox *>(QStringLiteral("includeSubmitted"))->text()));
        // Places are named in Chinese too.
        QVERIFY2(hasHan(page->placesView()->model()->index(0, 0).data().toString()),
                 qPrintable(page->placesView()->model()->index(0, 0).data().toString()));
        // The filters survive the switch, and a refresh in Chinese keeps Chinese titles.
        const Filter before = page->filter();
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(page->filter(), before);
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(page->filter(), before);
        choose(page->findChild<QComboBox *>(QStringLiteral("indicator")), QStringLiteral("STUNT"));
        QVERIFY(waitFor(*page));
        QVERIFY(hasHan(page->trendChart()->chart()->title()));
        // A refusal on show is worded again in the new language.
        choose(page->findChild<QComboBox *>(QStringLiteral("indicator")), QStringLiteral("ANC4"));
        QVERIFY(waitFor(*page));
        choose(page->findChild<QComboBox *>(QStringLiteral("group")), QStringLiteral("female"));
        QVERIFY(waitFor(*page));
        auto *status = page->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
        QVERIFY2(hasHan(status->text()) && status->text().contains(QStringLiteral("ANC4")), qPrintable(status->text()));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(waitFor(*page));
        QVERIFY2(status->text().contains(QStringLiteral("not reported for Girls")), qPrintable(status->text()));
        QCOMPARE(page->trendChart()->emptyText(), status->text());
        choose(page->findChild<QComboBox *>(QStringLiteral("group")), QString());
        QVERIFY(waitFor(*page));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(!hasHan(page->tabs()->tabText(0)));
        QVERIFY(page->trendChart()->chart()->title().contains(QStringLiteral("antenatal")));
    }

    void readingFollowsTheDesiredDirection()
    {
        Dashboard d;
        d.indicator.valueType = ValueType::Percentage;
        d.indicator.direction = Direction::Lower; // stunting: a fall is an improvement
        d.did.reason = DidReason::None;
        d.did.estimate = -7.5;
        d.did.low = -9.0;
        d.did.high = -6.0;
        d.did.pilotSites = 10;
        d.did.comparisonSites = 9;
        const QString better = DashboardPage::reading(d);
        QVERIFY2(better.contains(QStringLiteral("improved 7.5 points more")), qPrintable(better));
        QVERIFY2(better.contains(QStringLiteral("95% CI 6.0 to 9.0")), qPrintable(better));
        d.did.estimate = 1.0;
        d.did.low = -0.5;
        d.did.high = 2.5;
        const QString worse = DashboardPage::reading(d);
        QVERIFY2(worse.contains(QStringLiteral("did 1.0 points worse")), qPrintable(worse));
        QVERIFY2(worse.contains(QStringLiteral("may be chance")), qPrintable(worse));
        d.did.reason = DidReason::TooFewPilotSites;
        QCOMPARE(DashboardPage::reading(d), didReasonText(DidReason::TooFewPilotSites));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
