#include "WindowActions.h"

#include "Icons.h"
#include "ImportDialog.h"
#include "SecretActions.h"
#include "Session.h"
#include "Vault.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace latchkey {

WindowActions::WindowActions(Session* session, QMainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_open(new QAction(Icons::get(Icons::Open), tr("&Open Manifest\u2026"), this))
    , m_close(new QAction(tr("&Close Manifest"), this))
    // Asked for the vault when triggered: it imports into whichever one is open then.
    , m_import(ImportDialog::createAction(window, [session] { return session->vault(); }))
    , m_find(new QAction(Icons::get(Icons::Find), tr("&Find"), this))
    , m_trash(new QAction(Icons::get(Icons::Trash), tr("Show &Trash\u2026"), this))
    , m_preferences(new QAction(Icons::get(Icons::Preferences), tr("&Preferences\u2026"), this))
    , m_about(new QAction(Icons::get(Icons::Help), tr("&About Latchkey"), this))
    , m_quit(new QAction(Icons::get(Icons::Quit), tr("&Quit"), this))
{
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setToolTip(tr("Open an app's inf.yml to see which secrets it needs (Ctrl+O)"));
    m_open->setShortcut(QKeySequence::Open);
    m_close->setObjectName(QStringLiteral("actionCloseManifest"));
    m_close->setShortcut(QKeySequence::Close);
    m_find->setObjectName(QStringLiteral("actionFind"));
    m_find->setShortcut(QKeySequence::Find);
    m_trash->setObjectName(QStringLiteral("actionTrash"));
    m_trash->setStatusTip(tr("The vault's deleted secrets: restore them or delete them for good"));
    connect(session, &Session::vaultChanged, this, &WindowActions::updateTrash);
    updateTrash();
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_about->setObjectName(QStringLiteral("actionAbout"));
    m_about->setMenuRole(QAction::AboutRole);
    m_quit->setObjectName(QStringLiteral("actionQuit"));
    m_quit->setShortcut(QKeySequence::Quit);
    // Also from the tray's search box, or while the window is hidden.
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
}

void WindowActions::populate(QMainWindow* window, SecretActions* secrets, QWidget* extra)
{
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(m_open);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(m_import);
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);
    connect(m_recent, &QMenu::aboutToShow, this, [this] {
        updateRecentMenu();
        m_session->pruneRecentManifests(); // a file gone since drops out when checked
    });
    // Rebuilt from the event loop: the change may come from one of the menu's
    // own entries, which must not be deleted while it is being triggered.
    connect(m_session, &Session::recentManifestsChanged, this, [this] {
        QMetaObject::invokeMethod(this, &WindowActions::updateRecentMenu, Qt::QueuedConnection);
    });
    updateRecentMenu();

    QMenu* secret = window->menuBar()->addMenu(tr("&Secret"));
    secret->addActions({secrets->addAction(), secrets->editAction(), secrets->deleteAction()});
    secret->addSeparator();
    secret->addActions({secrets->copyAction(), secrets->revealAction()});
    secret->addSeparator();
    secret->addAction(m_find);
    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_trash);
    window->menuBar()->addMenu(tr("&Help"))->addAction(m_about);

    QToolBar* tools = window->addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions({secrets->addAction(), secrets->editAction(), secrets->deleteAction()});
    tools->addSeparator();
    tools->addActions({secrets->copyAction(), secrets->revealAction()});
    tools->addSeparator();
    tools->addAction(m_open);
    auto* spacer = new QWidget(tools);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addWidget(new QLabel(tr("Vault: "), tools));
    tools->addWidget(extra);
}

void WindowActions::updateTrash()
{
    // A team vault's store keeps no earlier or deleted values (SecretStore::keepsPast).
    const Vault* vault = m_session->vault();
    m_trash->setEnabled(vault && vault->store()->keepsPast());
}

void WindowActions::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = m_session->recentManifests();
    for (const QString& path : recent) {
        QAction* action = m_recent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentChosen(path); });
    }
    if (recent.isEmpty()) {
        m_recent->addAction(tr("No recent manifests"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    connect(m_recent->addAction(tr("&Clear List")), &QAction::triggered, m_session,
            &Session::clearRecentManifests);
}

} // namespace latchkey
