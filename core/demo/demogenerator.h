#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Database;

// Builds the demonstration programme: an integrated early childhood development model in
// pilot and comparison counties of western provinces, with a real effect in pilot sites after
// their start, equity gaps that narrow faster there, missing and late reports and outliers.
// Deterministic: the same options give the same database content (password hashes aside,
// whose salts are random by design, and with them the audit's digest of them and the chain's
// hashes).
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int sites = 20;
        int months = 36;
        quint32 seed = 2024;
    };

    struct Summary
    {
        int sites = 0;
        int indicators = 0;
        int months = 0;
        qint64 values = 0;
    };

    static constexpr int MaxSites = 20000;
    static constexpr int MaxMonths = 240;
    static constexpr const char *DemoPassword = "demo";

    // Called with 0–100; return false to cancel.
    using Progress = std::function<bool(int percent)>;

    static Result<void> validate(const Options &options);
    // Fills a newly created, empty database in one transaction.
    static Result<Summary> generate(Database &database, const Options &options, const Progress &progress = {});
    // Writes a new file: refuses to replace an existing one, and builds it under a temporary
    // name that is renamed only when complete, so a failure or cancel leaves nothing behind.
    static Result<Summary> generateFile(const QString &path, const Options &options, const Progress &progress = {});
};
