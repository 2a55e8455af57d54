#include "MainWindow.h"

#include "ClipboardGuard.h"
#include "KeychainBanner.h"
#include "ManifestParser.h"
#include "ManifestView.h"
#include "PreferencesDialog.h"
#include "RevealProxy.h"
#include "SecretEditor.h"
#include "SecretName.h"
#include "Settings.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace latchkey {

namespace {

// Filters on key and description only: the value column is never searched.
class SecretFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // The age column gets an icon by status (the core model has no widgets).
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == VaultModel::AgeColumn) {
            switch (static_cast<AgeState>(index.data(VaultModel::AgeStateRole).toInt())) {
            case AgeState::Stale:
            case AgeState::NeedsRotation:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            case AgeState::Expiring:
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            case AgeState::Ok:
                break;
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString needle = filterRegularExpression().pattern();
        if (needle.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(VaultModel::KeyRole).toString().contains(needle, Qt::CaseInsensitive) ||
               index.data(VaultModel::DescriptionRole)
                   .toString()
                   .contains(needle, Qt::CaseInsensitive);
    }
};

bool isManifestPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QFileInfo::exists(QDir(path).filePath(QStringLiteral("inf.yml")));
    return info.suffix() == QLatin1String("yml") || info.suffix() == QLatin1String("yaml");
}

const QString kNewVaultItem = QStringLiteral("\x01new");
// How long Undo stays in the status bar after a delete.
constexpr int kUndoMs = 8000;

} // namespace

MainWindow::MainWindow(VaultFactory vaults, ClipboardGuard* clipboard, QWidget* parent)
    : QMainWindow(parent)
    , m_factory(std::move(vaults))
    , m_clipboard(clipboard)
    , m_model(new VaultModel(this))
    , m_reveal(new RevealProxy(VaultModel::KeyRole, VaultModel::ValueColumn, this))
    , m_filter(new SecretFilter(this))
    , m_banner(new KeychainBanner(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Latchkey"));
    setAcceptDrops(true);
    m_reveal->setSourceModel(m_model);
    m_filter->setSourceModel(m_reveal);
    m_filter->setSortRole(VaultModel::SortRole);

    createActions();

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(createSecretsPage(), tr("Secrets"));
    // The secrets tab stays: remove its close button.
    if (QWidget* close = m_tabs->tabBar()->tabButton(0, QTabBar::RightSide))
        close->hide();
    if (QWidget* close = m_tabs->tabBar()->tabButton(0, QTabBar::LeftSide))
        close->hide();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* view = qobject_cast<ManifestView*>(m_tabs->widget(index))) {
            m_tabs->removeTab(index);
            view->deleteLater();
            rememberManifests();
            emit manifestsChanged();
        }
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatus"));
    statusBar()->addWidget(m_clipboardStatus, 1);
    statusBar()->addPermanentWidget(m_storeStatus);
    connect(m_banner, &KeychainBanner::statusChanged, this,
            [this] { m_storeStatus->setText(m_banner->summary()); });

    m_vaults = new QComboBox(this);
    m_vaults->setObjectName(QStringLiteral("vaultSwitcher"));
    m_vaults->setToolTip(tr("Vault: a separate set of secrets, e.g. for staging or production"));
    m_vaults->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    createMenus();

    connect(m_clipboard, &ClipboardGuard::countdown, this, [this](int seconds) {
        m_clipboardStatus->setText(
            seconds > 0 ? tr("Value on the clipboard; clearing in %n s", nullptr, seconds)
                        : QString());
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("Clipboard cleared."), 4000); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &VaultModel::loadErrorChanged, this, [this](const QString& message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);

    applySettings();
    populateVaults();
    switchVault(Settings::currentVault());
    connect(m_vaults, &QComboBox::activated, this, [this](int index) {
        const QString name = m_vaults->itemData(index).toString();
        if (name != kNewVaultItem)
            return switchVault(name);
        bool ok = false;
        const QString created = QInputDialog::getText(
            this, tr("New Vault"), tr("Name of the new vault (letters, digits, '-', '_' and '.'):"),
            QLineEdit::Normal, QString(), &ok);
        const QString reason = vaultNameError(created);
        if (ok && !created.isEmpty() && reason.isEmpty())
            return switchVault(created);
        if (ok && !reason.isEmpty())
            QMessageBox::warning(this, tr("New Vault"),
                                 tr("\"%1\" cannot be a vault name: %2.").arg(created, reason));
        populateVaults();
    });

    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(900, 560);
}

MainWindow::~MainWindow()
{
    m_reveal->hideValue();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, QStyle::StandardPixmap icon, const QString& theme,
                       const QString& tip) {
        auto* action =
            new QAction(QIcon::fromTheme(theme, style()->standardIcon(icon)), text, this);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_add = make(tr("&Add Secret…"), QStyle::SP_FileDialogNewFolder, QStringLiteral("list-add"),
                 tr("Add a secret to this vault (Ctrl+N)"));
    m_add->setShortcut(QKeySequence::New);
    m_add->setObjectName(QStringLiteral("actionAdd"));
    connect(m_add, &QAction::triggered, this, &MainWindow::addSecret);

    m_edit = make(tr("&Edit…"), QStyle::SP_FileDialogDetailedView, QStringLiteral("document-edit"),
                  tr("Change the selected secret (Enter)"));
    m_edit->setObjectName(QStringLiteral("actionEdit"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    connect(m_edit, &QAction::triggered, this, [this] { editSecret(); });

    m_delete = make(tr("&Delete…"), QStyle::SP_TrashIcon, QStringLiteral("edit-delete"),
                    tr("Delete the selected secret (Delete)"));
    m_delete->setObjectName(QStringLiteral("actionDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSecret(); });

    m_copy = make(tr("&Copy Value"), QStyle::SP_DialogSaveButton, QStringLiteral("edit-copy"),
                  tr("Copy the selected secret's value; the clipboard is cleared again shortly "
                     "(Ctrl+C)"));
    m_copy->setObjectName(QStringLiteral("actionCopy"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, [this] { copyValue(); });

    m_revealAction =
        make(tr("&Reveal"), QStyle::SP_FileDialogContentsView, QStringLiteral("view-visible"),
             tr("Show the selected value for a few seconds (Ctrl+R)"));
    m_revealAction->setObjectName(QStringLiteral("actionReveal"));
    m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_revealAction, &QAction::triggered, this, [this] { revealValue(); });

    m_open =
        make(tr("&Open Manifest…"), QStyle::SP_DialogOpenButton, QStringLiteral("document-open"),
             tr("Open an app's inf.yml to see which secrets it needs (Ctrl+O)"));
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseManifest);

    m_closeManifest = new QAction(tr("&Close Manifest"), this);
    m_closeManifest->setShortcut(QKeySequence::Close);
    connect(m_closeManifest, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() > 0)
            emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });

    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_preferences = new QAction(tr("&Preferences…"), this);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::quit);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_closeManifest);
    file->addSeparator();
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(m_quit);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();

    QMenu* secret = menuBar()->addMenu(tr("&Secret"));
    secret->addAction(m_add);
    secret->addAction(m_edit);
    secret->addAction(m_delete);
    secret->addSeparator();
    secret->addAction(m_copy);
    secret->addAction(m_revealAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_find);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_copy);
    toolbar->addAction(m_revealAction);
    toolbar->addSeparator();
    toolbar->addAction(m_open);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto* vaultLabel = new QLabel(tr("&Vault:"), toolbar);
    vaultLabel->setBuddy(m_vaults);
    toolbar->addWidget(vaultLabel);
    toolbar->addWidget(m_vaults);

    // The table's own shortcuts (Enter, Delete, Ctrl+C) only act on the table,
    // so the same keys keep their meaning in the search field.
    m_table->addAction(m_edit);
    m_table->addAction(m_delete);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        if (m_table->indexAt(pos).isValid()) {
            menu.addAction(m_copy);
            menu.addAction(m_revealAction);
            menu.addSeparator();
            menu.addAction(m_edit);
            menu.addAction(m_delete);
            menu.addSeparator();
        }
        menu.addAction(m_add);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

QWidget* MainWindow::createSecretsPage()
{
    auto* page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search keys and descriptions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterRegularExpression(QRegularExpression(text));
        m_filter->invalidate();
    });

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("secretsTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VaultModel::KeyColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VaultModel::DescriptionColumn, QHeaderView::Stretch);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { editSecret(); });

    m_empty = new QWidget(page);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    auto* emptyText = new QLabel(
        tr("No secrets yet — add one, or open an app's inf.yml to see what it needs."), m_empty);
    emptyText->setObjectName(QStringLiteral("emptyText"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    QFont font = emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    emptyText->setFont(font);
    auto* addButton = new QPushButton(m_add->icon(), tr("Add a Secret…"), m_empty);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addSecret);
    auto* openButton = new QPushButton(m_open->icon(), tr("Open an inf.yml…"), m_empty);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseManifest);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();

    m_secretsStack = new QStackedWidget(page);
    m_secretsStack->addWidget(m_table);
    m_secretsStack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_search);
    layout->addWidget(m_secretsStack, 1);
    setTabOrder(m_search, m_table);
    return page;
}

void MainWindow::applySettings()
{
    m_revealMs = Settings::revealSeconds() * 1000;
    m_clipboard->setClearDelay(std::chrono::seconds(Settings::clipboardClearSeconds()));
}

void MainWindow::populateVaults()
{
    QStringList names{Vault::defaultName()};
    const QDir dir(VaultIndex::defaultDirectory());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        if (vaultNameError(info.completeBaseName()).isEmpty())
            names << info.completeBaseName();
    if (m_vault)
        names << m_vault->name();
    names.removeDuplicates();
    names.sort();
    const QSignalBlocker blocker(m_vaults);
    m_vaults->clear();
    for (const QString& name : names)
        m_vaults->addItem(name, name);
    m_vaults->insertSeparator(m_vaults->count());
    m_vaults->addItem(tr("New Vault…"), kNewVaultItem);
    if (m_vault)
        m_vaults->setCurrentIndex(m_vaults->findData(m_vault->name()));
}

void MainWindow::switchVault(const QString& name)
{
    if (m_vault && m_vault->name() == name)
        return;
    m_reveal->hideValue();
    Vault* old = m_vault;
    m_vault = m_factory(name);
    if (m_vault && !m_vault->parent())
        m_vault->setParent(this);
    connect(m_vault, &Vault::warning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    // The index is checked against the keychain when the vault opens and
    // whenever the keychain's state changes (unlocked, provider restarted):
    // interrupted changes are settled and strays repaired.
    auto reconcile = [vault = QPointer<Vault>(m_vault), this] {
        if (vault)
            vault->refresh(this, [](const Error&, const VaultListing&) {});
    };
    connect(m_vault, &Vault::stateChanged, this, reconcile);
    reconcile();
    m_model->setVault(m_vault);
    m_banner->setStore(m_vault ? m_vault->store() : nullptr);
    m_storeStatus->setText(m_banner->summary());
    for (ManifestView* view : manifestViews())
        view->setVault(m_vault);
    if (old)
        old->deleteLater();
    Settings::setCurrentVault(name);
    setWindowTitle(name == Vault::defaultName() ? tr("Latchkey") : tr("Latchkey — %1").arg(name));
    populateVaults();
    updateActions();
    updateEmptyState();
    emit vaultChanged(m_vault);
}

QList<ManifestView*> MainWindow::manifestViews() const
{
    QList<ManifestView*> views;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto* view = qobject_cast<ManifestView*>(m_tabs->widget(i)))
            views << view;
    return views;
}

QString MainWindow::currentKey() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return index.data(VaultModel::KeyRole).toString();
}

bool MainWindow::selectKey(const QString& key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_filter->mapFromSource(m_reveal->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::updateActions()
{
    const bool selected = !currentKey().isEmpty();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_copy->setEnabled(selected);
    m_revealAction->setEnabled(selected);
    m_add->setEnabled(m_vault);
}

void MainWindow::updateEmptyState()
{
    m_secretsStack->setCurrentWidget(m_model->rowCount() == 0 ? m_empty : m_table);
    updateActions();
}

void MainWindow::showEditor(SecretEditor* editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &SecretEditor::storeError, this, &MainWindow::reportError);
    connect(editor, &SecretEditor::saved, this, [this](const QString& key) {
        m_model->reload();
        selectKey(key);
        statusBar()->showMessage(tr("Saved %1 in the keychain.").arg(key), 4000);
    });
    // open(), not exec(): saving waits for the keychain on this event loop.
    editor->open();
}

void MainWindow::addSecret()
{
    if (!m_vault || (m_editor && m_editor->isVisible()))
        return;
    auto* editor = new SecretEditor(m_vault, SecretEditor::Mode::Add, this);
    showEditor(editor);
}

void MainWindow::editSecret(const QString& keyOrCurrent)
{
    const QString key = keyOrCurrent.isEmpty() ? currentKey() : keyOrCurrent;
    if (!m_vault || key.isEmpty() || (m_editor && m_editor->isVisible()))
        return;
    auto* editor = new SecretEditor(m_vault, SecretEditor::Mode::Edit, this);
    editor->setKey(key, true);
    showEditor(editor);
}

void MainWindow::deleteSecret(const QString& keyOrCurrent)
{
    const QString key = keyOrCurrent.isEmpty() ? currentKey() : keyOrCurrent;
    if (!m_vault || key.isEmpty())
        return;
    QStringList apps;
    for (ManifestView* view : manifestViews())
        if (view->needsKey(key))
            apps << view->title();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Secret"),
                                tr("Delete %1 from vault \"%2\"?").arg(key, m_vault->name()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    QString info = m_vault->keepsTrash()
                       ? tr("It moves to the vault's trash for %n day(s) and can be restored.",
                            nullptr, m_vault->lifecycle().trashDays)
                       : tr("Its value is removed from the keychain. This cannot be undone.");
    if (!apps.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        info = tr("%1 requires %2 and will not be ready to run without it.")
                   .arg(apps.join(tr(", ")), key) +
               QLatin1Char('\n') + info;
    }
    box->setInformativeText(info);
    QPushButton* remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, key] {
        if (box->clickedButton() != remove || !m_vault)
            return;
        const bool undoable = m_vault->keepsTrash();
        m_vault->remove(key, this, [this, key, undoable](const Error& error) {
            if (error)
                return reportError(error);
            m_model->reload();
            statusBar()->showMessage(tr("Deleted %1.").arg(key), kUndoMs);
            if (undoable)
                offerUndo(key);
        });
    });
    box->open();
}

void MainWindow::offerUndo(const QString& key)
{
    // One Undo at a time, for the last delete, for as long as its message shows.
    delete m_undo;
    m_undo = new QPushButton(tr("&Undo"), statusBar());
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_undo->setToolTip(tr("Bring %1 back from the trash").arg(key));
    m_undo->setFlat(true);
    // Permanent: a temporary message (the "Deleted" one) hides normal widgets.
    statusBar()->insertPermanentWidget(0, m_undo);
    QPointer<QPushButton> button = m_undo;
    QTimer::singleShot(kUndoMs, button, [button] { button->deleteLater(); });
    const QPointer<Vault> vault = m_vault;
    connect(m_undo, &QPushButton::clicked, this, [this, button, vault, key] {
        if (button)
            button->deleteLater();
        if (!vault || vault != m_vault)
            return;
        vault->restore(key, this, [this, key](const Error& error) {
            if (error)
                return reportError(error);
            m_model->reload();
            statusBar()->showMessage(tr("Restored %1.").arg(key), 4000);
        });
    });
}

void MainWindow::copyValue(const QString& keyOrCurrent)
{
    const QString key = keyOrCurrent.isEmpty() ? currentKey() : keyOrCurrent;
    if (!m_vault || key.isEmpty())
        return;
    m_vault->value(key, this, [this, key](const Error& error, const QString& value) {
        if (error)
            return reportError(error);
        m_clipboard->copy(value);
        const int seconds = int(m_clipboard->clearDelay().count() / 1000);
        statusBar()->showMessage(
            seconds > 0
                ? tr("Copied %1; the clipboard is cleared in %n s.", nullptr, seconds).arg(key)
                : tr("Copied %1; the clipboard is cleared when Latchkey quits.").arg(key),
            4000);
    });
}

void MainWindow::revealValue(const QString& keyOrCurrent)
{
    const QString key = keyOrCurrent.isEmpty() ? currentKey() : keyOrCurrent;
    if (!m_vault || key.isEmpty())
        return;
    if (m_reveal->revealedKey() == key) {
        m_reveal->hideValue();
        return;
    }
    m_vault->value(key, this, [this, key](const Error& error, const QString& value) {
        if (error)
            return reportError(error);
        m_reveal->reveal(key, value, m_revealMs);
    });
}

void MainWindow::reportError(const Error& error)
{
    if (!error)
        return;
    m_banner->report(error);
    statusBar()->showMessage(error.message, 15000);
    if (!isKeychainError(error.kind))
        QMessageBox::warning(this, tr("Latchkey"), error.message);
}

void MainWindow::chooseManifest()
{
    const QStringList recent = Settings::recentManifests();
    const QString start =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open App Manifest"), start,
                                     tr("App manifests (inf.yml *.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        openManifest(path);
}

ManifestView* MainWindow::openManifest(const QString& pathOrDirectory)
{
    const QString path = QFileInfo(ManifestParser::resolvePath(pathOrDirectory)).absoluteFilePath();
    // The same file reached through a symbolic link is the same manifest.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (ManifestView* view : manifestViews())
        if (view->path() == path ||
            (!canonical.isEmpty() && QFileInfo(view->path()).canonicalFilePath() == canonical)) {
            m_tabs->setCurrentWidget(view);
            return view;
        }
    auto* view = new ManifestView(path, m_vault, m_tabs);
    const int index = m_tabs->addTab(view, view->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(path));
    connect(view, &ManifestView::titleChanged, this, [this, view](const QString& title) {
        m_tabs->setTabText(m_tabs->indexOf(view), title);
    });
    connect(view, &ManifestView::verdictChanged, this, [this, view] {
        const int at = m_tabs->indexOf(view);
        m_tabs->setTabIcon(at,
                           style()->standardIcon(view->isReady() ? QStyle::SP_DialogApplyButton
                                                                 : QStyle::SP_MessageBoxWarning));
        emit manifestsChanged();
    });
    connect(view, &ManifestView::storeError, this, &MainWindow::reportError);
    m_tabs->setCurrentWidget(view);
    Settings::addRecentManifest(path);
    rememberManifests();
    emit manifestsChanged();
    return view;
}

void MainWindow::restoreManifests()
{
    m_restoring = true;
    const QStringList paths = Settings::openManifests();
    for (const QString& path : paths)
        if (QFileInfo::exists(path))
            openManifest(path);
    m_restoring = false;
    m_tabs->setCurrentIndex(0);
    rememberManifests();
}

void MainWindow::rememberManifests()
{
    if (m_restoring)
        return;
    QStringList paths;
    for (ManifestView* view : manifestViews())
        paths << view->path();
    Settings::setOpenManifests(paths);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentManifests();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openManifest(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent manifests"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { Settings::clearRecentManifests(); });
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::setWindowGeometry(saveGeometry());
    rememberManifests();
    m_reveal->hideValue();
    if (m_closeHides && Settings::closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && isManifestPath(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && isManifestPath(url.toLocalFile()))
            openManifest(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace latchkey
