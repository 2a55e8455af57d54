#include "MaskRule.h"

#include "TextControls.h"

namespace latchkey {

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

} // namespace

std::string maskUtf8(std::string_view utf8)
{
    static const std::string bullets = [] {
        std::string text;
        for (int i = 0; i < 8; ++i)
            text += "\xE2\x80\xA2"; // U+2022
        return text;
    }();
    std::size_t codePoints = 0;
    for (const char byte : utf8)
        codePoints += isContinuation(static_cast<unsigned char>(byte)) ? 0 : 1;
    if (codePoints < 16)
        return bullets;
    // The start of the last four code points, decoding each on the way back.
    std::size_t start = utf8.size();
    for (int found = 0; found < 4; ++found) {
        std::size_t end = start;
        do
            --start;
        while (start > 0 && isContinuation(static_cast<unsigned char>(utf8[start])));
        const auto lead = static_cast<unsigned char>(utf8[start]);
        char32_t c = lead < 0x80   ? lead
                     : lead < 0xE0 ? lead & 0x1F
                     : lead < 0xF0 ? lead & 0x0F
                                   : lead & 0x07;
        for (std::size_t i = start + 1; i < end; ++i)
            c = (c << 6) | (static_cast<unsigned char>(utf8[i]) & 0x3F);
        if (isControlCharacter(c))
            return bullets;
    }
    return bullets + std::string(utf8.substr(start));
}

} // namespace latchkey
