#pragma once

namespace latchkey {

// Keeps secret values that pass through this process's memory out of core
// dumps and away from debuggers attached by other processes of the same user
// (as KeePassXC does). Children started with exec are not affected.
// Returns false when the platform offers no such switch or it failed.
bool hardenProcess();

} // namespace latchkey
