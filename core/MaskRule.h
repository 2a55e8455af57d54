#pragma once

#include <string>
#include <string_view>

namespace latchkey {

// The one masking rule (core/README.md, "Masking") on UTF-8 text, without Qt:
// eight bullets, plus the last four characters (code points) when the value
// has at least 16 and none of those four is a control character (a PEM key
// ends in "----\n"; a line break in a table cell helps nobody). The length
// of the value is never revealed. `utf8` must be valid UTF-8. Mask.h is the
// QString face of it; latchkey-cli's front uses it as it is
// (app/cli/FastGet.cpp).
std::string maskUtf8(std::string_view utf8);

} // namespace latchkey
