#include "settings.h"

Settings::Settings() : m_store() {}

Settings::Settings(const QString &iniFile) : m_store(iniFile, QSettings::IniFormat) {}
