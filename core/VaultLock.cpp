#include "VaultLock.h"

#include "SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("VaultLock", text);
}

Error busy(const QString& path, std::chrono::milliseconds wait)
{
    return {ErrorKind::Storage,
            tr("Another Latchkey process has been changing this vault for over %1 seconds (lock "
               "file %2); nothing was changed, try again when it has finished.")
                .arg(static_cast<double>(wait.count()) / 1000.0)
                .arg(path)};
}
} // namespace

Result<std::shared_ptr<VaultLock>> VaultLock::acquire(const QString& path,
                                                      std::chrono::milliseconds wait)
{
    std::shared_ptr<VaultLock> lock(new VaultLock);
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 && (errno == EROFS || errno == EACCES)) {
        // An existing lock file on a read-only folder still locks; the write
        // that follows reports the read-only folder for what it is.
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0 && errno == ENOENT)
            // No lock file, and none can be made: this process cannot change
            // the vault either, and the index is only ever replaced whole (by
            // rename), so a read needs no exclusion. The lock holds nothing;
            // a change still fails, at its own write, as "read-only".
            return lock;
    }
    if (fd < 0)
        return Error{ErrorKind::Storage, tr("Cannot lock the vault (lock file %1): %2; nothing "
                                            "was changed.")
                                             .arg(path, safefile::reason(errno))};
    lock->m_fd = fd;
    const auto deadline = std::chrono::steady_clock::now() + wait;
    auto pause = std::chrono::milliseconds(1);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return Error{ErrorKind::Storage, tr("Cannot lock the vault (lock file %1): %2; "
                                                "nothing was changed.")
                                                 .arg(path, safefile::reason(errno))};
        if (std::chrono::steady_clock::now() >= deadline)
            return busy(path, wait);
        QThread::msleep(static_cast<unsigned long>(pause.count()));
        pause = std::min(pause * 2, std::chrono::milliseconds(20));
    }
#else
    auto* file = new QLockFile(path);
    lock->m_fallback = file;
    file->setStaleLockTime(0);
    if (!file->tryLock(static_cast<int>(wait.count())))
        return busy(path, wait);
#endif
    return lock;
}

VaultLock::~VaultLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd); // closing releases the flock
#else
    delete static_cast<QLockFile*>(m_fallback);
#endif
}

} // namespace latchkey
