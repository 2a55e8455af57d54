#pragma once

#include <QComboBox>

namespace latchkey {

class Session;

// Picks the Session's vault: every vault there is, plus "New Vault…", which
// asks for a name (non-modal) and creates the vault, so it stays in the list
// from then on even while it holds no secret.
class VaultSwitcher : public QComboBox {
    Q_OBJECT
public:
    explicit VaultSwitcher(Session* session, QWidget* parent = nullptr);

public slots:
    void askForNewVault();

signals:
    // A name was refused; the reason, for the window to show.
    void refused(const QString& reason);

private:
    void populate();

    Session* m_session;
};

} // namespace latchkey
