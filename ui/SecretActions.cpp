#include "SecretActions.h"

#include "ClipboardGuard.h"
#include "Icons.h"
#include "KeyPage.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "RevealPopup.h"
#include "SecretEditor.h"
#include "Session.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace latchkey {

namespace {
// How long Undo is offered after a delete.
constexpr int kUndoMs = 10000;
} // namespace

SecretActions::SecretActions(Session* session, ClipboardGuard* clipboard, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_window(window)
    , m_popup(new RevealPopup(window))
    , m_undoTimer(new QTimer(this))
{
    auto make = [this](const QString& text, Icons::Id icon, const char* name, const QString& tip) {
        auto* action = new QAction(Icons::get(icon), text, this);
        action->setObjectName(QLatin1String(name));
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_add = make(tr("&Add Secret\u2026"), Icons::Add, "actionAdd",
                 tr("Add a secret to this vault (Ctrl+N)"));
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QAction::triggered, this, &SecretActions::addSecret);

    m_edit = make(tr("&Edit\u2026"), Icons::Edit, "actionEdit",
                  tr("Change the selected secret, or set it when it is missing (Enter)"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    connect(m_edit, &QAction::triggered, this, [this] { editKey(); });

    m_delete = make(tr("&Delete\u2026"), Icons::Delete, "actionDelete",
                    tr("Delete the selected secret (Delete)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, [this] { deleteKey(); });

    m_undoDelete = new QAction(Icons::get(Icons::Undo), tr("&Undo"), this);
    m_undoDelete->setObjectName(QStringLiteral("actionUndoDelete"));
    m_undoDelete->setEnabled(false);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);
    connect(m_undoTimer, &QTimer::timeout, this, &SecretActions::dropUndo);
    connect(m_undoDelete, &QAction::triggered, this, &SecretActions::undoDelete);
    // Another vault: the secret to bring back is not in it.
    connect(session, &Session::vaultChanged, this, &SecretActions::dropUndo);

    m_copy = make(tr("&Copy Value"), Icons::Copy, "actionCopy",
                  tr("Copy the selected secret's value; the clipboard is cleared again shortly "
                     "(Ctrl+C)"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, [this] { copyKey(); });

    m_reveal = make(tr("&Reveal"), Icons::Reveal, "actionReveal",
                    tr("Show the selected value for a few seconds (Ctrl+R)"));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reveal, &QAction::triggered, this, [this] { revealKey(); });

    connect(m_session, &Session::secretsChanged, this, &SecretActions::updateActions);
    connect(m_session, &Session::vaultChanged, this, &SecretActions::updateActions);
    connect(m_session, &Session::vaultChanged, m_popup, &RevealPopup::conceal);
    updateActions();
}

SecretEditor* SecretActions::editor() const
{
    return m_editor;
}

QList<QAction*> SecretActions::rowActions() const
{
    return {m_copy, m_reveal, m_edit, m_delete};
}

void SecretActions::setPage(KeyPage* page)
{
    if (m_page)
        disconnect(m_page, &KeyPage::currentKeyChanged, this, &SecretActions::updateActions);
    m_page = page;
    if (m_page)
        connect(m_page, &KeyPage::currentKeyChanged, this, &SecretActions::updateActions);
    updateActions();
}

QString SecretActions::keyOr(const QString& key) const
{
    return !key.isEmpty() ? key : m_page ? m_page->currentKey() : QString();
}

void SecretActions::updateActions()
{
    const QString key = keyOr({});
    const bool listed = !key.isEmpty() && m_session->secrets()->contains(key);
    m_copy->setEnabled(listed);
    m_reveal->setEnabled(listed);
    m_delete->setEnabled(listed);
    m_edit->setEnabled(!key.isEmpty() && m_session->vault());
    m_edit->setText(listed || key.isEmpty() ? tr("&Edit\u2026") : tr("&Set Value\u2026"));
    m_add->setEnabled(m_session->vault());
}

bool SecretActions::canOpenEditor() const
{
    return m_session->vault() && !(m_editor && m_editor->isVisible());
}

void SecretActions::openEditor(SecretEditor* editor)
{
    m_editor = editor;
    connect(editor, &SecretEditor::storeError, this, &SecretActions::failed);
    connect(editor, &SecretEditor::versionRestored, this, [this](const QString& key, int version) {
        emit notice(tr("Restored version %1 of %2: it is the current value now, and the value it "
                       "replaced is the newest earlier one.")
                        .arg(version)
                        .arg(key));
    });
    connect(editor, &SecretEditor::saved, this, [this](const QString& key) {
        emit message(tr("Saved %1 in the keychain.").arg(key));
        emit saved(key);
    });
    // open(), not exec(): saving waits for the keychain on this event loop.
    editor->open();
}

void SecretActions::addSecret()
{
    if (canOpenEditor())
        openEditor(new SecretEditor(m_session, SecretEditor::Mode::Add, m_window));
}

void SecretActions::editKey(const QString& keyOrCurrent)
{
    const QString key = keyOr(keyOrCurrent);
    if (key.isEmpty() || !canOpenEditor())
        return;
    if (m_session->secrets()->contains(key)) {
        auto* editor = new SecretEditor(m_session, SecretEditor::Mode::Edit, m_window);
        editor->setKey(key, true);
        return openEditor(editor);
    }
    // Not in the vault's index. A manifest row may still know it is in the
    // keychain, behind a lock: then it is not missing, and never overwritten.
    const SecretState state = m_page ? m_page->stateOf(key) : SecretState::Missing;
    if (state == SecretState::Locked || state == SecretState::Unreadable ||
        state == SecretState::Checking || state == SecretState::Set)
        return emit failed(
            {ErrorKind::Locked, tr("%1 may be in the keychain already, which cannot be read now; "
                                   "unlock it before setting %1.")
                                    .arg(key)});
    auto* editor = new SecretEditor(m_session, SecretEditor::Mode::AddMissing, m_window);
    editor->setKey(key, true);
    if (m_page)
        editor->setDescription(m_page->descriptionFor(key));
    openEditor(editor);
}

void SecretActions::deleteKey(const QString& keyOrCurrent)
{
    const QString key = keyOr(keyOrCurrent);
    if (!m_session->vault() || key.isEmpty() || !m_session->secrets()->contains(key))
        return;
    QStringList apps;
    for (const OpenManifest* manifest : m_session->manifests())
        if (manifest->needsKey(key))
            apps << manifest->title();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Secret"),
                                tr("Delete %1 from vault \"%2\"?").arg(key, m_session->vaultName()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("confirmDelete"));
    const Vault* vault = m_session->vault();
    QString info = vault->keepsTrash()
                       ? tr("It moves to the vault's trash for %n day(s) and can be restored.",
                            nullptr, vault->lifecycle().trashDays)
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
        Vault* vault = m_session->vault();
        if (box->clickedButton() != remove || !vault)
            return;
        const bool undoable = vault->keepsTrash();
        vault->remove(key, this, [this, key, undoable](const Error& error) {
            if (error)
                return emit failed(error);
            emit message(undoable ? tr("Deleted %1 (moved to the trash).").arg(key)
                                  : tr("Deleted %1.").arg(key));
            if (undoable)
                offerUndo(key);
        });
    });
    box->open();
}

void SecretActions::offerUndo(const QString& key)
{
    // One Undo at a time: for the last delete, for a few seconds.
    m_undoVault = m_session->vault();
    m_undoKey = key;
    m_undoDelete->setToolTip(tr("Bring %1 back from the trash").arg(key));
    m_undoDelete->setStatusTip(m_undoDelete->toolTip());
    m_undoDelete->setEnabled(true);
    m_undoTimer->start();
}

void SecretActions::dropUndo()
{
    m_undoTimer->stop();
    m_undoVault.clear();
    m_undoKey.clear();
    m_undoDelete->setEnabled(false);
}

void SecretActions::undoDelete()
{
    const QPointer<Vault> vault = m_undoVault;
    const QString key = m_undoKey;
    dropUndo();
    if (!vault || vault != m_session->vault() || key.isEmpty())
        return;
    vault->restore(key, this, [this, key](const Error& error) {
        if (error)
            return emit failed(error);
        emit message(tr("Restored %1.").arg(key));
        emit saved(key); // selected again once its row is back
    });
}

void SecretActions::copyKey(const QString& keyOrCurrent)
{
    const QString key = keyOr(keyOrCurrent);
    if (key.isEmpty() || !m_session->secrets()->contains(key))
        return;
    m_session->readValue(key, this, [this, key](const Error& error, const QString& value) {
        if (error)
            return emit failed(error);
        m_clipboard->copy(value);
        m_session->touchRecentKey(key);
        // With a delay, the status bar's countdown says when it is cleared.
        emit message(m_clipboard->clearDelay().count() > 0
                         ? tr("Copied %1.").arg(key)
                         : tr("Copied %1; the clipboard is cleared when Latchkey quits.").arg(key));
    });
}

void SecretActions::revealKey(const QString& keyOrCurrent)
{
    const QString key = keyOr(keyOrCurrent);
    if (key.isEmpty() || !m_session->secrets()->contains(key))
        return;
    if (m_popup->revealedKey() == key)
        return m_popup->conceal();
    QRect anchor = m_page ? m_page->currentRowRect() : QRect();
    if (anchor.isEmpty())
        anchor = QRect(m_window->mapToGlobal(m_window->rect().center()), QSize(1, 1));
    m_session->readValue(key, this, [this, key, anchor](const Error& error, const QString& value) {
        if (error)
            return emit failed(error);
        m_popup->reveal(key, value, anchor, m_revealFor);
    });
}

void SecretActions::setMissing(OpenManifest* manifest)
{
    if (!manifest)
        return;
    m_walkManifest = manifest;
    m_walk = manifest->readiness()->missingRequired();
    nextMissing();
}

void SecretActions::nextMissing()
{
    while (m_walkManifest && !m_walk.isEmpty()) {
        const QString key = m_walk.takeFirst();
        // Asked again now: it may have been set (here or elsewhere) meanwhile.
        const ReadinessModel* readiness = m_walkManifest->readiness();
        const int row = readiness->rowOf(key);
        if (row < 0 || readiness->stateAt(row) != SecretState::Missing ||
            m_session->secrets()->contains(key) || !canOpenEditor())
            continue;
        auto* editor = new SecretEditor(m_session, SecretEditor::Mode::AddMissing, m_window);
        editor->setKey(key, true);
        if (const SecretRequirement* secret = m_walkManifest->manifest().secret(key))
            editor->setDescription(secret->description);
        connect(editor, &QDialog::finished, this, [this](int result) {
            // The editor deletes itself after this; open the next one afterwards.
            if (result == QDialog::Accepted)
                QMetaObject::invokeMethod(this, &SecretActions::nextMissing, Qt::QueuedConnection);
            else
                m_walk.clear();
        });
        return openEditor(editor);
    }
    m_walk.clear();
}

} // namespace latchkey
