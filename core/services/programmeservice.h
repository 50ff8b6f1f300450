#pragma once

#include "auth/actor.h"
#include "domain/categoryoption.h"
#include "domain/programme.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Programmes: validated, permission-checked, audited writes; each in one transaction.
class ProgrammeService final
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeService)

public:
    ProgrammeService(Database &database, Actor actor) : m_database(database), m_actor(std::move(actor)) {}

    struct Summary
    {
        int pilotSites = 0;
        int comparisonSites = 0;
        int indicators = 0;
    };

    QList<Programme> programmes() const;
    // Counts of sites by arm and of indicators: cheap enough to refresh after every edit. (Counting
    // data values reads millions of rows at national scale; that belongs to background analytics.)
    Summary summary(qint64 programmeId) const;
    std::optional<Programme> programme(qint64 id) const;

    Result<void> validate(const Programme &programme) const;
    // Both months of a window or neither, months only, in order, baseline before endline.
    static Result<void> validateWindows(const Programme &programme);
    // Creates the programme; with standardOptions also the sex × ethnicity disaggregation
    // (standardOptions()) that indicators can use.
    Result<Programme> create(Programme programme, bool standardOptions = true);
    Result<Programme> update(const Programme &programme);
    Result<Programme> remove(const Programme &programme);

    // Girls/boys × Han/ethnic minority, each tagged sex=… and ethnicity=….
    static QList<CategoryOption> standardOptions();

private:
    Database &m_database;
    Actor m_actor;
};
