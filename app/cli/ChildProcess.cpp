#include "ChildProcess.h"

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
#include <iterator>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#endif

namespace latchkey::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChildProcess", text);
}

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

int runChild(const QStringList& command, const QStringList& environment, QString& error)
{
    const QString program =
        findProgram(command.first(), valueOf(environment, QStringLiteral("PATH")));
    if (program.isEmpty()) {
        error = tr("%1: command not found").arg(command.first());
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
    if (!process.waitForStarted(-1)) {
        error = tr("cannot run %1: %2").arg(command.first(), process.errorString());
        return 126;
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + 15;
}

#else

namespace {

volatile sig_atomic_t g_child = 0;
const int kForwarded[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// A signal from the terminal (Ctrl-C) already reaches the child, which shares
// our process group; only signals sent to us alone (kill PID) are passed on,
// so the child never gets the same Ctrl-C twice.
void forward(int signal, siginfo_t* info, void*)
{
#ifdef SI_KERNEL
    if (info && info->si_code == SI_KERNEL)
        return;
#else
    (void)info;
#endif
    if (g_child > 0)
        kill(static_cast<pid_t>(g_child), signal);
}

struct CStrings {
    std::vector<QByteArray> storage;
    std::vector<char*> pointers;
    explicit CStrings(const QStringList& strings)
    {
        storage.reserve(static_cast<size_t>(strings.size()));
        for (const QString& s : strings)
            storage.push_back(s.toLocal8Bit());
        for (QByteArray& s : storage)
            pointers.push_back(s.data());
        pointers.push_back(nullptr);
    }
};

} // namespace

int runChild(const QStringList& command, const QStringList& environment, QString& error)
{
    const QString program =
        findProgram(command.first(), valueOf(environment, QStringLiteral("PATH")));
    if (program.isEmpty()) {
        error = tr("%1: command not found").arg(command.first());
        return 127;
    }
    const QByteArray path = QFile::encodeName(program);
    CStrings argv(command);
    CStrings envp(environment);

    // Reports a failed exec back to us; close-on-exec makes a successful
    // exec close it, so EOF means the program started.
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        error =
            tr("cannot run %1: %2").arg(command.first(), QString::fromLocal8Bit(strerror(errno)));
        return 126;
    }

    sigset_t forwarded, previousMask;
    sigemptyset(&forwarded);
    for (int s : kForwarded)
        sigaddset(&forwarded, s);
    // Blocked across fork so no signal lands between fork and the handlers.
    sigprocmask(SIG_BLOCK, &forwarded, &previousMask);

    const pid_t pid = fork();
    if (pid == 0) {
        // Child: only async-signal-safe calls from here on.
        for (int s : kForwarded)
            signal(s, SIG_DFL);
        signal(SIGPIPE, SIG_DFL); // a library of ours may ignore it; the app expects the default
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, nullptr);
        close(pipeFds[0]);
        execve(path.constData(), argv.pointers.data(), envp.pointers.data());
        const int code = errno;
        [[maybe_unused]] const ssize_t written = write(pipeFds[1], &code, sizeof code);
        _exit(127);
    }
    close(pipeFds[1]);
    if (pid < 0) {
        const int code = errno;
        close(pipeFds[0]);
        sigprocmask(SIG_SETMASK, &previousMask, nullptr);
        error =
            tr("cannot run %1: %2").arg(command.first(), QString::fromLocal8Bit(strerror(code)));
        return 126;
    }

    struct sigaction action {};
    action.sa_sigaction = forward;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    struct sigaction previous[std::size(kForwarded)];
    for (size_t i = 0; i < std::size(kForwarded); ++i)
        sigaction(kForwarded[i], &action, &previous[i]);
    g_child = pid;
    sigprocmask(SIG_SETMASK, &previousMask, nullptr);

    int execError = 0;
    ssize_t got;
    do {
        got = read(pipeFds[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    close(pipeFds[0]);

    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    g_child = 0;
    for (size_t i = 0; i < std::size(kForwarded); ++i)
        sigaction(kForwarded[i], &previous[i], nullptr);

    if (got == static_cast<ssize_t>(sizeof execError)) {
        error = tr("cannot run %1: %2")
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
