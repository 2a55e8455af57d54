#pragma once

#include "TeamStore.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace latchkey {

// The members of a team vault (the recipients of its .gpg-id) with their
// key's state; add one by key id, fingerprint or e-mail, or from a key
// file; remove one, after a warning that they may keep what they could
// read and that those secrets will be marked as needing rotation. Every
// change re-encrypts the vault's secrets (TeamMembers.h).
class MembersDialog : public QDialog {
    Q_OBJECT
public:
    MembersDialog(TeamStore* store, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

public slots:
    void reload();
    // `who`: a key id, fingerprint, e-mail or key file.
    void add(const QString& who);
    // Without asking (removeSelected() asks first).
    void remove(const QString& fingerprint);
    void removeSelected();
    void addFromFile();

signals:
    // A member was added or removed; the message says what happened.
    void changed(const QString& message);
    // Any answer arrived (reload, add, remove), for tests and the busy state.
    void settled();

private:
    void setBusy(bool busy);
    void report(const Result<MemberChange>& change, bool added);

    QPointer<TeamStore> m_store;
    QTableWidget* m_table;
    QLineEdit* m_id;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_file;
    QPushButton* m_remove;
    bool m_busy = false;
};

} // namespace latchkey
