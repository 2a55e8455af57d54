#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace latchkey {

class Session;

// Clipboard clear delay, reveal duration, close to tray, start minimized,
// start at login; and the open vault's lifecycle (Lifecycle.h): earlier
// values kept, days in the trash and the default rotation period, the
// settings `latchkey-cli config` shows.
// Reads from and writes to Settings and the vault's Lifecycle; the window
// applies the former after accept, the session the latter at once.
// A setting that cannot be applied is said in the dialog, which stays open.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // Without a session (null) only the application's settings are shown.
    explicit PreferencesDialog(Session* session = nullptr, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QSpinBox* m_clipboard;
    QSpinBox* m_reveal;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_autostart;
    Session* m_session;
    QString m_vault; // the vault whose lifecycle the dialog shows
    QSpinBox* m_history;
    QSpinBox* m_trashDays;
    QSpinBox* m_rotateDays;
    QLabel* m_error;
};

} // namespace latchkey
