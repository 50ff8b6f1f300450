// The data browser's windowed model over a generated programme: QAbstractItemModelTester,
// counts equal SQL counts under filters, sort() orders in SQL as an independent ORDER BY does,
// jumps to the last and the middle rows show the right rows once their page arrives, and no
// read transaction is left open after fetching.
#include "demo/demogenerator.h"
#include "domain/period.h"
#include "models/databrowsermodel.h"
#include "shell/languagemanager.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestDataBrowserModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_programme = 0;

    QList<qint64> referenceIds(const QString &where, const QString &order)
    {
        QList<qint64> out;
        SqliteStatement q(m_db->handle(),
                          QString(QStringLiteral("SELECT dv.id FROM data_value dv LEFT JOIN report r ON r.site_id = dv.site_id"
                                                 " AND r.period = dv.period WHERE dv.deleted = 0")
                                  + where + QStringLiteral(" ORDER BY ") + order));
        while (q.next())
            out.append(q.int64(0));
        return out;
    }

    // Until the model has its count and its anchors (any row can then be read).
    static bool waitForCount(DataBrowserModel &model)
    {
        return QTest::qWaitFor([&] { return model.totalCount() >= 0 && model.isPositioned(); }, 30000);
    }

    // The row's id, asking for its page and waiting for it as a view would.
    static qint64 idAt(DataBrowserModel &model, int row)
    {
        const QModelIndex index = model.index(row, 0);
        if (model.rowAt(row))
            return index.data(DataBrowserModel::IdRole).toLongLong();
        QSignalSpy spy(&model, &DataBrowserModel::pageLoaded);
        if (index.data().toString() != QStringLiteral("…"))
            return -1;
        if (!QTest::qWaitFor([&] { return model.rowAt(row) != nullptr; }, 30000))
            return -1;
        return index.data(DataBrowserModel::IdRole).toLongLong();
    }

private slots:
    void initTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto generated = DemoGenerator::generateFile(m_path, {20, 12, 11});
        QVERIFY2(generated, qPrintable(generated.error()));
        auto opened = Database::open(m_path, Database::Mode::OpenExisting);
        QVERIFY(opened);
        m_db = std::move(opened).value();
        SqliteStatement q(m_db->handle(), "SELECT min(id) FROM programme");
        QVERIFY(q.next());
        m_programme = q.int64(0);
        QVERIFY(m_db->connection().exec(QStringLiteral("UPDATE report SET status = 'approved' WHERE id % 3 = 0")).lastError().type()
                == QSqlError::NoError);
    }

    void passesTheTester()
    {
        DataBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DataSelection s;
        s.programmeId = m_programme;
        model.setSource(m_path, s);
        QVERIFY(waitForCount(model));
        QVERIFY(model.rowCount() > DataBrowserModel::PageSize * 3);
        QVERIFY(idAt(model, model.rowCount() - 1) > 0);
        model.sort(DataBrowserModel::PeriodColumn, Qt::DescendingOrder);
        QVERIFY(waitForCount(model));
        QVERIFY(idAt(model, model.rowCount() / 2) > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void countsFollowTheFilters_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<DataSelection>("selection");
        QTest::newRow("everything") << QString() << DataSelection();
        DataSelection site;
        site.siteIds = {3};
        QTest::newRow("site") << QStringLiteral(" AND dv.site_id = 3") << site;
        DataSelection indicator;
        indicator.indicatorIds = {2};
        QTest::newRow("indicator") << QStringLiteral(" AND dv.indicator_id = 2") << indicator;
        DataSelection status;
        status.statuses = {QStringLiteral("approved")};
        QTest::newRow("status") << QStringLiteral(" AND ifnull(r.status, 'draft') = 'approved'") << status;
        SqliteStatement q(m_db->handle(), "SELECT min(period) FROM data_value WHERE length(period) = 6");
        QVERIFY(q.next());
        DataSelection month;
        month.from = month.to = q.text(0);
        // Every period that starts in that month: the month, and its quarter or year if they start with it.
        const Period p = Period::parse(q.text(0));
        QStringList ids{QStringLiteral("'%1'").arg(p.id())};
        for (const Period::Type t : {Period::Type::Quarterly, Period::Type::Yearly})
            if (p.rolledUpTo(t).startDate() == p.startDate())
                ids.append(QStringLiteral("'%1'").arg(p.rolledUpTo(t).id()));
        QTest::newRow("one month") << QStringLiteral(" AND dv.period IN (%1)").arg(ids.join(u',')) << month;
        DataSelection none;
        none.siteIds = {999999};
        QTest::newRow("nothing") << QStringLiteral(" AND 0") << none;
    }

    void countsFollowTheFilters()
    {
        QFETCH(QString, where);
        QFETCH(DataSelection, selection);
        selection.programmeId = m_programme;
        DataBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_path, selection);
        QVERIFY(waitForCount(model));
        const QList<qint64> expected = referenceIds(where, QStringLiteral("dv.id"));
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QCOMPARE(model.rowCount(), int(expected.size()));
    }

    void sortsInSqlAndJumps_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("reference");
        QTest::newRow("site") << int(DataBrowserModel::SiteColumn) << int(Qt::AscendingOrder)
                              << QStringLiteral("dv.site_id, dv.indicator_id, dv.period, ifnull(dv.option_id, 0), dv.id");
        QTest::newRow("period descending") << int(DataBrowserModel::PeriodColumn) << int(Qt::DescendingOrder)
                                           << QStringLiteral("dv.period DESC, dv.id DESC");
        QTest::newRow("indicator") << int(DataBrowserModel::IndicatorColumn) << int(Qt::AscendingOrder)
                                   << QStringLiteral("dv.indicator_id, dv.id");
        QTest::newRow("status") << int(DataBrowserModel::StatusColumn) << int(Qt::AscendingOrder)
                                << QStringLiteral("CASE ifnull(r.status, 'draft') WHEN 'draft' THEN 0 WHEN 'returned' THEN 1"
                                                  " WHEN 'submitted' THEN 2 ELSE 3 END, dv.id");
        QTest::newRow("last changed descending") << int(DataBrowserModel::UpdatedColumn) << int(Qt::DescendingOrder)
                                                 << QStringLiteral("dv.updated_at DESC, dv.id DESC");
    }

    void sortsInSqlAndJumps()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, reference);
        const QList<qint64> expected = referenceIds(QString(), reference);
        DataBrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, static_cast<Qt::SortOrder>(order));
        DataSelection s;
        s.programmeId = m_programme;
        model.setSource(m_path, s);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), int(expected.size()));
        const int n = model.rowCount();
        for (int row : {n - 1, n / 2, 0, 1, DataBrowserModel::PageSize, n / 2 + 1, n - 2})
            QCOMPARE(idAt(model, row), expected.at(row));
        // Display text for a loaded row: site code and name, the period's name, the status.
        const QString site = model.index(0, DataBrowserModel::SiteColumn).data().toString();
        QVERIFY2(!site.isEmpty() && site != QStringLiteral("…"), qPrintable(site));
        QVERIFY(!model.index(0, DataBrowserModel::StatusColumn).data().toString().isEmpty());
    }

    void noReadTransactionStaysOpen()
    {
        DataBrowserModel model;
        DataSelection s;
        s.programmeId = m_programme;
        model.setSource(m_path, s);
        QVERIFY(waitForCount(model));
        QVERIFY(idAt(model, model.rowCount() - 1) > 0);
        QVERIFY(idAt(model, model.rowCount() / 3) > 0);
        QTRY_VERIFY(!model.isLoading());
        // Idle: another connection writes and checkpoints the whole WAL (a reader's snapshot
        // would hold it back), while the model keeps its pages.
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "UPDATE data_value SET comment = 'seen' WHERE id = 7", nullptr, nullptr, nullptr), SQLITE_OK);
        int log = -1, done = -1;
        QCOMPARE(sqlite3_wal_checkpoint_v2(other, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done), SQLITE_OK);
        QCOMPARE(log, 0);
        sqlite3_close(other);
        QVERIFY(model.rowAt(model.rowCount() - 1));
    }

    void headersRetranslate()
    {
        DataBrowserModel model;
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QCOMPARE(model.headerData(DataBrowserModel::SiteColumn, Qt::Horizontal).toString(), QStringLiteral("Site"));
        model.retranslate();
        QCOMPARE(headers.size(), 1);
    }
};

QTEST_MAIN(TestDataBrowserModel)
#include "tst_databrowsermodel.moc"
