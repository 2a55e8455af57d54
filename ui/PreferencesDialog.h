#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace latchkey {

// Clipboard clear delay, reveal duration, close to tray, start minimized,
// start at login.
// Reads from and writes to Settings; the window applies them after accept.
// A setting that cannot be applied is said in the dialog, which stays open.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QSpinBox* m_clipboard;
    QSpinBox* m_reveal;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_autostart;
    QLabel* m_error;
};

} // namespace latchkey
