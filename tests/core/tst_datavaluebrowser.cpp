// DataValueBrowser on a generated programme: counts and orders agree with SQL written
// independently here, keyset pages walk the whole order forwards and backwards, jumps through
// the anchors land on the right rows, and no statement or read transaction is left open.
#include "demo/demogenerator.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/datavaluebrowser.h"
#include "storage/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using SortColumn = DataValueBrowser::SortColumn;

namespace {

// The reference order of each sort column, as a person would write it.
QString referenceOrder(SortColumn column, bool descending)
{
    const QString d = descending ? QStringLiteral(" DESC") : QString();
    switch (column) {
    case SortColumn::Site:
        return QString(QStringLiteral("dv.site_id") + d + QStringLiteral(", dv.indicator_id") + d + QStringLiteral(", dv.period") + d
                       + QStringLiteral(", ifnull(dv.option_id, 0)") + d + QStringLiteral(", dv.id") + d);
    case SortColumn::Indicator: return QString(QStringLiteral("dv.indicator_id") + d + QStringLiteral(", dv.id") + d);
    case SortColumn::Period: return QString(QStringLiteral("dv.period") + d + QStringLiteral(", dv.id") + d);
    case SortColumn::Option: return QString(QStringLiteral("ifnull(dv.option_id, 0)") + d + QStringLiteral(", dv.id") + d);
    case SortColumn::Value:
        return QString(QStringLiteral("CASE WHEN dv.value IS NOT NULL THEN dv.value WHEN dv.denominator <> 0 THEN dv.numerator / dv.denominator"
                                      " ELSE -1e308 END")
                       + d + QStringLiteral(", dv.id") + d);
    case SortColumn::Status:
        return QString(QStringLiteral("CASE coalesce(r.status, 'draft') WHEN 'draft' THEN 0 WHEN 'returned' THEN 1"
                                      " WHEN 'submitted' THEN 2 ELSE 3 END")
                       + d + QStringLiteral(", dv.id") + d);
    case SortColumn::UpdatedAt: return QString(QStringLiteral("dv.updated_at") + d + QStringLiteral(", dv.id") + d);
    }
    return {};
}

QList<qint64> ids(const QList<DataValueBrowser::Row> &rows)
{
    QList<qint64> out;
    for (const auto &r : rows)
        out.append(r.id);
    return out;
}

} // namespace

class TestDataValueBrowser final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_programme = 0;

    // The ids in the order, with the period range applied here by Period's own start dates.
    QList<qint64> referenceIds(const QString &where, const QString &order, const QString &from = {}, const QString &to = {})
    {
        QList<qint64> out;
        SqliteStatement q(m_db->handle(),
                          QString(QStringLiteral("SELECT dv.id, dv.period FROM data_value dv LEFT JOIN report r ON r.site_id = dv.site_id"
                                                 " AND r.period = dv.period AND r.deleted = 0 WHERE dv.deleted = 0")
                                  + where + QStringLiteral(" ORDER BY ") + order));
        const Period start = Period::parse(from), end = Period::parse(to);
        while (q.next()) {
            const QDate begins = Period::parse(q.text(1)).startDate();
            if ((start.isValid() && begins < start.startDate()) || (end.isValid() && begins > end.endDate()))
                continue;
            out.append(q.int64(0));
        }
        return out;
    }

    qint64 scalar(const QString &sql)
    {
        SqliteStatement q(m_db->handle(), sql);
        return q.next() ? q.int64(0) : -1;
    }

    bool nothingOpen()
    {
        sqlite3 *db = m_db->handle();
        for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
            if (sqlite3_stmt_busy(s))
                return false;
        return sqlite3_get_autocommit(db) != 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.db"));
        auto generated = DemoGenerator::generateFile(path, {60, 12, 5});
        QVERIFY2(generated, qPrintable(generated.error()));
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(opened, qPrintable(opened.error()));
        m_db = std::move(opened).value();
        m_programme = scalar(QStringLiteral("SELECT min(id) FROM programme"));
        QVERIFY(m_programme > 0);
        // Some variety in the statuses and a tombstone, which is never shown.
        QVERIFY(m_db->connection().exec(QStringLiteral("UPDATE report SET status = 'returned' WHERE id % 7 = 0")).lastError().type()
                == QSqlError::NoError);
        QVERIFY(m_db->connection().exec(QStringLiteral("UPDATE data_value SET deleted = 1 WHERE id % 101 = 0")).lastError().type()
                == QSqlError::NoError);
    }

    void countsMatchSql_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<DataSelection>("selection");
        DataSelection all;
        QTest::newRow("everything") << QString() << all;
        DataSelection site;
        site.siteIds = {2};
        QTest::newRow("one site") << QStringLiteral(" AND dv.site_id = 2") << site;
        DataSelection indicators;
        indicators.indicatorIds = {1, 3};
        QTest::newRow("two indicators") << QStringLiteral(" AND dv.indicator_id IN (1, 3)") << indicators;
        DataSelection status;
        status.statuses = {QStringLiteral("returned"), QStringLiteral("draft")};
        QTest::newRow("returned or draft") << QStringLiteral(" AND ifnull(r.status, 'draft') IN ('returned', 'draft')") << status;
        // The generated months depend on today: take them from the file.
        SqliteStatement first(m_db->handle(), "SELECT min(period) FROM data_value WHERE length(period) = 6");
        QVERIFY(first.next());
        const Period start = Period::parse(first.text(0));
        QVERIFY(start.isValid());
        DataSelection months;
        months.from = start.shifted(1).id();
        months.to = start.shifted(5).id();
        QTest::newRow("period range") << QString() << months;
        DataSelection open;
        open.from = start.shifted(6).rolledUpTo(Period::Type::Quarterly).id();
        QTest::newRow("from a quarter on") << QString() << open;
        DataSelection combined;
        combined.siteIds = {1, 3, 4};
        combined.indicatorIds = {2};
        combined.to = start.shifted(8).id();
        combined.statuses = {QStringLiteral("approved")};
        QTest::newRow("combined") << QStringLiteral(" AND dv.site_id IN (1, 3, 4) AND dv.indicator_id = 2"
                                                    " AND ifnull(r.status, 'draft') = 'approved'")
                                  << combined;
    }

    void countsMatchSql()
    {
        QFETCH(QString, where);
        QFETCH(DataSelection, selection);
        selection.programmeId = m_programme;
        const qint64 expected = referenceIds(where, QStringLiteral("dv.id"), selection.from, selection.to).size();
        QVERIFY(expected > 0);
        DataValueBrowser browser(*m_db, selection);
        const auto counted = browser.count();
        QVERIFY2(counted, qPrintable(counted.error()));
        QCOMPARE(counted.value(), expected);
        const auto positions = browser.positions(50);
        QVERIFY(positions);
        QCOMPARE(positions->count, expected);
        QCOMPARE(positions->anchors.size(), (expected + 49) / 50);
        QVERIFY(nothingOpen());
    }

    void pagesFollowTheOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("filtered");
        for (int c = int(SortColumn::Site); c <= int(SortColumn::UpdatedAt); ++c)
            for (bool descending : {false, true})
                for (bool filtered : {false, true})
                    QTest::addRow("column %d%s%s", c, descending ? " descending" : "", filtered ? " filtered" : "")
                        << c << descending << filtered;
    }

    void pagesFollowTheOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(bool, filtered);
        const auto sortColumn = static_cast<SortColumn>(column);
        DataSelection selection;
        selection.programmeId = m_programme;
        QString where;
        if (filtered) {
            selection.siteIds = {1}; // one site of sixty: read by the key, then sorted
            selection.statuses = {QStringLiteral("approved"), QStringLiteral("submitted")};
            where = QStringLiteral(" AND dv.site_id = 1 AND ifnull(r.status, 'draft') IN ('approved', 'submitted')");
        }
        const QList<qint64> expected = referenceIds(where, referenceOrder(sortColumn, descending));
        QVERIFY(expected.size() > 50);
        DataValueBrowser browser(*m_db, selection, {sortColumn, descending});

        // Forwards by keyset, a page at a time (an odd size, so that pages end anywhere).
        constexpr int PageRows = 397;
        QList<qint64> walked;
        auto page = browser.first(PageRows);
        QVERIFY2(page, qPrintable(page.error()));
        QList<DataValueBrowser::Row> last;
        while (page && !page->isEmpty()) {
            walked += ids(page.value());
            last = page.value();
            QVERIFY(nothingOpen());
            page = browser.after(last.last().key, PageRows);
        }
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(walked, expected);

        // Backwards from the end.
        QList<qint64> back;
        auto previous = browser.before(last.last().key, PageRows);
        back = ids(previous.value()) + QList<qint64>{last.last().id};
        while (previous && !previous->isEmpty()) {
            previous = browser.before(previous->first().key, PageRows);
            QVERIFY(previous);
            back = ids(previous.value()) + back;
        }
        QCOMPARE(back, expected);

        // Jumps: first, middle, last rows, and around an anchor.
        const auto positions = browser.positions(64);
        QVERIFY(positions);
        QCOMPARE(positions->count, qint64(expected.size()));
        for (qint64 row : {qint64(0), qint64(63), qint64(64), qint64(65), qint64(expected.size() / 2), qint64(expected.size() - 1)}) {
            const auto rows = browser.at(positions.value(), row, 10);
            QVERIFY2(rows, qPrintable(rows.error()));
            QCOMPARE(ids(rows.value()), expected.mid(row, 10));
        }
        QVERIFY(nothingOpen());
    }

    void nothingStaysOpenForOthers()
    {
        // After reading, another connection writes and checkpoints the whole WAL: no snapshot
        // of ours holds it back.
        DataSelection selection;
        selection.programmeId = m_programme;
        DataValueBrowser browser(*m_db, selection, {SortColumn::Period, false});
        QVERIFY(browser.first(50));
        QVERIFY(browser.positions());
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(m_db->path().toUtf8().constData(), &other), SQLITE_OK);
        char *error = nullptr;
        QCOMPARE(sqlite3_exec(other, "UPDATE data_value SET comment = 'checked' WHERE id = 5", nullptr, nullptr, &error), SQLITE_OK);
        int log = -1, done = -1;
        QCOMPARE(sqlite3_wal_checkpoint_v2(other, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done), SQLITE_OK);
        QCOMPARE(log, 0);
        sqlite3_close(other);
        const auto rows = browser.first(50);
        QVERIFY(rows);
        QVERIFY(nothingOpen());
    }

    void positionsStopWhenCancelled()
    {
        // Also in an order without an index, whose sort runs before the first row arrives.
        DataSelection selection;
        selection.programmeId = m_programme;
        for (const SortColumn c : {SortColumn::Status, SortColumn::Period}) {
            DataValueBrowser browser(*m_db, selection, {c, false});
            const auto stopped = browser.positions(512, [] { return true; });
            QVERIFY(!stopped);
            QVERIFY(stopped.error().isEmpty());
            QVERIFY(nothingOpen());
            QVERIFY(browser.positions(512, [] { return false; }));
        }
    }

    void usesTheSortIndexes()
    {
        // Each indexed order is a range scan of its index, never a sort of every value. (Option,
        // status and last change have no index of their own: they sort.)
        DataSelection selection;
        selection.programmeId = m_programme;
        for (const SortColumn c : {SortColumn::Site, SortColumn::Indicator, SortColumn::Period, SortColumn::Value}) {
            DataValueBrowser browser(*m_db, selection, {c, false});
            SqliteStatement plan(m_db->handle(), QString(QStringLiteral("EXPLAIN QUERY PLAN ") + browser.pageSql(true, false, false)));
            QVERIFY2(plan.ok(), qPrintable(plan.error()));
            QString text;
            while (plan.next())
                text += plan.text(3) + u'\n';
            QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("SEARCH dv USING INDEX")), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataValueBrowser)
#include "tst_datavaluebrowser.moc"
