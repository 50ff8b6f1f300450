#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command-line verbs of the scaleready executable; they need no display.
//   scaleready generate --out FILE.db [--sites N] [--months M] [--seed S]
//   scaleready check FILE.db
//   scaleready init --db FILE.db --user NAME
//   scaleready user-add --db FILE.db --user ADMIN --name NEW --role ROLE [--sites CODES]
//   scaleready submit|approve|return|reopen --db FILE.db --user NAME --site CODE --period ID
//   scaleready stats --db FILE.db --indicator CODE [--from P --to P] [--by T] [--json]
//   scaleready import --db FILE.db --user NAME FILE.csv [--mapping NAME] [--dry-run] …
//   scaleready export --db FILE.db --format F --out FILE [selection options]
//   scaleready import-metadata --db FILE.db --user NAME --kind sites|indicators|dhis2 FILE …
//   scaleready report --db FILE.db --lang zh|en --out FILE.pdf [--programme CODE] [--assessment ID]
//   scaleready sync export --db FILE.db --user NAME [--to OFFICER] [--starter] --out FILE
//   scaleready sync import --db FILE.db [--user NAME] FILE
// Write verbs sign in with --user NAME and the password from SCALEREADY_PASSWORD or a prompt.
// Exit codes are listed in the README.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,      // unknown verb, option or value
        FileError = 2,       // the file cannot be read, written or is not a ScaleReady database
        CheckFailed = 3,     // `check` found problems, or the file is damaged
        OperationFailed = 4, // the verb started but could not finish
        NotPermitted = 5,    // sign-in failed, or the user's role may not do this
    };

    // True when the arguments ask for a verb, --help or --version rather than the window.
    static bool isCommandLine(const QStringList &arguments);
    // True for the verbs that draw (the evidence brief): they run under a QApplication.
    static bool needsGui(const QStringList &arguments);
    static int run(const QStringList &arguments);

private:
    static int generate(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static int init(const QStringList &arguments);
    static int addUser(const QStringList &arguments);
    static int workflow(const QString &verb, const QStringList &arguments);
    static int stats(const QStringList &arguments);
    static int importData(const QStringList &arguments);
    static int exportData(const QStringList &arguments);
    static int importMetadata(const QStringList &arguments);
    static int brief(const QStringList &arguments);
    static int sync(const QStringList &arguments);
    static QString generalHelp();
};
