#pragma once

#include "Error.h"
#include "KeychainStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace latchkey {

// Whether the store holds a key, asked without reading its value.
enum class Presence {
    Absent,  // the store answered, unlocked: there is no such item
    Present, // there is an item and it can be read
    Locked,  // there is an item behind a lock
    Unknown, // the store cannot tell (e.g. QtKeychain on Linux says "not found" when locked)
    Denied,  // there is an item, but not for this user (a team secret not encrypted to them)
};

// Non-secret metadata that a store keeping it (carriesMetadata()) shares with
// everyone who uses the store: a team store's members see what each other set.
struct SharedInfo {
    QString description;
    QDateTime created;
    QDateTime updated;
    QString updatedBy;
    QString rotate; // why the value must be rotated; empty when it need not be

    bool operator==(const SharedInfo&) const = default;
};

struct ItemState {
    QString key;
    Presence presence = Presence::Unknown;
    QString revision; // the revision the last Latchkey write recorded, if the store keeps one
    std::optional<SharedInfo> shared{}; // when the store carries metadata
};

// What a change records besides the value, for stores that carry metadata.
struct WriteInfo {
    QDateTime time;
    std::optional<QString> description; // none: keep the existing one
};

// An earlier value of a key (history) or its deleted value (trash): items of
// their own, which a lookup of the current value never finds. A key has any
// number of history items, numbered as they were kept, and at most one trash
// item.
struct PastItem {
    enum class Kind { History, Trash };
    Kind kind = Kind::History;
    QString key;
    int version = 0;  // History: 1, 2, …; higher is newer
    QDateTime time;   // History: when it stopped being current; Trash: when it was deleted
    QString revision; // the revision of the value it holds (the write that stored it)
    Presence presence = Presence::Present; // Present, or Locked
};

// Where a key's item is: its current value, the trash, or (as the target of
// a move) a new history version.
enum class Slot { Current, Trash, History };

// Where secret values live, for one vault. One asynchronous call per
// operation, each answered exactly once through its callback on the thread
// that owns `context`; the callback is dropped if `context` is destroyed
// first. Calls must be made from the thread the store lives in.
//
// The truth rules every implementation keeps:
// - NotFound only when the store is reachable, unlocked, and has no such item;
//   a locked item or collection is ErrorKind::Locked.
// - remove() succeeds only when the item is gone (it checks).
// - A call that does not answer within timeout() reports ErrorKind::Timeout.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Error& error, const QString& value)>;
    using Done = std::function<void(const Error& error)>;
    using PresenceDone = std::function<void(const Error& error, const QList<Presence>& presence)>;
    using ItemsDone = std::function<void(const Error& error, const QList<ItemState>& items)>;
    using StatusDone = std::function<void(const KeychainStatus& status)>;
    using PastDone = std::function<void(const Error& error, const QList<PastItem>& items)>;
    using ValuesDone =
        std::function<void(const Error& error, const QHash<QString, QString>& values)>;

    using QObject::QObject;

    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    // Stores `value` under `key`. `revision` is recorded with the item when
    // the store keeps revisions (see recordsRevision()).
    virtual void write(const QString& key, const QString& value, const QString& revision,
                       QObject* context, Done done) = 0;
    virtual void remove(const QString& key, QObject* context, Done done) = 0;
    // Presence of each key, in order, without reading values. The error is
    // set only when the store could not be asked at all.
    virtual void presence(const QStringList& keys, QObject* context, PresenceDone done) = 0;
    // The items of `keys` with the revision they record, or every item of
    // the vault when `keys` is empty (needs canEnumerate()). A locked item
    // whose attributes the store will not show has an empty key.
    virtual void items(const QStringList& keys, QObject* context, ItemsDone done) = 0;
    virtual void status(QObject* context, StatusDone done) = 0;
    // Every value of the vault, keyed by key, read in bulk (export, scan: a
    // key at a time costs seconds for a thousand keys). Only stores that
    // readsInBulk() implement it; the others answer ErrorKind::Other.
    virtual void readAll(QObject* context, ValuesDone done);
    // Asks the provider to unlock (its own prompt). Not bound by timeout():
    // the user may take their time.
    virtual void unlock(QObject* context, Done done) = 0;
    // A value is about to be written: a store whose values travel in an
    // encrypted session may open it now, while the calls that come first are
    // answered. It reports nothing; the write itself reports any failure.
    virtual void prepareWrite() {}

    // --- History and trash (keepsPast()); the defaults answer that the store
    // keeps neither, with ErrorKind::Other. Every call keeps the truth rules
    // above; "not found" of an item that should go is success. ---

    // The store keeps earlier and deleted values.
    virtual bool keepsPast() const { return false; }
    // The history and trash items of `keys`, or every trash item of the vault
    // when `keys` is empty. Locked items whose attributes the store will not
    // show are left out and make the error Locked.
    virtual void past(const QStringList& keys, QObject* context, PastDone done);
    // Every history item of the vault, of every key (Vault::applyHistoryLimit).
    virtual void allHistory(QObject* context, PastDone done);
    // The value of a history or trash item.
    virtual void readPast(const PastItem& item, QObject* context, ReadDone done);
    // Copies the current value of `key` (with its revision) into a new
    // history version stamped `time`. NotFound when there is no current item.
    virtual void archive(const QString& key, const QDateTime& time, QObject* context, Done done);
    // Moves the item of `key` in `from` (Current or Trash) to `to`: the same
    // value, the same revision, other attributes, in one change of the item.
    // Moving to History makes a new version, to Trash replaces a trash item
    // (the caller keeps it first if it wants it), to Current needs no
    // current item. NotFound when `from` holds nothing.
    virtual void move(const QString& key, Slot from, Slot to, const QDateTime& time,
                      QObject* context, Done done);
    // Removes the trash item (Slot::Trash) or every history item
    // (Slot::History) of `key`, or the single history item `version` (> 0);
    // checks that they are gone. Nothing to remove is success.
    virtual void removePast(const QString& key, Slot slot, int version, QObject* context,
                            Done done);
    // Keeps the newest `keep` history items of `key` and removes the rest,
    // and any whose revision is the current value's (a copy of it).
    virtual void pruneHistory(const QString& key, int keep, QObject* context, Done done);

    // A short, user-facing name of the backing store ("Secret Service").
    virtual QString description() const = 0;
    // The store can list every item of the vault.
    virtual bool canEnumerate() const { return false; }
    // readAll() works. A store that lists its items may still read them one
    // at a time only (a team store decrypts each file on its own).
    virtual bool readsInBulk() const { return false; }
    // The store keeps the revision given to write() and reports it in items().
    virtual bool recordsRevision() const { return false; }
    // NotFound from read() and Absent from presence() are proof the item does
    // not exist (false when a locked keychain may answer the same).
    virtual bool trustsNotFound() const { return true; }

    // The store keeps non-secret metadata with its items (a team store):
    // items() reports it in ItemState::shared and the vault adopts it, so
    // every user of the store sees the same descriptions and dates.
    virtual bool carriesMetadata() const { return false; }
    // write() with what the change records besides the value; a store that
    // carries no metadata only writes.
    virtual void writeWithInfo(const QString& key, const QString& value, const QString& revision,
                               const WriteInfo& info, QObject* context, Done done)
    {
        Q_UNUSED(info);
        write(key, value, revision, context, std::move(done));
    }
    // Changes the description a store that carries metadata keeps.
    virtual void describe(const QString& key, const QString& description, QObject* context,
                          Done done)
    {
        Q_UNUSED(key);
        Q_UNUSED(description);
        QTimer::singleShot(0, context, [done] { done({}); });
    }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

signals:
    // The provider restarted, or a collection was locked or unlocked: what
    // was learnt about the store may be out of date.
    void stateChanged();

private:
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
};

// Runs `steps` one after another, each handed the continuation that starts
// the next; the first failure ends the sequence and goes to `done`.
void runInSequence(QList<std::function<void(SecretStore::Done)>> steps, SecretStore::Done done);

inline void SecretStore::readAll(QObject* context, ValuesDone done)
{
    QTimer::singleShot(0, context, [done] {
        done({ErrorKind::Other, QCoreApplication::translate(
                                    "SecretStore", "This keychain cannot read values in bulk.")},
             {});
    });
}

} // namespace latchkey
