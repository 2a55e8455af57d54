#pragma once

#include <QStringList>

namespace latchkey {

// The desktop app's preferences, in the QSettings shared with latchkey-cli
// (~/.config/latchkey/latchkey.conf on Linux). Never holds a value. What the
// app has open (vault, manifests, recent lists) is remembered by Session.
class Settings {
public:
    static constexpr int kDefaultClipboardClearSeconds = 20;
    static constexpr int kDefaultRevealSeconds = 8;

    static int clipboardClearSeconds(); // 0: never clear
    static void setClipboardClearSeconds(int seconds);
    static int revealSeconds();
    static void setRevealSeconds(int seconds);
    static bool closeToTray();
    static void setCloseToTray(bool on);
    static bool startMinimized();
    static void setStartMinimized(bool on);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
};

} // namespace latchkey
