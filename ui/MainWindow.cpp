#include "MainWindow.h"

#include "AboutDialog.h"
#include "ClipboardGuard.h"
#include "Icons.h"
#include "KeychainBanner.h"
#include "ManifestParser.h"
#include "ManifestView.h"
#include "MessageBar.h"
#include "OpenManifest.h"
#include "PreferencesDialog.h"
#include "SecretActions.h"
#include "SecretsPage.h"
#include "Session.h"
#include "Settings.h"
#include "TrashDialog.h"
#include "VaultSwitcher.h"
#include "WindowActions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMimeData>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace latchkey {

namespace {
bool isManifestPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(QStringLiteral("inf.yml")));
    return info.suffix() == QLatin1String("yml") || info.suffix() == QLatin1String("yaml");
}
} // namespace

MainWindow::MainWindow(Session* session, ClipboardGuard* clipboard, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_actions(new SecretActions(session, clipboard, this))
    , m_window(new WindowActions(session, this))
    , m_banner(new KeychainBanner(session, this))
    , m_messages(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_secrets(new SecretsPage(session, m_tabs))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_secrets->setEmptyStateActions(m_actions->addAction(), m_window->openManifest());
    m_secrets->view()->addActions(m_actions->rowActions());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setElideMode(Qt::ElideRight); // a long app name is shown whole on its page
    m_tabs->addTab(m_secrets, tr("Secrets"));
    for (auto side : {QTabBar::RightSide, QTabBar::LeftSide}) // the secrets tab stays
        if (QWidget* close = m_tabs->tabBar()->tabButton(0, side))
            close->hide();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* view = qobject_cast<ManifestView*>(m_tabs->widget(index)))
            m_session->closeManifest(view->manifest());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_actions->setPage(qobject_cast<KeyPage*>(m_tabs->currentWidget())); });
    m_actions->setPage(m_secrets);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("itemCount"));
    m_storeStatus = new QLabel(m_banner->summary(), this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    // Undo after a delete: a permanent widget, as a temporary message hides the others.
    auto* undo = new QToolButton(this);
    undo->setObjectName(QStringLiteral("undoDelete"));
    undo->setDefaultAction(m_actions->undoDeleteAction());
    undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    undo->hide();
    connect(m_actions->undoDeleteAction(), &QAction::changed, undo,
            [this, undo] { undo->setVisible(m_actions->undoDeleteAction()->isEnabled()); });
    // Permanent, so that the "Copied KEY." message a copy shows beside it
    // does not hide the countdown while the clipboard still holds the value.
    statusBar()->addPermanentWidget(m_clipboardStatus);
    statusBar()->addPermanentWidget(undo);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_storeStatus);
    connect(m_banner, &KeychainBanner::summaryChanged, m_storeStatus, &QLabel::setText);
    connect(m_secrets, &SecretsPage::countChanged, this, [this](int shown, int total) {
        // Worded so that no number needs a plural form.
        m_count->setText(shown == total ? tr("Secrets: %1").arg(total)
                                        : tr("Shown: %1 of %2").arg(shown).arg(total));
    });
    connect(m_clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        m_clipboardStatus->setText(
            seconds > 0 ? tr("Value on the clipboard; clearing in %n s", nullptr, seconds)
                        : QString());
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("Clipboard cleared."), 4000); });
    connect(m_actions, &SecretActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_actions, &SecretActions::notice, m_messages, &MessageBar::showNotice);
    connect(m_actions, &SecretActions::failed, this, [this](const Error& error) {
        m_session->report(error); // the banner follows the keychain's state
        reportError(error.message);
    });
    connect(m_actions, &SecretActions::saved, m_secrets, &SecretsPage::selectWhenShown);
    connect(m_secrets, &SecretsPage::keyActivated, m_actions, &SecretActions::editKey);
    connect(m_secrets, &SecretsPage::copyRequested, m_actions, &SecretActions::copyKey);
    connect(m_session, &Session::notice, m_messages, &MessageBar::showNotice);
    connect(m_session, &Session::vaultChanged, this, &MainWindow::updateTitle);
    connect(m_session, &Session::manifestOpened, this, &MainWindow::addManifestTab);
    connect(m_session, &Session::manifestClosed, this, [this](OpenManifest* manifest) {
        if (ManifestView* view = viewFor(manifest)) {
            m_tabs->removeTab(m_tabs->indexOf(view));
            view->deleteLater();
        }
    });
    for (OpenManifest* manifest : m_session->manifests())
        addManifestTab(manifest);
    auto* vaults = new VaultSwitcher(m_session, this);
    connect(vaults, &VaultSwitcher::refused, this, &MainWindow::reportError);
    m_window->populate(this, m_actions, vaults);
    connect(m_window->openManifest(), &QAction::triggered, this, &MainWindow::chooseManifest);
    connect(m_window, &WindowActions::recentChosen, this, &MainWindow::openManifest);
    connect(m_window->closeManifest(), &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > 0)
            emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });
    connect(m_window->find(), &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_secrets);
        m_secrets->focusSearch();
    });
    connect(m_window->preferences(), &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_window->trash(), &QAction::triggered, this, &MainWindow::showTrash);
    connect(m_window->about(), &QAction::triggered, this, &MainWindow::showAbout);
    updateTitle();
    applySettings();
    // A quit (Ctrl+Q, the tray, the session ending) closes the window for
    // real, also when closing it otherwise only hides it in the tray.
    qApp->installEventFilter(this);
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(900, 560);
}

QAction* MainWindow::quitAction() const
{
    return m_window->quit();
}

QAction* MainWindow::openManifestAction() const
{
    return m_window->openManifest();
}

void MainWindow::setRevealSeconds(int seconds)
{
    m_actions->setRevealDuration(std::chrono::seconds(seconds));
}

void MainWindow::applySettings()
{
    setRevealSeconds(Settings::revealSeconds());
    m_clipboard->setClearDelay(std::chrono::seconds(Settings::clipboardClearSeconds()));
}

void MainWindow::updateTitle()
{
    // The platform adds the application's display name ("… — Latchkey").
    const QString vault = m_session->vaultName();
    setWindowTitle(vault.isEmpty() || vault == QLatin1String("default") ? tr("Latchkey") : vault);
}

void MainWindow::reportError(const QString& message)
{
    m_messages->showError(message);
    statusBar()->showMessage(message, 15000);
}

ManifestView* MainWindow::viewFor(const OpenManifest* manifest) const
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<ManifestView*>(m_tabs->widget(i));
            view && view->manifest() == manifest)
            return view;
    return nullptr;
}

void MainWindow::addManifestTab(OpenManifest* manifest)
{
    auto* view = new ManifestView(manifest, m_tabs);
    view->view()->addActions(m_actions->rowActions());
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(view->path()));
    connect(view, &ManifestView::titleChanged, this, [this, view](const QString& title) {
        m_tabs->setTabText(m_tabs->indexOf(view), title);
    });
    connect(view, &KeyPage::keyActivated, m_actions, &SecretActions::editKey);
    connect(view, &ManifestView::setMissingRequested, this,
            [this, manifest] { m_actions->setMissing(manifest); });
    auto updateIcon = [this, view, manifest] {
        const OpenManifest::Tone tone = manifest->tone();
        m_tabs->setTabIcon(m_tabs->indexOf(view),
                           tone == OpenManifest::Tone::Ready    ? Icons::state(SecretState::Set)
                           : tone == OpenManifest::Tone::Locked ? Icons::state(SecretState::Locked)
                           : tone == OpenManifest::Tone::Checking ? QIcon()
                                                                  : Icons::get(Icons::Warning));
    };
    connect(manifest, &OpenManifest::verdictChanged, view, updateIcon);
    updateIcon();
}

void MainWindow::openManifest(const QString& pathOrDirectory)
{
    if (OpenManifest* manifest = m_session->openManifest(pathOrDirectory))
        m_tabs->setCurrentWidget(viewFor(manifest));
}

void MainWindow::chooseManifest()
{
    const QStringList recent = m_session->recentManifests();
    const QString start =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    // Non-modal: the keychain and the file watchers go on answering meanwhile.
    auto* dialog = new QFileDialog(this, tr("Open App Manifest"), start,
                                   tr("App manifests (inf.yml *.yml *.yaml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openManifestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openManifest);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::showTrash()
{
    if (!m_trash) {
        // Beside the window, not modal: the table and the message bar stay usable.
        m_trash = new TrashDialog(m_session, this);
        m_trash->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_trash, &TrashDialog::notice, m_messages, &MessageBar::showNotice);
        connect(m_trash, &TrashDialog::failed, this, [this](const Error& error) {
            m_session->report(error);
            reportError(error.message);
        });
    }
    m_trash->show();
    m_trash->raise();
    m_trash->activateWindow();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::Quit) {
        m_quitting = true;
        // If something else refuses to close, the quit is off: back to normal.
        QTimer::singleShot(0, this, [this] { m_quitting = false; });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setWindowGeometry(saveGeometry());
    if (m_closeHides && Settings::closeToTray() && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && isManifestPath(url.toLocalFile()))
            return event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && isManifestPath(url.toLocalFile()))
            openManifest(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace latchkey
