#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

class QClipboard;
class QMimeData;
class QTimer;

namespace latchkey {

// Puts a secret on the clipboard with the hints that keep it out of clipboard
// managers' history, and takes it off again after a delay and on quit — but
// only while the clipboard still holds it, so whatever the user copied since
// is never wiped. Modelled on KeePassXC's Clipboard, but owned by whoever
// needs it rather than a singleton. The one owner of copy -> clear: the
// clipboard's copy of the value is its own buffer, which it wipes
// (core/Wipe.h) once the clipboard no longer holds it, whoever replaced it.
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
    // Whole seconds until the clipboard is cleared (never more than the
    // delay), 0 when nothing is pending.
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
    void release();

    QClipboard* m_clipboard;
    QTimer* m_clearTimer;
    QTimer* m_tick;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_delay{std::chrono::seconds(20)};
    QByteArray m_hash;
    QPointer<QMimeData> m_mime; // ours, while the clipboard has it
    QString m_held;             // shares the mime data's buffer, so the last owner is us
};

} // namespace latchkey
