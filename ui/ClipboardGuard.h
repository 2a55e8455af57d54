#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>

class QClipboard;
class QTimer;

namespace latchkey {

// Puts a secret on the clipboard with the hints that keep it out of clipboard
// managers' history, and takes it off again after a delay and on quit — but
// only while the clipboard still holds it, so whatever the user copied since
// is never wiped. Modelled on KeePassXC's Clipboard, but owned by whoever
// needs it rather than a singleton. Keeps a hash of the value, not the value.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    // MIME type of the KDE/Klipper hint; the value is "secret".
    static constexpr const char* kKdeHint = "x-kde-passwordManagerHint";

    explicit ClipboardGuard(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // 0 means never clear automatically (still cleared on quit).
    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const { return m_delay; }

    void copy(const QString& text);
    // True while the clipboard holds what copy() put there.
    bool holdsCopiedValue() const;
    // Seconds until the clipboard is cleared, 0 when nothing is pending.
    int secondsLeft() const;

public slots:
    // Clears the clipboard if it still holds the copied value.
    void clear();

signals:
    // Every second while a clear is pending, then 0.
    void countdown(int secondsLeft);
    // The copied value was taken off the clipboard (by the delay or on quit).
    void cleared();

private:
    void stop();

    QClipboard* m_clipboard;
    QTimer* m_clearTimer;
    QTimer* m_tick;
    std::chrono::milliseconds m_delay{std::chrono::seconds(20)};
    QByteArray m_hash;
};

} // namespace latchkey
