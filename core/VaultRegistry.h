#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

struct TeamVaultEntry {
    QString name;
    QString store;       // absolute path of the store folder (inside a git working tree)
    QString remote;      // the URL it was cloned from; empty for `vault add --store`
    bool cloned = false; // Latchkey cloned it into storesFolder() (and owns the folder)
};

// Which vaults are team vaults: `$XDG_DATA_HOME/latchkey/team-vaults.json`
// (`~/.local/share/latchkey/team-vaults.json`), mode 0600, replaced
// atomically under `team-vaults.lock`:
//
//   {"schema":1,"vaults":[{"name":"acme","store":"/home/me/.local/share/latchkey/stores/acme",
//                          "remote":"git@example.org:acme/secrets.git","cloned":true}]}
//
// Any other vault name is a local vault (the OS keychain). Clones made by
// `vault init` and `vault add --git` live in `$XDG_DATA_HOME/latchkey/stores/<name>`.
// Each vault also keeps this machine's index in `vaults/<name>.json`
// (VaultIndex.h), as local vaults do.
class VaultRegistry {
public:
    static QString path();
    static QString storesFolder();

    static Result<QList<TeamVaultEntry>> load();
    // std::nullopt when `name` is not a team vault.
    static Result<std::optional<TeamVaultEntry>> find(const QString& name);
    // InvalidInput when the name is taken.
    static Error add(const TeamVaultEntry& entry);
    // The names of local vaults: those with an index that are not team vaults.
    static QStringList localVaults();
};

} // namespace latchkey
