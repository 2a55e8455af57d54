#pragma once

#include "Cli.h"
#include "SecretReference.h"
#include "VaultValues.h"

#include <map>
#include <memory>

namespace latchkey::cli {

// A reference as written in a file, located for messages.
struct LocatedReference {
    SecretReference reference;
    QString file;
    int line = 0;
    int column = 0;
};

// The vaults one command reads values from in bulk: the one chosen with
// --vault and every other one a reference names, each opened once, with
// the command's --timeout. Blocking: a command line has nothing else to do.
class VaultReader {
public:
    explicit VaultReader(Context& context);
    ~VaultReader();

    Vault& vault(const QString& name);
    ValueRead read(const QString& vault, const QStringList& keys);
    ValueRead readAll(const QString& vault);

    // The values of `references`, keyed by SecretReference::toString(), in
    // `values`. On failure prints one sentence per problem (FILE:LINE:COLUMN
    // for a secret that is not there) and returns the exit status: 1 when a
    // referenced secret does not exist, 3 when the keychain could not give it.
    int resolve(const QList<LocatedReference>& references, QHash<QString, QString>& values);

private:
    Context& m_context;
    std::map<QString, std::unique_ptr<Vault>> m_others;
};

} // namespace latchkey::cli
