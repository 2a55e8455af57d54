#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace latchkey {

// Clipboard clear delay, reveal duration, close to tray, start minimized,
// start at login.
// Reads from and writes to Settings; the window applies them after accept.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QSpinBox* clipboardDelay() const { return m_clipboard; }
    QSpinBox* revealDuration() const { return m_reveal; }
    QCheckBox* startAtLogin() const { return m_autostart; }

public slots:
    void accept() override;

private:
    QSpinBox* m_clipboard;
    QSpinBox* m_reveal;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_autostart;
};

} // namespace latchkey
