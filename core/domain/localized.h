#pragma once

#include <QLocale>
#include <QString>

// Data carries both names; the UI shows the one of the current language and falls back to the
// other (DESIGN.md, "Language"). The current language is QLocale's default, which the
// language switch sets.
inline bool chineseLocale(const QLocale &locale = QLocale())
{
    return locale.language() == QLocale::Chinese;
}

inline QString localized(const QString &en, const QString &zh, const QLocale &locale = QLocale())
{
    if (chineseLocale(locale))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}
