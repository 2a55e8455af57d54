#include "ChildProcess.h"

#include "SignalForwarder.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <QProcess>
#include <QProcessEnvironment>
#else
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#include <unistd.h>
#include <vector>
#endif

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "ChildProcess" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ChildProcess)
};

QString valueOf(const QStringList& environment, const QString& name)
{
    const QString prefix = name + u'=';
    for (const QString& entry : environment)
        if (entry.startsWith(prefix, Qt::CaseSensitivity(Qt::CaseSensitive)))
            return entry.mid(prefix.size());
    return {};
}

} // namespace

QString findProgram(const QString& name, const QString& path)
{
    if (name.contains(u'/') || name.contains(QDir::separator()))
        return name;
#ifdef Q_OS_WIN
    const QChar listSeparator = u';';
#else
    const QChar listSeparator = u':';
#endif
    for (QString directory : path.split(listSeparator)) {
        if (directory.isEmpty())
            directory = QStringLiteral("."); // an empty PATH entry means the current folder
        const QFileInfo candidate(QDir(directory).filePath(name));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.filePath();
#ifdef Q_OS_WIN
        const QFileInfo exe(candidate.filePath() + QStringLiteral(".exe"));
        if (exe.isFile())
            return exe.filePath();
#endif
    }
    return {};
}

#ifdef Q_OS_WIN

int runChild(const QStringList& command, QStringList& environment, QString& error)
{
    const QString program =
        findProgram(command.first(), valueOf(environment, QStringLiteral("PATH")));
    if (program.isEmpty()) {
        wipe(environment);
        error = Strings::tr("%1: command not found").arg(command.first());
        return 127;
    }
    QProcessEnvironment env;
    for (const QString& entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0)
            env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, command.mid(1));
    const bool started = process.waitForStarted(-1);
    wipe(environment);
    env = QProcessEnvironment();
    if (!started) {
        error = Strings::tr("cannot run %1: %2").arg(command.first(), process.errorString());
        return 126;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + 15;
}

#else

namespace {

// argv and envp for execve. The bytes are ours alone, so wipe() really
// clears them. UTF-8, which is what Qt 6 takes the local 8-bit encoding to be
// on Unix; toUtf8() because toLocal8Bit() (Qt 6.4) leaves a second, freed
// copy of the bytes on the heap that nobody can wipe.
struct CStrings {
    std::vector<QByteArray> storage;
    std::vector<char*> pointers;
    explicit CStrings(const QStringList& strings)
    {
        storage.reserve(static_cast<size_t>(strings.size()));
        for (const QString& s : strings)
            storage.push_back(s.toUtf8());
        for (QByteArray& s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
    void wipe()
    {
        for (QByteArray& s : storage)
            latchkey::wipe(s);
        pointers.assign(1, nullptr);
    }
};

// In the child between fork and exec: only async-signal-safe calls. Returns
// an errno value when the child must not go on.
int prepareChild(pid_t parent, const SignalForwarder& forwarder)
{
#ifdef Q_OS_LINUX
    // If we die without passing a signal on (SIGKILL, a crash), the kernel
    // kills the child too instead of leaving it running unnoticed. It fires
    // when the forking thread ends; runChild runs on the main thread.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0)
        return errno;
    // We may have died before the prctl: then the child was re-parented.
    if (getppid() != parent)
        return ESRCH;
#else
    (void)parent;
#endif
    forwarder.resetInChild();
    signal(SIGPIPE, SIG_DFL); // a library of ours may ignore it; the app expects the default
    return 0;
}

} // namespace

int runChild(const QStringList& command, QStringList& environment, QString& error)
{
    const QString program =
        findProgram(command.first(), valueOf(environment, QStringLiteral("PATH")));
    if (program.isEmpty()) {
        wipe(environment);
        error = Strings::tr("%1: command not found").arg(command.first());
        return 127;
    }
    const QByteArray path = QFile::encodeName(program);
    CStrings argv(command);
    CStrings envp(environment);
    wipe(environment); // envp holds the only copy from here on

    // Reports a failed exec back to us; close-on-exec makes a successful
    // exec close it, so EOF means the program started.
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        envp.wipe();
        error = Strings::tr("cannot run %1: %2")
                    .arg(command.first(), QString::fromLocal8Bit(strerror(errno)));
        return 126;
    }

    SignalForwarder forwarder;
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        int code = prepareChild(parent, forwarder);
        if (code == 0) {
            execve(path.constData(), argv.pointers.data(), envp.pointers.data());
            code = errno;
        }
        [[maybe_unused]] const ssize_t written = write(pipeFds[1], &code, sizeof code);
        _exit(127);
    }
    close(pipeFds[1]);
    if (pid < 0) {
        const int code = errno;
        close(pipeFds[0]);
        envp.wipe();
        error = Strings::tr("cannot run %1: %2")
                    .arg(command.first(), QString::fromLocal8Bit(strerror(code)));
        return 126;
    }
    forwarder.started(pid);

    int execError = 0;
    ssize_t got;
    do {
        got = read(pipeFds[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    close(pipeFds[0]);
    // The child has its own copy now (or never will): ours goes at once, not
    // when the child ends.
    envp.wipe();

    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    forwarder.ended();

    if (got == static_cast<ssize_t>(sizeof execError)) {
        error = Strings::tr("cannot run %1: %2")
                    .arg(command.first(), QString::fromLocal8Bit(strerror(execError)));
        return execError == ENOENT ? 127 : 126;
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

#endif

} // namespace latchkey::cli
