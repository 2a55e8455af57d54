#pragma once

#include <QString>

#include <optional>

namespace latchkey {

// A value that stands for a stored secret instead of holding it:
// `latchkey://KEY` (the vault in use) or `latchkey://VAULT/KEY`. A committed
// .env file of references replaces a plaintext one (`run --env-file`), and
// templates name secrets with them (SecretTemplate.h).
struct SecretReference {
    QString vault; // empty: the vault the command uses
    QString key;

    static QLatin1StringView scheme() { return QLatin1StringView("latchkey://"); }

    // Whether `text` is written as a reference (it starts with latchkey://);
    // such a text must then parse, or it is an error, never a plain value.
    static bool looksLike(const QString& text) { return text.startsWith(scheme()); }

    // The reference `text` is, all of it. On failure returns std::nullopt and
    // says why in `error` (one sentence fragment).
    static std::optional<SecretReference> parse(const QString& text, QString& error);

    // The vault this reference reads from when the command uses `current`.
    QString vaultOr(const QString& current) const { return vault.isEmpty() ? current : vault; }
    QString toString() const;
};

} // namespace latchkey
