#include "Settings.h"

#include <QSettings>

namespace latchkey {

namespace {
// Default-constructed: setApplicationIdentity() names it for GUI and CLI alike.
QVariant get(const char* key, const QVariant& fallback)
{
    return QSettings().value(QLatin1String(key), fallback);
}
void put(const char* key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(key), value);
}
} // namespace

int Settings::clipboardClearSeconds()
{
    return qMax(0, get("clipboard/clearSeconds", kDefaultClipboardClearSeconds).toInt());
}
void Settings::setClipboardClearSeconds(int seconds)
{
    put("clipboard/clearSeconds", qMax(0, seconds));
}
int Settings::revealSeconds()
{
    return qBound(1, get("ui/revealSeconds", kDefaultRevealSeconds).toInt(), 600);
}
void Settings::setRevealSeconds(int seconds)
{
    put("ui/revealSeconds", seconds);
}
bool Settings::closeToTray()
{
    return get("ui/closeToTray", false).toBool();
}
void Settings::setCloseToTray(bool on)
{
    put("ui/closeToTray", on);
}
bool Settings::startMinimized()
{
    return get("ui/startMinimized", false).toBool();
}
void Settings::setStartMinimized(bool on)
{
    put("ui/startMinimized", on);
}
QByteArray Settings::windowGeometry()
{
    return get("ui/geometry", QByteArray()).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    put("ui/geometry", geometry);
}

} // namespace latchkey
