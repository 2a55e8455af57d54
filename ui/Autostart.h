#pragma once

#include <QString>

namespace latchkey {

// "Start Latchkey when I log in": an XDG autostart entry
// (~/.config/autostart/dev.latchkey.Latchkey.desktop) written or removed from
// Preferences. Only the freedesktop mechanism exists so far.
class Autostart {
public:
    static bool isSupported();
    static QString entryPath();
    static bool isEnabled();
    // Writes the entry for the running executable, or removes it. Returns
    // false with `error` set when the file cannot be written or removed.
    static bool setEnabled(bool enabled, QString* error = nullptr);
};

} // namespace latchkey
