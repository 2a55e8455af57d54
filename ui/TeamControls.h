#pragma once

#include "TeamSync.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace latchkey {

class Session;
class TeamBanner;
class TeamStore;
class Vault;

// What a team vault adds to the main window, kept out of it: a Team menu
// (Sync, Members…) and a Sync button on the toolbar, both enabled for team
// vaults only; the TeamBanner under the keychain banner; and the vault
// switcher's team entries labelled with their sync state ("acme — team, 2
// to push"). It follows the Session's current vault and finds the window's
// parts by objectName, like every other part of the window.
class TeamControls : public QObject {
    Q_OBJECT
public:
    TeamControls(QMainWindow* window, Session* session);

    QAction* syncAction() const { return m_sync; }
    QAction* membersAction() const { return m_members; }
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
    void labelVaults(); // "NAME — team, STATE" in the session, for the switcher
    void finishSync(const SyncReport& report);

    QPointer<QMainWindow> m_window;
    Session* m_session;
    QPointer<Vault> m_vault;
    TeamBanner* m_banner;
    QAction* m_sync;
    QAction* m_members;
};

} // namespace latchkey
