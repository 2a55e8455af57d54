#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey {

// Values are UTF-8 text of at most 64 KiB: an environment variable cannot hold
// NUL, and QtKeychain's text items silently cut at the first NUL byte.
inline constexpr qsizetype kMaxSecretValueBytes = 64 * 1024;

// Why `value` cannot be stored, or an empty string when it can.
QString secretValueError(const QString& value);

// Decodes bytes read from a terminal, pipe or file. On failure returns false
// and sets `error`; `value` is left untouched.
bool secretValueFromUtf8(const QByteArray& bytes, QString& value, QString& error);

// A value as the keychain returns it (UTF-8) back to text, byte for byte:
// unlike QString::fromUtf8 it keeps a leading byte order mark. Every store
// backend decodes with this.
QString secretValueFromStored(const QByteArray& utf8);

} // namespace latchkey
