#pragma once

#include "Manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

// One assignment read from an env file: KEY=value in dotenv, "KEY": "value"
// in JSON. `line` and `column` locate the key (both from 1; columns count
// characters).
struct EnvEntry {
    QString key;
    QString value;
    int line = 0;
    int column = 0;
    // Why the entry cannot be used (a key that is not a valid variable name,
    // a value that is not text or is too large); empty when it can.
    QString invalid;
};

// A file of secrets as the ecosystem writes them, read without interpolation
// (a value is exactly the text written, `${OTHER}` included):
//
// dotenv: one KEY=value per line; blank lines and lines starting with # are
// ignored; an `export ` prefix and spaces around = are allowed. A value is
//  - unquoted: up to the end of the line, surrounding spaces removed; a #
//    after a space starts a comment (a # inside a word does not);
//  - 'single quoted': taken literally, no escapes;
//  - "double quoted": \n \r \t \\ \" \' \$ and \` are escapes (any other
//    backslash is kept as written).
// Quoted values may span lines; after the closing quote only spaces and a
// # comment may follow. CRLF line endings read as LF (inside quotes too),
// and a UTF-8 byte order mark at the very start of the file is skipped.
//
// JSON: one object whose members are the assignments; a member whose value
// is not a string is an invalid entry.
//
// A key assigned twice keeps its last value (as dotenv readers do), with a
// warning. Structural problems (a missing =, an unterminated quote, text
// after a closing quote, invalid UTF-8, a NUL byte, malformed JSON) make
// `error` the one reason the file cannot be used; a bad key or value only
// makes that entry invalid.
struct EnvFile {
    enum class Format { Dotenv, Json };

    QString path; // as given, for diagnostics
    Format format = Format::Dotenv;
    QList<EnvEntry> entries; // in file order
    QList<Diagnostic> warnings;
    std::optional<Diagnostic> error;

    // Reads `path` (a regular file of at most 8 MiB). JSON when the name ends
    // in .json or the first non-blank character is {, dotenv otherwise.
    static EnvFile read(const QString& path);
    static EnvFile parse(const QByteArray& bytes, const QString& path, Format format);

    // The entries that can be used, and those that cannot.
    QList<EnvEntry> valid() const;
    QList<EnvEntry> invalidEntries() const;
    // Overwrites the values with zeros once they are no longer needed (Wipe.h).
    void wipeValues();
};

inline constexpr qint64 kMaxEnvFileBytes = 8 * 1024 * 1024;

namespace envfile {
// The two readers, in DotenvParser.cpp and JsonEnvParser.cpp. `text` is the
// decoded file; both fill `file`.
void parseDotenv(const QString& text, EnvFile& file);
void parseJson(const QString& text, EnvFile& file);
// The 1-based column of text[at] on its line, counting characters.
int columnAt(const QString& text, qsizetype lineStart, qsizetype at);
} // namespace envfile

} // namespace latchkey
