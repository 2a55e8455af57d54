#pragma once

#include "Error.h"
#include "VaultRegistry.h"

#include <QStringList>

namespace latchkey {

// Making a vault a team vault: start a new store, join one, or use a pass
// store that is already on disk. Each checks everything before it changes
// anything, and leaves nothing behind when it fails (a half-made clone is
// removed); on success the vault is in the registry (VaultRegistry.h).
class TeamSetup {
public:
    // Clones `url` (an empty repository) into the stores folder, writes
    // .gpg-id with the recipients' fingerprints and their public keys in
    // .public-keys/, commits and pushes. InvalidInput when a recipient has no
    // usable key, or when the remote already holds a store.
    static Result<TeamVaultEntry> init(const QString& name, const QString& url,
                                       const QStringList& recipients);
    // Clones a team store made by Latchkey, pass or gopass.
    static Result<TeamVaultEntry> join(const QString& name, const QString& url);
    // Uses an existing pass store folder inside a git working tree, in place.
    static Result<TeamVaultEntry> adopt(const QString& name, const QString& folder);

private:
    // The name is valid and free: no team vault and no local vault with
    // secrets has it, nor (when `clone`) a folder in the stores folder.
    static Error checkName(const QString& name, bool clone);
};

} // namespace latchkey
