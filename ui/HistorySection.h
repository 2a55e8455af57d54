#pragma once

#include "Error.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace latchkey {

class Session;

// The editor's History: the earlier values of one secret, newest first, as
// version, when it was replaced and its masked hint (never the value), read
// from the vault asynchronously (Vault::history), with Restore for the
// selected one (Vault::restoreVersion). Collapsible. Hidden for a vault
// whose store keeps no earlier values (SecretStore::keepsPast).
class HistorySection : public QWidget {
    Q_OBJECT
public:
    HistorySection(Session* session, QWidget* parent = nullptr);

    // Shows the earlier values of `key` (reading them again).
    void setKey(const QString& key);
    // Reads the list again; an answer to an earlier read is dropped.
    void reload();
    bool isLoading() const { return m_loading; }
    // The section's widgets that take the focus, in order, for the editor's tab order.
    QList<QWidget*> tabOrder() const;

signals:
    // Earlier value `version` of `key` is the current value now.
    void restored(const QString& key, int version);
    // Reading or restoring failed (also said in the section itself).
    void failed(const latchkey::Error& error);

private:
    void restoreSelected();
    void showStatus(const QString& text, bool error);
    void updateButtons();

    QPointer<Session> m_session;
    QString m_key;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_restoring = false;
    QToolButton* m_toggle;
    QWidget* m_body;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_restore;
};

} // namespace latchkey
