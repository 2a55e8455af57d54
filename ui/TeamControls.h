#pragma once

#include "TeamSync.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace latchkey {

class MainWindow;
class TeamBanner;
class TeamStore;
class Vault;

// What a team vault adds to the main window, kept out of it: a Team menu
// (Sync, Members…) and a Sync button on the toolbar, both enabled for team
// vaults only; the TeamBanner under the keychain banner; and the vault
// switcher's team entries labelled with their sync state ("acme — team, 2
// to push"). It follows the window's current vault (vaultChanged) and uses
// only the window's public interface.
class TeamControls : public QObject {
    Q_OBJECT
public:
    explicit TeamControls(MainWindow* window);

    QAction* syncAction() const { return m_sync; }
    QAction* membersAction() const { return m_members; }
    TeamBanner* banner() const { return m_banner; }
    TeamStore* store() const;

public slots:
    // Pulls, then pushes; a conflict opens the ConflictDialog, whose choices
    // run the sync again.
    void sync(const latchkey::SyncChoices& choices = {});
    void showMembers();

signals:
    // A sync finished (for tests): its report, after the vault was refreshed.
    void synced(const latchkey::SyncReport& report);

private:
    void follow(Vault* vault);
    void labelSwitcher();
    void finishSync(const SyncReport& report);

    QPointer<MainWindow> m_window;
    QPointer<Vault> m_vault;
    TeamBanner* m_banner;
    QAction* m_sync;
    QAction* m_members;
};

} // namespace latchkey
