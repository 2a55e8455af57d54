#pragma once

#include "KeychainStatus.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace latchkey {

class SecretStore;

// A non-modal strip at the top of the window that says, with the remedy,
// when the keychain is locked, unavailable or not responding, and hides
// itself once it is usable. It asks the store for its state (the same
// KeychainStatus `latchkey-cli status` shows) and asks again by itself when
// the store says its state changed (provider restarted, locked, unlocked).
// When locked, Unlock asks the provider to unlock (its own prompt).
class KeychainBanner : public QFrame {
    Q_OBJECT
public:
    explicit KeychainBanner(QWidget* parent = nullptr);

    void setStore(SecretStore* store);
    const KeychainStatus& status() const { return m_status; }
    bool isProbing() const { return m_probing; }
    QString message() const;

    // A short status-bar text: which store and whether it is usable.
    QString summary() const;

public slots:
    void probe();
    // Another operation met a keychain error: ask the keychain for its state.
    void report(const latchkey::Error& error);
    void unlock();

signals:
    void statusChanged();

private:
    void show(const KeychainStatus& status);

    QPointer<SecretStore> m_store;
    KeychainStatus m_status;
    bool m_probing = false;
    bool m_again = false; // asked again while a probe was out
    bool m_unlocking = false;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_unlock;
    QPushButton* m_retry;
};

} // namespace latchkey
