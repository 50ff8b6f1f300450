#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command-line verbs of the scaleready executable; they need no display.
//   scaleready generate --out FILE.db [--sites N] [--months M] [--seed S]
//   scaleready check FILE.db
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
    };

    // True when the arguments ask for a verb, --help or --version rather than the window.
    static bool isCommandLine(const QStringList &arguments);
    static int run(const QStringList &arguments);

private:
    static int generate(const QStringList &arguments);
    static int check(const QStringList &arguments);
    static QString generalHelp();
};
