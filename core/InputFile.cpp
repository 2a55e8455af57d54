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

using Problem = InputFile::Problem;

QString tr(const char* text)
{
    return QCoreApplication::translate("InputFile", text);
}

QString describe(const InputFile& file, qint64 maxBytes)
{
    switch (file.problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return tr("no such file");
    case Problem::Folder:
        return tr("it is a folder, not a file");
    case Problem::Fifo:
        return tr("it is a named pipe (FIFO), not a regular file");
    case Problem::Device:
        return tr("it is a device, not a regular file");
    case Problem::Socket:
        return tr("it is a socket, not a regular file");
    case Problem::NotRegular:
        return tr("it is not a regular file");
    case Problem::TooBig:
        return tr("the file is %1 bytes long, more than the %2 bytes allowed")
            .arg(file.size)
            .arg(maxBytes);
    case Problem::Unreadable:
#ifdef Q_OS_UNIX
        if (file.systemError == EACCES || file.systemError == EPERM)
            return tr("permission denied");
#endif
        return file.detail;
    }
    return {};
}

#ifdef Q_OS_UNIX
Problem typeProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return Problem::None;
    if (S_ISDIR(mode))
        return Problem::Folder;
    if (S_ISFIFO(mode))
        return Problem::Fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Problem::Device;
    if (S_ISSOCK(mode))
        return Problem::Socket;
    return Problem::NotRegular;
}

void cannotRead(InputFile& file, int error)
{
    if (error == ENOENT || error == ENOTDIR) {
        file.problem = Problem::Missing;
        return;
    }
    file.problem = Problem::Unreadable;
    file.systemError = error;
    file.detail = QString::fromLocal8Bit(std::strerror(error));
}
#endif

void readInto(InputFile& result, const QString& path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    // stat() first: opening a FIFO waits for a writer, and opening some
    // devices has effects of their own.
    struct stat before {};
    if (::stat(name.constData(), &before) != 0)
        return cannotRead(result, errno);
    if ((result.problem = typeProblem(before.st_mode)) != Problem::None)
        return;
    if (before.st_size > maxBytes) {
        result.problem = Problem::TooBig;
        result.size = before.st_size;
        return;
    }
    // The path may have been replaced since stat(): O_NONBLOCK keeps a FIFO
    // from blocking the open, and the type is checked again on what was opened.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return cannotRead(result, errno);
    struct stat opened {};
    if (::fstat(fd, &opened) != 0) {
        cannotRead(result, errno);
        ::close(fd);
        return;
    }
    if ((result.problem = typeProblem(opened.st_mode)) != Problem::None) {
        ::close(fd);
        return;
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
            cannotRead(result, errno);
            ::close(fd);
            result.bytes.clear();
            return;
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);
    result.bytes.truncate(total);
#else
    const QFileInfo info(path);
    if (info.isDir()) {
        result.problem = Problem::Folder;
        return;
    }
    if (!info.exists()) {
        result.problem = Problem::Missing;
        return;
    }
    if (!info.isFile()) {
        result.problem = Problem::NotRegular;
        return;
    }
    if (info.size() > maxBytes) {
        result.problem = Problem::TooBig;
        result.size = info.size();
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = Problem::Unreadable;
        result.detail = file.errorString();
        return;
    }
    result.bytes = file.read(maxBytes + 1);
#endif
    if (result.bytes.size() > maxBytes) {
        result.problem = Problem::TooBig;
        result.size = result.bytes.size();
        result.bytes.clear();
    }
}

} // namespace

InputFile InputFile::read(const QString& path, qint64 maxBytes)
{
    InputFile result;
    readInto(result, path, maxBytes);
    result.error = describe(result, maxBytes);
    return result;
}

} // namespace latchkey
