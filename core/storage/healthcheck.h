#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

// `scaleready check`: reads a database without writing to it and reports whether it is a
// healthy ScaleReady file — SQLite integrity, foreign keys, the schema of its version, and
// that every stored period id and vocabulary key is valid.
class HealthCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    struct Report
    {
        QStringList facts;     // what was found, for the reader
        QStringList problems;  // empty when healthy
        bool healthy() const { return problems.isEmpty(); }
    };

    // Fails when the file cannot be read as a ScaleReady database at all.
    static Result<Report> run(const QString &path);
};
