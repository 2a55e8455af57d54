#pragma once

#include "QuickCopyPlan.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace latchkey {

class ClipboardGuard;
class ExpiryReminder;
class QuickSearchPopup;
class Session;

// The tray: quick-copy of any secret in two clicks, grouped by the open
// manifests, without opening the main window. It reads the Session (never the
// window): the vault's secrets, the manifests' verdicts, the recently copied
// keys. Values go through the same ClipboardGuard as the window;
// notifications name the key and the clear delay, never the value; once a
// day it reminds of secrets due for a new value (ExpiryReminder.h). Without a
// tray host the app never creates one.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    // `window` is shown and hidden from the tray; `quit` and `openManifest`
    // are the window's actions, so the tray quits and opens the same way.
    TrayIcon(Session* session, ClipboardGuard* clipboard, QWidget* window, QAction* quit,
             QAction* openManifest, QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();

    void show();
    QSystemTrayIcon* icon() const { return m_icon; }
    const QuickCopyPlan& plan() const { return m_plan; }
    ExpiryReminder* reminder() const { return m_reminder; }

public slots:
    // Copies the value of `key` from the current vault; async, never blocks.
    void copyKey(const QString& key);
    void toggleWindow();
    void openSearch();
    void rebuildMenu();

signals:
    void copied(const QString& key);
    void copyFailed(const QString& key, const QString& message);
    // The daily reminder of secrets due for a new value was shown.
    void reminded(const QString& title, const QString& message);

private:
    bool windowShown() const;
    void updateToggle();

    Session* m_session;
    ClipboardGuard* m_clipboard;
    QPointer<QWidget> m_window;
    QAction* m_quit;
    QAction* m_openManifest;
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
    QAction* m_toggle = nullptr;
    QuickSearchPopup* m_search = nullptr;
    ExpiryReminder* m_reminder = nullptr;
    QTimer* m_rebuild;
    QuickCopyPlan m_plan;
};

} // namespace latchkey
