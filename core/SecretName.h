#pragma once

#include <QString>

namespace latchkey {

// The longest key we accept; long enough for any real variable name, short
// enough that a table column and an error message stay readable.
inline constexpr int kMaxSecretNameLength = 128;

// Why `name` cannot be an environment-variable key, or an empty string when it can.
QString secretNameError(const QString& name);
// `name` as messages quote it: a name longer than any valid one is cut to
// its first 60 characters and "…", so a hostile argument cannot flood a
// terminal through an error.
QString quotedName(const QString& name);

inline bool isValidSecretName(const QString& name)
{
    return secretNameError(name).isEmpty();
}

// Vault names become file names and keychain service names, so they are
// restricted to a portable, path-free alphabet.
QString vaultNameError(const QString& name);

} // namespace latchkey
