#pragma once

#include "Error.h"
#include "SafeFile.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace latchkey {

// Non-secret metadata of one secret. `hint` is the masking rule's output,
// kept so the table can show it without reading the keychain. `updatedBy`
// and `rotate` come from a team store (SharedInfo in SecretStore.h).
struct SecretInfo {
    QString key;
    QString description;
    QDateTime created;
    QDateTime updated;
    QString hint;
    QString updatedBy{};
    QString rotate{}; // why the value must be rotated; empty when it need not be

    bool operator==(const SecretInfo&) const = default;
};

// A change the vault is about to make to the keychain, written down (and
// flushed to disk) before the keychain is touched. If the process dies
// before the change is complete, the next command finds the intent and asks
// the keychain what really happened (Vault's resolution).
struct Intent {
    enum class Op { Set, Delete };
    Op op = Op::Set;
    QString key;
    QString revision; // the id the keychain item records for this write
    QDateTime time;
    QString hint;                       // Set: the new value's mask
    std::optional<QString> description; // Set: the new description, if one was given

    bool operator==(const Intent&) const = default;
};

// The metadata of one vault, in three files of one folder (mode 0700):
//
//   <vault>.json     the index: {"schema":2,"vault":…,"secrets":[{key,description,
//                    created,updated,hint[,updatedBy,rotate]}]}, compact JSON, mode 0600
//   <vault>.journal  intents not yet resolved: {"schema":2,"vault":…,"pending":[…]};
//                    exists only while a change is under way or was interrupted
//   <vault>.lock     the lock file (VaultLock)
//
// Files are replaced atomically (SafeFile). Never holds a value.
class VaultIndex {
public:
    static constexpr int kSchemaVersion = 2;
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
        Error error;          // the index could not be read: nothing is known
        QString warning;      // e.g. a corrupt index was moved aside; entries are then empty
        bool pending = false; // a change is under way or was interrupted (a journal exists)
        bool corrupt = false; // the file does not parse (see `error` or `warning`)
    };

    // Reads the index. A missing file is an empty vault. A file that does not
    // parse is moved aside (under the lock, never overwritten) and reported
    // in `warning`; one written by a newer Latchkey is refused and left as it is.
    Snapshot load() const;

    // Takes the lock, applies `mutate` to the entries and writes them back.
    // Answers with the warning of the read (e.g. a corrupt file moved aside).
    Result<QString> update(const std::function<void(QList<SecretInfo>&)>& mutate) const;

    // --- for callers that hold the vault's lock (VaultLock on lockPath()) ---
    Snapshot readLocked() const;
    Result<QList<Intent>> readJournal() const;
    // Writes the journal; an empty list removes it.
    Error writeJournal(const QList<Intent>& intents) const;
    // The new index, written beside the old one and flushed, not yet in place.
    Result<safefile::PreparedFile> prepare(const QList<SecretInfo>& entries) const;
    Error write(const QList<SecretInfo>& entries) const;

    // Why `description` cannot be stored, or an empty string when it can.
    static QString descriptionError(const QString& description);
    static std::optional<qsizetype> find(const QList<SecretInfo>& entries, const QString& key);

private:
    Snapshot read(bool moveAsideIfCorrupt) const;

    QString m_vault;
    QString m_directory;
    QString m_path;
};

} // namespace latchkey
