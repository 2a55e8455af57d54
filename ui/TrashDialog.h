#pragma once

#include "Error.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace latchkey {

class Session;
class TrashModel;

// The open vault's trash, beside the window (non-modal): each deleted
// secret with its description, when it was deleted and the days left before
// it is removed for good. Restore brings the selected one back; Delete for
// Good and Empty Trash remove keychain items for good after a confirmation
// that is opened, not executed. Follows the Session: another vault, a delete
// or restore here or by latchkey-cli, and the list changes with it.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    TrashDialog(Session* session, QWidget* parent = nullptr);

    TrashModel* model() const { return m_model; }

signals:
    // A line for the window's message bar (never a value).
    void notice(const QString& text);
    void failed(const latchkey::Error& error);

private:
    void reload();
    void updateButtons();
    QString selectedKey() const;
    void restoreSelected();
    void confirmPurge();
    void confirmEmpty();
    void purge(const QString& key);
    void emptyTrash();
    void settle(const Error& error, const QString& done);

    QPointer<Session> m_session;
    TrashModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_restore;
    QPushButton* m_purge;
    QPushButton* m_empty;
    int m_busy = 0;
};

} // namespace latchkey
