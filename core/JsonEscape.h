#pragma once

#include <optional>

namespace latchkey {

// The code unit of a JSON "\u" escape from the four characters after it:
// exactly four hex digits, as RFC 8259 has them. Qt's number parsers
// (QByteArray::toUShort, QString::toUShort) also take a sign or a space,
// which JSON does not. Both JSON readers of the project use it: the index's
// (IndexJson.cpp, bytes) and the JSON env file's (JsonEnvParser.cpp, UTF-16).
template <typename Char> std::optional<char16_t> jsonEscapeUnit(const Char* four)
{
    char16_t unit = 0;
    for (int i = 0; i < 4; ++i) {
        // A negative char becomes a value far beyond 'f', so it is refused.
        const auto c = static_cast<char32_t>(four[i]);
        int digit = -1;
        if (c >= U'0' && c <= U'9')
            digit = static_cast<int>(c - U'0');
        else if (c >= U'a' && c <= U'f')
            digit = static_cast<int>(c - U'a') + 10;
        else if (c >= U'A' && c <= U'F')
            digit = static_cast<int>(c - U'A') + 10;
        if (digit < 0)
            return std::nullopt;
        unit = static_cast<char16_t>(unit * 16 + digit);
    }
    return unit;
}

} // namespace latchkey
