#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace latchkey {

// A strip at the top of the window that tells the user what went wrong (or
// what was repaired) without a modal dialog: the app keeps running, nothing
// waits for a click. An error stays until it is closed or replaced; a notice
// goes away by itself.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Notice, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    void showMessage(const QString& text, latchkey::MessageBar::Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showNotice(const QString& text) { showMessage(text, Kind::Notice); }
    void dismiss();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    QTimer* m_timer;
    Kind m_kind = Kind::Notice;
};

} // namespace latchkey
