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
    // The page on show, by name (MainWindow::pageName); window/page is the index that versions
    // before the data browser stored, read once and mapped (MainWindow::restorePage).
    Setting<QString> currentPageName{m_store, QStringLiteral("window/pageName")};
    Setting<int> currentPage{m_store, QStringLiteral("window/page"), 0};
    // Minutes without use after which the window locks; 0 never locks.
    Setting<int> lockMinutes{m_store, QStringLiteral("security/lockMinutes"), 15};
    // Hours between scheduled backups of the open database (0: none).
    Setting<int> backupHours{m_store, QStringLiteral("backup/everyHours"), 24};
    Setting<QString> lastUser{m_store, QStringLiteral("security/lastUser")};
    // The dashboard's filters, kept across runs (codes and ids, not labels, so that a language
    // switch or a renamed site does not lose them).
    Setting<QString> dashboardIndicator{m_store, QStringLiteral("dashboard/indicator")};
    Setting<QString> dashboardFrom{m_store, QStringLiteral("dashboard/from")};
    Setting<QString> dashboardTo{m_store, QStringLiteral("dashboard/to")};
    Setting<QString> dashboardBy{m_store, QStringLiteral("dashboard/by")};
    Setting<QString> dashboardProvince{m_store, QStringLiteral("dashboard/province")};
    Setting<QString> dashboardPrefecture{m_store, QStringLiteral("dashboard/prefecture")};
    Setting<QString> dashboardCounty{m_store, QStringLiteral("dashboard/county")};
    Setting<QString> dashboardArm{m_store, QStringLiteral("dashboard/arm")};
    Setting<QString> dashboardGroup{m_store, QStringLiteral("dashboard/group")};
    Setting<bool> dashboardIncludeSubmitted{m_store, QStringLiteral("dashboard/includeSubmitted"), false};
    Setting<QString> dashboardRanking{m_store, QStringLiteral("dashboard/ranking"), QStringLiteral("latest")};
    Setting<int> dashboardTab{m_store, QStringLiteral("dashboard/tab"), 0};
    Setting<int> dashboardPlaceLevel{m_store, QStringLiteral("dashboard/placeLevel"), 0}; // province, prefecture, county
    // The data browser's filters and sort (codes, period ids and status keys, not labels).
    Setting<QString> browserSite{m_store, QStringLiteral("browser/site")};
    Setting<QString> browserIndicator{m_store, QStringLiteral("browser/indicator")};
    Setting<QString> browserFrom{m_store, QStringLiteral("browser/from")};
    Setting<QString> browserTo{m_store, QStringLiteral("browser/to")};
    Setting<QString> browserStatus{m_store, QStringLiteral("browser/status")};
    Setting<int> browserSortColumn{m_store, QStringLiteral("browser/sortColumn"), 0};
    Setting<bool> browserSortDescending{m_store, QStringLiteral("browser/sortDescending"), false};
};
