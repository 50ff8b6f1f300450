// Times a full dashboard refresh (everything the Dashboard page shows for one indicator:
// series, DiD overall and by group, equity, ranking, completeness grid, data quality) on a
// database, as the page does it: its own read-only connection, AnalyticsService::compute.
//   bench_dashboard FILE.db INDICATOR [REPEATS]
// Prints the median and the fastest refresh in milliseconds and the data values read.
#include "analytics/analyticsservice.h"
#include "storage/database.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_dashboard FILE.db INDICATOR [REPEATS]\n");
        return 1;
    }
    const int repeats = args.size() > 3 ? args[3].toInt() : 5;
    auto opened = Database::open(args[1], Database::Mode::ReadOnly, Database::Check::Skip);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    Database &db = *opened.value();
    Analytics::Filter filter;
    filter.programmeId = ProgrammeRepository(db).all().first().meta.id;
    const auto indicator = IndicatorRepository(db).findByCode(filter.programmeId, args[2]);
    if (!indicator) {
        std::fprintf(stderr, "no indicator %s\n", qPrintable(args[2]));
        return 1;
    }
    filter.indicatorId = indicator->meta.id;
    QList<double> times;
    int reports = 0;
    for (int i = 0; i < repeats + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = AnalyticsService(db).compute(filter);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error()));
            return 3;
        }
        reports = 0;
        for (const auto &p : result->series)
            reports += p.all.reports;
        if (i > 0) // the first run warms the page cache, as the page's first refresh does
            times.append(ms);
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << QStringLiteral("%1 %2 %3\n").arg(times[times.size() / 2], 0, 'f', 1).arg(times.first(), 0, 'f', 1).arg(reports);
    return 0;
}
