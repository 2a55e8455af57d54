#pragma once

#include <optional>

namespace latchkey::cli {

// `latchkey-cli [--vault NAME] get [--reveal] KEY`, answered without loading
// Qt: scripts run it most, as `$(latchkey-cli get --reveal KEY)`, and
// loading Qt (with the ICU libraries it needs) costs close to half of what
// the whole of `secret-tool lookup` does (README, "Performance"). The masked
// form prints the mask of core/MaskRule.h, the rule the full command applies.
//
// Only the plain case is answered here: a valid key and vault name, no
// --timeout and no LATCHKEY_TIMEOUT or LATCHKEY_KEYCHAIN, no list of team
// vaults (team-vaults.json, even an empty one: it could name this vault, and
// only the full command reads it), gnome-keyring serving the Secret Service,
// and an unlocked item
// found by the same attributes the full command looks for
// (secretservice::valueMatches) whose value is UTF-8 text, and a mask with
// nothing the terminal escaping would change. Everything else,
// including every error, is left to the full command line, which then asks
// again and says what is wrong: this path has no messages of its own, so it
// can never say something the full command would not.
//
// The exit status when the command was answered; nothing when it is the full
// command line's.
std::optional<int> fastGet(int argc, char** argv);

} // namespace latchkey::cli
