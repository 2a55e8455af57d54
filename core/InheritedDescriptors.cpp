#include "InheritedDescriptors.h"

#include <QProcess>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace latchkey {

namespace {
#if defined(Q_OS_UNIX)
// One descriptor, when it is open; fcntl() is safe between fork and exec.
void markCloseOnExec(int fd) noexcept
{
    const int flags = ::fcntl(fd, F_GETFD);
    if (flags >= 0 && !(flags & FD_CLOEXEC))
        ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
}
#endif
} // namespace

bool markListedDescriptorsCloseOnExec() noexcept
{
#if defined(Q_OS_LINUX)
    // The open descriptors, from /proc/self/fd read with the bare system
    // call: opendir() would allocate, which a forked child must not.
    const int dir = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return false;
    alignas(dirent64) char buffer[4096];
    for (;;) {
        const ssize_t size = ::getdents64(dir, buffer, sizeof buffer);
        if (size < 0) {
            ::close(dir);
            return false;
        }
        if (size == 0)
            break;
        for (ssize_t offset = 0; offset < size;) {
            const auto* entry = reinterpret_cast<const dirent64*>(buffer + offset);
            offset += entry->d_reclen;
            int fd = 0;
            const char* digit = entry->d_name;
            for (; *digit >= '0' && *digit <= '9' && fd < 1 << 24; ++digit)
                fd = fd * 10 + (*digit - '0');
            if (*digit != '\0' || digit == entry->d_name || fd <= 2 || fd == dir)
                continue;
            markCloseOnExec(fd);
        }
    }
    ::close(dir);
    return true;
#else
    return false;
#endif
}

void markDescriptorsCloseOnExec() noexcept
{
#if defined(Q_OS_UNIX)
#if defined(Q_OS_LINUX) && defined(CLOSE_RANGE_CLOEXEC)
    // One system call on Linux 5.11 and later.
    if (::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
#endif
    // Older kernels: the descriptors that are open; without /proc, every
    // possible one up to the process's limit (which can be a million).
    if (markListedDescriptorsCloseOnExec())
        return;
    rlimit limit{};
    rlim_t highest = 1024;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        highest = limit.rlim_cur;
    for (rlim_t fd = 3; fd < highest; ++fd)
        markCloseOnExec(static_cast<int>(fd));
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
