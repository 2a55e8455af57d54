// The vault's transactions: the queue, the lock, the journal, and settling
// what an interrupted change left (VaultReconcile). The changes themselves
// are in VaultWrites.cpp (set, delete, descriptions), VaultTrash.cpp (trash,
// restore, purge) and VaultHistory.cpp (earlier values); reads in
// VaultReads.cpp.
#include "Vault.h"

#include "IoThread.h"
#include "Mask.h"
#include "StoreFactory.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"

#include <QHash>
#include <QTimer>

namespace latchkey {

using namespace vaultdetail;

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

void Vault::retire()
{
    disconnect(this, nullptr, nullptr, nullptr);
    // Steps run in order: this one starts when the changes before it are done,
    // and its empty work item when the reads queued before it are.
    enqueue([this](std::function<void()>) {
        m_io->run<bool>([] { return true; }, [this](bool) { deleteLater(); });
    });
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

void Vault::readIndex(std::function<void(const VaultIndex::Snapshot& index)> then)
{
    const VaultIndex index = m_index;
    m_io->run<VaultIndex::Snapshot>([index] { return index.load(); }, std::move(then));
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
                return {Error{ErrorKind::InvalidInput,
                              tr("Invalid vault name \"%1\": %2.").arg(index.vault(), reason)},
                        nullptr};
            if (Error error = safefile::ensureFolder(index.directory(), tr("The vault folder")))
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
            txn->trash = snapshot.trash;
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
            Txn txn = opened.second;
            report(txn->warning);
            if (txn->journal.isEmpty())
                return then({}, txn);
            finishRemovals(txn, [this, txn, then] {
                QStringList keys;
                for (const Intent& intent : std::as_const(txn->journal))
                    if (!keys.contains(intent.key))
                        keys << intent.key;
                observe(keys, false,
                        [this, txn, then, keys](const KeychainView& view, const Error& error) {
                            // A keychain that cannot answer now leaves the journal for later.
                            if (error)
                                return then({}, txn);
                            observePast(keys, false, view,
                                        [this, txn, then](const KeychainView& seen, const Error&) {
                                            // Without the trash, what needs it waits.
                                            settle(txn, seen, false,
                                                   [txn, then](const Error& e) { then(e, txn); });
                                        });
                        });
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
                // An item that will not show its key (gnome-keyring started
                // again and not yet unlocked) may be any asked key's: none of
                // them is proven absent then.
                std::optional<Presence> hidden;
                for (const ItemState& item : items) {
                    if (item.key.isEmpty()) {
                        view.complete = false;
                        if (hidden != Presence::Locked)
                            hidden = item.presence == Presence::Locked ? Presence::Locked
                                                                       : Presence::Unknown;
                        continue;
                    }
                    const auto known = view.items.constFind(item.key);
                    // Of two items for one key, the readable one speaks for it.
                    if (known == view.items.constEnd() || known->presence != Presence::Present)
                        view.items.insert(item.key, item);
                }
                for (const QString& key : asked)
                    if (!error && !view.items.contains(key))
                        view.items.insert(key, {key, hidden.value_or(Presence::Absent), {}});
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

void Vault::observePast(const QStringList& keys, bool everything, KeychainView view,
                        std::function<void(const KeychainView&, const Error&)> then)
{
    if (!m_store->keepsPast())
        return then(view, {});
    m_store->past(
        everything ? QStringList() : keys, this,
        [view, keys, everything, then](const Error& error, const QList<PastItem>& items) mutable {
            for (const PastItem& item : items)
                if (item.kind == PastItem::Kind::Trash)
                    view.trash.insert(item.key, item);
            if (!error && !everything)
                view.trashAsked = QSet<QString>(keys.begin(), keys.end());
            view.trashComplete = everything && !error;
            then(view, error);
        });
}

void Vault::settle(Txn txn, const KeychainView& view, bool everything,
                   std::function<void(const Error&)> then)
{
    auto result = std::make_shared<Reconciliation>(
        reconcile(txn->entries, txn->trash, txn->journal, view, everything, m_clock->now()));
    txn->notices << result->notices;
    if (result->vanished.isEmpty() || !m_store->keepsPast())
        return complete(txn, result, then);
    // A value removed outside Latchkey can leave its earlier values behind,
    // which no listing shows any more: say where they are.
    m_store->past(result->vanished, this,
                  [this, txn, result, then](const Error&, const QList<PastItem>& items) {
                      QStringList kept;
                      for (const PastItem& item : items)
                          if (item.kind == PastItem::Kind::History && !kept.contains(item.key))
                              kept << item.key;
                      for (const QString& key : std::as_const(kept))
                          txn->notices
                              << tr("%1 still has earlier values in the keychain: `latchkey-cli "
                                    "history %1` lists them, `latchkey-cli restore %1 --version N` "
                                    "brings one back, and `latchkey-cli delete --purge %1` "
                                    "removes them.")
                                     .arg(key);
                      complete(txn, result, then);
                  });
}

void Vault::complete(Txn txn, std::shared_ptr<Reconciliation> result,
                     std::function<void(const Error&)> then)
{
    auto write = [this, txn, result, then] {
        const VaultIndex index = m_index;
        m_io->run<Error>(
            [index, result]() -> Error {
                if (result->entriesChanged)
                    if (Error error = index.write(result->entries, result->trash))
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
                txn->trash = result->trash;
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
    // Where each entry is (the list does not change while the reads run): a
    // first listing of thousands of adopted items would otherwise search the
    // whole list once per item.
    auto rows = std::make_shared<QHash<QString, qsizetype>>();
    rows->reserve(result->entries.size());
    for (qsizetype i = 0; i < result->entries.size(); ++i)
        rows->insert(result->entries.at(i).key, i);
    for (const QString& key : std::as_const(result->needHint)) {
        m_store->read(key, this,
                      [result, rows, key, pending, write](const Error& error, const QString& v) {
                          if (const auto at = rows->constFind(key); at != rows->constEnd()) {
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

void Vault::apply(Txn txn, Change change, Applied done)
{
    const QList<Intent> before = txn->journal;
    const QList<Intent> during = before + change.intents;
    const VaultIndex index = m_index;
    using Prepared = Result<std::shared_ptr<safefile::PreparedFile>>;
    m_io->run<Prepared>(
        [index, before, during, entries = change.entries, trash = change.trash]() -> Prepared {
            // Both files are on disk before the keychain is touched: the
            // intent, and the new index (which proves it fits).
            if (Error error = index.writeJournal(during))
                return error;
            auto prepared = index.prepare(entries, trash);
            if (!prepared) {
                index.writeJournal(before);
                return prepared.error();
            }
            return std::make_shared<safefile::PreparedFile>(std::move(prepared.value()));
        },
        [this, txn, change, before, done](Prepared prepared) {
            if (!prepared) {
                Outcome outcome;
                outcome.prepared = prepared.error();
                return done(outcome);
            }
            auto file = prepared.value();
            change.keychain(
                [this, txn, change, file, before, done](const Error& stored, bool touched) {
                    // A keychain that did not answer, or did part of the change,
                    // may hold more than the old index says: the intent stays,
                    // and the next transaction asks the keychain.
                    const bool unknown = stored && (stored.kind == ErrorKind::Timeout || touched);
                    const VaultIndex index = m_index;
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
                        [this, txn, change, stored, unknown, before, done](Error written) {
                            Outcome outcome;
                            outcome.keychain = stored;
                            outcome.unknown = unknown;
                            if (!stored) {
                                outcome.written = written;
                                if (!written) {
                                    txn->entries = change.entries;
                                    txn->trash = change.trash;
                                    txn->journal = before;
                                }
                                emit changed();
                            }
                            done(outcome);
                        });
                });
        });
}

void Vault::transact(const QString& key, const QString& failed, Done done,
                     std::function<void(Txn txn, Done answer)> body)
{
    enqueue([this, key, failed, done, body](std::function<void()> finished) {
        begin([this, key, failed, done, body, finished](const Error& error, Txn txn) {
            auto answer = [txn, done, finished](const Error& e) {
                if (txn)
                    txn->lock.reset(); // the next writer, of any process, may go on
                done(e);
                finished();
            };
            if (error)
                return answer({error.kind, failed.arg(key, error.message)});
            if (!key.isEmpty() && removalPending(txn, key))
                return answer(pendingRemoval(key));
            body(txn, answer);
        });
    });
}

bool Vault::removalPending(const Txn& txn, const QString& key)
{
    for (const Intent& intent : std::as_const(txn->journal))
        if (intent.key == key &&
            (intent.op == Intent::Op::Purge || intent.op == Intent::Op::Expunge))
            return true;
    return false;
}

Error Vault::pendingRemoval(const QString& key) const
{
    return {ErrorKind::Locked,
            tr("An earlier removal of %1 from vault \"%2\" is not finished because the keychain "
               "could not be reached; unlock it (latchkey-cli status shows the state) and try "
               "again.")
                .arg(key, m_name)};
}

void Vault::finishRemovals(Txn txn, std::function<void()> then)
{
    QList<Intent> removals;
    for (const Intent& intent : std::as_const(txn->journal))
        if (intent.op == Intent::Op::Purge || intent.op == Intent::Op::Expunge)
            removals << intent;
    if (removals.isEmpty() || !m_store->keepsPast())
        return then();
    // One after another; one the keychain refuses stays in the journal
    // (settle() sees its items still there) for a later transaction.
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, removals, then, step](qsizetype i) {
        if (i == removals.size()) {
            // Clearing *step breaks the cycle and destroys this closure:
            // call a copy of `then`.
            const auto finished = then;
            *step = nullptr;
            return finished();
        }
        const Intent& intent = removals.at(i);
        removeEverything(intent.key, intent.op == Intent::Op::Expunge,
                         [step, i](const Error&, bool) { (*step)(i + 1); });
    };
    (*step)(0);
}

void Vault::removeEverything(const QString& key, bool keepCurrent, KeychainDone done)
{
    // The trash item, then the history (unless `keepCurrent` and the key has
    // a value, whose past it is), then with a purge the current item.
    auto touched = std::make_shared<bool>(false);
    auto removeCurrent = [this, key, keepCurrent, touched, done] {
        if (keepCurrent)
            return done({}, *touched);
        m_store->remove(key, this, [this, touched, done](const Error& e) {
            const bool gone = !e || (e.kind == ErrorKind::NotFound && m_store->trustsNotFound());
            done(gone ? Error{} : e, *touched);
        });
    };
    auto removeHistory = [this, key, touched, done, removeCurrent] {
        m_store->removePast(key, Slot::History, 0, this,
                            [touched, done, removeCurrent](const Error& e) {
                                if (e)
                                    return done(e, *touched);
                                *touched = true;
                                removeCurrent();
                            });
    };
    m_store->removePast(
        key, Slot::Trash, 0, this,
        [this, key, keepCurrent, touched, done, removeHistory](const Error& e) {
            if (e)
                return done(e, *touched);
            *touched = true;
            if (!keepCurrent)
                return removeHistory();
            m_store->presence(
                {key}, this,
                [touched, done, removeHistory](const Error& error, const QList<Presence>& found) {
                    if (error)
                        return done(error, *touched);
                    if (found.value(0) == Presence::Absent)
                        return removeHistory();
                    done({}, *touched);
                });
        });
}

} // namespace latchkey
