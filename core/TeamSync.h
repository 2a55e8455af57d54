#pragma once

#include "Error.h"
#include "TeamMeta.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

namespace latchkey {

class TeamRepository;

// Where a team store's clone stands against its remote.
struct SyncState {
    bool hasRemote = false;
    bool offline = false;       // the remote could not be reached when it was asked
    int ahead = 0;              // local commits not on the remote yet
    int behind = 0;             // remote commits not here yet (as of the last fetch)
    QStringList conflicts;      // keys changed both here and on the remote
    QStringList otherConflicts; // other files changed on both sides (e.g. .gpg-id)
    QString remote;
    QString detail; // why it is offline

    // Stable, for scripts: local, in-sync, ahead, behind, diverged, conflict, offline.
    QString name() const;
    // For people: "in sync", "2 to push", "conflict: API_TOKEN", "offline, 1 to push".
    QString text() const;
};

// One version of a key in a conflict: masked, never the value.
struct ConflictSide {
    bool deleted = false;
    QString masked;
    QDateTime updated;
    QString updatedBy;
    QString problem; // why it could not be read (e.g. not a recipient)
};

struct SyncConflict {
    QString key;
    ConflictSide mine;
    ConflictSide theirs;
};

enum class Keep { Mine, Theirs };

// How the user resolved conflicts: per key, or one side for everything.
struct SyncChoices {
    QHash<QString, Keep> keys;
    std::optional<Keep> all;

    std::optional<Keep> choiceFor(const QString& key) const;
};

struct SyncReport {
    SyncState state;
    QList<SyncConflict> conflicts; // the sync stopped here: choose a side for each
    QStringList pulled;            // one sentence per key the remote changed
    bool pushed = false;
    Error error;
};

// git as the sync engine: fetch, then replay local commits on the remote's
// (pull --rebase), then push. Two members changing different keys touch
// different files, so this merges cleanly. When the same key changed on
// both sides the sync stops before touching anything, with both versions
// kept (the local one in the working tree, the remote one in its
// remote-tracking branch) and shown masked; once the user chose a side for
// each such key, the remote is merged and every file of the key taken from
// that side, so no value is ever dropped unseen.
class TeamSync {
public:
    explicit TeamSync(TeamRepository& repository);

    // From what was last fetched; `contact` fetches first (offline when it fails).
    SyncState state(bool contact);
    SyncReport sync(const SyncChoices& choices);

private:
    QString upstream() const;
    void count(SyncState& state, const QString& upstream) const;
    // Paths (relative to the top) changed on both sides with different results.
    QStringList conflictingPaths(const QString& upstream) const;
    void classify(SyncState& state, const QStringList& paths) const;
    ConflictSide side(const QString& revision, const QString& key) const;
    // Encrypts anew, for the current members, what this clone is about to
    // push that was encrypted for others (TeamMembers::encryptForCurrentMembers).
    Error encryptLocalChangesForMembers(const QString& upstream);
    Error mergeWith(const QString& upstream, const SyncState& state, const SyncChoices& choices,
                    const QStringList& author);
    // Brings in the remote's commits without a conflict: replays the local
    // ones on top (pull --rebase), or merges when replaying cannot work (the
    // local history holds an earlier merge of a conflict).
    Error integrate(const QString& upstream, const QStringList& author);
    QStringList describeChanges(const QString& from, const QString& to) const;
    bool reencrypted(const QString& key, const QString& from,
                     const std::optional<TeamMeta>& now) const;

    TeamRepository& m_repo;
};

} // namespace latchkey
