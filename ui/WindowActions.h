#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace latchkey {

class SecretActions;
class Session;

// The window's own actions (open, close and recent manifests, import, find,
// preferences, about, quit) and the menu bar and toolbar that show them with
// the secrets' actions. What they do is the window's; this only arranges them.
class WindowActions : public QObject {
    Q_OBJECT
public:
    WindowActions(Session* session, QMainWindow* window);

    QAction* openManifest() const { return m_open; }
    QAction* closeManifest() const { return m_close; }
    // File ▸ Import… into the session's current vault (ui/ImportDialog.h).
    QAction* import() const { return m_import; }
    QAction* find() const { return m_find; }
    // View ▸ Show Trash…: the open vault's deleted secrets (ui/TrashDialog.h).
    // Off for a vault whose store keeps no trash.
    QAction* trash() const { return m_trash; }
    QAction* preferences() const { return m_preferences; }
    QAction* about() const { return m_about; }
    QAction* quit() const { return m_quit; }

    // Fills the window's menu bar and toolbar; `extra` goes at the toolbar's end.
    void populate(QMainWindow* window, SecretActions* secrets, QWidget* extra);

signals:
    // An entry of File ▸ Open Recent was chosen.
    void recentChosen(const QString& path);

private:
    void updateRecentMenu();
    void updateTrash();

    Session* m_session;
    QMenu* m_recent = nullptr;
    QAction* m_open;
    QAction* m_close;
    QAction* m_import;
    QAction* m_find;
    QAction* m_trash;
    QAction* m_preferences;
    QAction* m_about;
    QAction* m_quit;
};

} // namespace latchkey
