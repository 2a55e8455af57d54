#pragma once

#include "QuickCopyPlan.h"
#include "RecentKeys.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace latchkey {

class ClipboardGuard;
class MainWindow;
class QuickSearchPopup;
class Vault;

// The tray: quick-copy of any secret in two clicks, grouped by the open
// manifests, without opening the main window. Values go through the same
// ClipboardGuard as the window; notifications name the key and the clear
// delay, never the value. Without a tray host the app never creates one.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(MainWindow* window, ClipboardGuard* clipboard, QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();

    void show();
    QSystemTrayIcon* icon() const { return m_icon; }
    QMenu* menu() const { return m_menu; }
    const QuickCopyPlan& plan() const { return m_plan; }
    QuickSearchPopup* searchPopup() const { return m_search; }

public slots:
    // Copies the value of `key` from the current vault; async, never blocks.
    void copyKey(const QString& key);
    void toggleWindow();
    void openSearch();
    void rebuildMenu();

signals:
    void copied(const QString& key);
    void copyFailed(const QString& key, const QString& message);

private:
    void scheduleRebuild();
    void watchSources();

    MainWindow* m_window;
    ClipboardGuard* m_clipboard;
    QSystemTrayIcon* m_icon;
    QMenu* m_menu;
    QuickSearchPopup* m_search = nullptr;
    QTimer* m_rebuild;
    QuickCopyPlan m_plan;
    QPointer<Vault> m_watchedVault;
};

} // namespace latchkey
