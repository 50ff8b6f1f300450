// Benchmark of the data browser's reads (DataValueBrowser), as the Data page's model makes them:
// the first screen (first page), the count with its anchors (positions), jumps to 25, 50, 75
// and 100 % of the rows, and a sort change (first page and positions in the new order).
// Prints one line per measurement, "name milliseconds", for bench_browser.sh.
//
//   bench_browser FILE.db
#include "storage/database.h"
#include "storage/datavaluebrowser.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_browser FILE.db\n");
        return 2;
    }
    constexpr int PageSize = 200; // DataBrowserModel::PageSize
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(args.at(1), Database::Mode::ReadOnly, Database::Check::Skip);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = *opened.value();
    out() << "open " << ms(t) << Qt::endl;
    qint64 programme = 0;
    {
        SqliteStatement q(db.handle(), "SELECT min(id) FROM programme");
        if (q.next())
            programme = q.int64(0);
    }
    DataSelection selection;
    selection.programmeId = programme;

    auto run = [&](const QString &label, DataValueBrowser::Sort sort) -> bool {
        DataValueBrowser browser(db, selection, sort);
        t.restart();
        auto first = browser.first(PageSize);
        if (!first) {
            std::fprintf(stderr, "%s\n", qPrintable(first.error()));
            return false;
        }
        out() << label << "_first_page " << ms(t) << Qt::endl;
        t.restart();
        auto positions = browser.positions();
        if (!positions) {
            std::fprintf(stderr, "%s\n", qPrintable(positions.error()));
            return false;
        }
        out() << label << "_positions " << ms(t) << Qt::endl;
        out() << label << "_rows " << positions->count << Qt::endl;
        for (const int percent : {25, 50, 75, 100}) {
            const qint64 row = std::max<qint64>(0, positions->count * percent / 100 - (percent == 100 ? PageSize : 0));
            t.restart();
            auto page = browser.at(positions.value(), row, PageSize);
            if (!page || page->isEmpty()) {
                std::fprintf(stderr, "jump to %d %% failed\n", percent);
                return false;
            }
            out() << label << "_jump" << percent << ' ' << ms(t) << Qt::endl;
        }
        // The next page from a cursor (scrolling on).
        t.restart();
        auto next = browser.after(first->last().key, PageSize);
        out() << label << "_next_page " << ms(t) << Qt::endl;
        return bool(next);
    };
    t.restart();
    auto counted = DataValueBrowser(db, selection).count();
    out() << "count " << ms(t) << Qt::endl;
    if (!counted)
        return 1;
    if (!run(QStringLiteral("site"), {DataValueBrowser::SortColumn::Site, false}))
        return 1;
    if (!run(QStringLiteral("period_desc"), {DataValueBrowser::SortColumn::Period, true}))
        return 1;
    if (!run(QStringLiteral("value"), {DataValueBrowser::SortColumn::Value, false}))
        return 1;
    return 0;
}
