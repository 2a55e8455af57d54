#pragma once

namespace latchkey {

// Names the application so that the GUI and the CLI find the same data and
// preferences (`QSettings()` is ~/.config/latchkey/latchkey.conf on Linux).
void setApplicationIdentity();

} // namespace latchkey
