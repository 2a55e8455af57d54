#include "SecretGenerator.h"

#include "Wipe.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <array>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "SecretGenerator" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(SecretGenerator)
};

const char* const kNames[] = {"alnum", "hex", "base64url", "ascii"};
} // namespace

std::optional<SecretGenerator::Charset> SecretGenerator::charsetFrom(const QString& name)
{
    for (int i = 0; i < int(std::size(kNames)); ++i)
        if (name == QLatin1String(kNames[i]))
            return static_cast<Charset>(i);
    return std::nullopt;
}

QString SecretGenerator::charsetName(Charset charset)
{
    return QLatin1String(kNames[static_cast<int>(charset)]);
}

QStringList SecretGenerator::charsetNames()
{
    QStringList names;
    for (const char* name : kNames)
        names << QLatin1String(name);
    return names;
}

QString SecretGenerator::alphabet(Charset charset)
{
    const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    const QString digits = QStringLiteral("0123456789");
    switch (charset) {
    case Charset::Alnum:
        return letters + digits;
    case Charset::Hex:
        return digits + QStringLiteral("abcdef");
    case Charset::Base64Url:
        return letters + digits + QStringLiteral("-_");
    case Charset::Ascii:
        break;
    }
    QString printable;
    for (char c = '!'; c <= '~'; ++c)
        printable += QLatin1Char(c);
    return printable;
}

QString SecretGenerator::lengthError(int length)
{
    if (length < kMinLength || length > kMaxLength)
        return Strings::tr("the length must be from %1 to %2 characters")
            .arg(kMinLength)
            .arg(kMaxLength);
    return {};
}

QString SecretGenerator::generate(int length, Charset charset)
{
    const QString letters = alphabet(charset);
    const auto size = static_cast<quint32>(letters.size()); // at most 94
    // Bytes at or above the largest multiple of the alphabet's size are
    // drawn again: the rest map onto the alphabet evenly.
    const quint32 limit = 256 - 256 % size;
    QString out(length, Qt::Uninitialized);
    std::array<quint32, 64> pool{};
    const auto* bytes = reinterpret_cast<const unsigned char*>(pool.data());
    std::size_t used = sizeof(pool);
    qsizetype filled = 0;
    while (filled < length) {
        if (used == sizeof(pool)) {
            QRandomGenerator::system()->fillRange(pool.data(), pool.size());
            used = 0;
        }
        const quint32 byte = bytes[used++];
        if (byte >= limit)
            continue;
        out[filled++] = letters.at(qsizetype(byte % size));
    }
    wipe(pool.data(), sizeof(pool));
    return out;
}

} // namespace latchkey
