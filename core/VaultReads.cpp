// The Vault's reads: values, presence, the keychain's state, and refresh()
// (the index checked against the keychain). Changes are in Vault.cpp.
#include "Vault.h"

#include "SecretName.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace latchkey {

void Vault::value(const QString& key, QObject* context, ReadDone done)
{
    if (const QString reason = secretNameError(key); !reason.isEmpty()) {
        const Error error{ErrorKind::InvalidInput,
                          tr("Invalid key \"%1\": %2.").arg(quotedName(key), reason)};
        QTimer::singleShot(0, context, [done, error] { done(error, QString()); });
        return;
    }
    // The index only matters when the store says "not found", so it is read
    // then and not for every lookup.
    const VaultIndex index = m_index;
    const bool trusted = m_store->trustsNotFound();
    QPointer<Vault> self(this);
    QPointer<QObject> alive(context);
    const bool hadContext = context != nullptr;
    m_store->read(
        key, context,
        [self, alive, hadContext, index, trusted, done, key](const Error& error, const QString& v) {
            if (error.kind != ErrorKind::NotFound || !self || (hadContext && !alive))
                return done(error, v);
            // "Not found" is only said when the keychain is unlocked (core/README.md, "Storage
            // contract"): behind a lock, absence proves nothing (a locked KeePassXC database shows
            // no items at all).
            self->unlessLocked(key, alive, [self, index, trusted, done, key](const Error& locked) {
                if (locked)
                    return done(locked, QString());
                // Whether the index lists the key only changes what is said.
                auto answer = [index, trusted, done, key](const VaultIndex::Snapshot& snapshot) {
                    const bool listed = VaultIndex::find(snapshot.entries, key).has_value();
                    if (listed && !trusted)
                        return done({ErrorKind::Unreadable,
                                     tr("%1 is listed in vault \"%2\" but the keychain did not "
                                        "return its value; the keychain may be locked. The "
                                        "entry was kept.")
                                         .arg(key, index.vault())},
                                    QString());
                    if (listed)
                        return done({ErrorKind::NotFound,
                                     tr("%1 is listed in vault \"%2\" but its value is no "
                                        "longer in the keychain (another program removed it); "
                                        "`latchkey-cli list` will drop the entry.")
                                         .arg(key, index.vault())},
                                    QString());
                    done({ErrorKind::NotFound, tr("There is no secret named %1 in vault \"%2\".")
                                                   .arg(key, index.vault())},
                         QString());
                };
                if (!self) // the vault is gone: the keychain's answer stands
                    return answer({});
                self->readIndex([self, answer](const VaultIndex::Snapshot& snapshot) {
                    self->report(snapshot.warning);
                    answer(snapshot);
                });
            });
        });
}

void Vault::unlessLocked(const QString& key, QObject* context, Done then)
{
    QPointer<QObject> alive(context);
    const bool hadContext = context != nullptr;
    m_store->status(this, [key, alive, hadContext, then](const KeychainStatus& status) {
        if (hadContext && !alive)
            return;
        if (status.state != KeychainState::Locked)
            return then({});
        then({ErrorKind::Locked,
              key.isEmpty() ? tr("The keychain (%1) is locked, so Latchkey cannot tell which of "
                                 "these secrets are in it; unlock it (latchkey-cli status shows "
                                 "the state) and try again.")
                                  .arg(status.where())
                            : tr("The keychain (%1) is locked, so Latchkey cannot tell whether "
                                 "%2 is in it; unlock it (latchkey-cli status shows the state) "
                                 "and try again.")
                                  .arg(status.where(), key)});
    });
}

void Vault::presence(const QStringList& keys, QObject* context, PresenceDone done)
{
    QPointer<Vault> self(this);
    QPointer<QObject> alive(context);
    const bool hadContext = context != nullptr;
    m_store->presence(
        keys, context,
        [self, alive, hadContext, done](const Error& error, const QList<Presence>& found) {
            if (error || !found.contains(Presence::Absent) || !self || (hadContext && !alive))
                return done(error, found);
            // An absent key behind a lock may be there: the whole answer
            // is "locked", never "missing".
            self->unlessLocked({}, alive, [done, found](const Error& locked) {
                done(locked, locked ? QList<Presence>() : found);
            });
        });
}

void Vault::status(QObject* context, StatusDone done)
{
    m_store->status(context, std::move(done));
}

void Vault::unlock(QObject* context, Done done)
{
    m_store->unlock(context, std::move(done));
}

namespace {
QString unsaved(const Error& written)
{
    return Vault::tr("The vault index could not be brought up to date, so this list comes from "
                     "the keychain: %1")
        .arg(written.message);
}
} // namespace

void Vault::refresh(QObject* context, ListingDone done)
{
    QPointer<QObject> alive(context);
    auto reply = [alive, done](const Error& error, const VaultListing& listing) {
        if (alive)
            done(error, listing);
    };
    enqueue([this, reply](std::function<void()> finished) {
        auto answer = [reply, finished](const Error& error, const VaultListing& listing) {
            reply(error, listing);
            finished();
        };
        m_store->status(this, [this, answer](const KeychainStatus& status) {
            const bool reachable =
                status.state == KeychainState::Available || status.state == KeychainState::Locked;
            if (!reachable) {
                // Nothing can be checked or repaired: the index as it is,
                // read without taking the lock or creating anything.
                return readIndex([status, answer](const VaultIndex::Snapshot& snapshot) {
                    VaultListing listing;
                    listing.status = status;
                    listing.entries = snapshot.entries;
                    listing.trash = snapshot.trash;
                    listing.warning = snapshot.warning;
                    for (const SecretInfo& info : std::as_const(listing.entries))
                        listing.presence.insert(info.key, Presence::Unknown);
                    answer(snapshot.error, listing);
                });
            }
            begin([this, status, answer](const Error& error, std::shared_ptr<Transaction> txn) {
                VaultListing listing;
                listing.status = status;
                // No lock or no readable index: nothing to list. An
                // interrupted change that was resolved but could not be
                // written (disk full, read-only folder) still lists what the
                // keychain holds, and says the index is behind.
                if (error && !txn)
                    return answer(error, listing);
                if (error)
                    listing.notices << unsaved(error);
                listing.warning = txn->warning;
                auto finish = [txn, answer](VaultListing listing, const KeychainView* view) {
                    txn->lock.reset();
                    listing.entries = txn->entries;
                    listing.trash = txn->trash;
                    listing.notices = txn->notices + listing.notices;
                    listing.notices.removeDuplicates();
                    for (const SecretInfo& info : std::as_const(listing.entries))
                        listing.presence.insert(info.key, view ? view->presenceOf(info.key)
                                                               : Presence::Unknown);
                    answer({}, listing);
                };
                QStringList keys;
                for (const SecretInfo& info : std::as_const(txn->entries))
                    keys << info.key;
                observe(keys, true,
                        [this, txn, listing, status, finish](const KeychainView& view,
                                                             const Error& seen) {
                            if (seen)
                                return finish(listing, nullptr);
                            // Repairs need the whole truth: only an unlocked
                            // keychain gives it.
                            const bool everything = status.state == KeychainState::Available;
                            observePast({}, everything, view,
                                        [=, this](const KeychainView& full, const Error&) {
                                            auto shown = std::make_shared<KeychainView>(full);
                                            settle(txn, full, everything,
                                                   [this, txn, listing, finish, shown,
                                                    everything](const Error& written) {
                                                       VaultListing out = listing;
                                                       if (written)
                                                           out.notices << unsaved(written);
                                                       // What stayed in the trash too long goes
                                                       // now, while the lock is held.
                                                       if (written || !everything)
                                                           return finish(out, shown.get());
                                                       expire(txn, [out, finish, shown] {
                                                           finish(out, shown.get());
                                                       });
                                                   });
                                        });
                        });
            });
        });
    });
}

void Vault::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    QDir().mkpath(QFileInfo(m_index.path()).absolutePath());
    // The index is replaced by renaming, which drops a watch on the file
    // itself; watching the folder catches the rename, and rewatch() re-adds it.
    auto onChange = [this] {
        rewatch();
        emit changed();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);
    rewatch();
}

void Vault::rewatch()
{
    const QString dir = QFileInfo(m_index.path()).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_index.path()) && !m_watcher->files().contains(m_index.path()))
        m_watcher->addPath(m_index.path());
}

} // namespace latchkey
