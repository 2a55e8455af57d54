#include "Vault.h"

#include "IoThread.h"
#include "Mask.h"
#include "SecretName.h"
#include "SecretValue.h"
#include "StoreFactory.h"
#include "VaultLock.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRandomGenerator>
#include <QTimer>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "Vault" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

// Reports through `done` on the next turn of the event loop, so that every
// answer arrives asynchronously whatever the path.
template <typename Callback, typename... Args>
void later(QObject* context, Callback done, Args... args)
{
    QTimer::singleShot(0, context, [done, args...] { done(args...); });
}

// The caller's callback, dropped if the caller's context is gone by then.
template <typename Callback> auto guarded(QObject* context, Callback done)
{
    return [alive = QPointer<QObject>(context), hadContext = context != nullptr,
            done](auto&&... args) {
        if (!hadContext || alive)
            done(std::forward<decltype(args)>(args)...);
    };
}

Error notFound(const QString& key, const QString& vault)
{
    return {ErrorKind::NotFound,
            Strings::tr("There is no secret named %1 in vault \"%2\".").arg(key, vault)};
}

Error keyError(const QString& key)
{
    const QString reason = secretNameError(key);
    if (reason.isEmpty())
        return {};
    return {ErrorKind::InvalidInput, Strings::tr("Invalid key \"%1\": %2.").arg(key, reason)};
}

QString newRevision()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

// The index after `key` was set.
QList<SecretInfo> withSet(QList<SecretInfo> entries, const Intent& intent)
{
    if (const auto at = VaultIndex::find(entries, intent.key)) {
        SecretInfo& info = entries[*at];
        info.updated = intent.time;
        info.hint = intent.hint;
        info.rotate.clear(); // a new value needs no rotation
        if (intent.description)
            info.description = *intent.description;
    } else {
        entries.append({intent.key, intent.description.value_or(QString()), intent.time,
                        intent.time, intent.hint});
    }
    return entries;
}

QList<SecretInfo> without(QList<SecretInfo> entries, const QString& key)
{
    if (const auto at = VaultIndex::find(entries, key))
        entries.removeAt(*at);
    return entries;
}

} // namespace

Vault::Vault(const QString& name, const QString& indexDirectory, QObject* parent)
    : Vault(name, createVaultStore(name), indexDirectory, parent)
{
    m_store->setParent(this);
}

Vault::Vault(const QString& name, SecretStore* store, const QString& indexDirectory,
             QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_store(store)
    , m_index(name, indexDirectory)
    , m_io(new IoThread(this))
{
    connect(m_store, &SecretStore::stateChanged, this, &Vault::stateChanged);
}

Vault::~Vault()
{
    // Stop the file work first, so nothing it answers arrives half destroyed.
    delete m_io;
    m_io = nullptr;
}

void Vault::report(const QString& warningText)
{
    if (!warningText.isEmpty())
        emit warning(warningText);
}

void Vault::enqueue(Step step)
{
    m_queue.push_back(std::move(step));
    if (!m_busy)
        next();
}

void Vault::next()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    Step step = std::move(m_queue.front());
    m_queue.pop_front();
    QPointer<Vault> self(this);
    step([self] {
        if (self)
            QTimer::singleShot(0, self, [self] { self->next(); });
    });
}

void Vault::begin(Begun then)
{
    const VaultIndex index = m_index;
    const auto wait =
        std::max<std::chrono::milliseconds>(std::chrono::seconds(10), m_store->timeout());
    using Opened = std::pair<Error, std::shared_ptr<Transaction>>;
    m_io->run<Opened>(
        [index, wait]() -> Opened {
            if (const QString reason = vaultNameError(index.vault()); !reason.isEmpty())
                return {
                    Error{ErrorKind::InvalidInput,
                          Strings::tr("Invalid vault name \"%1\": %2.").arg(index.vault(), reason)},
                    nullptr};
            if (Error error =
                    safefile::ensureFolder(index.directory(), Strings::tr("The vault folder")))
                return {error, nullptr};
            auto lock = VaultLock::acquire(index.lockPath(), wait);
            if (!lock)
                return {lock.error(), nullptr};
            auto txn = std::make_shared<Transaction>();
            txn->lock = lock.value();
            safefile::removeLeftovers(index.path());
            const VaultIndex::Snapshot snapshot = index.readLocked();
            if (snapshot.error)
                return {snapshot.error, nullptr};
            txn->entries = snapshot.entries;
            txn->warning = snapshot.warning;
            auto journal = index.readJournal();
            if (!journal)
                return {journal.error(), nullptr};
            txn->journal = journal.value();
            return {Error{}, txn};
        },
        [this, then](Opened opened) {
            if (opened.first)
                return then(opened.first, nullptr);
            std::shared_ptr<Transaction> txn = opened.second;
            report(txn->warning);
            if (txn->journal.isEmpty())
                return then({}, txn);
            QStringList keys;
            for (const Intent& intent : txn->journal)
                keys << intent.key;
            observe(keys, false, [this, txn, then](const KeychainView& view, const Error& error) {
                // A keychain that cannot answer now leaves the journal for later.
                if (error)
                    return then({}, txn);
                settle(txn, view, false, [txn, then](const Error& e) { then(e, txn); });
            });
        });
}

void Vault::observe(const QStringList& keys, bool everything,
                    std::function<void(const KeychainView&, const Error&)> then)
{
    if (m_store->canEnumerate()) {
        const QStringList asked = everything ? QStringList() : keys;
        const bool revisions = m_store->recordsRevision();
        const bool shared = m_store->carriesMetadata();
        m_store->items(
            asked, this,
            [asked, everything, revisions, shared, then](const Error& error,
                                                         const QList<ItemState>& items) {
                KeychainView view;
                view.recordsRevision = revisions;
                view.shared = shared;
                view.complete = everything && !error;
                for (const ItemState& item : items) {
                    if (item.key.isEmpty()) {
                        view.complete = false; // a locked item that will not show its key
                        continue;
                    }
                    const auto known = view.items.constFind(item.key);
                    // Of two items for one key, the readable one speaks for it.
                    if (known == view.items.constEnd() || known->presence != Presence::Present)
                        view.items.insert(item.key, item);
                }
                for (const QString& key : asked)
                    if (!error && !view.items.contains(key))
                        view.items.insert(key, {key, Presence::Absent, {}});
                then(view, error);
            });
        return;
    }
    m_store->presence(keys, this, [keys, then](const Error& error, const QList<Presence>& found) {
        KeychainView view;
        for (qsizetype i = 0; i < keys.size() && i < found.size(); ++i)
            view.items.insert(keys.at(i), {keys.at(i), found.at(i), {}});
        then(view, error);
    });
}

void Vault::settle(std::shared_ptr<Transaction> txn, const KeychainView& view, bool everything,
                   std::function<void(const Error&)> then)
{
    auto result = std::make_shared<Reconciliation>(
        reconcile(txn->entries, txn->journal, view, everything, QDateTime::currentDateTimeUtc()));
    txn->notices << result->notices;
    auto write = [this, txn, result, then] {
        const VaultIndex index = m_index;
        m_io->run<Error>(
            [index, result]() -> Error {
                if (result->entriesChanged)
                    if (Error error = index.write(result->entries))
                        return error;
                if (result->journalChanged)
                    return index.writeJournal(result->unresolved);
                return {};
            },
            [this, txn, result, then](Error error) {
                // The transaction goes on with what the keychain says even
                // when it could not be written (disk full, read-only): a
                // change gives up on the error (begin()), while refresh()
                // still lists the truth and says the index is behind.
                txn->entries = result->entries;
                txn->journal = result->unresolved;
                if (!error && result->entriesChanged)
                    emit changed();
                then(error);
            });
    };
    if (result->needHint.isEmpty())
        return write();
    // An adopted value's mask comes from the value itself.
    auto pending = std::make_shared<int>(static_cast<int>(result->needHint.size()));
    for (const QString& key : std::as_const(result->needHint)) {
        m_store->read(key, this,
                      [result, key, pending, write](const Error& error, const QString& v) {
                          if (const auto at = VaultIndex::find(result->entries, key)) {
                              const QString hint = error ? QString() : maskValue(v);
                              if (result->entries[*at].hint != hint) {
                                  result->entries[*at].hint = hint;
                                  result->entriesChanged = true;
                              }
                          }
                          if (--*pending == 0)
                              write();
                      });
    }
}

void Vault::set(const QString& key, const QString& value, const std::optional<QString>& description,
                QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty())
        return later(
            context, done,
            Error{ErrorKind::InvalidInput, Strings::tr("Cannot store %1: %2.").arg(key, invalid)});
    if (description) {
        const QString tooLong = VaultIndex::descriptionError(*description);
        if (!tooLong.isEmpty())
            return later(context, done,
                         Error{ErrorKind::InvalidInput,
                               Strings::tr("Cannot store %1: %2.").arg(key, tooLong)});
    }
    auto reply = guarded(context, done);
    enqueue([this, key, value, description, reply](std::function<void()> finished) {
        auto answer = [reply, finished](const Error& e) {
            reply(e);
            finished();
        };
        // The keychain is asked first (one search): one that is unreachable
        // or locked is reported before anything is written, not even a lock
        // file.
        m_store->presence(
            {key}, this,
            [this, key, value, description, answer](const Error& error,
                                                    const QList<Presence>& found) {
                if (error)
                    return answer(
                        {error.kind, Strings::tr("%1 was not saved: %2").arg(key, error.message)});
                if (found.value(0) == Presence::Locked)
                    return answer(
                        {ErrorKind::Locked,
                         Strings::tr(
                             "%1 was not saved: it is in the keychain behind a lock; unlock "
                             "the keychain and try again.")
                             .arg(key)});
                begin([this, key, value, description, answer](const Error& error,
                                                              std::shared_ptr<Transaction> txn) {
                    if (error)
                        return answer(
                            Error{error.kind,
                                  Strings::tr("%1 was not saved: %2").arg(key, error.message)});
                    commitSet(txn, key, value, description, [answer, txn](const Error& e) {
                        txn->lock.reset(); // the next writer, of any process, may go on
                        answer(e);
                    });
                });
            });
    });
}

void Vault::commitSet(std::shared_ptr<Transaction> txn, const QString& key, const QString& value,
                      const std::optional<QString>& description, Done done)
{
    Intent intent{Intent::Op::Set,  key,        newRevision(), QDateTime::currentDateTimeUtc(),
                  maskValue(value), description};
    const QList<Intent> before = txn->journal;
    const QList<Intent> during = before + QList<Intent>{intent};
    const QList<SecretInfo> after = withSet(txn->entries, intent);
    const VaultIndex index = m_index;
    using Prepared = Result<std::shared_ptr<safefile::PreparedFile>>;
    m_io->run<Prepared>(
        [index, before, during, after]() -> Prepared {
            // Both files are on disk before the keychain is touched: the
            // intent, and the new index (which proves it fits).
            if (Error error = index.writeJournal(during))
                return error;
            auto prepared = index.prepare(after);
            if (!prepared) {
                index.writeJournal(before);
                return prepared.error();
            }
            return std::make_shared<safefile::PreparedFile>(std::move(prepared.value()));
        },
        [this, txn, key, value, intent, before, done](Prepared prepared) {
            if (!prepared)
                return done({prepared.error().kind,
                             Strings::tr("%1 was not saved, and nothing was changed: %2")
                                 .arg(key, prepared.error().message)});
            auto file = prepared.value();
            m_store->writeWithInfo(
                key, value, intent.revision, {intent.time, intent.description}, this,
                [this, txn, key, file, before, done](const Error& stored) {
                    const VaultIndex index = m_index;
                    // A keychain that did not answer may still have
                    // stored the value: the intent stays, and the next
                    // transaction asks the keychain.
                    const bool unknown = stored.kind == ErrorKind::Timeout;
                    m_io->run<Error>(
                        [index, file, stored, unknown, before]() -> Error {
                            if (stored) {
                                file->discard();
                                return unknown ? Error{} : index.writeJournal(before);
                            }
                            if (Error error = file->commit())
                                return error;
                            return index.writeJournal(before);
                        },
                        [this, key, stored, unknown, done](Error written) {
                            if (stored && unknown)
                                return done({stored.kind,
                                             Strings::tr("%1: whether the value was saved is not "
                                                         "known yet; the next command will check "
                                                         "the keychain and complete or undo the "
                                                         "entry.")
                                                 .arg(stored.message)});
                            if (stored)
                                return done({stored.kind, Strings::tr("%1 %2 was not changed.")
                                                              .arg(stored.message, key)});
                            emit changed();
                            if (written)
                                return done({ErrorKind::Storage,
                                             Strings::tr("%1 was saved in the keychain, but the "
                                                         "index could not be updated (%2); the "
                                                         "next command will complete the entry.")
                                                 .arg(key, written.message)});
                            done({});
                        });
                });
        });
}

void Vault::remove(const QString& key, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    auto reply = guarded(context, done);
    enqueue([this, key, reply](std::function<void()> finished) {
        auto answer = [reply, finished](const Error& e) {
            reply(e);
            finished();
        };
        auto change = [this, key, answer] {
            begin([this, key, answer](const Error& error, std::shared_ptr<Transaction> txn) {
                auto settled = [answer, txn](const Error& e) {
                    if (txn)
                        txn->lock.reset();
                    answer(e);
                };
                if (error)
                    return settled({error.kind,
                                    Strings::tr("%1 was not deleted: %2").arg(key, error.message)});
                commitRemove(txn, key, settled);
            });
        };
        if (VaultIndex::find(m_index.load().entries, key)) {
            // Listed: still ask the keychain first, so that an unreachable or
            // locked one is reported before anything is written.
            return observe(
                {key}, false, [key, answer, change](const KeychainView& view, const Error& e) {
                    if (e)
                        return answer(
                            {e.kind, Strings::tr("%1 was not deleted: %2").arg(key, e.message)});
                    if (view.presenceOf(key) == Presence::Locked)
                        return answer(
                            {ErrorKind::Locked,
                             Strings::tr("%1 is in the keychain behind a lock; unlock the keychain "
                                         "and try again. Nothing was deleted.")
                                 .arg(key)});
                    change();
                });
        }
        // Not listed: delete it anyway if the keychain has it (another tool
        // stored it), but never claim to delete what is not there. The
        // keychain is asked first, so an unreachable one changes nothing.
        observe(
            {key}, false, [this, key, answer, change](const KeychainView& view, const Error& e) {
                if (e)
                    return answer(e);
                switch (view.presenceOf(key)) {
                case Presence::Present:
                case Presence::Denied: // a team secret not for us can still be deleted
                    return change();
                case Presence::Locked:
                    return answer(
                        {ErrorKind::Locked,
                         Strings::tr("%1 is in the keychain behind a lock; unlock the keychain and "
                                     "try again. Nothing was deleted.")
                             .arg(key)});
                case Presence::Absent:
                case Presence::Unknown:
                    break;
                }
                // Absent behind a lock proves nothing (core/README.md, "Storage contract").
                unlessLocked(key, nullptr, [this, key, answer](const Error& locked) {
                    answer(locked ? Error{locked.kind, locked.message + Strings::tr(" Nothing was "
                                                                                    "deleted.")}
                                  : notFound(key, m_name));
                });
            });
    });
}

void Vault::commitRemove(std::shared_ptr<Transaction> txn, const QString& key, Done done)
{
    const Intent intent{Intent::Op::Delete, key, {}, QDateTime::currentDateTimeUtc(), {}, {}};
    const QList<Intent> before = txn->journal;
    const QList<Intent> during = before + QList<Intent>{intent};
    const QList<SecretInfo> after = without(txn->entries, key);
    const VaultIndex index = m_index;
    using Prepared = Result<std::shared_ptr<safefile::PreparedFile>>;
    m_io->run<Prepared>(
        [index, before, during, after]() -> Prepared {
            if (Error error = index.writeJournal(during))
                return error;
            auto prepared = index.prepare(after);
            if (!prepared) {
                index.writeJournal(before);
                return prepared.error();
            }
            return std::make_shared<safefile::PreparedFile>(std::move(prepared.value()));
        },
        [this, key, before, done](Prepared prepared) {
            if (!prepared)
                return done({prepared.error().kind,
                             Strings::tr("%1 was not deleted, and nothing was changed: %2")
                                 .arg(key, prepared.error().message)});
            auto file = prepared.value();
            m_store->remove(key, this, [this, key, file, before, done](const Error& removed) {
                // Already gone is gone, when the store can be believed.
                const bool gone =
                    !removed || (removed.kind == ErrorKind::NotFound && m_store->trustsNotFound());
                const bool unknown = removed.kind == ErrorKind::Timeout;
                const VaultIndex index = m_index;
                m_io->run<Error>(
                    [index, file, gone, unknown, before]() -> Error {
                        if (!gone) {
                            file->discard();
                            return unknown ? Error{} : index.writeJournal(before);
                        }
                        if (Error error = file->commit())
                            return error;
                        return index.writeJournal(before);
                    },
                    [this, key, removed, gone, unknown, done](Error written) {
                        if (!gone && unknown)
                            return done(
                                {removed.kind,
                                 Strings::tr("%1: whether %2 was deleted is not known yet; the "
                                             "next command will check the keychain.")
                                     .arg(removed.message, key)});
                        if (!gone && removed.kind == ErrorKind::NotFound)
                            return done(
                                {ErrorKind::Unreadable,
                                 Strings::tr("The keychain did not return %1, and it may be "
                                             "locked; nothing was deleted. Unlock it and try "
                                             "again.")
                                     .arg(key)});
                        if (!gone)
                            return done(
                                {removed.kind,
                                 Strings::tr("%1 %2 was not deleted.").arg(removed.message, key)});
                        emit changed();
                        if (written)
                            return done(
                                {ErrorKind::Storage,
                                 Strings::tr("%1 was deleted from the keychain, but the index "
                                             "could not be updated (%2); the next command will "
                                             "remove the entry.")
                                     .arg(key, written.message)});
                        done({});
                    });
            });
        });
}

void Vault::setDescription(const QString& key, const QString& description, QObject* context,
                           Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    const QString tooLong = VaultIndex::descriptionError(description);
    if (!tooLong.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput,
                           Strings::tr("Cannot describe %1: %2.").arg(key, tooLong)});
    auto reply = guarded(context, done);
    enqueue([this, key, description, reply](std::function<void()> finished) {
        begin([this, key, description, reply, finished](const Error& error,
                                                        std::shared_ptr<Transaction> txn) {
            auto answer = [reply, finished, txn](const Error& e) {
                if (txn)
                    txn->lock.reset();
                reply(e);
                finished();
            };
            if (error)
                return answer(error);
            const auto at = VaultIndex::find(txn->entries, key);
            if (!at)
                return answer(notFound(key, m_name));
            QList<SecretInfo> after = txn->entries;
            after[*at].description = description;
            auto write = [this, txn, answer, after] {
                const VaultIndex index = m_index;
                m_io->run<Error>([index, after] { return index.write(after); },
                                 [this, txn, answer](Error written) {
                                     if (!written)
                                         emit changed();
                                     answer(written);
                                 });
            };
            if (!m_store->carriesMetadata())
                return write();
            // A team store shares descriptions: it records the change first.
            m_store->describe(key, description, this, [answer, write](const Error& e) {
                if (e)
                    return answer(e);
                write();
            });
        });
    });
}

} // namespace latchkey
