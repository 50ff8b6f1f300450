#include "commandline.h"

#include "demo/demogenerator.h"
#include "storage/healthcheck.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QStringList Verbs = {QStringLiteral("generate"), QStringLiteral("check")};

// Parses the verb's options; on error prints the message and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

bool toInt(const QString &text, int *value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok)
        *value = v;
    return ok;
}
} // namespace

bool CommandLine::isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (Verbs.contains(first) || first == QLatin1StringView("help") || first.startsWith(u'-'))
        return true;
    // Anything that is not a file to open is a verb, maybe a mistyped one, and must not start
    // the window: "scaleready chek x.db" answers with "unknown verb".
    return !QFileInfo::exists(first) && !first.contains(u'/') && !first.endsWith(QLatin1StringView(".db"));
}

QString CommandLine::generalHelp()
{
    return tr("Usage: %1 [FILE.db]\n"
              "       %1 VERB [OPTIONS]\n"
              "\n"
              "Without a verb, opens the window (on FILE.db if given).\n"
              "\n"
              "Verbs:\n"
              "  generate --out FILE.db [--sites N] [--months M] [--seed S]\n"
              "           Write the demonstration programme to a new database file.\n"
              "  check FILE.db\n"
              "           Check a database's integrity and schema without changing it.\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help, or a verb's help after the verb.\n"
              "  -v, --version   Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 file error, 3 check found problems,\n"
              "4 operation failed.\n")
        .arg(QCoreApplication::applicationName());
}

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v")) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (first == QLatin1StringView("--help") || first == QLatin1StringView("-h") || first == QLatin1StringView("help")) {
        out() << generalHelp();
        return Success;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the verb; parsers see "scaleready --options…"
    if (first == QLatin1StringView("generate"))
        return generate(rest);
    if (first == QLatin1StringView("check"))
        return check(rest);
    err() << tr("Unknown verb \"%1\".").arg(first) << Qt::endl << generalHelp();
    return UsageError;
}

int CommandLine::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the demonstration programme to a new database file."));
    const DemoGenerator::Options defaults;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The new database file (must not exist)."), tr("FILE"));
    const QCommandLineOption sitesOption(QStringLiteral("sites"), tr("Number of sites (default %1).").arg(defaults.sites), tr("N"));
    const QCommandLineOption monthsOption(QStringLiteral("months"), tr("Number of months (default %1).").arg(defaults.months), tr("M"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default %1).").arg(defaults.seed), tr("S"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({outOption, sitesOption, monthsOption, seedOption, helpOption});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out() << parser.helpText().replace(QCoreApplication::applicationName(), QCoreApplication::applicationName() + QStringLiteral(" generate"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("generate: unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << Qt::endl;
        return UsageError;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        err() << tr("generate: --out FILE.db is required.") << Qt::endl;
        return UsageError;
    }
    DemoGenerator::Options options;
    if (parser.isSet(sitesOption) && !toInt(parser.value(sitesOption), &options.sites)) {
        err() << tr("generate: --sites needs a whole number, not \"%1\".").arg(parser.value(sitesOption)) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(monthsOption) && !toInt(parser.value(monthsOption), &options.months)) {
        err() << tr("generate: --months needs a whole number, not \"%1\".").arg(parser.value(monthsOption)) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toUInt(&ok);
        if (!ok) {
            err() << tr("generate: --seed needs a whole number from 0 to 4294967295, not \"%1\".").arg(parser.value(seedOption))
                  << Qt::endl;
            return UsageError;
        }
    }
    if (auto valid = DemoGenerator::validate(options); !valid) {
        err() << tr("generate: %1").arg(valid.error()) << Qt::endl;
        return UsageError;
    }
    QElapsedTimer timer;
    timer.start();
    auto result = DemoGenerator::generateFile(parser.value(outOption), options);
    if (!result) {
        err() << tr("generate: %1").arg(result.error()) << Qt::endl;
        return result.errorKind() == ErrorKind::File ? FileError : OperationFailed;
    }
    const QLocale locale;
    out() << tr("Wrote %1: %2 sites, %3 indicators, %4 months, %5 data values in %6 s.")
                 .arg(parser.value(outOption))
                 .arg(result->sites)
                 .arg(result->indicators)
                 .arg(result->months)
                 .arg(locale.toString(result->values))
                 .arg(locale.toString(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    return Success;
}

int CommandLine::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a database's integrity and schema without changing it."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    parser.addPositionalArgument(tr("FILE.db"), tr("The database file to check."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("check: give exactly one database file.") << Qt::endl;
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    auto report = HealthCheck::run(path);
    if (!report) {
        err() << tr("check: %1").arg(report.error()) << Qt::endl;
        // A damaged ScaleReady file is a problem found; anything else is a file error.
        return report.errorKind() == ErrorKind::Damaged ? CheckFailed : FileError;
    }
    for (const QString &fact : report->facts)
        out() << fact << Qt::endl;
    if (report->healthy()) {
        out() << tr("%1 is healthy.").arg(path) << Qt::endl;
        return Success;
    }
    for (const QString &problem : report->problems)
        err() << tr("Problem: %1").arg(problem) << Qt::endl;
    err() << tr("%1 has %n problem(s).", nullptr, int(report->problems.size())).arg(path) << Qt::endl;
    return CheckFailed;
}
