#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class QAction;
class QTimer;
class QWidget;

namespace latchkey {

class ClipboardGuard;
class KeyPage;
class OpenManifest;
class RevealPopup;
class SecretEditor;
class Session;
class Vault;

// What can be done to a secret — add, edit (or set, for a key a manifest
// needs), delete, copy, reveal, set every missing one — as actions for the
// menus, the toolbar and the tables' context menus. They always act on the
// current page's selected row (the vault's table or a manifest's), so a
// toolbar button never acts on a row the user cannot see. Nothing here waits:
// dialogs are opened, not executed, and the keychain answers later.
class SecretActions : public QObject {
    Q_OBJECT
public:
    SecretActions(Session* session, ClipboardGuard* clipboard, QWidget* window);

    QAction* addAction() const { return m_add; }
    QAction* editAction() const { return m_edit; }
    QAction* deleteAction() const { return m_delete; }
    QAction* copyAction() const { return m_copy; }
    QAction* revealAction() const { return m_reveal; }
    // Brings back the secret deleted last, from the vault's trash. Enabled
    // for a few seconds after a delete that kept it there, else disabled.
    QAction* undoDeleteAction() const { return m_undoDelete; }
    // For a table's context menu, in menu order.
    QList<QAction*> rowActions() const;

    // The page whose selection the actions act on.
    void setPage(KeyPage* page);
    void setRevealDuration(std::chrono::milliseconds duration) { m_revealFor = duration; }
    RevealPopup* revealPopup() const { return m_popup; }
    // The editor that is open, if any.
    SecretEditor* editor() const;

public slots:
    void addSecret();
    // Edits `key` if the vault has it, or opens the editor that adds it (with
    // the page's description for it). Empty: the current row's key.
    void editKey(const QString& key = {});
    void deleteKey(const QString& key = {});
    void copyKey(const QString& key = {});
    void revealKey(const QString& key = {});
    // Walks through every required key of `manifest` the keychain says it
    // does not have, one editor after another. Never a key that exists.
    void setMissing(latchkey::OpenManifest* manifest);
    void updateActions();
    void undoDelete();

signals:
    // A line for the status bar (never a value).
    void message(const QString& text);
    // Something done that the window's message bar tells (never a value).
    void notice(const QString& text);
    // Something failed; the window reports it without a modal dialog.
    void failed(const latchkey::Error& error);
    void saved(const QString& key);

private:
    QString keyOr(const QString& key) const;
    bool canOpenEditor() const;
    void openEditor(SecretEditor* editor);
    void nextMissing();
    void offerUndo(const QString& key);
    void dropUndo();

    Session* m_session;
    ClipboardGuard* m_clipboard;
    QWidget* m_window;
    QPointer<KeyPage> m_page;
    RevealPopup* m_popup;
    QPointer<SecretEditor> m_editor;
    std::chrono::milliseconds m_revealFor{std::chrono::seconds(8)};
    QPointer<OpenManifest> m_walkManifest;
    QStringList m_walk;
    QPointer<Vault> m_undoVault; // the vault and key Undo restores
    QString m_undoKey;
    QTimer* m_undoTimer;

    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
    QAction* m_copy;
    QAction* m_reveal;
    QAction* m_undoDelete;
};

} // namespace latchkey
