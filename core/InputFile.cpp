#include "InputFile.h"

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
    return QCoreApplication::translate("InputFile", text);
}

QString tooBig(qint64 size, qint64 maxBytes)
{
    return tr("the file is %1 bytes long, more than the %2 bytes allowed").arg(size).arg(maxBytes);
}

#ifdef Q_OS_UNIX
QString refusedType(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return tr("it is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return tr("it is a socket, not a regular file");
    return tr("it is not a regular file");
}

QString cannotRead(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return tr("no such file");
    if (error == EACCES || error == EPERM)
        return tr("permission denied");
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

} // namespace

InputFile InputFile::read(const QString& path, qint64 maxBytes)
{
    InputFile result;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat before {};
    if (::stat(name.constData(), &before) != 0) {
        result.error = cannotRead(errno);
        return result;
    }
    if (!(result.error = refusedType(before.st_mode)).isEmpty())
        return result;
    if (before.st_size > maxBytes) {
        result.error = tooBig(before.st_size, maxBytes);
        return result;
    }
    // The path may have been replaced since stat(): O_NONBLOCK keeps a FIFO
    // from blocking the open, and the type is checked again on what was opened.
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
    if (!info.exists()) {
        result.error = tr("no such file");
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("it is not a regular file");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
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
