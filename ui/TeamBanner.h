#pragma once

#include "TeamStore.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace latchkey {

// A strip under the keychain banner for a team vault, saying what stands
// in the way, most urgent first: a member's key is missing or expired (so
// nothing can be saved), a secret changed here and on the remote, this user
// is not a member yet, gpg-agent will ask for a passphrase, the remote is
// out of reach. Hidden when there is nothing to say or the vault is local.
// It asks the store (TeamStore::inspect) when given one, when the store's
// state changes, and when probe() is called.
class TeamBanner : public QFrame {
    Q_OBJECT
public:
    explicit TeamBanner(QWidget* parent = nullptr);

    // Null (a local vault) hides the banner.
    void setStore(TeamStore* store);
    const TeamHealth& health() const { return m_health; }
    QString message() const;
    bool isProbing() const { return m_probing; }

public slots:
    // `contactRemote` fetches first (slower; offline is learnt only then).
    void probe(bool contactRemote = false);

signals:
    void healthChanged();
    // The user asked to sync (e.g. to resolve a conflict).
    void syncRequested();

private:
    void show(const TeamHealth& health);

    QPointer<TeamStore> m_store;
    TeamHealth m_health;
    bool m_probing = false;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_unlock;
    QPushButton* m_sync;
};

} // namespace latchkey
