#pragma once

#include "Clock.h"
#include "KeychainStatus.h"
#include "SecretAge.h"
#include "SecretState.h"
#include "SecretStore.h"
#include "VaultIndex.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace latchkey {

// The secrets of one vault as a table: key, masked value, description, last
// updated, age and status (SecretAge: "45d · stale"). It is the one in-memory copy of the vault's
// index in the desktop app (Session fills it; the window, the tray and the editor read it) and
// holds metadata only: the value column shows the index's hint (the masking
// rule's output) or, when the keychain cannot give the value, why. Rows are
// updated in place so selection and scroll survive.
class VaultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        ValueColumn,
        DescriptionColumn,
        UpdatedColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the secret's name, in every column
        DescriptionRole,
        UpdatedRole,  // QDateTime (UTC)
        HintRole,     // the masked value
        SortRole,     // the age column sorts by days since the last update
        StateRole,    // int(SecretState): Checking, Set, Locked or Unreadable
        DetailRole,   // why the value cannot be read; empty when it can
        RotateRole,   // why the value must be rotated (a team vault's member left); empty if not
        AgeStateRole, // int(AgeState), in every column (the UI picks an icon by it)
    };

    explicit VaultModel(QObject* parent = nullptr);

    // Makes the rows `entries` (any order), changing only what differs.
    // Answers with the keys that were added, changed or removed.
    QStringList setEntries(QList<SecretInfo> entries);
    // What the keychain said about each key; keys not named keep their state.
    void setPresence(const QHash<QString, Presence>& presence);
    // Forgets what the keychain said about each key (another vault, a restart).
    void clearPresence();
    // The keychain as a whole: while it is locked or unreachable every row says
    // so at once, whatever was learnt about single keys before.
    void setKeychainState(KeychainState state);
    KeychainState keychainState() const { return m_keychain; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool contains(const QString& key) const { return m_rows.contains(key); }
    // The entry of `key`, or null.
    const SecretInfo* find(const QString& key) const;
    int rowOf(const QString& key) const { return m_rows.value(key, -1); }
    QString keyAt(int row) const;
    const SecretInfo& entryAt(int row) const { return m_entries.at(row); }
    const QList<SecretInfo>& entries() const { return m_entries; }
    SecretState stateOf(const QString& key) const;

    // What a change of keychain state or presence changes (dataChanged's
    // roles): never a row's key, description, dates or hint, so never the
    // order of the rows.
    static QList<int> stateRoles();
    // Whether a dataChanged with `roles` may have changed what rows are
    // sorted and searched by (no roles: anything may have).
    static bool changesEntries(const QList<int>& roles);

    // The rule the age column applies (SecretAge.h): the vault's default
    // rotation period and its clock (Session passes the vault's; tests move
    // time on). Every row's age is shown afresh.
    void setAging(int defaultRotateDays, std::shared_ptr<const Clock> clock);
    SecretAge ageAt(int row) const;
    // The age states the rows can show without waiting for days to pass: a
    // flag for rotation, or a due date (an expiry or a rotation period) that
    // makes a row expiring and then stale. From the entries' fields alone,
    // so cheap enough for every change of the rows.
    QList<AgeState> possibleAgeStates() const;
    // The age of `key` by the same rule; none when the vault does not list it.
    std::optional<SecretAge> ageOf(const QString& key) const;

private:
    SecretState stateAt(int row) const;
    QString detailAt(int row) const;
    void reindex();
    void emitRowsChanged(int first, int last);
    void emitStatesChanged(int first, int last);

    QList<SecretInfo> m_entries; // sorted by key
    QHash<QString, int> m_rows;  // key -> row
    QHash<QString, Presence> m_presence;
    KeychainState m_keychain = KeychainState::Unknown;
    int m_rotateDays = 0;
    std::shared_ptr<const Clock> m_clock = Clock::system();
};

} // namespace latchkey
