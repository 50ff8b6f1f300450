#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

// The one owner of QSettings (STYLE.md 9): every key with its type and default, declared
// together. Tests give it their own file so they never touch the user's settings.
template<typename T>
class Setting final
{
public:
    Setting(QSettings &store, QString key, T fallback = T())
        : m_store(store), m_key(std::move(key)), m_default(std::move(fallback)) {}

    T value() const { return m_store.value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) { m_store.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_store.remove(m_key); }

private:
    QSettings &m_store;
    QString m_key;
    T m_default;
};

class Settings final
{
public:
    Settings();                                 // the user's settings
    explicit Settings(const QString &iniFile);  // a given file (tests)
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    void sync() { m_store.sync(); }

private:
    QSettings m_store;

public:
    Setting<QString> language{m_store, QStringLiteral("ui/language")}; // "" follows the system
    Setting<QString> lastDatabase{m_store, QStringLiteral("files/lastDatabase")};
    Setting<QByteArray> windowGeometry{m_store, QStringLiteral("window/geometry")};
    Setting<QByteArray> windowState{m_store, QStringLiteral("window/state")};
    Setting<int> currentPage{m_store, QStringLiteral("window/page"), 0};
    // Minutes without use after which the window locks; 0 never locks.
    Setting<int> lockMinutes{m_store, QStringLiteral("security/lockMinutes"), 15};
    Setting<QString> lastUser{m_store, QStringLiteral("security/lastUser")};
};
