#include "SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace latchkey::safefile {

namespace {

// The messages of this file, in the translation context "SafeFile" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};

const QLatin1String kTemporaryInfix(".new-");

Error failure(const QString& action, const QString& what, const QString& path, int errorNumber)
{
    // "Cannot write the vault index /x/default.json: the disk is full."
    return {ErrorKind::Storage,
            Strings::tr("Cannot %1 %2 %3: %4.").arg(action, what, path, reason(errorNumber))};
}

#ifdef Q_OS_UNIX
QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

bool isSymlink(const QString& path)
{
    struct stat info {};
    return ::lstat(native(path).constData(), &info) == 0 && S_ISLNK(info.st_mode);
}

Error symlinkRefused(const QString& what, const QString& path)
{
    return {
        ErrorKind::Storage,
        Strings::tr("%1 %2 is a symbolic link; Latchkey never follows links for its own files, so "
                    "nothing was read or written (replace the link with the file itself).")
            .arg(what, path)};
}

// write() until everything is out, or the reason it could not be.
int writeAll(int fd, const QByteArray& bytes)
{
    const char* p = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

int syncFolder(const QString& folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    // Some file systems cannot fsync a folder; that is not a failed write.
    return result == EINVAL || result == EROFS ? 0 : result;
}
#endif

} // namespace

QString reason(int errorNumber)
{
#ifdef Q_OS_UNIX
    switch (errorNumber) {
    case ENOSPC:
        return Strings::tr("the disk is full (no space left on the device)");
    case EDQUOT:
        return Strings::tr("the disk quota is exhausted");
    case EROFS:
        return Strings::tr("the file system is read-only");
    case EACCES:
    case EPERM:
        return Strings::tr("permission denied");
    case ENOENT:
        return Strings::tr("the folder does not exist");
    case ELOOP:
        return Strings::tr("it is a symbolic link, which Latchkey does not follow");
    case EIO:
        return Strings::tr("an input/output error occurred");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
#else
    return Strings::tr("error %1").arg(errorNumber);
#endif
}

Error ensureFolder(const QString& folder, const QString& what)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    if (::stat(native(folder).constData(), &info) == 0)
        return S_ISDIR(info.st_mode)
                   ? Error{}
                   : Error{ErrorKind::Storage,
                           Strings::tr("%1 %2 is not a folder.").arg(what, folder)};
    const QString parent = QFileInfo(folder).absolutePath();
    if (parent != folder)
        if (Error error = ensureFolder(parent, what))
            return error;
    if (::mkdir(native(folder).constData(), 0700) != 0 && errno != EEXIST)
        return failure(Strings::tr("create"), what, folder, errno);
    return {};
#else
    if (!QDir().mkpath(folder))
        return {ErrorKind::Storage, Strings::tr("Cannot create %1 %2.").arg(what, folder)};
    return {};
#endif
}

Result<std::optional<QByteArray>> read(const QString& path, qint64 limit, const QString& what)
{
#ifdef Q_OS_UNIX
    if (isSymlink(path))
        return symlinkRefused(what, path);
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<QByteArray>();
        return failure(Strings::tr("read"), what, path, errno);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error{ErrorKind::Storage,
                     Strings::tr("%1 %2 is not a regular file.").arg(what, path)};
    }
    if (info.st_size > limit) {
        ::close(fd);
        return Error{ErrorKind::Storage,
                     Strings::tr("%1 %2 is larger than %3 MiB; it was left as it is.")
                         .arg(what, path)
                         .arg(limit / (1024 * 1024))};
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int saved = errno;
            ::close(fd);
            return failure(Strings::tr("read"), what, path, saved);
        }
        if (n == 0)
            break;
        bytes.append(buffer, n);
        if (bytes.size() > limit) {
            ::close(fd);
            return Error{
                ErrorKind::Storage,
                Strings::tr("%1 %2 grew past its limit while being read.").arg(what, path)};
        }
    }
    ::close(fd);
    return std::optional<QByteArray>(bytes);
#else
    QFile file(path);
    if (!file.exists())
        return std::optional<QByteArray>();
    if (file.size() > limit)
        return Error{ErrorKind::Storage,
                     Strings::tr("%1 %2 is too large; it was left as it is.").arg(what, path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Storage,
                     Strings::tr("Cannot read %1 %2: %3.").arg(what, path, file.errorString())};
    return std::optional<QByteArray>(file.readAll());
#endif
}

PreparedFile::PreparedFile(PreparedFile&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_temporary(std::move(other.m_temporary))
    , m_what(std::move(other.m_what))
{
    other.m_temporary.clear();
}

PreparedFile& PreparedFile::operator=(PreparedFile&& other) noexcept
{
    if (this != &other) {
        discard();
        m_path = std::move(other.m_path);
        m_temporary = std::move(other.m_temporary);
        m_what = std::move(other.m_what);
        other.m_temporary.clear();
    }
    return *this;
}

PreparedFile::~PreparedFile()
{
    discard();
}

void PreparedFile::discard()
{
    if (!m_temporary.isEmpty())
        QFile::remove(m_temporary);
    m_temporary.clear();
}

Result<PreparedFile> PreparedFile::prepare(const QString& path, const QByteArray& bytes,
                                           const QString& what)
{
    PreparedFile prepared;
    prepared.m_path = path;
    prepared.m_what = what;
#ifdef Q_OS_UNIX
    if (isSymlink(path))
        return symlinkRefused(what, path);
    const QString temporary =
        path + kTemporaryInfix + QString::number(QRandomGenerator::system()->generate64(), 36);
    const int fd = ::open(native(temporary).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(Strings::tr("write"), what, path, errno);
    prepared.m_temporary = temporary; // from here on, failure removes it
    int error = writeAll(fd, bytes);
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error)
        return failure(Strings::tr("write"), what, path, error);
    return prepared;
#else
    prepared.m_temporary =
        path + kTemporaryInfix + QString::number(QRandomGenerator::system()->generate64(), 36);
    QFile file(prepared.m_temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        return Error{ErrorKind::Storage,
                     Strings::tr("Cannot write %1 %2: %3.").arg(what, path, why)};
    }
    file.close();
    return prepared;
#endif
}

Error PreparedFile::commit()
{
    if (m_temporary.isEmpty())
        return {ErrorKind::Other,
                Strings::tr("Nothing was prepared for %1 %2.").arg(m_what, m_path)};
#ifdef Q_OS_UNIX
    if (isSymlink(m_path))
        return symlinkRefused(m_what, m_path);
    if (::rename(native(m_temporary).constData(), native(m_path).constData()) != 0)
        return failure(Strings::tr("replace"), m_what, m_path, errno);
    m_temporary.clear();
    if (const int error = syncFolder(QFileInfo(m_path).absolutePath()))
        return failure(Strings::tr("write"), m_what, m_path, error);
    return {};
#else
    QFile::remove(m_path);
    if (!QFile::rename(m_temporary, m_path))
        return {ErrorKind::Storage, Strings::tr("Cannot replace %1 %2.").arg(m_what, m_path)};
    m_temporary.clear();
    return {};
#endif
}

Error replace(const QString& path, const QByteArray& bytes, const QString& what)
{
    Result<PreparedFile> prepared = PreparedFile::prepare(path, bytes, what);
    if (!prepared)
        return prepared.error();
    return prepared.value().commit();
}

Error remove(const QString& path, const QString& what)
{
#ifdef Q_OS_UNIX
    if (::unlink(native(path).constData()) != 0 && errno != ENOENT)
        return failure(Strings::tr("remove"), what, path, errno);
    return {};
#else
    if (QFile::exists(path) && !QFile::remove(path))
        return {ErrorKind::Storage, Strings::tr("Cannot remove %1 %2.").arg(what, path)};
    return {};
#endif
}

void removeLeftovers(const QString& path)
{
    const QFileInfo info(path);
    const QStringList leftovers =
        QDir(info.absolutePath())
            .entryList({info.fileName() + kTemporaryInfix + QLatin1Char('*')},
                       QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : leftovers)
        QFile::remove(info.absoluteDir().filePath(name));
}

} // namespace latchkey::safefile
