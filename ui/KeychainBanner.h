#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace latchkey {

class SecretStore;

// A non-modal strip at the top of the window that says, with the remedy, when
// the keychain is unavailable or locked, and hides itself once it is reachable.
// It asks the store itself (probe) so nothing else has to.
class KeychainBanner : public QFrame {
    Q_OBJECT
public:
    explicit KeychainBanner(QWidget* parent = nullptr);

    void setStore(SecretStore* store);
    Error status() const { return m_status; }
    bool isProbing() const { return m_probing; }
    QString message() const;

    // A short status-bar text: which store and whether it is usable.
    QString summary() const;

public slots:
    void probe();
    // Another operation learned the keychain's state; show it without asking again.
    void report(const latchkey::Error& error);

signals:
    void statusChanged();

private:
    SecretStore* m_store = nullptr;
    Error m_status;
    bool m_probing = false;
    bool m_known = false;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
};

} // namespace latchkey
