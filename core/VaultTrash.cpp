// The vault's trash: a deleted secret's item is moved (not copied) to a
// trash item and back, and removed for good by a purge, by `trash --empty`
// or when it has stayed Lifecycle::trashDays days. Every step is journalled
// (Intent::Op::Trash, Untrash, Purge, Expunge) and settled by the next
// transaction after a crash (VaultReconcile.cpp); removals are never undone,
// only finished (Vault::finishRemovals).
#include "Vault.h"

#include "Mask.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"

namespace latchkey {

using namespace vaultdetail;

namespace {

QList<SecretInfo> withTrashed(QList<SecretInfo> trash, SecretInfo info)
{
    trash = without(trash, info.key);
    trash.append(info);
    return trash;
}

// One keychain step after another, remembering whether any of them changed
// something before one failed.
using KeychainStep = std::function<void(std::function<void(const Error&)>)>;
void runSteps(QList<KeychainStep> steps, std::function<void(const Error&, bool)> done,
              bool touched = false)
{
    if (steps.isEmpty())
        return done({}, touched);
    KeychainStep first = steps.takeFirst();
    first([steps, done, touched](const Error& error) {
        if (error)
            return done(error, touched);
        runSteps(steps, done, true);
    });
}

} // namespace

void Vault::commitTrash(Txn txn, const QString& key, Done done)
{
    m_store->past(
        {key}, this, [this, txn, key, done](const Error& error, const QList<PastItem>& items) {
            if (error)
                return done({error.kind, tr("%1 was not deleted: %2").arg(key, error.message)});
            bool trashed = false;
            for (const PastItem& item : items)
                trashed = trashed || item.kind == PastItem::Kind::Trash;
            const QDateTime now = m_clock->now();
            const auto at = VaultIndex::find(txn->entries, key);
            SecretInfo info = at ? txn->entries.at(*at) : SecretInfo{key, QString(), now, now, {}};
            info.deleted = now;
            const Intent intent{Intent::Op::Trash, key, {}, now, {}, {}, {}};
            Change c{{intent}, without(txn->entries, key), withTrashed(txn->trash, info), {}};
            const bool keepOld = m_lifecycle.history > 0;
            c.keychain = [this, key, now, trashed, keepOld](KeychainDone stored) {
                QList<KeychainStep> steps;
                // The trash holds one value per key: one deleted earlier joins
                // the history (or goes, when no history is kept).
                if (trashed && keepOld)
                    steps << [this, key, now](auto next) {
                        m_store->move(key, Slot::Trash, Slot::History, now, this, next);
                    };
                else if (trashed)
                    steps << [this, key](auto next) {
                        m_store->removePast(key, Slot::Trash, 0, this, next);
                    };
                steps << [this, key, now](auto next) {
                    m_store->move(key, Slot::Current, Slot::Trash, now, this, next);
                };
                // The version that joined the history may be one beyond the
                // limit: it goes now, as after a set, so that a set of the
                // key need not look (a failure leaves it for a later change).
                if (trashed && keepOld)
                    steps << [this, key](auto next) { trimHistory(key, next); };
                runSteps(steps, stored);
            };
            apply(txn, c, [key, done](const Outcome& o) {
                if (o.prepared)
                    return done(
                        {o.prepared.kind, tr("%1 was not deleted, and nothing was changed: %2")
                                              .arg(key, o.prepared.message)});
                if (o.keychain && o.unknown)
                    return done(
                        {o.keychain.kind, tr("%1 %2 may be partly deleted; the next command "
                                             "will check the keychain and settle it.")
                                              .arg(o.keychain.message, key)});
                if (o.keychain)
                    return done({o.keychain.kind,
                                 tr("%1 %2 was not deleted.").arg(o.keychain.message, key)});
                if (o.written)
                    return done(
                        {ErrorKind::Storage,
                         tr("%1 was moved to the trash in the keychain, but the index could "
                            "not be updated (%2); the next command will complete the entry.")
                             .arg(key, o.written.message)});
                done({});
            });
        });
}

void Vault::commitPurge(Txn txn, const QString& key, Done done)
{
    const Intent intent{Intent::Op::Purge, key, {}, m_clock->now(), {}, {}, {}};
    Change c{{intent}, without(txn->entries, key), without(txn->trash, key), {}};
    c.keychain = [this, key](KeychainDone stored) { removeEverything(key, false, stored); };
    apply(txn, c, [key, done](const Outcome& o) {
        if (o.prepared)
            return done({o.prepared.kind, tr("%1 was not deleted, and nothing was changed: %2")
                                              .arg(key, o.prepared.message)});
        // A purge is never undone: what is left goes with the next command.
        if (o.keychain && o.unknown)
            return done({o.keychain.kind, tr("%1 Part of %2 is still in the keychain; the next "
                                             "command will finish removing it.")
                                              .arg(o.keychain.message, key)});
        if (o.keychain)
            return done(
                {o.keychain.kind, tr("%1 %2 was not deleted.").arg(o.keychain.message, key)});
        if (o.written)
            return done({ErrorKind::Storage,
                         tr("%1 was removed from the keychain, but the index could not be "
                            "updated (%2); the next command will remove the entry.")
                             .arg(key, o.written.message)});
        done({});
    });
}

void Vault::purge(const QString& key, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    transact(
        key, tr("%1 was not deleted: %2"), guarded(context, done),
        [this, key](Txn txn, Done answer) {
            if (!m_store->keepsPast())
                return commitRemove(txn, key, answer);
            observe({key}, false,
                    [this, txn, key, answer](const KeychainView& view, const Error& error) {
                        if (error)
                            return answer(
                                {error.kind, tr("%1 was not deleted: %2").arg(key, error.message)});
                        const Presence current = view.presenceOf(key);
                        m_store->past(
                            {key}, this,
                            [this, txn, key, answer, current](const Error& e,
                                                              const QList<PastItem>& items) {
                                if (e)
                                    return answer(
                                        {e.kind, tr("%1 was not deleted: %2").arg(key, e.message)});
                                if (current == Presence::Locked)
                                    return answer(
                                        {ErrorKind::Locked,
                                         tr("%1 is in the keychain behind a lock; unlock the "
                                            "keychain and try again. Nothing was deleted.")
                                             .arg(key)});
                                if (current == Presence::Absent && items.isEmpty())
                                    return unlessLocked(key, nullptr,
                                                        [this, key, answer](const Error& l) {
                                                            answer(l ? l : notFound(key, m_name));
                                                        });
                                commitPurge(txn, key, answer);
                            });
                    });
        });
}

void Vault::restore(const QString& key, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    transact(
        key, tr("%1 was not restored: %2"), guarded(context, done),
        [this, key](Txn txn, Done answer) {
            m_store->past(
                {key}, this,
                [this, txn, key, answer](const Error& error, const QList<PastItem>& items) {
                    if (error)
                        return answer(
                            {error.kind, tr("%1 was not restored: %2").arg(key, error.message)});
                    std::optional<PastItem> trashed;
                    for (const PastItem& item : items)
                        if (item.kind == PastItem::Kind::Trash)
                            trashed = item;
                    if (!trashed)
                        return answer({ErrorKind::NotFound,
                                       tr("%1 is not in the trash of vault \"%2\"; `latchkey-cli "
                                          "trash` lists what is.")
                                           .arg(key, m_name)});
                    m_store->presence(
                        {key}, this,
                        [this, txn, key, answer, trashed](const Error& e,
                                                          const QList<Presence>& p) {
                            if (e)
                                return answer(
                                    {e.kind, tr("%1 was not restored: %2").arg(key, e.message)});
                            const bool replaces = p.value(0) != Presence::Absent;
                            const auto at = VaultIndex::find(txn->trash, key);
                            SecretInfo info = at ? txn->trash.at(*at)
                                                 : SecretInfo{key, QString(), trashed->time,
                                                              trashed->time, QString()};
                            info.deleted = {};
                            auto go = [this, txn, key, answer, replaces, info, trashed] {
                                QList<SecretInfo> entries = without(txn->entries, key);
                                entries.append(info);
                                const Intent intent{Intent::Op::Untrash,
                                                    key,
                                                    trashed->revision,
                                                    m_clock->now(),
                                                    {},
                                                    {},
                                                    {}};
                                Change c{{intent}, entries, without(txn->trash, key), {}};
                                c.keychain = [this, key, replaces](KeychainDone stored) {
                                    QList<KeychainStep> steps;
                                    const QDateTime now = m_clock->now();
                                    // The value it replaces joins the history, as a restore
                                    // from history does; the trim after it keeps the limit
                                    // (with a limit of 0 it goes again at once).
                                    if (replaces)
                                        steps << [this, key, now](auto next) {
                                            m_store->move(key, Slot::Current, Slot::History, now,
                                                          this, next);
                                        };
                                    steps << [this, key, now](auto next) {
                                        m_store->move(key, Slot::Trash, Slot::Current, now, this,
                                                      next);
                                    };
                                    if (replaces)
                                        steps << [this, key](auto next) { trimHistory(key, next); };
                                    runSteps(steps, stored);
                                };
                                apply(txn, c, [key, answer](const Outcome& o) {
                                    if (o.prepared)
                                        return answer({o.prepared.kind,
                                                       tr("%1 was not restored, and nothing was "
                                                          "changed: %2")
                                                           .arg(key, o.prepared.message)});
                                    if (o.keychain && o.unknown)
                                        return answer({o.keychain.kind,
                                                       tr("%1 %2 may be partly restored; the next "
                                                          "command will check the keychain and "
                                                          "settle it.")
                                                           .arg(o.keychain.message, key)});
                                    if (o.keychain)
                                        return answer(
                                            {o.keychain.kind, tr("%1 %2 was not restored.")
                                                                  .arg(o.keychain.message, key)});
                                    if (o.written)
                                        return answer(
                                            {ErrorKind::Storage,
                                             tr("%1 was restored in the keychain, but the "
                                                "index could not be updated (%2); the "
                                                "next command will complete the entry.")
                                                 .arg(key, o.written.message)});
                                    answer({});
                                });
                            };
                            if (!info.hint.isEmpty())
                                return go();
                            // Not listed in the trash (found in the keychain): its
                            // mask comes from the value itself.
                            m_store->readPast(
                                *trashed, this,
                                [go, info](const Error& re, const QString& v) mutable {
                                    if (!re)
                                        info.hint = maskValue(v);
                                    go();
                                });
                        });
                });
        });
}

void Vault::emptyTrash(QObject* context, Done done)
{
    transact(
        {}, tr("The trash was not emptied%1: %2"), guarded(context, done),
        [this](Txn txn, Done answer) {
            if (!m_store->keepsPast())
                return answer({}); // a store without a trash has nothing in it
            m_store->past(
                {}, this, [this, txn, answer](const Error& error, const QList<PastItem>& items) {
                    if (error)
                        return answer(
                            {error.kind, tr("The trash was not emptied: %1").arg(error.message)});
                    QStringList keys;
                    for (const SecretInfo& info : std::as_const(txn->trash))
                        keys << info.key;
                    for (const PastItem& item : items)
                        if (!keys.contains(item.key))
                            keys << item.key;
                    if (keys.isEmpty())
                        return answer({});
                    Change c{{}, txn->entries, {}, {}};
                    for (const QString& key : std::as_const(keys))
                        c.intents << Intent{
                            Intent::Op::Expunge, key, {}, m_clock->now(), {}, {}, {}};
                    c.keychain = [this, keys](KeychainDone stored) {
                        QList<KeychainStep> steps;
                        for (const QString& key : keys)
                            steps << [this, key](auto next) {
                                removeEverything(key, true,
                                                 [next](const Error& e, bool) { next(e); });
                            };
                        runSteps(steps, stored);
                    };
                    apply(txn, c, [answer](const Outcome& o) {
                        const Error& e = o.prepared   ? o.prepared
                                         : o.keychain ? o.keychain
                                                      : o.written;
                        if (!e)
                            return answer({});
                        answer({e.kind, o.unknown
                                            ? tr("The trash was partly emptied (%1); the "
                                                 "next command will finish.")
                                                  .arg(e.message)
                                            : tr("The trash was not emptied: %1").arg(e.message)});
                    });
                });
        });
}

void Vault::expire(Txn txn, std::function<void()> then)
{
    if (!m_store->keepsPast())
        return then();
    const QDateTime now = m_clock->now();
    QStringList keys;
    QList<SecretInfo> kept;
    for (const SecretInfo& info : std::as_const(txn->trash)) {
        if (info.deleted.isValid() && info.deleted.addDays(m_lifecycle.trashDays) <= now)
            keys << info.key;
        else
            kept << info;
    }
    if (keys.isEmpty())
        return then();
    Change c{{}, txn->entries, kept, {}};
    for (const QString& key : std::as_const(keys))
        c.intents << Intent{Intent::Op::Expunge, key, {}, now, {}, {}, {}};
    c.keychain = [this, keys](KeychainDone stored) {
        QList<KeychainStep> steps;
        for (const QString& key : keys)
            steps << [this, key](auto next) {
                removeEverything(key, true, [next](const Error& e, bool) { next(e); });
            };
        runSteps(steps, stored);
    };
    const int days = m_lifecycle.trashDays;
    apply(txn, c, [txn, keys, days, then](const Outcome& o) {
        const Error& e = o.prepared ? o.prepared : o.keychain ? o.keychain : o.written;
        if (e)
            txn->notices << tr("The trash could not be emptied of what stayed longer than %1 "
                               "days: %2")
                                .arg(days)
                                .arg(e.message);
        else
            for (const QString& key : keys)
                txn->notices << tr("%1 was in the trash for more than %2 days and was deleted "
                                   "for good.")
                                    .arg(key)
                                    .arg(days);
        then();
    });
}

} // namespace latchkey
