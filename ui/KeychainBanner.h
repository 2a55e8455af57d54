#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace latchkey {

class Session;

// A non-modal strip at the top of the window that says, with the remedy,
// when the keychain is locked, unavailable or not responding, and hides
// itself once it is usable. It shows the Session's keychain state (the same
// KeychainStatus `latchkey-cli status` shows), which the Session keeps up to
// date by itself (provider restarted, locked, unlocked). When locked, Unlock
// asks the provider to unlock (its own prompt); Retry asks for the state
// again and keeps the banner until the answer says otherwise.
class KeychainBanner : public QFrame {
    Q_OBJECT
public:
    explicit KeychainBanner(Session* session, QWidget* parent = nullptr);

    QString message() const;
    // A short status-bar text: which store and whether it is usable.
    QString summary() const;

signals:
    void summaryChanged(const QString& summary);

private:
    void update();

    QPointer<Session> m_session;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_unlock;
    QPushButton* m_retry;
    QString m_unlockError;
};

} // namespace latchkey
