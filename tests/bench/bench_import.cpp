// Times an import of a canonical CSV file as the wizard and `scaleready import` do it:
// DataImport::check, then DataImport::apply, as the programme's manager.
//   bench_import FILE.db FILE.csv
// Prints the check's and the apply's milliseconds and the values inserted.
#include "io/dataimport.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "storage/programmerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_import FILE.db FILE.csv\n");
        return 1;
    }
    auto opened = Database::open(args[1], Database::Mode::OpenExisting, Database::Check::Skip);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    Database &db = *opened.value();
    auto manager = UserService(db, Actor::system()).signIn(QStringLiteral("manager"), QStringLiteral("demo"));
    if (!manager) {
        std::fprintf(stderr, "%s\n", qPrintable(manager.error()));
        return 2;
    }
    DataImport::Options options;
    options.path = args[2];
    options.programmeId = ProgrammeRepository(db).all().first().meta.id;
    DataImport import(db, manager.value(), options);
    QElapsedTimer timer;
    timer.start();
    auto checked = import.check();
    const qint64 checkMs = timer.restart();
    if (!checked) {
        std::fprintf(stderr, "%s\n", qPrintable(checked.error()));
        return 3;
    }
    auto applied = import.apply();
    const qint64 applyMs = timer.elapsed();
    if (!applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error()));
        return 3;
    }
    std::printf("%lld %lld %lld %lld\n", checkMs, applyMs, applied->inserted, checked->rejectedValues);
    return 0;
}
