#pragma once

namespace latchkey {

// Names the application so that the GUI and the CLI find the same data:
// `<AppDataLocation>` is `~/.local/share/latchkey` on Linux.
void setApplicationIdentity();

} // namespace latchkey
