#pragma once

namespace latchkey {

// The two kinds of character Latchkey never hands to a terminal or shows at
// the end of a mask as they are. Without Qt, so that latchkey-cli's front
// (app/cli/FastGet.cpp) applies the same lists as TerminalText.cpp and
// MaskRule.cpp.

// General category Cc: C0, DEL and C1.
constexpr bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// The bidirectional controls that reorder what a terminal shows (the
// "Trojan Source" characters): ALM, LRM, RLM, LRE to RLO, LRI to PDI.
constexpr bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace latchkey
