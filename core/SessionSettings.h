#pragma once

// What the session keeps in QSettings, for Session.cpp and
// SessionManifests.cpp.

#include <QSettings>
#include <QString>
#include <QStringList>

namespace latchkey::sessionsettings {

// The keys (the same as older versions used).
inline const char* const kVaultSetting = "ui/vault";
inline const char* const kRecentSetting = "manifests/recent";
inline const char* const kOpenSetting = "manifests/open";

inline QStringList storedList(const char* key)
{
    return QSettings().value(QLatin1String(key)).toStringList();
}

// Writes only what differs: a start that changes nothing writes nothing.
inline void store(const char* key, const QString& value)
{
    QSettings settings;
    if (settings.value(QLatin1String(key)).toString() != value)
        settings.setValue(QLatin1String(key), value);
}

inline void store(const char* key, const QStringList& value)
{
    QSettings settings;
    if (settings.value(QLatin1String(key)).toStringList() != value)
        settings.setValue(QLatin1String(key), value);
}

} // namespace latchkey::sessionsettings
