#include "commandline.h"

#include "analytics/analyticsjson.h"
#include "analytics/analyticsservice.h"
#include "demo/demogenerator.h"
#include "io/dataimport.h"
#include "io/tablereader.h"
#include "io/dataexport.h"
#include "io/metadataimport.h"
#include "report/evidencebrief.h"
#include "services/dataentryservice.h"
#include "services/permissions.h"
#include "services/readinessservice.h"
#include "services/reportservice.h"
#include "services/userservice.h"
#include "sync/syncservice.h"
#include "storage/database.h"
#include "storage/healthcheck.h"
#include "storage/indicatorrepository.h"
#include "storage/programmerepository.h"
#include "storage/siterepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

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

const QStringList Verbs = {QStringLiteral("generate"), QStringLiteral("stats"), QStringLiteral("check"),   QStringLiteral("init"),
                           QStringLiteral("user-add"), QStringLiteral("submit"),  QStringLiteral("approve"),
                           QStringLiteral("return"),   QStringLiteral("reopen"),  QStringLiteral("import"),
                           QStringLiteral("export"),   QStringLiteral("import-metadata"), QStringLiteral("report"),
                           QStringLiteral("sync")};

// A password from the environment variable, else asked on the terminal without echo, else
// read as one line from standard input (for scripts that pipe it).
QString readPassword(const char *variable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    QString password = read ? QString::fromLocal8Bit(buffer) : QString();
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

// The options every write verb shares.
struct WriteOptions
{
    QCommandLineOption db{QStringLiteral("db"), CommandLine::tr("The database file."), CommandLine::tr("FILE")};
    QCommandLineOption user{QStringLiteral("user"),
                            CommandLine::tr("Sign in as this user; the password comes from SCALEREADY_PASSWORD or a prompt."),
                            CommandLine::tr("NAME")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")};
};

// The programme named by its code, or the only one when none is named; 0 when there is none
// or the choice is ambiguous.
qint64 programmeOf(Database &database, const QString &code)
{
    if (!code.isEmpty()) {
        const auto named = ProgrammeRepository(database).findByCode(code);
        return named ? named->meta.id : 0;
    }
    const auto programmes = ProgrammeRepository(database).all();
    return programmes.size() == 1 ? programmes.first().meta.id : 0;
}

// Opens the database and signs the user in; prints why not and sets the exit code otherwise.
std::unique_ptr<Database> openSignedIn(const QString &verb, const QString &path, const QString &username, Actor *actor,
                                       int *exitCode)
{
    if (path.isEmpty() || username.isEmpty()) {
        err() << CommandLine::tr("%1: --db FILE.db and --user NAME are required.").arg(verb) << Qt::endl;
        *exitCode = CommandLine::UsageError;
        return nullptr;
    }
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened) {
        err() << CommandLine::tr("%1: %2").arg(verb, opened.error()) << Qt::endl;
        *exitCode = CommandLine::FileError;
        return nullptr;
    }
    const QString password = readPassword("SCALEREADY_PASSWORD", CommandLine::tr("Password for %1: ").arg(username));
    auto signedIn = UserService(*opened.value(), Actor::system()).signIn(username, password);
    if (!signedIn) {
        err() << CommandLine::tr("%1: %2").arg(verb, signedIn.error()) << Qt::endl;
        *exitCode = CommandLine::NotPermitted;
        return nullptr;
    }
    *actor = signedIn.value();
    return std::move(opened).value();
}

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

bool CommandLine::needsGui(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1StringView("report");
}

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
    QString help = tr("Usage: %1 [FILE.db]\n"
              "       %1 VERB [OPTIONS]\n"
              "\n"
              "Without a verb, opens the window (on FILE.db if given).\n"
              "\n"
              "Verbs:\n"
              "  generate --out FILE.db [--sites N] [--months M] [--seed S]\n"
              "           Write the demonstration programme to a new database file.\n"
              "  check FILE.db\n"
              "           Check a database's integrity, schema and audit chain without changing it.\n"
              "  init --db FILE.db --user NAME [--full-name TEXT]\n"
              "           Create a new, empty database with NAME as its administrator.\n"
              "  user-add --db FILE.db --user ADMIN --name NEW --role ROLE [--full-name TEXT]\n"
              "           [--sites CODE,CODE…] [--programme CODE]\n"
              "           Add a user account (role: admin, manager, officer or viewer); its password\n"
              "           comes from SCALEREADY_NEW_PASSWORD or a prompt.\n"
              "  submit|approve|return|reopen --db FILE.db --user NAME --site CODE --period ID\n"
              "           [--reason TEXT] [--programme CODE]\n"
              "           Move a site's report for a period through the review workflow; return and\n"
              "           reopen need a reason.\n"
              "  stats --db FILE.db --indicator CODE [--programme CODE] [--from PERIOD]\n"
              "           [--to PERIOD] [--by month|quarter|year] [--include-submitted] [--json]\n"
              "           Print the dashboard's statistics for an indicator: values per arm and\n"
              "           period with intervals, difference-in-differences, equity gaps, progress\n"
              "           and data quality (fields of --json in docs/analytics.md).\n"
              "  import --db FILE.db --user NAME FILE.csv [--programme CODE] [--mapping NAME]\n"
              "           [--encoding NAME] [--delimiter NAME] [--rejected OUT.csv] [--dry-run]\n"
              "           [--all-or-nothing]\n"
              "           Check a CSV file of data values and import its valid rows (the canonical\n"
              "           layout, or columns recognised from the header); exit 3 when rows were rejected.\n"
              "\n"
              "Write verbs sign in as --user NAME with the password from the SCALEREADY_PASSWORD\n"
              "environment variable, or asked for on the terminal.\n"
              "\n"
              "Options:\n"
              "  -h, --help      Show this help, or a verb's help after the verb.\n"
              "  -v, --version   Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 file error, 3 check found problems,\n"
              "4 operation failed, 5 sign-in failed or not permitted.\n")
        .arg(QCoreApplication::applicationName());
    // The export verb's entry is a string of its own, so that the text above keeps its
    // translation; it goes after the last verb (stats), or at the end.
    const QString exportHelp = tr("  export --db FILE.db --format csv|xlsx|dhis2-json|dhis2-csv|adx --out FILE\n"
                                  "           [--no-bom] [--programme CODE] [--site CODE]… [--indicator CODE]…\n"
                                  "           [--from PERIOD] [--to PERIOD] [--status STATUS]… [--sheets long|per-indicator]\n"
                                  "           Write data values to a file (layouts in docs/import-export.md). It only\n"
                                  "           reads the database, so it needs no --user.\n");
    const qsizetype stats = help.indexOf(QLatin1StringView("  stats --db"));
    const qsizetype end = stats < 0 ? -1 : help.indexOf(QLatin1StringView("\n\n"), stats);
    // So is the metadata import's paragraph, at the end.
    const QString metadataHelp = tr("\nImporting sites and indicators:\n"
              "  import-metadata --db FILE.db --user NAME --kind sites|indicators|dhis2 FILE\n"
              "           [--programme CODE] [--sheet NAME] [--arm pilot|comparison] [--dry-run]\n"
              "           Import sites or indicators from a CSV or XLSX file, or both (with category\n"
              "           options) from a DHIS2 metadata JSON file; all or nothing: exit 3 and nothing\n"
              "           written when a row is rejected.\n");
    // And the evidence brief's, after export.
    const QString reportHelp = tr("  report --db FILE.db --lang zh|en --out FILE.pdf [--programme CODE] [--assessment ID]\n"
                                  "           Write the scale-up readiness evidence brief as a PDF in Chinese or English:\n"
                                  "           the newest signed assessment, else the newest draft, else a preliminary\n"
                                  "           evaluation. It only reads the database, so it needs no --user.\n");
    // And synchronisation's paragraph, last.
    const QString syncHelp = tr("\nSynchronising field laptops with the manager's database:\n"
              "  sync export --db FILE.db --user NAME [--to OFFICER] [--programme CODE] [--starter] --out FILE\n"
              "           Write a sync package: from a field database to its manager; from the manager's\n"
              "           database to an officer's laptop (a starter package that sets the laptop up when\n"
              "           it has none yet, or with --starter).\n"
              "  sync import --db FILE.db --user NAME FILE\n"
              "           Apply a sync package in one transaction after a backup and print the summary;\n"
              "           exit 3 when rows were rejected. With a starter package and a --db that does not\n"
              "           exist yet, creates the officer's field database (no --user).\n");
    if (end < 0)
        return help + u'\n' + exportHelp + reportHelp + metadataHelp + syncHelp;
    return help.insert(end + 1, exportHelp + reportHelp) + metadataHelp + syncHelp;
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
    if (first == QLatin1StringView("init"))
        return init(rest);
    if (first == QLatin1StringView("user-add"))
        return addUser(rest);
    if (first == QLatin1StringView("submit") || first == QLatin1StringView("approve") ||
        first == QLatin1StringView("return") || first == QLatin1StringView("reopen"))
        return workflow(first, rest);
    if (first == QLatin1StringView("stats"))
        return stats(rest);
    if (first == QLatin1StringView("import"))
        return importData(rest);
    if (first == QLatin1StringView("export"))
        return exportData(rest);
    if (first == QLatin1StringView("import-metadata"))
        return importMetadata(rest);
    if (first == QLatin1StringView("report"))
        return brief(rest);
    if (first == QLatin1StringView("sync"))
        return sync(rest);
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

int CommandLine::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new, empty database with its administrator."));
    const WriteOptions common;
    const QCommandLineOption fullName(QStringLiteral("full-name"), tr("The administrator's full name."), tr("TEXT"));
    parser.addOptions({common.db, common.user, fullName, common.help});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(common.help)) {
        out() << parser.helpText();
        return Success;
    }
    const QString path = parser.value(common.db);
    if (path.isEmpty() || parser.value(common.user).isEmpty()) {
        err() << tr("init: --db FILE.db and --user NAME are required.") << Qt::endl;
        return UsageError;
    }
    if (QFileInfo::exists(path)) {
        err() << tr("init: %1 already exists; init only creates new databases.").arg(path) << Qt::endl;
        return FileError;
    }
    const QString password = readPassword("SCALEREADY_PASSWORD", tr("Password for the administrator %1: ").arg(parser.value(common.user)));
    // Check the password before a file is made, so that a refusal leaves nothing behind.
    if (auto good = UserService::checkPasswordRules(parser.value(common.user), password); !good) {
        err() << tr("init: %1").arg(good.error()) << Qt::endl;
        return OperationFailed;
    }
    QString error;
    {
        auto opened = Database::open(path, Database::Mode::OpenOrCreate);
        if (!opened) {
            err() << tr("init: %1").arg(opened.error()) << Qt::endl;
            return FileError;
        }
        auto admin = UserService(*opened.value(), Actor::system())
                         .createFirstAdmin(parser.value(common.user), parser.value(fullName), password);
        if (!admin)
            error = admin.error();
    }
    if (!error.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
        err() << tr("init: %1").arg(error) << Qt::endl;
        return OperationFailed;
    }
    out() << tr("Created %1 with the administrator %2.").arg(path, parser.value(common.user)) << Qt::endl;
    return Success;
}

int CommandLine::addUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a user account."));
    const WriteOptions common;
    const QCommandLineOption name(QStringLiteral("name"), tr("The new user's name."), tr("NEW"));
    const QCommandLineOption role(QStringLiteral("role"), tr("admin, manager, officer or viewer."), tr("ROLE"));
    const QCommandLineOption fullName(QStringLiteral("full-name"), tr("The new user's full name."), tr("TEXT"));
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Codes of the sites a field officer enters data for."), tr("CODES"));
    const QCommandLineOption programme(QStringLiteral("programme"), tr("The programme of the sites (when there are several)."),
                                       tr("CODE"));
    parser.addOptions({common.db, common.user, name, role, fullName, sites, programme, common.help});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(common.help)) {
        out() << parser.helpText();
        return Success;
    }
    User user;
    user.username = parser.value(name).trimmed();
    user.fullName = parser.value(fullName).trimmed();
    if (user.username.isEmpty() || !Vocabulary::fromKey(parser.value(role), &user.role)) {
        err() << tr("user-add: --name NEW and --role admin|manager|officer|viewer are required.") << Qt::endl;
        return UsageError;
    }
    Actor actor;
    int code = Success;
    auto database = openSignedIn(QStringLiteral("user-add"), parser.value(common.db), parser.value(common.user), &actor, &code);
    if (!database)
        return code;
    if (parser.isSet(sites)) {
        const qint64 programmeId = programmeOf(*database, parser.value(programme));
        if (programmeId == 0) {
            err() << tr("user-add: name the programme of the sites with --programme CODE.") << Qt::endl;
            return UsageError;
        }
        for (const QString &siteCode : parser.value(sites).split(u',', Qt::SkipEmptyParts)) {
            const auto site = SiteRepository(*database).findByCode(programmeId, siteCode.trimmed());
            if (!site) {
                err() << tr("user-add: there is no site %1.").arg(siteCode.trimmed()) << Qt::endl;
                return UsageError;
            }
            user.siteIds.append(site->meta.id);
        }
    }
    const QString password = readPassword("SCALEREADY_NEW_PASSWORD", tr("Password for the new user %1: ").arg(user.username));
    auto created = UserService(*database, actor).create(user, password);
    if (!created) {
        err() << tr("user-add: %1").arg(created.error()) << Qt::endl;
        return actor.role == Role::Admin ? OperationFailed : NotPermitted;
    }
    out() << tr("Added %1 (%2).").arg(user.username, Vocabulary::label(user.role)) << Qt::endl;
    return Success;
}

int CommandLine::workflow(const QString &verb, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Move a site's report for a period through the review workflow."));
    const WriteOptions common;
    const QCommandLineOption site(QStringLiteral("site"), tr("The site's code."), tr("CODE"));
    const QCommandLineOption period(QStringLiteral("period"), tr("The period, e.g. 202403, 2024Q1 or 2024."), tr("ID"));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (required to return or reopen)."), tr("TEXT"));
    const QCommandLineOption programme(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    parser.addOptions({common.db, common.user, site, period, reason, programme, common.help});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(common.help)) {
        out() << parser.helpText();
        return Success;
    }
    QString why;
    const Period p = Period::parse(parser.value(period), &why);
    if (!parser.isSet(site) || !p.isValid()) {
        err() << tr("%1: --site CODE and a valid --period ID are required (%2).").arg(verb, why) << Qt::endl;
        return UsageError;
    }
    Actor actor;
    int code = Success;
    auto database = openSignedIn(verb, parser.value(common.db), parser.value(common.user), &actor, &code);
    if (!database)
        return code;
    const qint64 programmeId = programmeOf(*database, parser.value(programme));
    if (programmeId == 0) {
        err() << tr("%1: name the programme with --programme CODE.").arg(verb) << Qt::endl;
        return UsageError;
    }
    const auto found = SiteRepository(*database).findByCode(programmeId, parser.value(site));
    if (!found) {
        err() << tr("%1: there is no site %2.").arg(verb, parser.value(site)) << Qt::endl;
        return UsageError;
    }
    ReportService reports(*database, actor);
    Result<Report> done = fail(QString());
    if (verb == QLatin1StringView("submit"))
        done = DataEntryService(*database, actor).submit(found->meta.id, p);
    else if (verb == QLatin1StringView("approve"))
        done = reports.approve(found->meta.id, p);
    else if (verb == QLatin1StringView("return"))
        done = reports.returnToOfficer(found->meta.id, p, parser.value(reason));
    else
        done = reports.reopen(found->meta.id, p, parser.value(reason));
    if (!done) {
        err() << tr("%1: %2").arg(verb, done.error()) << Qt::endl;
        const bool allowed = verb == QLatin1StringView("submit") ? Permissions::maySite(*database, actor, found->meta.id)
                                                                 : actor.role == Role::Admin || actor.role == Role::Manager;
        return allowed ? OperationFailed : NotPermitted;
    }
    out() << tr("%1, %2: %3.").arg(found->code, p.displayName(), Vocabulary::label(done->status)) << Qt::endl;
    return Success;
}

namespace {

// Left-aligned first column, the rest right-aligned, padded to the widest cell.
QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], int(row[c].size()));
        }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int c = 0; c < row.size(); ++c)
            cells.append(c == 0 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c]));
        text += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    return text;
}

QString interval(const std::optional<double> &low, const std::optional<double> &high, int decimals)
{
    if (!low || !high)
        return QStringLiteral("–");
    return CommandLine::tr("%1 to %2").arg(Analytics::formatted(low, decimals), Analytics::formatted(high, decimals));
}

QString didLine(const Analytics::Did &did, int decimals)
{
    if (did.reason != Analytics::DidReason::None)
        return Analytics::didReasonText(did.reason);
    return CommandLine::tr("%1 (95% CI %2; df %3; %4 pilot and %5 comparison sites)")
        .arg(Analytics::formatted(did.estimate, decimals + 1), interval(did.low, did.high, decimals + 1),
             Analytics::formatted(did.df, 1))
        .arg(did.pilotSites)
        .arg(did.comparisonSites);
}

} // namespace

int CommandLine::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the dashboard's statistics for one indicator."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file."), tr("FILE"));
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("The indicator's code."), tr("CODE"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first period, e.g. 202401, 2024Q1 or 2024."), tr("PERIOD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last period."), tr("PERIOD"));
    const QCommandLineOption byOption(QStringLiteral("by"), tr("Roll up by month, quarter or year."), tr("TYPE"));
    const QCommandLineOption submittedOption(QStringLiteral("include-submitted"), tr("Count submitted reports as well as approved ones."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (fields in docs/analytics.md)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({db, indicatorOption, programmeOption, fromOption, toOption, byOption, submittedOption, jsonOption, helpOption});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.value(db).isEmpty() || parser.value(indicatorOption).isEmpty()) {
        err() << tr("stats: --db FILE.db and --indicator CODE are required.") << Qt::endl;
        return UsageError;
    }
    Analytics::Filter filter;
    for (const auto &[option, period] : {std::pair{&fromOption, &filter.from}, std::pair{&toOption, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        QString why;
        *period = Period::parse(parser.value(*option), &why);
        if (!period->isValid()) {
            err() << tr("stats: %1").arg(why) << Qt::endl;
            return UsageError;
        }
    }
    if (parser.isSet(byOption)) {
        const auto by = Analytics::periodTypeFromKey(parser.value(byOption));
        if (!by) {
            err() << tr("stats: --by takes month, quarter or year, not \"%1\".").arg(parser.value(byOption)) << Qt::endl;
            return UsageError;
        }
        filter.by = *by;
    }
    filter.includeSubmitted = parser.isSet(submittedOption);

    auto opened = Database::open(parser.value(db), Database::Mode::ReadOnly);
    if (!opened) {
        err() << tr("stats: %1").arg(opened.error()) << Qt::endl;
        return FileError;
    }
    Database &database = *opened.value();
    filter.programmeId = programmeOf(database, parser.value(programmeOption));
    if (!filter.programmeId) {
        err() << (parser.isSet(programmeOption) ? tr("stats: there is no programme %1.").arg(parser.value(programmeOption))
                                                : tr("stats: name the programme with --programme CODE."))
              << Qt::endl;
        return UsageError;
    }
    const auto indicator = IndicatorRepository(database).findByCode(filter.programmeId, parser.value(indicatorOption));
    if (!indicator) {
        err() << tr("stats: the programme has no indicator %1.").arg(parser.value(indicatorOption)) << Qt::endl;
        return UsageError;
    }
    filter.indicatorId = indicator->meta.id;
    const auto computed = AnalyticsService(database).compute(filter);
    if (!computed) {
        err() << tr("stats: %1").arg(computed.error()) << Qt::endl;
        return UsageError;
    }
    const Analytics::Dashboard &d = computed.value();
    if (parser.isSet(jsonOption)) {
        out() << QString::fromUtf8(QJsonDocument(Analytics::toJson(d)).toJson(QJsonDocument::Indented));
        return Success;
    }

    // Counts print whole in the series, but levels, gaps and effects of counts need a decimal.
    const int decimals = std::max(1, Analytics::decimalsOf(indicator->valueType));
    auto window = [](const Period &from, const Period &to) {
        return from.isValid() ? tr("%1 to %2").arg(from.displayName(), to.displayName()) : tr("none");
    };
    QTextStream &o = out();
    o << tr("%1 – %2 (%3)").arg(indicator->code, indicator->name(), Vocabulary::label(indicator->valueType)) << Qt::endl;
    o << tr("Programme %1; periods %2; %3 data").arg(d.programme.code, window(d.from, d.to),
                                                     d.filter.includeSubmitted ? tr("approved and submitted") : tr("approved"))
      << Qt::endl;
    o << tr("Baseline window %1; endline window %2").arg(window(d.baselineFrom, d.baselineTo), window(d.endlineFrom, d.endlineTo))
      << Qt::endl << Qt::endl;
    if (d.series.isEmpty()) {
        o << tr("No approved data for these periods yet.") << Qt::endl;
    } else {
        QList<QStringList> rows{{tr("Period"), tr("Arm"), tr("Value"), tr("95% CI"), tr("Numerator"), tr("Denominator"),
                                 tr("Sites"), tr("Reports")}};
        for (const Analytics::SeriesPoint &p : d.series) {
            const std::pair<QString, const Analytics::Aggregate *> arms[] = {
                {tr("all"), &p.all}, {Vocabulary::label(Arm::Pilot), &p.pilot}, {Vocabulary::label(Arm::Comparison), &p.comparison}};
            for (const auto &[arm, a] : arms)
                rows.append({p.period.displayName(), arm, Analytics::formatted(a->value, decimals), interval(a->low, a->high, decimals),
                             Analytics::formatted(a->numerator, 0), Analytics::formatted(a->denominator, 0),
                             QString::number(a->sites), QString::number(a->reports)});
        }
        o << table(rows) << Qt::endl;
    }
    o << tr("Difference-in-differences (pilot − comparison change): %1").arg(didLine(d.did, decimals)) << Qt::endl;
    for (const Analytics::GroupDid &g : d.didByGroup)
        o << "  " << Analytics::groupLabel(g.group) << ": " << didLine(g.did, decimals) << Qt::endl;
    o << Qt::endl;
    if (!d.gapChange.isEmpty()) {
        QList<QStringList> rows{{tr("Equity gap"), tr("Pilot baseline"), tr("Pilot endline"), tr("Comparison baseline"),
                                 tr("Comparison endline"), tr("Narrowing, pilot − comparison")}};
        for (const Analytics::GapChange &g : d.gapChange)
            rows.append({Analytics::dimensionLabel(g.dimension), Analytics::formatted(g.pilotBaselineGap, decimals),
                         Analytics::formatted(g.pilotEndlineGap, decimals), Analytics::formatted(g.comparisonBaselineGap, decimals),
                         Analytics::formatted(g.comparisonEndlineGap, decimals), Analytics::formatted(g.difference, decimals)});
        o << table(rows) << Qt::endl;
        QList<QStringList> gaps{{tr("Period"), tr("Dimension"), tr("Reference"), tr("Focus"), tr("Gap"), tr("Ratio")}};
        for (const Analytics::EquityPoint &e : d.equity)
            gaps.append({e.period.displayName(), Analytics::dimensionLabel(e.dimension), Analytics::formatted(e.reference, decimals),
                         Analytics::formatted(e.focus, decimals), Analytics::formatted(e.gap, decimals), Analytics::formatted(e.ratio, 2)});
        o << table(gaps) << Qt::endl;
    }
    const Analytics::Progress &p = d.progress;
    o << tr("Latest (%1): %2; baseline %3; target %4; change %5; progress to target %6%")
             .arg(p.latestPeriod.isValid() ? p.latestPeriod.displayName() : tr("none"), Analytics::formatted(p.latest, decimals),
                  Analytics::formatted(p.baseline, decimals), Analytics::formatted(p.target, decimals),
                  Analytics::formatted(p.change, decimals), Analytics::formatted(p.progress, 0))
      << Qt::endl;
    o << tr("Sites meeting their target: %1 of %2").arg(p.sitesMeeting).arg(p.sitesWithTarget) << Qt::endl;
    const Analytics::Quality &q = d.quality;
    o << tr("Completeness %1% (%2 of %3 reports); on time %4%; %5 outliers; %6 consistency failures")
             .arg(Analytics::formatted(q.completeness() ? std::optional(100 * *q.completeness()) : std::nullopt, 1))
             .arg(q.received)
             .arg(q.expected)
             .arg(Analytics::formatted(q.timeliness() ? std::optional(100 * *q.timeliness()) : std::nullopt, 1))
             .arg(q.outliers)
             .arg(q.consistencyFailures)
      << Qt::endl;
    return Success;
}

int CommandLine::importData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import data values from a CSV file: checked first, then the valid rows written in one transaction."));
    const WriteOptions common;
    const QCommandLineOption programme(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("A column mapping saved in the import wizard (default: the columns are "
                                        "recognised from the header)."),
                                     tr("NAME"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The file's encoding: utf-8, utf-16le, utf-16be or gb18030 (default: detected)."),
                                      tr("NAME"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       tr("The field delimiter: comma, semicolon or tab (default: detected)."), tr("NAME"));
    const QCommandLineOption rejected(QStringLiteral("rejected"),
                                      tr("Write the rejected rows with their reasons to this CSV file."), tr("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The worksheet of an XLSX workbook (default: the first)."),
                                   tr("NAME"));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          tr("Write nothing when any row is rejected."));
    parser.addOptions({common.db, common.user, programme, mapping, encoding, delimiter, sheet, rejected, dryRun,
                       allOrNothing, common.help});
    parser.addPositionalArgument(tr("FILE.csv"), tr("The file to import (CSV, or an XLSX workbook)."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(common.help)) {
        out() << parser.helpText();
        return Success;
    }
    const QString verb = QStringLiteral("import");
    if (parser.positionalArguments().size() != 1) {
        err() << tr("import: name one file to import.") << Qt::endl;
        return UsageError;
    }
    DataImport::Options options;
    options.path = parser.positionalArguments().first();
    options.sheet = parser.value(sheet);
    if (parser.isSet(encoding)) {
        const QString e = parser.value(encoding).toLower().remove(u'-').remove(u'_');
        const QHash<QString, CsvReader::Encoding> known = {
            {QStringLiteral("utf8"), CsvReader::Encoding::Utf8},       {QStringLiteral("utf16le"), CsvReader::Encoding::Utf16LE},
            {QStringLiteral("utf16be"), CsvReader::Encoding::Utf16BE}, {QStringLiteral("gb18030"), CsvReader::Encoding::Gb18030},
            {QStringLiteral("gbk"), CsvReader::Encoding::Gb18030},     {QStringLiteral("gb2312"), CsvReader::Encoding::Gb18030}};
        if (!known.contains(e)) {
            err() << tr("import: --encoding must be utf-8, utf-16le, utf-16be or gb18030, not \"%1\".")
                         .arg(parser.value(encoding))
                  << Qt::endl;
            return UsageError;
        }
        options.csv.encoding = known.value(e);
    }
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter).toLower();
        if (d == u"comma" || d == u",")
            options.csv.delimiter = u',';
        else if (d == u"semicolon" || d == u";")
            options.csv.delimiter = u';';
        else if (d == u"tab" || d == u"\t")
            options.csv.delimiter = u'\t';
        else {
            err() << tr("import: --delimiter must be comma, semicolon or tab, not \"%1\".").arg(parser.value(delimiter))
                  << Qt::endl;
            return UsageError;
        }
    }
    if (!QFileInfo(options.path).isFile()) {
        err() << tr("import: %1 does not exist or is not a file.").arg(options.path) << Qt::endl;
        return FileError;
    }
    Actor actor;
    int code = Success;
    auto database = openSignedIn(verb, parser.value(common.db), parser.value(common.user), &actor, &code);
    if (!database)
        return code;
    options.programmeId = programmeOf(*database, parser.value(programme));
    if (options.programmeId == 0) {
        err() << tr("import: name the programme with --programme CODE.") << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(mapping)) {
        const auto saved = ImportMappingStore(*database).find(options.programmeId, QStringLiteral("data"), parser.value(mapping));
        if (!saved) {
            err() << tr("import: there is no saved mapping \"%1\".").arg(parser.value(mapping)) << Qt::endl;
            return UsageError;
        }
        options.mapping = ImportMapping::fromJson(*saved);
    } else {
        // The columns, recognised from the header as the wizard would.
        CsvReader::Options csv = options.csv;
        csv.source = QFileInfo(options.path).fileName();
        auto table = TableFiles::open(options.path, csv, options.sheet);
        if (!table) {
            err() << tr("import: %1").arg(table.error()) << Qt::endl;
            return FileError;
        }
        QStringList header;
        if (!table.value()->next(&header)) {
            err() << tr("import: %1").arg(table.value()->error().isEmpty()
                                              ? tr("%1 is empty: it has no header row.").arg(csv.source)
                                              : table.value()->error())
                  << Qt::endl;
            return FileError;
        }
        QList<ImportMapping::IndicatorName> names;
        for (const Indicator &i : IndicatorRepository(*database).all(options.programmeId))
            names.append({i.code, i.nameEn, i.nameZh});
        options.mapping = ImportMapping::guess(header, names);
    }

    DataImport import(*database, actor, options);
    auto checked = import.check();
    if (!checked) {
        err() << tr("import: %1").arg(checked.error()) << Qt::endl;
        return checked.errorKind() == ErrorKind::File                                    ? FileError
               : Permissions::current(*database, actor).role == Role::Viewer ? NotPermitted
                                                                                         : OperationFailed;
    }
    const QLocale locale;
    const QString source = QFileInfo(options.path).fileName();
    for (const DataImport::Problem &p : import.problems(0, 50)) {
        err() << (p.column.isEmpty() ? tr("%1:%2: %3").arg(source).arg(p.row).arg(p.reason)
                                     : tr("%1:%2: %3: %4").arg(source).arg(p.row).arg(p.column, p.reason))
              << Qt::endl;
    }
    if (checked->problemCount > 50)
        err() << tr("… and %1 more problems.").arg(locale.toString(checked->problemCount - 50)) << Qt::endl;
    out() << tr("Checked %1 (%2): %3 records, %4 values: %5 new, %6 changed, %7 unchanged, %8 rejected.")
                 .arg(source, checked->format)
                 .arg(locale.toString(checked->records), locale.toString(checked->values),
                      locale.toString(checked->inserted), locale.toString(checked->updated),
                      locale.toString(checked->unchanged), locale.toString(checked->rejectedValues))
          << Qt::endl;
    // The rejected rows, once it is known which they are: after the import, which may find
    // more (values locked since the check).
    auto saveRejected = [&](qint64 rejectedValues) -> bool {
        if (!parser.isSet(rejected) || rejectedValues == 0)
            return true;
        auto written = import.writeRejected(parser.value(rejected));
        if (!written) {
            err() << tr("import: %1").arg(written.error()) << Qt::endl;
            return false;
        }
        out() << tr("Wrote the %1 rejected rows to %2.").arg(locale.toString(written.value()), parser.value(rejected))
              << Qt::endl;
        return true;
    };
    if (parser.isSet(dryRun)) {
        if (!saveRejected(checked->rejectedValues))
            return FileError;
        return checked->rejectedValues > 0 ? CheckFailed : Success;
    }
    if (parser.isSet(allOrNothing) && checked->rejectedValues > 0) {
        if (!saveRejected(checked->rejectedValues))
            return FileError;
        out() << tr("Nothing was imported: --all-or-nothing and %n row(s) rejected.", nullptr, int(checked->rejectedRecords))
              << Qt::endl;
        return CheckFailed;
    }
    auto applied = import.apply();
    if (!applied) {
        err() << tr("import: %1").arg(applied.error()) << Qt::endl;
        return OperationFailed;
    }
    out() << tr("Imported: %1 new, %2 changed, %3 unchanged; %4 rejected.")
                 .arg(locale.toString(applied->inserted), locale.toString(applied->updated),
                      locale.toString(applied->unchanged), locale.toString(applied->rejectedValues))
          << Qt::endl;
    if (!saveRejected(applied->rejectedValues))
        return FileError;
    return applied->rejectedValues > 0 ? CheckFailed : Success;
}

// `export`: reads the file only (Database::Mode::ReadOnly), so it signs nobody in.
int CommandLine::exportData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write data values to a file. Reads the database only, so it needs no --user."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file."), tr("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv, xlsx, dhis2-json, dhis2-csv or adx."), tr("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write (replaced when complete)."), tr("FILE"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), tr("CSV: leave out the UTF-8 byte order mark."));
    const QCommandLineOption programmeOption(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption siteOption(QStringLiteral("site"), tr("Only this site; repeat for more."), tr("CODE"));
    const QCommandLineOption indicatorOption(QStringLiteral("indicator"), tr("Only this indicator; repeat for more."), tr("CODE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The first period, e.g. 202401, 2024Q1 or 2024."), tr("PERIOD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The last period."), tr("PERIOD"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only reports with this status (draft, submitted, approved, "
                                                                       "returned); repeat for more."), tr("STATUS"));
    const QCommandLineOption sheetsOption(QStringLiteral("sheets"), tr("XLSX: long (one sheet) or per-indicator."), tr("LAYOUT"));
    const QCommandLineOption comboOption(QStringLiteral("dhis2-default-coc"),
                                         tr("DHIS2: the categoryOptionCombo of totals (default %1; empty to leave it out).")
                                             .arg(QLatin1StringView(DataExport::DefaultCategoryOptionCombo)),
                                         tr("CODE"));
    const QCommandLineOption dataSetOption(QStringLiteral("dhis2-data-set"), tr("DHIS2: the dataSet to name in the file."), tr("CODE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({db, formatOption, outOption, noBom, programmeOption, siteOption, indicatorOption, fromOption, toOption,
                       statusOption, sheetsOption, comboOption, dataSetOption, helpOption});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("export: unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << Qt::endl;
        return UsageError;
    }
    if (parser.value(db).isEmpty() || parser.value(outOption).isEmpty() || parser.value(formatOption).isEmpty()) {
        err() << tr("export: --db FILE.db, --format FORMAT and --out FILE are required.") << Qt::endl;
        return UsageError;
    }
    DataExport::Options options;
    const auto format = DataExport::formatFromKey(parser.value(formatOption));
    if (!format) {
        err() << tr("export: --format takes csv, xlsx, dhis2-json, dhis2-csv or adx, not \"%1\".").arg(parser.value(formatOption))
              << Qt::endl;
        return UsageError;
    }
    options.format = *format;
    options.bom = !parser.isSet(noBom);
    if (parser.isSet(sheetsOption)) {
        const QString sheets = parser.value(sheetsOption);
        if (sheets != QLatin1StringView("long") && sheets != QLatin1StringView("per-indicator")) {
            err() << tr("export: --sheets takes long or per-indicator, not \"%1\".").arg(sheets) << Qt::endl;
            return UsageError;
        }
        options.sheets = sheets == QLatin1StringView("long") ? DataExport::SheetLayout::Long : DataExport::SheetLayout::PerIndicator;
    }
    if (parser.isSet(comboOption))
        options.defaultCategoryOptionCombo = parser.value(comboOption);
    options.dataSet = parser.value(dataSetOption);
    DataSelection selection;
    for (const auto &[option, text] : {std::pair{&fromOption, &selection.from}, std::pair{&toOption, &selection.to}}) {
        if (!parser.isSet(*option))
            continue;
        QString why;
        if (!Period::parse(parser.value(*option), &why).isValid()) {
            err() << tr("export: --%1: %2").arg(option->names().first(), why) << Qt::endl;
            return UsageError;
        }
        *text = parser.value(*option);
    }
    for (const QString &status : parser.values(statusOption)) {
        DataStatus known;
        if (!Vocabulary::fromKey(status, &known)) {
            err() << tr("export: --status takes draft, submitted, approved or returned, not \"%1\".").arg(status) << Qt::endl;
            return UsageError;
        }
        selection.statuses.append(status);
    }

    auto opened = Database::open(parser.value(db), Database::Mode::ReadOnly);
    if (!opened) {
        err() << tr("export: %1").arg(opened.error()) << Qt::endl;
        return FileError;
    }
    Database &database = *opened.value();
    selection.programmeId = programmeOf(database, parser.value(programmeOption));
    if (!selection.programmeId) {
        err() << (parser.isSet(programmeOption) ? tr("export: there is no programme %1.").arg(parser.value(programmeOption))
                                                : tr("export: name the programme with --programme CODE."))
              << Qt::endl;
        return UsageError;
    }
    for (const QString &code : parser.values(siteOption)) {
        const auto site = SiteRepository(database).findByCode(selection.programmeId, code);
        if (!site) {
            err() << tr("export: --site: there is no site %1.").arg(code) << Qt::endl;
            return UsageError;
        }
        selection.siteIds.append(site->meta.id);
    }
    for (const QString &code : parser.values(indicatorOption)) {
        const auto indicator = IndicatorRepository(database).findByCode(selection.programmeId, code);
        if (!indicator) {
            err() << tr("export: --indicator: the programme has no indicator %1.").arg(code) << Qt::endl;
            return UsageError;
        }
        selection.indicatorIds.append(indicator->meta.id);
    }
    if (auto valid = DataExport::validate(database, selection); !valid) {
        err() << tr("export: %1").arg(valid.error()) << Qt::endl;
        return UsageError;
    }
    const auto written = DataExport::write(database, selection, options, parser.value(outOption));
    if (!written) {
        err() << tr("export: %1").arg(written.error()) << Qt::endl;
        return written.errorKind() == ErrorKind::File ? FileError : OperationFailed;
    }
    for (const QString &warning : written->warnings)
        err() << tr("export: warning: %1").arg(warning) << Qt::endl;
    out() << tr("Wrote %1 data values to %2 (%3 warnings).")
                 .arg(QLocale().toString(written->rows), parser.value(outOption))
                 .arg(written->warnings.size())
          << Qt::endl;
    return Success;
}

int CommandLine::importMetadata(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import sites or indicators from a CSV or XLSX file, or a DHIS2 metadata export: "
                                        "checked first, then written all or nothing."));
    const WriteOptions common;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("What the file holds: sites, indicators or dhis2."), tr("KIND"));
    const QCommandLineOption programme(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The worksheet of an XLSX file (default: the first)."),
                                   tr("NAME"));
    const QCommandLineOption arm(QStringLiteral("arm"), tr("The arm of sites new from DHIS2: pilot or comparison (default)."),
                                 tr("ARM"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the file and report; write nothing."));
    parser.addOptions({common.db, common.user, kind, programme, sheet, arm, dryRun, common.help});
    parser.addPositionalArgument(tr("FILE"), tr("The file to import."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(common.help)) {
        out() << parser.helpText();
        return Success;
    }
    const QString verb = QStringLiteral("import-metadata");
    MetadataImport::Options options;
    const QString k = parser.value(kind);
    if (k == u"sites")
        options.source = MetadataImport::Source::Sites;
    else if (k == u"indicators")
        options.source = MetadataImport::Source::Indicators;
    else if (k == u"dhis2")
        options.source = MetadataImport::Source::Dhis2;
    else {
        err() << tr("%1: --kind must be sites, indicators or dhis2.").arg(verb) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(arm) && !Vocabulary::fromKey(parser.value(arm), &options.dhis2Arm)) {
        err() << tr("%1: --arm must be pilot or comparison.").arg(verb) << Qt::endl;
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("%1: name one file to import.").arg(verb) << Qt::endl;
        return UsageError;
    }
    options.path = parser.positionalArguments().first();
    options.sheet = parser.value(sheet);
    if (!QFileInfo(options.path).isFile()) {
        err() << tr("%1: %2 does not exist or is not a file.").arg(verb, options.path) << Qt::endl;
        return FileError;
    }
    Actor actor;
    int code = Success;
    auto database = openSignedIn(verb, parser.value(common.db), parser.value(common.user), &actor, &code);
    if (!database)
        return code;
    options.programmeId = programmeOf(*database, parser.value(programme));
    if (options.programmeId == 0) {
        err() << tr("%1: name the programme with --programme CODE.").arg(verb) << Qt::endl;
        return UsageError;
    }
    MetadataImport import(*database, actor, options);
    auto checked = import.check();
    if (!checked) {
        err() << tr("%1: %2").arg(verb, checked.error()) << Qt::endl;
        return checked.errorKind() == ErrorKind::File                       ? FileError
               : !Permissions::current(*database, actor).mayEditMetadata() ? NotPermitted
                                                                            : OperationFailed;
    }
    const QString source = QFileInfo(options.path).fileName();
    for (const MetadataImport::Problem &p : checked->problems) {
        err() << (p.column.isEmpty() ? tr("%1:%2: %3").arg(source).arg(p.row).arg(p.reason)
                                     : tr("%1:%2: %3: %4").arg(source).arg(p.row).arg(p.column, p.reason))
              << Qt::endl;
    }
    for (const QString &note : checked->notes)
        err() << tr("%1: %2").arg(source, note) << Qt::endl;
    out() << tr("Checked %1 (%2): %3 records: %4 new, %5 changed, %6 unchanged, %7 rejected.")
                 .arg(source, checked->format)
                 .arg(checked->records)
                 .arg(checked->inserted)
                 .arg(checked->updated)
                 .arg(checked->unchanged)
                 .arg(checked->rejectedRecords)
          << Qt::endl;
    if (checked->rejectedRecords > 0) {
        out() << tr("Nothing was imported: %n row(s) rejected.", nullptr, int(checked->rejectedRecords)) << Qt::endl;
        return CheckFailed;
    }
    if (parser.isSet(dryRun))
        return Success;
    auto applied = import.apply();
    if (!applied) {
        err() << tr("%1: %2").arg(verb, applied.error()) << Qt::endl;
        return applied.errorKind() == ErrorKind::File ? FileError : OperationFailed;
    }
    out() << tr("Imported: %1 new, %2 changed, %3 unchanged; %4 new category options.")
                 .arg(applied->inserted)
                 .arg(applied->updated)
                 .arg(applied->unchanged)
                 .arg(applied->optionsCreated)
          << Qt::endl;
    return Success;
}

// `report`: reads the file only (Database::Mode::ReadOnly), so it signs nobody in. main() runs
// it under a QApplication on the offscreen platform, since the brief renders charts and text.
int CommandLine::brief(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the scale-up readiness evidence brief of a programme as a PDF. Reads the database "
                                        "only, so it needs no --user."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file."), tr("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("The language of the brief: zh or en."), tr("LANG"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write (replaced when complete)."), tr("FILE"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption assessmentOption(QStringLiteral("assessment"),
                                              tr("The assessment's id (default: the newest signed one, else the newest draft)."),
                                              tr("ID", "an assessment's id"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({db, langOption, outOption, programmeOption, assessmentOption, helpOption});
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.isSet(helpOption)) {
        out() << parser.helpText().replace(QCoreApplication::applicationName() + QStringLiteral(" ["),
                                           QCoreApplication::applicationName() + QStringLiteral(" report ["));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("report: unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << Qt::endl;
        return UsageError;
    }
    if (parser.value(db).isEmpty() || parser.value(outOption).isEmpty() || parser.value(langOption).isEmpty()) {
        err() << tr("report: --db FILE.db, --lang zh|en and --out FILE.pdf are required.") << Qt::endl;
        return UsageError;
    }
    EvidenceBrief::Options options;
    const QString lang = parser.value(langOption);
    if (lang == QLatin1StringView("zh") || lang == QLatin1StringView("zh_CN"))
        options.language = QStringLiteral("zh_CN");
    else if (lang == QLatin1StringView("en"))
        options.language = QStringLiteral("en");
    else {
        err() << tr("report: --lang takes zh or en, not \"%1\".").arg(lang) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(assessmentOption)) {
        bool ok = false;
        options.assessmentId = parser.value(assessmentOption).toLongLong(&ok);
        if (!ok || options.assessmentId <= 0) {
            err() << tr("report: --assessment needs an assessment's id (a whole number), not \"%1\".").arg(parser.value(assessmentOption))
                  << Qt::endl;
            return UsageError;
        }
    }
    options.path = parser.value(outOption);
    const QFileInfo target(options.path);
    if (!target.absoluteDir().exists()) {
        err() << tr("report: cannot write %1: the folder %2 does not exist.")
                     .arg(options.path, QDir::toNativeSeparators(target.absolutePath()))
              << Qt::endl;
        return FileError;
    }
    if (target.isDir()) {
        err() << tr("report: cannot write %1: it is a folder.").arg(options.path) << Qt::endl;
        return FileError;
    }

    auto opened = Database::open(parser.value(db), Database::Mode::ReadOnly);
    if (!opened) {
        err() << tr("report: %1").arg(opened.error()) << Qt::endl;
        return FileError;
    }
    Database &database = *opened.value();
    // A read-only connection does not upgrade: a file from an earlier version has no readiness
    // tables yet.
    if (QSqlDatabase connection = database.connection(); Database::schemaVersion(connection) < Database::latestSchemaVersion()) {
        err() << tr("report: %1 was written by an earlier version of ScaleReady; open it once in the window (or run a "
                    "command that writes to it, such as import) to upgrade it, then make the report.")
                     .arg(QDir::toNativeSeparators(parser.value(db)))
              << Qt::endl;
        return FileError;
    }
    const QList<Programme> programmes = ProgrammeRepository(database).all();
    if (parser.isSet(programmeOption)) {
        const auto named = ProgrammeRepository(database).findByCode(parser.value(programmeOption));
        if (!named) {
            err() << tr("report: there is no programme %1.").arg(parser.value(programmeOption)) << Qt::endl;
            return UsageError;
        }
        options.programmeId = named->meta.id;
    } else if (programmes.size() == 1) {
        options.programmeId = programmes.first().meta.id;
    } else if (programmes.isEmpty()) {
        err() << tr("report: the database holds no programme.") << Qt::endl;
        return UsageError;
    } else {
        QStringList codes;
        for (const Programme &p : programmes)
            codes.append(p.code);
        err() << tr("report: the database holds several programmes (%1); name one with --programme CODE.")
                     .arg(codes.join(QStringLiteral(", ")))
              << Qt::endl;
        return UsageError;
    }
    const Actor reader; // reading needs no sign-in
    if (options.assessmentId != 0) {
        const auto a = ReadinessService(database, reader).assessment(options.assessmentId);
        if (!a || a->programmeId != options.programmeId) {
            err() << tr("report: the programme has no assessment %1.").arg(options.assessmentId) << Qt::endl;
            return UsageError;
        }
    }
    auto data = EvidenceBrief::gather(database, reader, options);
    if (!data) {
        err() << tr("report: %1").arg(data.error()) << Qt::endl;
        return OperationFailed;
    }
    auto written = EvidenceBrief::write(data.value(), options);
    if (!written) {
        err() << tr("report: %1").arg(written.error()) << Qt::endl;
        return written.errorKind() == ErrorKind::File ? FileError : OperationFailed;
    }
    out() << tr("Wrote the evidence brief to %1.").arg(options.path) << Qt::endl;
    return Success;
}

int CommandLine::sync(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1); // export or import
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exchange sync packages between the manager's database and field laptops "
                                        "(docs/sync.md)."));
    const WriteOptions common;
    const QCommandLineOption to(QStringLiteral("to"), tr("The officer whose laptop the package is for (from the manager's "
                                                         "database)."),
                                tr("OFFICER"));
    const QCommandLineOption programme(QStringLiteral("programme"), tr("The programme (when there are several)."), tr("CODE"));
    const QCommandLineOption starter(QStringLiteral("starter"), tr("A new starter package, for a new or lost laptop."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The package file to write."), tr("FILE"));
    parser.addOptions({common.db, common.user, to, programme, starter, outOption, common.help});
    parser.addPositionalArgument(QStringLiteral("export|import"), tr("What to do."));
    if (!parse(parser, rest))
        return UsageError;
    if (parser.isSet(common.help) || action.isEmpty()) {
        out() << parser.helpText();
        return action.isEmpty() && !parser.isSet(common.help) ? UsageError : Success;
    }
    const QString verb = QStringLiteral("sync ") + action;
    if (action == QLatin1StringView("export")) {
        if (!parser.isSet(outOption)) {
            err() << tr("sync export: name the package file with --out FILE.") << Qt::endl;
            return UsageError;
        }
        Actor actor;
        int code = Success;
        auto database = openSignedIn(verb, parser.value(common.db), parser.value(common.user), &actor, &code);
        if (!database)
            return code;
        qint64 programmeId = 0;
        if (parser.isSet(programme)) {
            programmeId = programmeOf(*database, parser.value(programme));
            if (programmeId == 0) {
                err() << tr("sync export: there is no programme %1.").arg(parser.value(programme)) << Qt::endl;
                return UsageError;
            }
        }
        Sync::ExchangeFile file(parser.value(outOption));
        auto sent = Sync::SyncService(*database, actor).exportTo(file, parser.value(to), programmeId, parser.isSet(starter));
        if (!sent) {
            err() << tr("%1: %2").arg(verb, sent.error()) << Qt::endl;
            return sent.errorKind() == ErrorKind::File         ? FileError
                   : sent.errorKind() == ErrorKind::Permission ? NotPermitted
                                                               : OperationFailed;
        }
        out() << (sent->starter ? tr("Wrote a starter package for %1 with %n row(s) to %2.", nullptr, sent->versions)
                                : tr("Wrote a package for %1 with %n row(s) to %2.", nullptr, sent->versions))
                     .arg(sent->peerName, parser.value(outOption))
              << Qt::endl;
        return Success;
    }
    if (action != QLatin1StringView("import")) {
        err() << tr("sync: say export or import, not \"%1\".").arg(action) << Qt::endl;
        return UsageError;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << tr("sync import: name one package file.") << Qt::endl;
        return UsageError;
    }
    const QString packagePath = parser.positionalArguments().first();
    const QString dbPath = parser.value(common.db);
    if (dbPath.isEmpty()) {
        err() << tr("sync import: --db FILE.db is required.") << Qt::endl;
        return UsageError;
    }
    Sync::ExchangeFile file(packagePath);
    Result<Sync::Summary> applied = fail(QString());
    if (!QFileInfo::exists(dbPath)) {
        // A starter package makes the officer's database; nobody signs in to a file not yet made.
        applied = Sync::SyncService::createFromStarter(dbPath, file);
        if (applied)
            out() << tr("Created the field database %1.").arg(dbPath) << Qt::endl;
    } else {
        Actor actor;
        int code = Success;
        auto database = openSignedIn(verb, dbPath, parser.value(common.user), &actor, &code);
        if (!database)
            return code;
        applied = Sync::SyncService(*database, actor).importFrom(file);
    }
    if (!applied) {
        err() << tr("%1: %2").arg(verb, applied.error()) << Qt::endl;
        return applied.errorKind() == ErrorKind::Other        ? OperationFailed
               : applied.errorKind() == ErrorKind::Permission ? NotPermitted
                                                              : FileError;
    }
    out() << applied->text(1000) << Qt::endl;
    return applied->rejected.isEmpty() ? Success : CheckFailed;
}
