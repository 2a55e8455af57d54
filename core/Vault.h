#pragma once

#include "Clock.h"
#include "KeychainStatus.h"
#include "Lifecycle.h"
#include "SecretStore.h"
#include "VaultIndex.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QFileSystemWatcher;

namespace latchkey {

class IoThread;
struct Transaction;
struct KeychainView;
struct Reconciliation;

// What `refresh()` learnt: the index as it now stands, checked against the
// keychain where the keychain could answer.
struct VaultListing {
    QList<SecretInfo> entries;
    QList<SecretInfo> trash;           // deleted secrets that can be restored
    QHash<QString, Presence> presence; // per listed key: Present, Locked or Unknown
    KeychainStatus status;             // the keychain's state when it was asked
    QStringList notices;               // what was repaired, one sentence each
    QString warning;                   // e.g. a corrupt index was moved aside
};

// What a change records besides the value.
struct SecretChange {
    std::optional<QString> description; // none: keep the existing one
    Schedule schedule{};                // the fields given replace the entry's
};

// One earlier value of a secret, as `history` shows it.
struct HistoryEntry {
    int version = 0;
    QDateTime replaced; // when it stopped being the current value
    QString hint;       // its mask
};

// One named vault: the index (metadata) and the secret store (values)
// together, kept in agreement.
//
// Every change is a transaction: under the vault's cross-process lock
// (VaultLock) the intent is written to the journal and the new index is
// prepared on disk before the keychain is touched; only when the keychain
// has done its part is the new index put in place. A change that fails
// leaves both as they were, and one interrupted by a crash is resolved by
// the next transaction of any process by asking the keychain what really
// happened (VaultReconcile). Changes of one Vault run one after another;
// blocking file work runs on a thread of the vault's own (IoThread).
//
// Overwriting a value keeps the previous one as history (Lifecycle::history
// versions); deleting moves it to the trash for Lifecycle::trashDays days;
// a purge removes every item of a key at once (VaultHistory.cpp,
// VaultTrash.cpp). Times come from the injected Clock.
class Vault : public QObject {
    Q_OBJECT
public:
    using ReadDone = SecretStore::ReadDone;
    using Done = SecretStore::Done;
    using PresenceDone = SecretStore::PresenceDone;
    using StatusDone = SecretStore::StatusDone;
    using ListingDone = std::function<void(const Error& error, const VaultListing& listing)>;
    using HistoryDone = std::function<void(const Error& error, const QList<HistoryEntry>& list)>;

    static QString defaultName() { return QStringLiteral("default"); }
    static QString serviceFor(const QString& vault) { return QLatin1String("latchkey/") + vault; }

    // Uses the OS keychain (KeychainFactory.h); the Vault owns it.
    explicit Vault(const QString& name,
                   const QString& indexDirectory = VaultIndex::defaultDirectory(),
                   QObject* parent = nullptr);
    // Uses `store`, which must outlive the Vault (tests own their collaborators).
    Vault(const QString& name, SecretStore* store,
          const QString& indexDirectory = VaultIndex::defaultDirectory(),
          QObject* parent = nullptr);
    ~Vault() override;

    QString name() const { return m_name; }
    SecretStore* store() const { return m_store; }
    const VaultIndex& index() const { return m_index; }

    // The index as it is on disk (no keychain involved, no lock taken).
    VaultIndex::Snapshot list() const { return m_index.load(); }

    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    const Clock& clock() const { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    void setLifecycle(const Lifecycle& lifecycle) { m_lifecycle = lifecycle; }
    const Lifecycle& lifecycle() const { return m_lifecycle; }
    // Deleting moves a value to the trash (else it is deleted for good).
    bool keepsTrash() const { return m_store->keepsPast() && m_lifecycle.trashDays > 0; }

    // Creates or updates `key`. A null description keeps the existing one.
    // The value it replaces becomes the newest earlier value (history).
    void set(const QString& key, const QString& value, const std::optional<QString>& description,
             QObject* context, Done done);
    void set(const QString& key, const QString& value, const SecretChange& change, QObject* context,
             Done done);
    // Deletes `key`: to the trash when keepsTrash(), else for good. Success
    // means the current item is gone (a lookup finds nothing).
    void remove(const QString& key, QObject* context, Done done);
    void setDescription(const QString& key, const QString& description, QObject* context,
                        Done done);
    // Changes what the index records about `key` (description, expiry,
    // rotation period), not its value.
    void update(const QString& key, const SecretChange& change, QObject* context, Done done);
    // Marks `key` as needing a new value, saying why (for example "a member
    // of the team vault was removed"); an empty reason clears the mark. A
    // new value clears it too.
    void flagRotation(const QString& key, const QString& reason, QObject* context, Done done);

    // The earlier values of `key`, newest first, masked.
    void history(const QString& key, QObject* context, HistoryDone done);
    // Makes earlier value `version` of `key` current again; the current
    // value becomes the newest earlier value.
    void restoreVersion(const QString& key, int version, QObject* context, Done done);
    // Removes, for every key, the earlier values beyond the lifecycle's
    // history limit now (a lowered limit otherwise waits for each key's next
    // change): success means none beyond it is left in the keychain.
    void applyHistoryLimit(QObject* context, Done done);
    // Brings `key` back from the trash, with its description and dates. A
    // current value it replaces becomes the newest earlier value.
    void restore(const QString& key, QObject* context, Done done);
    // Removes `key` for good: its value, its earlier values and its copy in
    // the trash. Checked: nothing of it is left in the keychain.
    void purge(const QString& key, QObject* context, Done done);
    // Removes every secret in the trash for good (with the earlier values of
    // those that have no current value).
    void emptyTrash(QObject* context, Done done);

    // The value from the store. NotFound only when the keychain says so,
    // unlocked; a key the index lists but the store cannot vouch for is
    // Unreadable.
    void value(const QString& key, QObject* context, ReadDone done);
    // Whether each key has a value, without reading values (readiness).
    void presence(const QStringList& keys, QObject* context, PresenceDone done);
    void status(QObject* context, StatusDone done);
    void unlock(QObject* context, Done done);
    // Resolves interrupted changes and brings the index in line with the
    // keychain (adopting items it does not list, dropping entries whose value
    // is gone, the same for the trash), removes secrets that stayed in the
    // trash longer than Lifecycle::trashDays, then answers with the listing.
    // Needs the keychain unlocked to repair anything; otherwise answers with
    // the index and the state.
    void refresh(QObject* context, ListingDone done);

    // Emits changed() when the index file changes on disk, including writes by
    // other processes such as latchkey-cli.
    void watch();
    // Lets go of this vault: it emits nothing more, finishes the changes
    // already asked of it (their callers still get their answers) and then
    // deletes itself once its I/O thread is idle. Deleting it at once would
    // wait on the caller's thread for the work under way, which may be
    // waiting for another process's lock.
    void retire();

signals:
    void changed();
    // A non-fatal notice, e.g. that a corrupt index was moved aside.
    void warning(const QString& message);
    // The keychain restarted, or was locked or unlocked.
    void stateChanged();

private:
    using Step = std::function<void(std::function<void()> finished)>;
    using Begun = std::function<void(const Error& error, std::shared_ptr<Transaction> txn)>;
    using Txn = std::shared_ptr<Transaction>;
    // The keychain's part of a change: `touched` says whether it changed
    // anything before it failed (the journal then stays for the next
    // transaction to settle).
    using KeychainDone = std::function<void(const Error& error, bool touched)>;
    struct Change {
        QList<Intent> intents;
        QList<SecretInfo> entries, trash; // the index once the keychain has done its part
        std::function<void(KeychainDone)> keychain;
    };
    struct Outcome {
        Error prepared;       // the journal or new index could not be written: nothing changed
        Error keychain;       // the keychain's part failed
        bool unknown = false; // … and may have done some of it: the journal stays
        Error written;        // the keychain did its part, the index was not updated
    };
    using Applied = std::function<void(const Outcome& outcome)>;

    void enqueue(Step step);
    void next();
    // Takes the lock and reads index and journal (on the I/O thread), then
    // resolves what an earlier, interrupted change left in the journal.
    void begin(Begun then);
    // Reads the index without the lock (VaultIndex::load()) on the I/O
    // thread, never the caller's: a read that finds the file corrupt waits
    // for the lock. `then` runs back on the vault's thread.
    void readIndex(std::function<void(const VaultIndex::Snapshot& index)> then);
    // Runs `change` inside `txn`: journal and prepared index first, then the
    // keychain, then the index put in place.
    void apply(Txn txn, Change change, Applied done);
    // A change of one key in its own transaction, answered through `done`;
    // `body` gets the transaction and an answer that releases the lock.
    void transact(const QString& key, const QString& failed, Done done,
                  std::function<void(Txn txn, Done answer)> body);
    void observe(const QStringList& keys, bool everything,
                 std::function<void(const KeychainView& view, const Error& error)> then);
    void observePast(const QStringList& keys, bool everything, KeychainView view,
                     std::function<void(const KeychainView& view, const Error& error)> then);
    void settle(Txn txn, const KeychainView& view, bool everything,
                std::function<void(const Error& error)> then);
    // settle()'s second half: the masks it lacks, then the index and journal.
    void complete(Txn txn, std::shared_ptr<Reconciliation> result,
                  std::function<void(const Error& error)> then);
    // Finishes the Purge and Expunge intents of the journal (never undone).
    void finishRemovals(Txn txn, std::function<void()> then);
    void removeEverything(const QString& key, bool keepCurrent, KeychainDone done);
    void expire(Txn txn, std::function<void()> then);
    void commitSet(Txn txn, const QString& key, const QString& value, const SecretChange& change,
                   bool keepPrevious, const QString& revision, Done done);
    void commitRemove(Txn txn, const QString& key, Done done);
    // Removes the earlier values of `key` beyond the vault's limit, after a
    // change that may have added one. Always answers success: a failure
    // leaves them for a later change.
    void trimHistory(const QString& key, Done done);
    void commitTrash(Txn txn, const QString& key, Done done);
    void commitPurge(Txn txn, const QString& key, Done done);
    // Purge or Expunge still pending for `key` (the keychain could not finish it).
    static bool removalPending(const Txn& txn, const QString& key);
    Error pendingRemoval(const QString& key) const;
    void report(const QString& warningText);
    // Answers a Locked error when the keychain is locked (so that an absent
    // `key` cannot be called "not found"), otherwise no error.
    void unlessLocked(const QString& key, QObject* context, Done then);
    void rewatch();

    QString m_name;
    SecretStore* m_store = nullptr;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    Lifecycle m_lifecycle;
    VaultIndex m_index;
    IoThread* m_io = nullptr;
    std::deque<Step> m_queue;
    bool m_busy = false;
    QFileSystemWatcher* m_watcher = nullptr;
};

} // namespace latchkey
