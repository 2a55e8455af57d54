#pragma once

#include "Manifest.h"

#include <QHash>
#include <QStringList>

namespace latchkey {

// One variable `run` adds to the child's environment, described without its
// value for --dry-run.
struct Injection {
    enum class Source { ManifestEnv, Secret, EnvFile };
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

    // Sets NAME over whatever build() put there (run --env-file's variables,
    // which come last). `shown` describes the value without revealing it.
    void set(const QString& name, const QString& value, Injection::Source source,
             const QString& shown);
};

// Variables that decide which program, libraries or interpreter code a child
// runs rather than configuring it: PATH, IFS, ENV, BASH_ENV, SHELLOPTS,
// BASHOPTS, GCONV_PATH, every LD_*, DYLD_* and BASH_FUNC_* variable,
// PYTHONPATH, PYTHONHOME, PYTHONSTARTUP, PYTHONUSERBASE, NODE_OPTIONS,
// NODE_PATH, PERL5LIB, PERLLIB, PERL5OPT, RUBYLIB, RUBYOPT, CLASSPATH,
// JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS and _JAVA_OPTIONS. `run` refuses a
// manifest `env:` that sets one unless the user allows it. Case-sensitive
// except on Windows, like the environment itself.
bool isLoaderVariable(const QString& name);

// The names among the manifest's `env:` for which isLoaderVariable() holds, in
// file order.
QStringList loaderVariablesSet(const Manifest& manifest);

} // namespace latchkey
