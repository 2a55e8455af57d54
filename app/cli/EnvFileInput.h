#pragma once

#include "Manifest.h"
#include "Runner.h"
#include "VaultReader.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace latchkey::cli {

// The variables `run --env-file FILE` adds: every assignment of the files
// (dotenv or JSON, EnvFile.h), a value of the form latchkey://[VAULT/]KEY
// replaced by that stored secret and any other value passed as written.
// Later files override earlier ones.
struct FileVariables {
    struct Variable {
        QString name;
        QString value;
        QString origin;                            // "FILE" or "FILE, latchkey://…" for --dry-run
        std::optional<LocatedReference> reference; // until resolve()
    };
    QList<Variable> variables;

    bool provides(const QString& name) const;
    // The names among them that decide what code runs (Runner.h).
    QStringList loaderVariables() const;
    // Adds them to `env`, over the manifest's env and secrets.
    void applyTo(ChildEnvironment& env) const;
    // `manifest` without the secrets these variables provide: those need not
    // be in the vault.
    Manifest withoutProvided(const Manifest& manifest) const;
    void wipe();

    // Reads `paths` (nothing is looked up yet). Prints every problem
    // (FILE:LINE:COLUMN) and returns the exit status: 0, or 2 for a file that
    // cannot be read or an invalid entry or reference.
    int load(const QStringList& paths);
    // Replaces each reference by the stored secret. Returns 0, or prints why
    // not and returns 1 (no such secret) or 3 (the keychain could not give it).
    int resolve(VaultReader& reader);
};

} // namespace latchkey::cli
