// check and run: inf.yml manifests against the vault.
#include "Cli.h"

namespace latchkey::cli {

QList<Command> manifestCommands() { return {}; }

} // namespace latchkey::cli
