#include "VaultReconcile.h"

#include "VaultShared.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "VaultReconcile" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(VaultReconcile)
};

bool unsettled(Presence presence)
{
    return presence == Presence::Unknown || presence == Presence::Locked;
}
} // namespace

Presence KeychainView::presenceOf(const QString& key) const
{
    const auto it = items.constFind(key);
    if (it != items.constEnd())
        return it->presence;
    return complete ? Presence::Absent : Presence::Unknown;
}

Presence KeychainView::trashPresenceOf(const QString& key) const
{
    const auto it = trash.constFind(key);
    if (it != trash.constEnd())
        return it->presence;
    return trashComplete || trashAsked.contains(key) ? Presence::Absent : Presence::Unknown;
}

Reconciliation reconcile(const QList<SecretInfo>& entries, const QList<SecretInfo>& trash,
                         const QList<Intent>& journal, const KeychainView& view, bool everything,
                         const QDateTime& now)
{
    Reconciliation out;
    out.entries = entries;
    out.trash = trash;
    QSet<QString> blocked; // keys with an intent the keychain cannot settle yet

    auto take = [&](QList<SecretInfo>& list, const QString& key) -> std::optional<SecretInfo> {
        const auto at = VaultIndex::find(list, key);
        if (!at)
            return std::nullopt;
        out.entriesChanged = true;
        return list.takeAt(*at);
    };
    auto drop = [&](const QString& key) { take(out.entries, key); };
    auto dropTrash = [&](const QString& key) { take(out.trash, key); };
    // `unlisted`: the caller already knows the key has no entry (a search of
    // the whole list per key would make a full reconciliation quadratic).
    auto adopt = [&](const QString& key, const QDateTime& when, bool unlisted = false) {
        if (!unlisted && VaultIndex::find(out.entries, key))
            return;
        out.entries.append({key, QString(), when, when, QString()});
        out.entriesChanged = true;
        if (view.presenceOf(key) == Presence::Present)
            out.needHint.insert(key);
    };
    // The trash entry of `key` as the keychain's trash says: listed when
    // there is a trash item, not listed when there is none.
    auto followTrash = [&](const QString& key) {
        const Presence trashed = view.trashPresenceOf(key);
        if (trashed == Presence::Absent)
            return dropTrash(key);
        if (trashed != Presence::Present && trashed != Presence::Locked)
            return;
        if (VaultIndex::find(out.trash, key))
            return;
        const PastItem item = view.trash.value(key);
        SecretInfo info{key, QString(), {}, {}, QString()};
        info.deleted = item.time.isValid() ? item.time : now;
        out.trash.append(info);
        out.entriesChanged = true;
    };

    for (const Intent& intent : journal) {
        const QString& key = intent.key;
        const Presence presence = view.presenceOf(key);
        const Presence trashed = view.trashPresenceOf(key);
        const bool needsTrash = intent.op != Intent::Op::Set && intent.op != Intent::Op::Delete;
        const bool needsCurrent = intent.op != Intent::Op::Expunge;
        if (blocked.contains(key) || (needsCurrent && unsettled(presence)) ||
            (needsTrash && unsettled(trashed))) {
            // Later intents for the key wait behind an unsettled one.
            blocked.insert(key);
            out.unresolved.append(intent);
            continue;
        }
        const ItemState& item = view.items.value(key);
        const bool ours = !view.recordsRevision || item.revision == intent.revision;
        switch (intent.op) {
        case Intent::Op::Delete:
            if (presence == Presence::Absent)
                drop(key);
            else
                adopt(key, intent.time);
            break;
        case Intent::Op::Set: {
            if (presence == Presence::Absent) {
                // The write never reached the keychain, and no value is there.
                drop(key);
                break;
            }
            if (!ours) {
                // A value is there, but not the one this write stored: keep
                // what the index knows and learn its mask afresh.
                adopt(key, intent.time);
                out.needHint.insert(key);
                break;
            }
            const auto at = VaultIndex::find(out.entries, key);
            if (!at)
                out.entries.append({key, QString(), intent.time, intent.time, QString()});
            SecretInfo& info = out.entries[at ? *at : out.entries.size() - 1];
            info.updated = intent.time;
            info.hint = intent.hint;
            info.rotate.clear();
            if (intent.description)
                info.description = *intent.description;
            intent.schedule.applyTo(info);
            out.entriesChanged = true;
            out.notices << Strings::tr("The interrupted change of %1 was completed.").arg(key);
            break;
        }
        case Intent::Op::Trash:
            if (presence == Presence::Absent && trashed != Presence::Absent) {
                SecretInfo info =
                    take(out.entries, key).value_or(SecretInfo{key, QString(), {}, {}, QString()});
                info.deleted = intent.time;
                dropTrash(key);
                out.trash.append(info);
                out.entriesChanged = true;
                out.notices << Strings::tr("The interrupted delete of %1 was completed.").arg(key);
            } else {
                if (presence == Presence::Absent)
                    drop(key); // no value, current or deleted: nothing to list
                else
                    adopt(key, intent.time);
                followTrash(key);
            }
            break;
        case Intent::Op::Untrash:
            if (presence != Presence::Absent && ours) {
                std::optional<SecretInfo> info = take(out.trash, key);
                if (!info)
                    info = take(out.entries, key);
                if (!info)
                    info = SecretInfo{key, QString(), intent.time, intent.time, QString()};
                info->deleted = {};
                drop(key);
                out.entries.append(*info);
                out.entriesChanged = true;
                if (info->hint.isEmpty())
                    out.needHint.insert(key);
                out.notices << Strings::tr("The interrupted restore of %1 was completed.").arg(key);
            } else {
                if (presence == Presence::Absent)
                    drop(key); // its value was kept as history on the way
                else
                    adopt(key, intent.time);
                followTrash(key);
            }
            break;
        case Intent::Op::Purge:
        case Intent::Op::Expunge:
            // Finished by the caller before it asked the keychain; settled
            // once nothing it removes is left.
            if ((intent.op == Intent::Op::Purge && presence != Presence::Absent) ||
                trashed != Presence::Absent) {
                blocked.insert(key);
                out.unresolved.append(intent);
                continue;
            }
            if (intent.op == Intent::Op::Purge)
                drop(key);
            dropTrash(key);
            break;
        }
        out.journalChanged = true;
    }

    if (everything) {
        QSet<QString> listed;
        listed.reserve(out.entries.size());
        for (const SecretInfo& info : std::as_const(out.entries))
            listed.insert(info.key);
        for (auto it = view.items.constBegin(); it != view.items.constEnd(); ++it) {
            if (it->presence == Presence::Absent || blocked.contains(it.key()))
                continue;
            if (!listed.contains(it.key())) {
                adopt(it.key(), now, true);
                listed.insert(it.key());
                if (!view.shared) // a team's new secrets are news of a sync, not a repair
                    out.notices
                        << Strings::tr(
                               "%1 is in the keychain but was not listed; it is listed again.")
                               .arg(it.key());
            }
        }
        if (view.complete) {
            const QList<SecretInfo> listed = out.entries;
            for (const SecretInfo& info : listed) {
                if (blocked.contains(info.key) || view.presenceOf(info.key) != Presence::Absent)
                    continue;
                drop(info.key);
                if (!view.shared) {
                    out.notices << Strings::tr(
                                       "%1 was listed but its value is no longer in the keychain; "
                                       "it was removed from the list.")
                                       .arg(info.key);
                    out.vanished << info.key;
                }
            }
        }
    }
    if (everything && view.trashComplete) {
        QSet<QString> keys(view.trash.keyBegin(), view.trash.keyEnd());
        for (const SecretInfo& info : std::as_const(out.trash))
            keys.insert(info.key);
        for (const QString& key : std::as_const(keys))
            if (!blocked.contains(key))
                followTrash(key);
    }
    adoptShared(out, view);
    return out;
}

} // namespace latchkey
