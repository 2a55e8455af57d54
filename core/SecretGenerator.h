#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

// Random values for the secrets you own (webhook signing secrets, database
// passwords, JWT keys): characters drawn uniformly from a character set with
// the operating system's CSPRNG (QRandomGenerator::system()). Never for a
// key a service issues (KeyCatalog::issuer()).
class SecretGenerator {
public:
    enum class Charset { Alnum, Hex, Base64Url, Ascii };

    static constexpr int kDefaultLength = 32;
    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 4096;

    // "alnum", "hex", "base64url", "ascii".
    static std::optional<Charset> charsetFrom(const QString& name);
    static QString charsetName(Charset charset);
    static QStringList charsetNames();
    // The characters of a set: alnum A-Z a-z 0-9; hex 0-9 a-f; base64url
    // A-Z a-z 0-9 - _; ascii every printable ASCII character but space.
    static QString alphabet(Charset charset);
    // Why `length` cannot be generated, or an empty string.
    static QString lengthError(int length);

    // `length` characters (kMinLength..kMaxLength), each drawn by rejection
    // sampling from random bytes, so that every character is equally likely
    // (no modulo bias). The caller wipes the result after use (Wipe.h).
    static QString generate(int length, Charset charset);
};

} // namespace latchkey
