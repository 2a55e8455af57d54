#pragma once

// Runs a program on a fresh pseudo-terminal that is its controlling terminal,
// the way a person at a terminal runs it, so a test can look at the terminal's
// settings (termios) before, during and after, type into it and signal it.
// POSIX only.
#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

struct PtyRun {
    QString error; // why the run could not be observed; empty when it could
    bool echoBefore = false;
    bool echoAtPrompt = true;
    bool echoAfter = false;
    int exitStatus = -1;     // the exit status, or -N when signal N killed it
    QByteArray screen;       // everything the program wrote to the terminal
    QByteArray leftForShell; // what the next reader of the terminal gets after it ended
};

namespace ptyrun {

inline bool echoOn(int fd)
{
    termios t{};
    return tcgetattr(fd, &t) == 0 && (t.c_lflag & ECHO);
}

// Appends what `fd` has to offer within `ms` milliseconds.
inline void drain(int fd, QByteArray& into, int ms)
{
    pollfd p{fd, POLLIN, 0};
    while (poll(&p, 1, ms) > 0 && (p.revents & POLLIN)) {
        char buffer[4096];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        into.append(buffer, n);
        ms = 50;
    }
}

} // namespace ptyrun

// Starts `command` on a new terminal, waits until it printed `waitFor` and
// turned echo off (the hidden prompt), types `typed` without Enter, then calls
// `act(pid, masterFd)` (send a key or a signal) and waits for it to end.
inline PtyRun runOnPty(const QStringList& command, const QByteArray& waitFor,
                       const QByteArray& typed, const std::function<bool(pid_t, int)>& act)
{
    PtyRun result;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        result.error = QStringLiteral("no pseudo-terminal");
        return result;
    }
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    if (slave < 0) {
        ::close(master);
        result.error = QStringLiteral("cannot open the pseudo-terminal's slave side");
        return result;
    }
    result.echoBefore = ptyrun::echoOn(slave);

    std::vector<QByteArray> words;
    for (const QString& word : command)
        words.push_back(word.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid == 0) {
        // A new session whose controlling terminal is the slave; only
        // async-signal-safe calls until exec.
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2)
            ::close(slave);
        ::close(master);
        execv(argv[0], argv.data());
        _exit(127);
    }

    QElapsedTimer clock;
    clock.start();
    while (!result.screen.contains(waitFor) && clock.elapsed() < 30000)
        ptyrun::drain(master, result.screen, 100);
    while (result.screen.contains(waitFor) && ptyrun::echoOn(slave) && clock.elapsed() < 30000)
        usleep(10000);
    result.echoAtPrompt = ptyrun::echoOn(slave);
    if (!result.screen.contains(waitFor))
        result.error = QStringLiteral("no prompt within 30 s; the terminal showed: ") +
                       QString::fromUtf8(result.screen);
    else if (::write(master, typed.constData(), size_t(typed.size())) != typed.size())
        result.error = QStringLiteral("cannot type into the terminal");
    ptyrun::drain(master, result.screen, 200);
    if (result.error.isEmpty() && !act(pid, master))
        result.error = QStringLiteral("the action failed");

    int status = 0;
    pid_t done = 0;
    while ((done = waitpid(pid, &status, WNOHANG)) == 0 && clock.elapsed() < 60000)
        ptyrun::drain(master, result.screen, 50);
    if (done != pid) {
        ::kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        if (result.error.isEmpty())
            result.error = QStringLiteral("the program did not end");
    }
    result.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    ptyrun::drain(master, result.screen, 50);
    result.echoAfter = ptyrun::echoOn(slave);

    // Finish the line; a reader of the terminal (the shell) now gets whatever
    // is still in its input queue.
    [[maybe_unused]] const ssize_t newline = ::write(master, "\n", 1);
    ptyrun::drain(slave, result.leftForShell, 500);
    ::close(slave);
    ::close(master);
    return result;
}

// Runs `command` with standard output and error on a fresh pseudo-terminal
// (standard input from /dev/null) until it ends, for a program that must
// notice it is writing to a terminal. No prompt is waited for.
inline PtyRun runWithTerminalOutput(const QStringList& command)
{
    PtyRun result;
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        result.error = QStringLiteral("no pseudo-terminal");
        return result;
    }
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    const int devnull = ::open("/dev/null", O_RDONLY);
    if (slave < 0 || devnull < 0) {
        ::close(master);
        result.error = QStringLiteral("cannot open the pseudo-terminal's slave side");
        return result;
    }
    std::vector<QByteArray> words;
    for (const QString& word : command)
        words.push_back(word.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        setsid();
        ioctl(slave, TIOCSCTTY, 0);
        dup2(devnull, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        ::close(slave);
        ::close(devnull);
        ::close(master);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ::close(devnull);
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    pid_t done = 0;
    while ((done = waitpid(pid, &status, WNOHANG)) == 0 && clock.elapsed() < 60000)
        ptyrun::drain(master, result.screen, 50);
    if (done != pid) {
        ::kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        result.error = QStringLiteral("the program did not end");
    }
    result.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    ptyrun::drain(master, result.screen, 50);
    ::close(slave);
    ::close(master);
    return result;
}
