#pragma once

#include "KeychainStatus.h"
#include "SecretStore.h"
#include "VaultIndex.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>

class QFileSystemWatcher;

namespace latchkey {

class IoThread;
struct Transaction;
struct KeychainView;

// What `refresh()` learnt: the index as it now stands, checked against the
// keychain where the keychain could answer.
struct VaultListing {
    QList<SecretInfo> entries;
    QHash<QString, Presence> presence; // per listed key: Present, Locked or Unknown
    KeychainStatus status;             // the keychain's state when it was asked
    QStringList notices;               // what was repaired, one sentence each
    QString warning;                   // e.g. a corrupt index was moved aside
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
class Vault : public QObject {
    Q_OBJECT
public:
    using ReadDone = SecretStore::ReadDone;
    using Done = SecretStore::Done;
    using PresenceDone = SecretStore::PresenceDone;
    using StatusDone = SecretStore::StatusDone;
    using ListingDone = std::function<void(const Error& error, const VaultListing& listing)>;

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

    // Creates or updates `key`. A null description keeps the existing one.
    void set(const QString& key, const QString& value, const std::optional<QString>& description,
             QObject* context, Done done);
    // Deletes `key` from the keychain and the index; success means it is gone.
    void remove(const QString& key, QObject* context, Done done);
    void setDescription(const QString& key, const QString& description, QObject* context,
                        Done done);

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
    // is gone), then answers with the listing. Needs the keychain unlocked to
    // repair anything; otherwise answers with the index and the state.
    void refresh(QObject* context, ListingDone done);

    // Emits changed() when the index file changes on disk, including writes by
    // other processes such as latchkey-cli.
    void watch();

signals:
    void changed();
    // A non-fatal notice, e.g. that a corrupt index was moved aside.
    void warning(const QString& message);
    // The keychain restarted, or was locked or unlocked.
    void stateChanged();

private:
    using Step = std::function<void(std::function<void()> finished)>;
    using Begun = std::function<void(const Error& error, std::shared_ptr<Transaction> txn)>;

    void enqueue(Step step);
    void next();
    // Takes the lock and reads index and journal (on the I/O thread), then
    // resolves what an earlier, interrupted change left in the journal.
    void begin(Begun then);
    void observe(const QStringList& keys, bool everything,
                 std::function<void(const KeychainView& view, const Error& error)> then);
    void settle(std::shared_ptr<Transaction> txn, const KeychainView& view, bool everything,
                std::function<void(const Error& error)> then);
    void commitSet(std::shared_ptr<Transaction> txn, const QString& key, const QString& value,
                   const std::optional<QString>& description, Done done);
    void commitRemove(std::shared_ptr<Transaction> txn, const QString& key, Done done);
    void report(const QString& warningText);
    // Answers a Locked error when the keychain is locked (so that an absent
    // `key` cannot be called "not found"), otherwise no error.
    void unlessLocked(const QString& key, QObject* context, Done then);
    void rewatch();

    QString m_name;
    SecretStore* m_store = nullptr;
    VaultIndex m_index;
    IoThread* m_io = nullptr;
    std::deque<Step> m_queue;
    bool m_busy = false;
    QFileSystemWatcher* m_watcher = nullptr;
};

} // namespace latchkey
