#pragma once

#include "Error.h"
#include "SafeFile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace latchkey {

// Non-secret metadata of one secret. `hint` is the masking rule's output,
// kept so the table can show it without reading the keychain. The age rules
// (SecretAge.h) read `expires`, `rotateDays` and `rotate`. `updatedBy` and
// `rotate` also come from a team store (SharedInfo in SecretStore.h).
struct SecretInfo {
    QString key;
    QString description;
    QDateTime created;
    QDateTime updated;
    QString hint;
    QDate expires{};     // the value expires at the start of this day; invalid: never
    int rotateDays = -1; // rotate every N days; 0: never; -1: the vault's default
    QString updatedBy{}; // team vaults: who set the value
    QString rotate{};    // why the value needs rotation (flagged); empty: not flagged
    QDateTime deleted{}; // trash entries only: when it was deleted

    bool operator==(const SecretInfo&) const = default;
};

// A change of a secret's schedule: each field, when given, replaces the
// entry's (an invalid date clears the expiry; -1 restores the vault default).
struct Schedule {
    std::optional<QDate> expires;
    std::optional<int> rotateDays;

    bool operator==(const Schedule&) const = default;
    void applyTo(SecretInfo& info) const
    {
        if (expires)
            info.expires = *expires;
        if (rotateDays)
            info.rotateDays = *rotateDays;
    }
};

// A change the vault is about to make to the keychain, written down (and
// flushed to disk) before the keychain is touched. If the process dies
// before the change is complete, the next command finds the intent and asks
// the keychain what really happened (Vault's resolution).
//
// Set      the current value is written (revision: the new item's)
// Delete   the current item is removed for good (a store that keeps no trash)
// Trash    the current item is moved to the vault's trash (revision: its own)
// Untrash  the trash item is moved back to be current (revision: its own)
// Purge    every item of the key goes: current, trash and history
// Expunge  the trash item goes, and the key's history unless it has a value
//
// Purge and Expunge are never undone: the next transaction finishes them.
struct Intent {
    enum class Op { Set, Delete, Trash, Untrash, Purge, Expunge };
    Op op = Op::Set;
    QString key;
    QString revision; // the id the keychain item records for this write
    QDateTime time;
    QString hint;                       // Set: the new value's mask
    std::optional<QString> description; // Set: the new description, if one was given
    Schedule schedule{};                // Set: the new expiry and rotation period, if given

    bool operator==(const Intent&) const = default;
};

// The metadata of one vault, in three files of one folder (mode 0700):
//
//   <vault>.json     the index: {"schema":3,"vault":…,"secrets":[{key,description,
//                    created,updated,hint[,expires,rotateEvery,updatedBy,rotate]}],
//                    "trash":[{…the same…,deleted}]}, compact JSON, mode 0600
//   <vault>.journal  intents not yet resolved: {"schema":3,"vault":…,"pending":[…]};
//                    exists only while a change is under way or was interrupted
//   <vault>.lock     the lock file (VaultLock)
//
// Files are replaced atomically (SafeFile). Never holds a value. Schema 3
// added the optional fields and the trash; schemas 1 and 2 are read as they
// are (no schedule, empty trash). A newer schema is refused: an older
// Latchkey would drop what it does not know when it writes.
class VaultIndex {
public:
    static constexpr int kSchemaVersion = 3;
    // Descriptions are for people; longer ones are refused (InvalidInput).
    static constexpr qsizetype kMaxDescriptionBytes = 1024;

    explicit VaultIndex(const QString& vault, const QString& directory = defaultDirectory());

    // `~/.local/share/latchkey/vaults` on Linux; XDG_DATA_HOME relocates it.
    static QString defaultDirectory();

    QString vault() const { return m_vault; }
    QString directory() const { return m_directory; }
    QString path() const { return m_path; }
    QString journalPath() const;
    QString lockPath() const;

    struct Snapshot {
        QList<SecretInfo> entries;
        QList<SecretInfo> trash; // deleted secrets, restorable until they expire
        Error error;             // the index could not be read: nothing is known
        QString warning;         // e.g. a corrupt index was moved aside; entries are then empty
        bool pending = false;    // a change is under way or was interrupted (a journal exists)
        bool corrupt = false;    // the file does not parse (see `error` or `warning`)
    };

    // Reads the index. A missing file is an empty vault. A file that does not
    // parse is moved aside (under the lock, never overwritten) and reported
    // in `warning`; one written by a newer Latchkey is refused and left as it is.
    Snapshot load() const;

    // Takes the lock, applies `mutate` to the entries and writes them back
    // (the trash as it was).
    // Answers with the warning of the read (e.g. a corrupt file moved aside).
    Result<QString> update(const std::function<void(QList<SecretInfo>&)>& mutate) const;

    // --- for callers that hold the vault's lock (VaultLock on lockPath()) ---
    Snapshot readLocked() const;
    Result<QList<Intent>> readJournal() const;
    // Writes the journal; an empty list removes it.
    Error writeJournal(const QList<Intent>& intents) const;
    // The new index, written beside the old one and flushed, not yet in place.
    Result<safefile::PreparedFile> prepare(const QList<SecretInfo>& entries,
                                           const QList<SecretInfo>& trash) const;
    Error write(const QList<SecretInfo>& entries, const QList<SecretInfo>& trash) const;

    // Why `description` cannot be stored, or an empty string when it can.
    static QString descriptionError(const QString& description);
    static std::optional<qsizetype> find(const QList<SecretInfo>& entries, const QString& key);

private:
    struct LastRead; // VaultIndex.cpp
    Snapshot read(bool moveAsideIfCorrupt) const;

    QString m_vault;
    QString m_directory;
    QString m_path;
    // Shared by the copies of this index (the window's and its vault's I/O
    // threads read through copies), so that a file read again unchanged is
    // not parsed again.
    std::shared_ptr<LastRead> m_lastRead;
};

} // namespace latchkey
