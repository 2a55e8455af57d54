#pragma once

#include <QString>

namespace latchkey::cli {

// `scan --install-hook`: a git pre-commit hook, in the repository around the
// current folder (where `git rev-parse --git-path hooks` says, so
// core.hooksPath is honoured), that runs `latchkey-cli scan --staged` for
// `vault` (or every vault) and so refuses a commit holding a stored value.
// A hook Latchkey installed before is updated; any other hook is kept
// unless `force`, which moves it to pre-commit.before-latchkey. Prints what
// it did; returns the exit status (2 when there is no repository or another
// hook is in the way, 4 when the hook cannot be written).
int installPreCommitHook(const QString& vault, bool allVaults, bool force);

} // namespace latchkey::cli
