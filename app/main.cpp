#include "commandline.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {
void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ScaleReady"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("scaleready.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("scaleready"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCALEREADY_VERSION));
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char **argv)
{
    // Verbs run without a display: a QCoreApplication, translated by the system locale
    // (or SCALEREADY_LANG=en|zh_CN).
    const QStringList raw = rawArguments(argc, argv);
    if (CommandLine::isCommandLine(raw) && CommandLine::needsGui(raw)) {
        // The evidence brief renders text and charts, so it needs a QApplication, and without a
        // display the offscreen platform. The minimal platform has no fonts (its PDF would have
        // no text), so it gives way to offscreen too.
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        if (platform.isEmpty() || platform == "minimal")
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describe();
        LanguageManager::instance()->setLanguage(LanguageManager::resolve(qEnvironmentVariable("SCALEREADY_LANG")));
        return CommandLine::run(app.arguments());
    }
    if (CommandLine::isCommandLine(raw)) {
        QCoreApplication app(argc, argv);
        describe();
        LanguageManager::instance()->setLanguage(LanguageManager::resolve(qEnvironmentVariable("SCALEREADY_LANG")));
        return CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    describe();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ScaleReady"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.scaleready.ScaleReady"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scaleready.svg")));

    Settings settings;
    LanguageManager::instance()->setLanguage(LanguageManager::resolve(settings.language.value()));

    MainWindow window(settings);
    window.show();
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1)
        window.openDatabase(arguments.at(1));
    else if (!settings.lastDatabase.value().isEmpty())
        window.openDatabase(settings.lastDatabase.value(), /*quiet=*/true);
    return app.exec();
}
