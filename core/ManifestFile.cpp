#include "ManifestFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestParser", text);
}

QString tooBig(qint64 size, qint64 maxBytes)
{
    return tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
        .arg(size)
        .arg(maxBytes);
}

#ifdef Q_OS_UNIX
// Why a file of this type is not read, or empty for a regular file.
QString refusedType(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return tr("this is a folder, not an inf.yml file");
    if (S_ISFIFO(mode))
        return tr("this is a named pipe (FIFO), not a regular file; a manifest must be a "
                  "regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("this is a device, not a regular file; a manifest must be a regular file");
    if (S_ISSOCK(mode))
        return tr("this is a socket, not a regular file; a manifest must be a regular file");
    return tr("this is not a regular file; a manifest must be a regular file");
}

QString cannotRead(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return tr("cannot read the manifest: no such file");
    return tr("cannot read the manifest: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
}
#endif

} // namespace

ManifestFile ManifestFile::read(const QString& path, qint64 maxBytes)
{
    ManifestFile result;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat before {};
    // stat() first: opening a FIFO waits for a writer, and opening some
    // devices has effects of its own.
    if (::stat(name.constData(), &before) != 0) {
        result.error = cannotRead(errno);
        return result;
    }
    result.error = refusedType(before.st_mode);
    if (!result.error.isEmpty())
        return result;
    if (before.st_size > maxBytes) {
        result.error = tooBig(before.st_size, maxBytes);
        return result;
    }
    // The path may have been replaced since: O_NONBLOCK keeps a FIFO from
    // blocking the open, and the type is checked again on what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        result.error = cannotRead(errno);
        return result;
    }
    struct stat opened {};
    if (::fstat(fd, &opened) != 0 || !(result.error = refusedType(opened.st_mode)).isEmpty()) {
        if (result.error.isEmpty())
            result.error = cannotRead(errno);
        ::close(fd);
        return result;
    }
    // One byte past the cap tells a file that grew since stat().
    result.bytes.resize(maxBytes + 1);
    qint64 total = 0;
    while (total < result.bytes.size()) {
        const ssize_t n = ::read(fd, result.bytes.data() + total,
                                 static_cast<size_t>(result.bytes.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.error = cannotRead(errno);
            ::close(fd);
            result.bytes.clear();
            return result;
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);
    result.bytes.truncate(total);
#else
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        result.error = tr("this is a folder, not an inf.yml file");
        return result;
    }
    if (!info.exists()) {
        result.error = tr("cannot read the manifest: no such file");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("this is not a regular file; a manifest must be a regular file");
        return result;
    }
    if (info.size() > maxBytes) {
        result.error = tooBig(info.size(), maxBytes);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read the manifest: %1").arg(file.errorString());
        return result;
    }
    result.bytes = file.read(maxBytes + 1);
#endif
    if (result.bytes.size() > maxBytes) {
        result.error = tooBig(result.bytes.size(), maxBytes);
        result.bytes.clear();
    }
    return result;
}

} // namespace latchkey
