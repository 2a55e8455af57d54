#pragma once

#include "Error.h"
#include "GitRepo.h"
#include "GpgEngine.h"
#include "PassStore.h"

#include <QStringList>

#include <memory>

namespace latchkey {

class VaultLock;

// Whether a change reached the remote.
struct PushOutcome {
    enum class State { Pushed, NoRemote, Offline, Behind, Failed };
    State state = State::NoRemote;
    QString detail; // git's words when it did not work

    // One sentence for the user, or empty when there is nothing to say.
    QString notice(const QString& vault) const;
};

// One team store's working tree with its engines: the pass files
// (PassStore), GnuPG (GpgEngine) and git (GitRepo). Synchronous and not
// thread-safe: a TeamStore uses it from its own thread only. Every change
// of the files runs under lock() and ends in one commit (or leaves the
// files as they were).
class TeamRepository {
public:
    TeamRepository(const QString& vault, const QString& folder);

    QString vault() const { return m_vault; }
    QString folder() const { return m_folder; }

    // Finds the working tree (once it succeeded): Unavailable when the folder
    // is missing, InvalidInput when it is not inside a git working tree.
    Error open();
    const PassStore& store() const { return m_store; }
    const GitRepo& git() const { return m_git; }
    const GpgEngine& gpg() const { return m_gpg; }

    // The cross-process lock of the working tree (<git dir>/latchkey.lock):
    // Latchkey's processes change a store one at a time.
    Result<std::shared_ptr<VaultLock>> lock() const;

    // The recipients of the nearest .gpg-id, each checked to be usable, after
    // importing the members' keys from the store's .public-keys folder.
    // InvalidInput names the first missing or expired key.
    Result<QList<Recipient>> recipients() const;
    // The recipients as the keyring knows them, usable or not (members list).
    Result<QList<Recipient>> members() const;
    // Who makes a change: the member whose secret key this user holds,
    // otherwise git's user.name and user.email.
    QString identity(const QList<Recipient>& recipients) const;

    // `-c user.name=… -c user.email=…` when git has no identity configured
    // (a fresh CI machine): the member's key names the author then.
    QStringList authorOptions(const QList<Recipient>& recipients) const;
    // Stages `paths` (additions and deletions) and commits only them.
    // Nothing to commit is not an error.
    Error commit(const QStringList& paths, const QString& message,
                 const QList<Recipient>& recipients) const;
    // Pushes the current branch when there is a remote, bounded by
    // GitRepo::networkTimeout(); refusals and unreachable remotes are told apart.
    PushOutcome push() const;
    // Puts `paths` back as the last commit has them (new files are removed),
    // after a change that could not be completed.
    void restore(const QStringList& paths) const;
    // The working tree has changes of its own under the store folder.
    bool hasLocalChanges() const;

private:
    QString m_vault;
    QString m_folder;
    bool m_open = false;
    QString m_gitDir;
    PassStore m_store;
    GitRepo m_git;
    GpgEngine m_gpg;
};

} // namespace latchkey
