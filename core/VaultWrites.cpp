// The vault's changes of current values and metadata: set (keeping the
// previous value as history), delete (to the trash, VaultTrash.cpp, or for
// good), descriptions, schedules and the rotation mark.
#include "Vault.h"

#include "IoThread.h"
#include "Mask.h"
#include "SecretValue.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"

namespace latchkey {

using namespace vaultdetail;

namespace {

// The index after `key` was set.
QList<SecretInfo> withSet(QList<SecretInfo> entries, const Intent& intent)
{
    auto at = VaultIndex::find(entries, intent.key);
    if (!at) {
        entries.append({intent.key, QString(), intent.time, intent.time, QString()});
        at = entries.size() - 1;
    }
    SecretInfo& info = entries[*at];
    info.updated = intent.time;
    info.hint = intent.hint;
    info.rotate.clear(); // a new value needs no rotation
    if (intent.description)
        info.description = *intent.description;
    intent.schedule.applyTo(info);
    return entries;
}

// Why `change` cannot be recorded, or an empty string.
QString changeError(const SecretChange& change)
{
    if (change.description) {
        const QString tooLong = VaultIndex::descriptionError(*change.description);
        if (!tooLong.isEmpty())
            return tooLong;
    }
    if (change.schedule.rotateDays &&
        (*change.schedule.rotateDays < -1 || *change.schedule.rotateDays > 36500))
        return VaultText::tr("the rotation period must be from 1 to 36500 days, or never");
    return {};
}

} // namespace

void Vault::set(const QString& key, const QString& value, const std::optional<QString>& description,
                QObject* context, Done done)
{
    set(key, value, SecretChange{description, {}}, context, std::move(done));
}

void Vault::set(const QString& key, const QString& value, const SecretChange& change,
                QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput, tr("Cannot store %1: %2.").arg(key, invalid)});
    if (const QString bad = changeError(change); !bad.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput, tr("Cannot store %1: %2.").arg(key, bad)});
    auto reply = guarded(context, done);
    enqueue([this, key, value, change, reply](std::function<void()> finished) {
        auto answer = [reply, finished](const Error& e) {
            reply(e);
            finished();
        };
        m_store->prepareWrite();
        // The keychain is asked first (one search): one that is unreachable
        // or locked is reported before anything is written, not even a lock
        // file.
        m_store->presence(
            {key}, this,
            [this, key, value, change, answer](const Error& error, const QList<Presence>& found) {
                if (error)
                    return answer({error.kind, tr("%1 was not saved: %2").arg(key, error.message)});
                if (found.value(0) == Presence::Locked)
                    return answer(
                        {ErrorKind::Locked,
                         tr("%1 was not saved: it is in the keychain behind a lock; unlock "
                            "the keychain and try again.")
                             .arg(key)});
                const bool replaces = found.value(0) == Presence::Present;
                begin([this, key, value, change, replaces, answer](const Error& error, Txn txn) {
                    if (error)
                        return answer(
                            Error{error.kind, tr("%1 was not saved: %2").arg(key, error.message)});
                    if (removalPending(txn, key)) {
                        txn->lock.reset();
                        return answer(pendingRemoval(key));
                    }
                    commitSet(txn, key, value, change, replaces, {}, [answer, txn](const Error& e) {
                        txn->lock.reset(); // the next writer, of any process, may go on
                        answer(e);
                    });
                });
            });
    });
}

void Vault::commitSet(Txn txn, const QString& key, const QString& value, const SecretChange& change,
                      bool keepPrevious, const QString& revision, Done done)
{
    const QDateTime now = m_clock->now();
    const Intent intent{Intent::Op::Set,
                        key,
                        revision.isEmpty() ? newRevision() : revision,
                        now,
                        maskValue(value),
                        change.description,
                        change.schedule};
    const int keep = m_store->keepsPast() ? m_lifecycle.history : 0;
    Change c{{intent}, withSet(txn->entries, intent), txn->trash, {}};
    // Every change that adds an earlier value trims the history after it
    // (trimHistory), so a value under a new revision that kept none leaves
    // nothing to trim. A restore under the revision of the version it brings
    // back does: that version's item is now a copy of the current value.
    const bool fresh = revision.isEmpty();
    c.keychain = [this, key, value, intent, keep, keepPrevious, now, fresh](KeychainDone stored) {
        auto write = [this, key, value, intent, keep, fresh, stored](bool touched) {
            m_store->writeWithInfo(key, value, intent.revision, {intent.time, intent.description},
                                   this, [this, key, keep, fresh, stored, touched](const Error& e) {
                                       if (e)
                                           return stored(e, touched);
                                       if (!m_store->keepsPast() || (fresh && !touched && keep > 0))
                                           return stored({}, true);
                                       trimHistory(key,
                                                   [stored](const Error&) { stored({}, true); });
                                   });
        };
        if (!keepPrevious || keep == 0)
            return write(false);
        // The previous value is copied (not moved) into the history first:
        // a crash in between leaves a copy of the current value there,
        // which pruneHistory() recognises by its revision, never a key
        // without a value.
        m_store->archive(key, now, this, [write, stored](const Error& e) {
            if (e && e.kind != ErrorKind::NotFound)
                return stored(e, false);
            write(!e);
        });
    };
    apply(txn, c, [this, key, done](const Outcome& o) {
        if (o.prepared)
            return done(
                {o.prepared.kind,
                 tr("%1 was not saved, and nothing was changed: %2").arg(key, o.prepared.message)});
        if (o.keychain && o.keychain.kind == ErrorKind::Timeout)
            return done({o.keychain.kind, tr("%1: whether the value was saved is not known yet; "
                                             "the next command will check the keychain and "
                                             "complete or undo the entry.")
                                              .arg(o.keychain.message)});
        if (o.keychain)
            return done(
                {o.keychain.kind, tr("%1 %2 was not changed.").arg(o.keychain.message, key)});
        if (o.written)
            return done({ErrorKind::Storage,
                         tr("%1 was saved in the keychain, but the index could not be updated "
                            "(%2); the next command will complete the entry.")
                             .arg(key, o.written.message)});
        done({});
    });
}

void Vault::trimHistory(const QString& key, Done done)
{
    m_store->pruneHistory(key, m_lifecycle.history, this, [done](const Error&) { done({}); });
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
            begin([this, key, answer](const Error& error, Txn txn) {
                auto settled = [answer, txn](const Error& e) {
                    if (txn)
                        txn->lock.reset();
                    answer(e);
                };
                if (error)
                    return settled(
                        {error.kind, tr("%1 was not deleted: %2").arg(key, error.message)});
                if (removalPending(txn, key))
                    return settled(pendingRemoval(key));
                if (keepsTrash())
                    return commitTrash(txn, key, settled);
                if (m_store->keepsPast())
                    return commitPurge(txn, key, settled); // no trash: for good, history too
                commitRemove(txn, key, settled);
            });
        };
        // The index is read on the I/O thread (it may wait for the lock).
        readIndex([this, key, answer, change](const VaultIndex::Snapshot& index) {
            if (VaultIndex::find(index.entries, key)) {
                // Listed: still ask the keychain first, so that an unreachable or
                // locked one is reported before anything is written.
                return observe(
                    {key}, false, [key, answer, change](const KeychainView& view, const Error& e) {
                        if (e)
                            return answer(
                                {e.kind, tr("%1 was not deleted: %2").arg(key, e.message)});
                        if (view.presenceOf(key) == Presence::Locked)
                            return answer(
                                {ErrorKind::Locked,
                                 tr("%1 is in the keychain behind a lock; unlock the keychain "
                                    "and try again. Nothing was deleted.")
                                     .arg(key)});
                        change();
                    });
            }
            // Not listed: delete it anyway if the keychain has it (another tool
            // stored it), but never claim to delete what is not there. The
            // keychain is asked first, so an unreachable one changes nothing.
            observe({key}, false,
                    [this, key, answer, change](const KeychainView& view, const Error& e) {
                        if (e)
                            return answer(e);
                        switch (view.presenceOf(key)) {
                        case Presence::Present:
                        case Presence::Denied: // a team secret not for us can still be deleted
                            return change();
                        case Presence::Locked:
                            return answer(
                                {ErrorKind::Locked,
                                 tr("%1 is in the keychain behind a lock; unlock the keychain and "
                                    "try again. Nothing was deleted.")
                                     .arg(key)});
                        case Presence::Absent:
                        case Presence::Unknown:
                            break;
                        }
                        // Absent behind a lock proves nothing (core/README.md, "Storage contract").
                        unlessLocked(key, nullptr, [this, key, answer](const Error& locked) {
                            answer(locked ? Error{locked.kind, locked.message + tr(" Nothing was "
                                                                                   "deleted.")}
                                          : notFound(key, m_name));
                        });
                    });
        });
    });
}

void Vault::commitRemove(Txn txn, const QString& key, Done done)
{
    const Intent intent{Intent::Op::Delete, key, {}, m_clock->now(), {}, {}, {}};
    Change c{{intent}, without(txn->entries, key), txn->trash, {}};
    c.keychain = [this, key](KeychainDone stored) {
        m_store->remove(key, this, [this, stored](const Error& removed) {
            // Already gone is gone, when the store can be believed.
            const bool gone =
                !removed || (removed.kind == ErrorKind::NotFound && m_store->trustsNotFound());
            stored(gone ? Error{} : removed, false);
        });
    };
    apply(txn, c, [key, done](const Outcome& o) {
        if (o.prepared)
            return done({o.prepared.kind, tr("%1 was not deleted, and nothing was changed: %2")
                                              .arg(key, o.prepared.message)});
        if (o.keychain && o.unknown)
            return done({o.keychain.kind, tr("%1: whether %2 was deleted is not known yet; the "
                                             "next command will check the keychain.")
                                              .arg(o.keychain.message, key)});
        if (o.keychain && o.keychain.kind == ErrorKind::NotFound)
            return done({ErrorKind::Unreadable,
                         tr("The keychain did not return %1, and it may be locked; nothing was "
                            "deleted. Unlock it and try again.")
                             .arg(key)});
        if (o.keychain)
            return done(
                {o.keychain.kind, tr("%1 %2 was not deleted.").arg(o.keychain.message, key)});
        if (o.written)
            return done({ErrorKind::Storage,
                         tr("%1 was deleted from the keychain, but the index could not be "
                            "updated (%2); the next command will remove the entry.")
                             .arg(key, o.written.message)});
        done({});
    });
}

void Vault::setDescription(const QString& key, const QString& description, QObject* context,
                           Done done)
{
    update(key, SecretChange{description, {}}, context, std::move(done));
}

void Vault::update(const QString& key, const SecretChange& change, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    if (const QString bad = changeError(change); !bad.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput, tr("Cannot describe %1: %2.").arg(key, bad)});
    transact(key, tr("%1 was not changed: %2"), guarded(context, done),
             [this, key, change](Txn txn, Done answer) {
                 const auto at = VaultIndex::find(txn->entries, key);
                 if (!at)
                     return answer(notFound(key, m_name));
                 QList<SecretInfo> after = txn->entries;
                 if (change.description)
                     after[*at].description = *change.description;
                 change.schedule.applyTo(after[*at]);
                 auto write = [this, txn, answer, after] {
                     const VaultIndex index = m_index;
                     const QList<SecretInfo> trash = txn->trash;
                     m_io->run<Error>([index, after, trash] { return index.write(after, trash); },
                                      [this, answer](Error written) {
                                          if (!written)
                                              emit changed();
                                          answer(written);
                                      });
                 };
                 auto record = [this, key, change, answer, write] {
                     if (!change.description || !m_store->carriesMetadata())
                         return write();
                     // A team store shares descriptions: it records the change first.
                     m_store->describe(key, *change.description, this,
                                       [answer, write](const Error& e) {
                                           if (e)
                                               return answer(e);
                                           write();
                                       });
                 };
                 // The index can still list a key whose value was removed
                 // outside Latchkey: describing it would report a change to a
                 // secret that is gone. Only an answer that it is absent stops
                 // the change; behind a lock, or with the keychain out of
                 // reach, the index's own data can still change.
                 m_store->presence(
                     {key}, this,
                     [this, key, answer, record](const Error& error, const QList<Presence>& found) {
                         if (!error && found.value(0) == Presence::Absent)
                             return answer(
                                 {ErrorKind::NotFound,
                                  tr("%1 has no value in the keychain any more (it was removed "
                                     "outside Latchkey), so nothing was changed.")
                                      .arg(key)});
                         record();
                     });
             });
}

void Vault::flagRotation(const QString& key, const QString& reason, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    if (const QString bad = VaultIndex::descriptionError(reason); !bad.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput, tr("Cannot flag %1: %2.").arg(key, bad)});
    transact(key, tr("%1 was not flagged: %2"), guarded(context, done),
             [this, key, reason](Txn txn, Done answer) {
                 const auto at = VaultIndex::find(txn->entries, key);
                 if (!at)
                     return answer(notFound(key, m_name));
                 QList<SecretInfo> after = txn->entries;
                 after[*at].rotate = reason;
                 const VaultIndex index = m_index;
                 const QList<SecretInfo> trash = txn->trash;
                 m_io->run<Error>([index, after, trash] { return index.write(after, trash); },
                                  [this, answer](Error written) {
                                      if (!written)
                                          emit changed();
                                      answer(written);
                                  });
             });
}

} // namespace latchkey
