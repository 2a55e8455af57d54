#pragma once

#include "Error.h"
#include "SecretEditor.h"
#include "Vault.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace latchkey {

class ClipboardGuard;
class KeychainBanner;
class ManifestView;
class RevealProxy;

class VaultModel;

// The vault's secrets in a searchable, sortable table with add, edit, delete,
// copy, reveal; open manifests in tabs next to it; the keychain's status
// always in sight. Collaborators are passed in so tests own them: a factory
// that makes the Vault for a name (the window owns what it returns) and the
// clipboard guard.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using VaultFactory = std::function<Vault*(const QString& name)>;

    MainWindow(VaultFactory vaults, ClipboardGuard* clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    Vault* vault() const { return m_vault; }
    VaultModel* vaultModel() const { return m_model; }
    RevealProxy* revealProxy() const { return m_reveal; }
    QTableView* secretsTable() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    KeychainBanner* keychainBanner() const { return m_banner; }
    QWidget* emptyState() const { return m_empty; }
    QTabWidget* tabs() const { return m_tabs; }
    SecretEditor* currentEditor() const { return m_editor; }
    QList<ManifestView*> manifestViews() const;
    // Selected secret's key in the table, or empty.
    QString currentKey() const;
    bool selectKey(const QString& key);

    void setRevealMilliseconds(int ms) { m_revealMs = ms; }
    // The tray (issue #5) turns this on when it is shown; until then closing quits.
    void setCloseHidesWindow(bool hide) { m_closeHides = hide; }

    QAction* addSecretAction() const { return m_add; }
    QAction* editSecretAction() const { return m_edit; }
    QAction* deleteSecretAction() const { return m_delete; }
    QAction* copyValueAction() const { return m_copy; }
    QAction* revealValueAction() const { return m_revealAction; }
    QAction* openManifestAction() const { return m_open; }
    QAction* quitAction() const { return m_quit; }

public slots:
    void switchVault(const QString& name);
    ManifestView* openManifest(const QString& pathOrDirectory);
    void restoreManifests();
    void addSecret();
    void editSecret(const QString& key = {});
    void deleteSecret(const QString& key = {});
    // Shows Undo in the status bar: it brings `key` back from the trash.
    void offerUndo(const QString& key);
    void copyValue(const QString& key = {});
    void revealValue(const QString& key = {});
    void chooseManifest();
    void showPreferences();

signals:
    void vaultChanged(latchkey::Vault* vault);
    void manifestsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    QWidget* createSecretsPage();
    void populateVaults();
    void updateActions();
    void updateEmptyState();
    void updateRecentMenu();
    void rememberManifests();
    void reportError(const latchkey::Error& error);
    void showEditor(SecretEditor* editor);
    void applySettings();

    VaultFactory m_factory;
    ClipboardGuard* m_clipboard;
    QPointer<Vault> m_vault;
    VaultModel* m_model;
    RevealProxy* m_reveal;
    QSortFilterProxyModel* m_filter;
    KeychainBanner* m_banner;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QStackedWidget* m_secretsStack;
    QTableView* m_table;
    QWidget* m_empty;
    QComboBox* m_vaults;
    QLabel* m_storeStatus;
    QLabel* m_clipboardStatus;
    QPointer<QPushButton> m_undo; // after a delete, for a few seconds
    QMenu* m_recentMenu = nullptr;
    QPointer<SecretEditor> m_editor;
    int m_revealMs = 8000;
    bool m_closeHides = false;
    bool m_restoring = false;

    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_revealAction = nullptr;
    QAction* m_open = nullptr;
    QAction* m_closeManifest = nullptr;
    QAction* m_find = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace latchkey
