#include "ProcessHardening.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace latchkey {

bool hardenProcess()
{
#if defined(__linux__)
    // Not dumpable: no core file, and ptrace or /proc/<pid>/mem from other
    // processes is refused. Unlike RLIMIT_CORE this is reset by exec, so the
    // apps `latchkey-cli run` starts keep their usual behaviour.
    return ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false;
#endif
}

} // namespace latchkey
