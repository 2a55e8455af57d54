#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;

namespace latchkey {

class ClipboardGuard;
class KeychainBanner;
class ManifestView;
class MessageBar;
class OpenManifest;
class SecretActions;
class SecretsPage;
class TrashDialog;
class Session;
class WindowActions;

// The frame: menus and toolbar, the keychain banner and a message bar, the
// secrets page and one tab per open manifest, the status bar. What is open
// lives in the Session; what can be done to a secret lives in SecretActions;
// each page draws itself. Collaborators are passed in so tests own them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Session* session, ClipboardGuard* clipboard, QWidget* parent = nullptr);

    SecretActions* actions() const { return m_actions; }
    QAction* quitAction() const;
    QAction* openManifestAction() const;
    // The tray turns this on when it is shown; until then closing quits.
    void setCloseHidesWindow(bool hide) { m_closeHides = hide; }
    void setRevealSeconds(int seconds);

public slots:
    // Opens the manifest (or brings its tab forward).
    void openManifest(const QString& pathOrDirectory);
    void chooseManifest();
    void showPreferences();
    void showAbout();
    // The vault's trash, in a window of its own (one at a time).
    void showTrash();
    void applySettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addManifestTab(OpenManifest* manifest);
    ManifestView* viewFor(const OpenManifest* manifest) const;
    void updateTitle();
    void reportError(const QString& message);

    Session* m_session;
    ClipboardGuard* m_clipboard;
    SecretActions* m_actions;
    WindowActions* m_window;
    KeychainBanner* m_banner;
    MessageBar* m_messages;
    QTabWidget* m_tabs;
    SecretsPage* m_secrets;
    QLabel* m_storeStatus;
    QLabel* m_clipboardStatus;
    QLabel* m_count;
    QPointer<TrashDialog> m_trash;
    bool m_closeHides = false;
    bool m_quitting = false;
};

} // namespace latchkey
