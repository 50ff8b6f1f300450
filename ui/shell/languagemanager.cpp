#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager; // lives as long as the process
    return manager;
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString LanguageManager::resolve(const QString &setting)
{
    const QString s = setting.trimmed();
    if (s.startsWith(u"zh", Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (s.startsWith(u"en", Qt::CaseInsensitive))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::applyFont(const QString &code)
{
    // fontconfig may hand Qt the Japanese face of Noto Sans CJK, which draws some characters
    // in their Japanese forms; Chinese text asks for the Simplified Chinese face by name.
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    if (!m_defaultFont)
        m_defaultFont = QGuiApplication::font();
    QFont font = *m_defaultFont;
    // Chinese data (names, descriptions) shows in English too: the Simplified Chinese face is
    // the fallback there, and the first choice when the interface is in Chinese.
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const char *wanted : {"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"}) {
        if (families.contains(QLatin1StringView(wanted))) {
            const QString chinese = QString::fromLatin1(wanted);
            font.setFamilies(code == QLatin1StringView("zh_CN") ? QStringList{chinese, m_defaultFont->family()}
                                                               : QStringList{m_defaultFont->family(), chinese});
            break;
        }
    }
    QGuiApplication::setFont(font);
}

bool LanguageManager::setLanguage(const QString &code)
{
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == code;
    if (!known)
        return false;
    if (code == m_language)
        return true;

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();

    const QLocale locale(code == QLatin1StringView("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);
    {
        // Installed translations beside the executable win over the built-in copies.
        const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/scaleready/translations"));
        auto app = std::make_unique<QTranslator>();
        if (app->load(locale, QStringLiteral("scaleready"), QStringLiteral("_"), installed)
            || app->load(locale, QStringLiteral("scaleready"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        auto qt = std::make_unique<QTranslator>();
        if (code != QLatin1StringView("en") && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    applyFont(code);
    m_language = code;
    emit languageChanged(code);
    return true;
}
