#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

// Installs the application's and Qt's own (qtbase) translators and sets the default locale,
// so that numbers and dates follow the interface language. Switching at run time sends every
// widget a LanguageChange event; nothing needs a restart (STYLE.md 7).
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       // "en", "zh_CN"
        QString nativeName; // shown in its own language: "English", "简体中文"
    };

    static LanguageManager *instance();
    static QList<Language> languages();
    // A saved setting ("" = follow the system) to a supported language code.
    static QString resolve(const QString &setting);

    QString language() const { return m_language; }
    // Returns false when the code is not supported.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    LanguageManager() = default;
    void applyFont(const QString &code);
    std::optional<QFont> m_defaultFont;
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
