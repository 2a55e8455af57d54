#include "InheritedDescriptors.h"

#include <QProcess>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace latchkey {

void markDescriptorsCloseOnExec() noexcept
{
#if defined(Q_OS_UNIX)
#if defined(Q_OS_LINUX) && defined(CLOSE_RANGE_CLOEXEC)
    // One system call on Linux 5.11 and later.
    if (::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
#endif
    // Older kernels: every possible descriptor, up to the process's limit.
    rlimit limit{};
    rlim_t highest = 1024;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        highest = limit.rlim_cur;
    for (rlim_t fd = 3; fd < highest; ++fd) {
        const int flags = ::fcntl(static_cast<int>(fd), F_GETFD);
        if (flags >= 0 && !(flags & FD_CLOEXEC))
            ::fcntl(static_cast<int>(fd), F_SETFD, flags | FD_CLOEXEC);
    }
#endif
}

void inheritOnlyStdio(QProcess& process)
{
#if defined(Q_OS_UNIX)
    // Qt runs this in the child after it has set up the standard channels;
    // its own pipe for reporting a failed exec is close-on-exec already.
    process.setChildProcessModifier([] { markDescriptorsCloseOnExec(); });
#else
    Q_UNUSED(process);
#endif
}

} // namespace latchkey
