#include "TrayIcon.h"

#include "ClipboardGuard.h"
#include "ExpiryReminder.h"
#include "OpenManifest.h"
#include "QuickSearchPopup.h"
#include "ReadinessModel.h"
#include "Session.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace latchkey {

TrayIcon::TrayIcon(Session* session, ClipboardGuard* clipboard, QWidget* window, QAction* quit,
                   QAction* openManifest, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_quit(quit)
    , m_openManifest(openManifest)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_rebuild(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/latchkey.svg"));
    m_icon->setIcon(icon);
    m_icon->setToolTip(tr("Latchkey"));
    m_icon->setContextMenu(m_menu);
    // Several sources change together (a save touches the index and the
    // verdicts of the manifests that declare the key); one rebuild is enough.
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(50);
    connect(m_rebuild, &QTimer::timeout, this, &TrayIcon::rebuildMenu);
    for (auto signal : {&Session::vaultChanged, &Session::manifestsChanged, &Session::loaded,
                        &Session::keychainChanged})
        connect(m_session, signal, m_rebuild, qOverload<>(&QTimer::start));
    connect(m_session, &Session::secretsChanged, m_rebuild, qOverload<>(&QTimer::start));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    // Asked when the menu opens, so it is right however the window was
    // shown or hidden (closed to the tray, minimized, shown by another start).
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateToggle);
    // Once a day: secrets of the vault that are due for a new value.
    m_reminder = new ExpiryReminder(m_session, this);
    connect(m_reminder, &ExpiryReminder::remind, this,
            [this](const QString& title, const QString& message) {
                m_icon->showMessage(title, message, QSystemTrayIcon::Warning, 10000);
                emit reminded(title, message);
            });
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
    m_icon->show();
}

bool TrayIcon::windowShown() const
{
    return m_window && m_window->isVisible() && !m_window->isMinimized();
}

void TrayIcon::updateToggle()
{
    if (m_toggle)
        m_toggle->setText(windowShown() ? tr("Hide Latchkey") : tr("Show Latchkey"));
}

void TrayIcon::rebuildMenu()
{
    const QList<SecretInfo>& secrets = m_session->secrets()->entries();
    QList<ReadinessReport> reports;
    for (const OpenManifest* manifest : m_session->manifests()) {
        ReadinessReport report = manifest->readiness()->shownReport();
        report.appName = manifest->title();
        reports.append(report);
    }
    m_plan = QuickCopyPlan::build(secrets, reports, m_session->recentKeys());

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
    if (secrets.isEmpty() && m_plan.groups.isEmpty())
        m_menu->addAction(tr("No secrets yet"))->setEnabled(false);
    if (!secrets.isEmpty()) {
        const QString text = m_plan.hiddenCount > 0
                                 ? tr("Search\u2026 (%n more)", nullptr, m_plan.hiddenCount)
                                 : tr("Search\u2026");
        connect(m_menu->addAction(text), &QAction::triggered, this, &TrayIcon::openSearch);
    }
    m_menu->addSeparator();
    m_toggle = m_menu->addAction(QString());
    m_toggle->setObjectName(QStringLiteral("trayToggleWindow"));
    connect(m_toggle, &QAction::triggered, this, &TrayIcon::toggleWindow);
    updateToggle();
    connect(m_menu->addAction(tr("Open Manifest\u2026")), &QAction::triggered, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
        m_openManifest->trigger();
    });
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
}

void TrayIcon::copyKey(const QString& key)
{
    m_session->readValue(key, this, [this, key](const Error& error, const QString& value) {
        if (error) {
            m_icon->showMessage(tr("Could not copy %1").arg(key), error.message,
                                QSystemTrayIcon::Warning, 8000);
            emit copyFailed(key, error.message);
            return;
        }
        m_clipboard->copy(value);
        m_session->touchRecentKey(key);
        const int seconds = static_cast<int>(m_clipboard->clearDelay().count() / 1000);
        const QString when =
            seconds > 0 ? tr("The clipboard will be cleared in %n seconds.", nullptr, seconds)
                        : tr("The clipboard will be cleared when Latchkey quits.");
        m_icon->showMessage(tr("Copied %1").arg(key), when, QSystemTrayIcon::Information, 4000);
        emit copied(key);
        m_rebuild->start(); // most recently used first
    });
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (windowShown()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateToggle();
}

void TrayIcon::openSearch()
{
    if (!m_search) {
        m_search = new QuickSearchPopup(m_session->secrets());
        m_search->setAttribute(Qt::WA_QuitOnClose, false);
        // Quitting works from the search box as from the window.
        m_search->addAction(m_quit);
        connect(m_search, &QuickSearchPopup::chosen, this, &TrayIcon::copyKey);
    }
    m_search->popup();
}

} // namespace latchkey
