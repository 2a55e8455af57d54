// A secret's earlier values: listed with masks (the values are read only to
// mask them, then wiped) and brought back by a set of the earlier value,
// which keeps the value it replaces (Vault::commitSet).
#include "Vault.h"

#include "Mask.h"
#include "VaultReconcile.h"
#include "VaultTransaction.h"
#include "Wipe.h"

#include <QMap>

namespace latchkey {

using namespace vaultdetail;

void Vault::history(const QString& key, QObject* context, HistoryDone done)
{
    if (Error error = keyError(key))
        return later(context, done, error, QList<HistoryEntry>());
    const HistoryDone reply = guarded(context, done);
    observe({key}, false, [this, key, reply](const KeychainView& view, const Error& error) {
        if (error)
            return reply(error, {});
        const ItemState current = view.items.value(key);
        m_store->past(
            {key}, this, [this, key, reply, current](const Error& e, const QList<PastItem>& items) {
                if (e)
                    return reply(e, {});
                QList<PastItem> versions;
                bool trashed = false;
                for (const PastItem& item : items) {
                    trashed = trashed || item.kind == PastItem::Kind::Trash;
                    // A copy of the current value (Vault::commitSet) is not history.
                    const bool copy = current.presence == Presence::Present &&
                                      !item.revision.isEmpty() && item.revision == current.revision;
                    if (item.kind == PastItem::Kind::History && !copy)
                        versions << item;
                }
                if (versions.isEmpty() && !trashed && current.presence == Presence::Absent)
                    return unlessLocked(key, nullptr, [this, key, reply](const Error& locked) {
                        reply(locked ? locked : notFound(key, m_name), {});
                    });
                // Each value is read to be masked, one at a time, and wiped.
                auto list = std::make_shared<QList<HistoryEntry>>();
                auto step = std::make_shared<std::function<void(qsizetype)>>();
                *step = [this, versions, list, reply, step](qsizetype i) {
                    if (i == versions.size()) {
                        // Clearing *step destroys this closure (it breaks the
                        // cycle through `step`): answer from copies.
                        const auto answer = reply;
                        const QList<HistoryEntry> entries = *list;
                        *step = nullptr;
                        return answer({}, entries);
                    }
                    const PastItem item = versions.at(i);
                    m_store->readPast(item, this, [item, list, step, i](const Error& e, QString v) {
                        list->append({item.version, item.time, e ? QString() : maskValue(v)});
                        wipe(v);
                        (*step)(i + 1);
                    });
                };
                (*step)(0);
            });
    });
}

void Vault::restoreVersion(const QString& key, int version, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    if (version <= 0)
        return later(context, done,
                     Error{ErrorKind::InvalidInput,
                           tr("The version must be a positive number, as `latchkey-cli history "
                              "%1` lists them.")
                               .arg(key)});
    transact(
        key, tr("%1 was not restored: %2"), guarded(context, done),
        [this, key, version](Txn txn, Done answer) {
            observe(
                {key}, false,
                [this, txn, key, version, answer](const KeychainView& view, const Error& error) {
                    if (error)
                        return answer(
                            {error.kind, tr("%1 was not restored: %2").arg(key, error.message)});
                    const Presence current = view.presenceOf(key);
                    if (current == Presence::Locked)
                        return answer(
                            {ErrorKind::Locked,
                             tr("%1 is in the keychain behind a lock; unlock the keychain "
                                "and try again. Nothing was restored.")
                                 .arg(key)});
                    m_store->past(
                        {key}, this,
                        [this, txn, key, version, answer, current](const Error& e,
                                                                   const QList<PastItem>& items) {
                            if (e)
                                return answer(
                                    {e.kind, tr("%1 was not restored: %2").arg(key, e.message)});
                            std::optional<PastItem> chosen;
                            for (const PastItem& item : items)
                                if (item.kind == PastItem::Kind::History && item.version == version)
                                    chosen = item;
                            if (!chosen)
                                return answer({ErrorKind::NotFound,
                                               tr("%1 has no earlier value %2 in vault \"%3\"; "
                                                  "`latchkey-cli history %1` lists them.")
                                                   .arg(key)
                                                   .arg(version)
                                                   .arg(m_name)});
                            m_store->readPast(
                                *chosen, this,
                                [this, txn, key, answer, current, chosen](const Error& re,
                                                                          QString value) {
                                    if (re)
                                        return answer(
                                            {re.kind,
                                             tr("%1 was not restored: %2").arg(key, re.message)});
                                    // The restored value keeps the revision it was stored
                                    // with, so the history item it came from is known as
                                    // a copy of it and pruned (SecretStore::pruneHistory).
                                    commitSet(txn, key, value, {}, current == Presence::Present,
                                              chosen->revision,
                                              [answer](const Error& se) { answer(se); });
                                    wipe(value);
                                });
                        });
                });
        });
}

void Vault::applyHistoryLimit(QObject* context, Done done)
{
    if (!m_store->keepsPast())
        return later(context, done, Error{}); // a store without history has none to remove
    transact(
        {}, tr("The earlier values beyond the limit were not removed%1: %2"),
        guarded(context, done), [this](Txn, Done answer) {
            m_store->allHistory(this, [this, answer](const Error& error,
                                                     const QList<PastItem>& items) {
                if (error)
                    return answer(
                        {error.kind, tr("The earlier values beyond the limit were not removed: %1")
                                         .arg(error.message)});
                const int keep = m_lifecycle.history;
                QMap<QString, int> versions; // sorted, so the keys go in a stable order
                for (const PastItem& item : items)
                    ++versions[item.key];
                // One key after another, as each change of the keychain is
                // a rewrite of its file for gnome-keyring anyway.
                QList<std::function<void(Done)>> steps;
                for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
                    if (it.value() <= keep)
                        continue;
                    steps << [this, key = it.key(), keep](Done next) {
                        m_store->pruneHistory(key, keep, this, [key, next](const Error& e) {
                            if (!e)
                                return next({});
                            next({e.kind, tr("The earlier values of %1 beyond the limit were "
                                             "not removed: %2")
                                              .arg(key, e.message)});
                        });
                    };
                }
                runInSequence(steps, answer);
            });
        });
}

} // namespace latchkey
