#pragma once

#include "SecretStore.h"
#include "VaultIndex.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace latchkey {

// What the keychain was seen to hold for a vault: per key, Present or Locked
// (with the revision the item records), or Absent when asked about it; and
// the same for the keys' trash items.
struct KeychainView {
    QHash<QString, ItemState> items;
    // Every item of the vault is in `items` (an enumeration whose keys were
    // all readable): a key not in it is absent.
    bool complete = false;
    bool recordsRevision = false; // revisions in `items` can be compared
    bool shared = false;          // the store carries shared metadata (ItemState::shared)

    QHash<QString, PastItem> trash; // trash items seen, by key
    QSet<QString> trashAsked;       // keys whose trash was asked about: absent unless seen
    bool trashComplete = false;     // every trash item of the vault is in `trash`

    Presence presenceOf(const QString& key) const;
    Presence trashPresenceOf(const QString& key) const;
};

// Brings the index in line with the keychain: resolves the journal's
// intents (what an interrupted change really did) and, with `everything`,
// adopts items the index does not list and drops entries whose value is
// gone, for the secrets and (when the view has the whole trash) the trash.
// Pure: the caller reads and writes the files and asks the keychain.
struct Reconciliation {
    QList<SecretInfo> entries;
    QList<SecretInfo> trash;
    QList<Intent> unresolved; // the keychain could not tell (locked, not asked)
    QStringList notices;      // one sentence each, for the user
    QSet<QString> needHint;   // keys whose value exists but whose mask is unknown
    QStringList vanished;     // listed keys whose value was removed outside Latchkey
    bool entriesChanged = false;
    bool journalChanged = false;
};

Reconciliation reconcile(const QList<SecretInfo>& entries, const QList<SecretInfo>& trash,
                         const QList<Intent>& journal, const KeychainView& view, bool everything,
                         const QDateTime& now);

} // namespace latchkey
