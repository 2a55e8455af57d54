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
} // namespace

Presence KeychainView::presenceOf(const QString& key) const
{
    const auto it = items.constFind(key);
    if (it != items.constEnd())
        return it->presence;
    return complete ? Presence::Absent : Presence::Unknown;
}

Reconciliation reconcile(const QList<SecretInfo>& entries, const QList<Intent>& journal,
                         const KeychainView& view, bool everything, const QDateTime& now)
{
    Reconciliation out;
    out.entries = entries;
    QSet<QString> blocked; // keys with an intent the keychain cannot settle yet

    auto drop = [&](const QString& key) {
        if (const auto at = VaultIndex::find(out.entries, key)) {
            out.entries.removeAt(*at);
            out.entriesChanged = true;
        }
    };
    auto adopt = [&](const QString& key, const QDateTime& when) {
        if (VaultIndex::find(out.entries, key))
            return;
        out.entries.append({key, QString(), when, when, QString()});
        out.entriesChanged = true;
        if (view.presenceOf(key) == Presence::Present)
            out.needHint.insert(key);
    };

    for (const Intent& intent : journal) {
        const Presence presence = view.presenceOf(intent.key);
        if (blocked.contains(intent.key) || presence == Presence::Unknown ||
            presence == Presence::Locked) {
            // Later intents for the key wait behind an unsettled one.
            blocked.insert(intent.key);
            out.unresolved.append(intent);
            continue;
        }
        out.journalChanged = true;
        if (intent.op == Intent::Op::Delete) {
            if (presence == Presence::Absent)
                drop(intent.key);
            else
                adopt(intent.key, intent.time);
            continue;
        }
        if (presence == Presence::Absent) {
            // The write never reached the keychain, and no value is there.
            drop(intent.key);
            continue;
        }
        const ItemState& item = view.items.value(intent.key);
        const bool ours = !view.recordsRevision || item.revision == intent.revision;
        if (!ours) {
            // A value is there, but not the one this write stored: keep what
            // the index knows and learn its mask afresh.
            adopt(intent.key, intent.time);
            out.needHint.insert(intent.key);
            continue;
        }
        const auto at = VaultIndex::find(out.entries, intent.key);
        if (!at) {
            out.entries.append({intent.key, intent.description.value_or(QString()), intent.time,
                                intent.time, intent.hint});
        } else {
            SecretInfo& info = out.entries[*at];
            info.updated = intent.time;
            info.hint = intent.hint;
            if (intent.description)
                info.description = *intent.description;
        }
        out.entriesChanged = true;
        out.notices << Strings::tr("The interrupted change of %1 was completed.").arg(intent.key);
    }

    if (!everything) {
        adoptShared(out, view);
        return out;
    }
    for (auto it = view.items.constBegin(); it != view.items.constEnd(); ++it) {
        if (it->presence == Presence::Absent || blocked.contains(it.key()))
            continue;
        if (!VaultIndex::find(out.entries, it.key())) {
            adopt(it.key(), now);
            if (!view.shared) // a team's new secrets are news of a sync, not a repair
                out.notices << Strings::tr(
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
            if (!view.shared)
                out.notices
                    << Strings::tr(
                           "%1 was listed but its value is no longer in the keychain; it was "
                           "removed from the list.")
                           .arg(info.key);
        }
    }
    adoptShared(out, view);
    return out;
}

} // namespace latchkey
