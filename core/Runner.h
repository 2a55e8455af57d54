#pragma once

#include "Manifest.h"

#include <QHash>
#include <QStringList>

namespace latchkey {

// One variable `run` adds to the child's environment, described without its
// value for --dry-run.
struct Injection {
    enum class Source { ManifestEnv, Secret };
    QString name;
    Source source = Source::Secret;
    QString shown;          // masked for secrets, as written for plain env
    bool overrides = false; // replaces an inherited variable of the same name
};

// The environment of a child started by `run`: the parent's, plus the
// manifest's `env`, plus every declared secret that is set, in that order of
// precedence. Nothing else from the vault is ever added. Pure logic, no I/O.
struct ChildEnvironment {
    QStringList entries; // "NAME=value", the envp of the child
    QList<Injection> injected;
    QStringList notSet; // declared secrets without a value (optional ones, for run)

    // `parent` is "NAME=value" strings (environ); `values` are the secrets
    // that were read, keyed by name.
    static ChildEnvironment build(const Manifest& manifest, const QHash<QString, QString>& values,
                                  const QStringList& parent);

    // The value of NAME in `entries`, or a null string.
    QString value(const QString& name) const;
};

} // namespace latchkey
