#pragma once

#include "Error.h"

#include <QFunctionPointer>
#include <QString>

namespace latchkey {

// Resolves `symbol` in the Latchkey module `name` (a shared object such as
// "latchkey-gpg", without suffix). Modules keep heavy libraries that only one
// feature needs out of every process's start-up (QtKeychainJobs.h,
// GpgBackend.h). They are looked for in $LATCHKEY_MODULE_DIR, then beside the
// program (../lib/latchkey), the install folder and the build folder. A module
// once loaded stays loaded; the answer is remembered, so later calls are cheap
// and thread-safe. Unavailable, with the loader's reason, when it is not found.
Result<QFunctionPointer> moduleEntry(const QString& name, const char* symbol);

} // namespace latchkey
