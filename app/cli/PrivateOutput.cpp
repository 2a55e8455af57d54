#include "PrivateOutput.h"

#include "Cli.h"
#include "Console.h"
#include "SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "PrivateOutput" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(PrivateOutput)
};

#ifdef Q_OS_UNIX
// A new file, created exclusively (an existing file or link is never
// followed or truncated), 0600 whatever the umask.
int writeNew(const QString& path, const QByteArray& bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd =
        ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    int error = ::fchmod(fd, 0600) == 0 ? 0 : errno;
    const char* p = bytes.constData();
    qint64 left = bytes.size();
    while (!error && left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        else
            p += n, left -= n;
    }
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error)
        ::unlink(name.constData());
    return error;
}
#endif

} // namespace

PrivateOutput::PrivateOutput(const QString& path, bool replace, const QString& command,
                             bool hasFileOption)
    : m_path(path)
    , m_replace(replace)
    , m_stdout(path.isEmpty() || path == QLatin1String("-"))
    , m_command(command)
    , m_hasFileOption(hasFileOption)
{
}

int PrivateOutput::check() const
{
    if (m_stdout) {
        if (stdoutIsTerminal())
            return usage(
                m_hasFileOption
                    ? Strings::tr("%1 prints secret values, so it does not write them to a "
                                  "terminal; redirect or pipe its output, or write a file with "
                                  "-o/--output")
                          .arg(m_command)
                    : Strings::tr("%1 prints secret values, so it does not write them to a "
                                  "terminal; redirect or pipe its output")
                          .arg(m_command),
                m_command);
        return 0;
    }
    const QFileInfo info(m_path);
    if ((info.exists() || info.isSymLink()) && !m_replace)
        return usage(
            Strings::tr("%1 already exists; %2 writes a new file only (add --force to replace it)")
                .arg(m_path, m_command),
            m_command);
    if (info.isDir())
        return usage(Strings::tr("%1 is a folder").arg(m_path), m_command);
    return 0;
}

int PrivateOutput::write(const QByteArray& bytes) const
{
    if (m_stdout) {
        outRaw(bytes);
        return 0;
    }
    const QString what = Strings::tr("the output file");
    if (m_replace && QFileInfo::exists(m_path)) {
        if (const Error error = safefile::replace(m_path, bytes, what))
            return fail(error);
        return 0;
    }
#ifdef Q_OS_UNIX
    if (const int error = writeNew(m_path, bytes)) {
        if (error == EEXIST)
            return usage(Strings::tr("%1 already exists; %2 writes a new file only (add --force to "
                                     "replace it)")
                             .arg(m_path, m_command),
                         m_command);
        return fail({ErrorKind::Storage,
                     Strings::tr("Cannot write %1: %2.").arg(m_path, safefile::reason(error))});
    }
    return 0;
#else
    return fail(safefile::replace(m_path, bytes, what));
#endif
}

} // namespace latchkey::cli
