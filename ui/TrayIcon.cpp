#include "TrayIcon.h"

#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "ManifestView.h"
#include "QuickSearchPopup.h"
#include "ReadinessModel.h"
#include "SecretEditor.h"
#include "Vault.h"

#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace latchkey {

TrayIcon::TrayIcon(MainWindow* window, ClipboardGuard* clipboard, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_clipboard(clipboard)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_rebuild(new QTimer(this))
{
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/latchkey.svg"));
    m_icon->setIcon(icon);
    m_icon->setToolTip(tr("Latchkey"));
    m_icon->setContextMenu(m_menu);
    // Several sources change together (a save touches the index and every
    // manifest's report); one rebuild is enough.
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(50);
    connect(m_rebuild, &QTimer::timeout, this, &TrayIcon::rebuildMenu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    connect(m_window, &MainWindow::vaultChanged, this, &TrayIcon::watchSources);
    connect(m_window, &MainWindow::manifestsChanged, this, &TrayIcon::watchSources);
    watchSources();
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    delete m_search;
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_window->setCloseHidesWindow(true);
    m_icon->show();
}

void TrayIcon::scheduleRebuild()
{
    m_rebuild->start();
}

void TrayIcon::watchSources()
{
    if (m_watchedVault != m_window->vault()) {
        if (m_watchedVault)
            disconnect(m_watchedVault, nullptr, this, nullptr);
        m_watchedVault = m_window->vault();
        if (m_watchedVault)
            connect(m_watchedVault, &Vault::changed, this, &TrayIcon::scheduleRebuild);
    }
    for (ManifestView* view : m_window->manifestViews())
        connect(view->model(), &ReadinessModel::reportChanged, this, &TrayIcon::scheduleRebuild,
                Qt::UniqueConnection);
    scheduleRebuild();
}

void TrayIcon::rebuildMenu()
{
    Vault* vault = m_window->vault();
    const QList<SecretInfo> secrets = vault ? vault->list().entries : QList<SecretInfo>();
    QList<ReadinessReport> reports;
    for (ManifestView* view : m_window->manifestViews())
        reports.append(view->model()->report());
    const QStringList recent = vault ? RecentKeys(vault->name()).keys() : QStringList();
    m_plan = QuickCopyPlan::build(secrets, reports, recent);

    m_menu->clear();
    for (const QuickCopyPlan::Group& group : m_plan.groups) {
        m_menu->addSection(group.title);
        for (const QuickCopyPlan::Entry& entry : group.entries) {
            const QString text = entry.available ? entry.key : tr("%1 (not set)").arg(entry.key);
            QAction* action = m_menu->addAction(text);
            action->setToolTip(entry.description);
            action->setStatusTip(entry.description);
            action->setEnabled(entry.available);
            action->setData(entry.key);
            const QString key = entry.key;
            connect(action, &QAction::triggered, this, [this, key] { copyKey(key); });
        }
    }
    if (secrets.isEmpty() && m_plan.groups.isEmpty()) {
        QAction* none = m_menu->addAction(tr("No secrets yet"));
        none->setEnabled(false);
    }
    if (!secrets.isEmpty()) {
        const QString text = m_plan.hiddenCount > 0
                                 ? tr("Search… (%n more)", nullptr, m_plan.hiddenCount)
                                 : tr("Search…");
        connect(m_menu->addAction(text), &QAction::triggered, this, &TrayIcon::openSearch);
    }
    m_menu->addSeparator();
    const bool visible = m_window->isVisible() && !m_window->isMinimized();
    connect(m_menu->addAction(visible ? tr("Hide Latchkey") : tr("Open Latchkey")),
            &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_menu->addAction(tr("Open manifest…")), &QAction::triggered, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        m_window->chooseManifest();
    });
    m_menu->addSeparator();
    m_menu->addAction(m_window->quitAction());
    if (m_search && vault) {
        QList<QPair<QString, QString>> entries;
        for (const SecretInfo& info : secrets)
            entries.append({info.key, info.description});
        m_search->setEntries(entries);
    }
}

void TrayIcon::copyKey(const QString& key)
{
    Vault* vault = m_window->vault();
    if (!vault)
        return;
    const QString vaultName = vault->name();
    vault->value(key, this, [this, key, vaultName](const Error& error, const QString& value) {
        if (error) {
            m_icon->showMessage(tr("Could not copy %1").arg(key), error.message,
                                QSystemTrayIcon::Warning, 8000);
            emit copyFailed(key, error.message);
            return;
        }
        m_clipboard->copy(value);
        RecentKeys(vaultName).touch(key);
        const int seconds = static_cast<int>(m_clipboard->clearDelay().count() / 1000);
        const QString when =
            seconds > 0 ? tr("The clipboard will be cleared in %n seconds.", nullptr, seconds)
                        : tr("The clipboard will be cleared when Latchkey quits.");
        m_icon->showMessage(tr("Copied %1").arg(key), when, QSystemTrayIcon::Information, 4000);
        emit copied(key);
        scheduleRebuild(); // most recently used first
    });
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    scheduleRebuild();
}

void TrayIcon::openSearch()
{
    if (!m_search) {
        m_search = new QuickSearchPopup;
        m_search->setAttribute(Qt::WA_QuitOnClose, false);
        connect(m_search, &QuickSearchPopup::chosen, this, &TrayIcon::copyKey);
        rebuildMenu();
    }
    m_search->popup();
}

} // namespace latchkey
