#include "TeamControls.h"

#include "ConflictDialog.h"
#include "Icons.h"
#include "KeychainBanner.h"
#include "MembersDialog.h"
#include "Session.h"
#include "TeamBanner.h"
#include "TeamStore.h"
#include "Vault.h"
#include "VaultRegistry.h"

#include <QBoxLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace latchkey {

TeamControls::TeamControls(QMainWindow* window, Session* session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_banner(new TeamBanner(window))
{
    setObjectName(QStringLiteral("teamControls"));
    // Under the keychain banner, above the tabs.
    if (auto* keychain = window->findChild<KeychainBanner*>(QStringLiteral("keychainBanner")))
        if (auto* layout = qobject_cast<QBoxLayout*>(keychain->parentWidget()->layout()))
            layout->insertWidget(layout->indexOf(keychain) + 1, m_banner);

    m_sync = new QAction(Icons::get(Icons::Refresh), tr("S&ync"), this);
    m_sync->setObjectName(QStringLiteral("actionSync"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_sync->setStatusTip(tr("Bring in the team's changes, then share yours (team vaults)"));
    m_sync->setToolTip(m_sync->statusTip());
    m_members = new QAction(tr("&Members…"), this);
    m_members->setObjectName(QStringLiteral("actionMembers"));
    m_members->setStatusTip(tr("Who can read this team vault; add or remove a member"));
    // Before Help, which ends the menu bar.
    const QList<QAction*> menus = window->menuBar()->actions();
    auto* team = new QMenu(tr("&Team"), window->menuBar());
    team->setObjectName(QStringLiteral("teamMenu"));
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), team);
    team->addAction(m_sync);
    team->addAction(m_members);
    if (auto* toolbar = window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        // After Open Manifest, before the spacer and the vault switcher.
        const QList<QAction*> actions = toolbar->actions();
        const qsizetype open =
            actions.indexOf(window->findChild<QAction*>(QStringLiteral("actionOpen")));
        toolbar->insertAction(
            open >= 0 && open + 1 < actions.size() ? actions.at(open + 1) : nullptr, m_sync);
    }

    connect(m_sync, &QAction::triggered, this, [this] { sync(); });
    connect(m_members, &QAction::triggered, this, &TeamControls::showMembers);
    connect(m_banner, &TeamBanner::syncRequested, this, [this] { sync(); });
    connect(m_banner, &TeamBanner::healthChanged, this, &TeamControls::labelVaults);
    connect(session, &Session::vaultChanged, this, [this] { follow(m_session->vault()); });
    follow(session->vault());
}

TeamStore* TeamControls::store() const
{
    return m_vault ? qobject_cast<TeamStore*>(m_vault->store()) : nullptr;
}

void TeamControls::follow(Vault* vault)
{
    m_vault = vault;
    TeamStore* team = store();
    m_sync->setEnabled(team != nullptr);
    m_members->setEnabled(team != nullptr);
    m_banner->setStore(team);
    labelVaults();
    // The other team vaults' states, as of their last fetch.
    const auto entries = VaultRegistry::load();
    if (!entries || !m_window)
        return;
    for (const TeamVaultEntry& entry : *entries) {
        if (m_vault && entry.name == m_vault->name())
            continue;
        auto* other = new TeamStore(entry.name, entry.store, this);
        other->inspect(false, this, [this, other, name = entry.name](const TeamHealth& health) {
            other->deleteLater();
            if (!health.error)
                m_session->setVaultLabel(name, tr("%1 — team, %2").arg(name, health.sync.text()));
        });
    }
}

void TeamControls::labelVaults()
{
    // The labels live in the session, which every list of vaults reads.
    const auto entries = VaultRegistry::load();
    if (!entries)
        return;
    for (const TeamVaultEntry& entry : *entries) {
        const bool current = m_vault && m_vault->name() == entry.name;
        if (current && !m_banner->isProbing() && !m_banner->health().error &&
            m_banner->health().sync.hasRemote)
            m_session->setVaultLabel(
                entry.name, tr("%1 — team, %2").arg(entry.name, m_banner->health().sync.text()));
        else if (!m_session->vaultLabel(entry.name).contains(u'—'))
            m_session->setVaultLabel(entry.name, tr("%1 — team").arg(entry.name));
    }
}

void TeamControls::sync(const SyncChoices& choices)
{
    TeamStore* team = store();
    if (!team || !m_window)
        return;
    m_sync->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Syncing vault %1…").arg(team->vault()));
    team->sync(choices, this, [this](const SyncReport& report) { finishSync(report); });
}

void TeamControls::finishSync(const SyncReport& report)
{
    m_sync->setEnabled(store() != nullptr);
    if (!m_window || !m_vault)
        return;
    const QString vault = m_vault->name();
    if (!report.conflicts.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Some secrets changed here and on the remote; choose which versions to keep."));
        auto* dialog = new ConflictDialog(vault, report.conflicts, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { sync(dialog->choices()); });
        dialog->open();
    } else if (report.error) {
        m_window->statusBar()->showMessage(report.error.message, 15000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Sync"), report.error.message,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        QString text = tr("Vault %1 is in sync.").arg(vault);
        if (!report.pulled.isEmpty())
            text += u' ' + report.pulled.join(u' ');
        m_window->statusBar()->showMessage(text, 15000);
    }
    // What came in is listed, with its description, once the index adopts it.
    m_vault->refresh(this, [this, report](const Error&, const VaultListing&) {
        m_banner->probe();
        emit synced(report);
    });
}

void TeamControls::showMembers()
{
    TeamStore* team = store();
    if (!team || !m_window)
        return;
    auto* dialog = new MembersDialog(team, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MembersDialog::changed, this, [this](const QString& message) {
        if (m_window)
            m_window->statusBar()->showMessage(message, 15000);
        if (m_vault)
            m_vault->refresh(this,
                             [this](const Error&, const VaultListing&) { m_banner->probe(); });
    });
    dialog->open();
}

} // namespace latchkey
