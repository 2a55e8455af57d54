#include "Console.h"

#include "TerminalText.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace latchkey::cli {

#ifndef Q_OS_WIN
namespace {

// The terminal as it was before the hidden prompt, for the signal handler.
termios g_savedTerminal{};
volatile sig_atomic_t g_terminalChanged = 0;
// What may end the prompt from outside; each restores the terminal first.
const int kPromptSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Async-signal-safe calls only. TCSAFLUSH also drops a half-typed value, so
// the shell never reads it as a command.
void restoreTerminalAndExit(int signal)
{
    if (g_terminalChanged)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    const char newline = '\n';
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, &newline, 1);
    _exit(128 + signal);
}

} // namespace
#endif

void outRaw(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

// Human output is escaped for the terminal here as well as where each field
// is formatted: whatever a caller forgot, no control sequence reaches the
// screen through these three. Line feeds stay line breaks.
void out(const QString& text)
{
    outRaw(terminalSafeLines(text).toUtf8());
}
void outLine(const QString& text)
{
    outRaw(terminalSafeLines(text).toUtf8() + '\n');
}

void err(const QString& text)
{
    const QByteArray bytes = terminalSafeLines(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
    return isatty(fileno(stdin));
}
bool stdoutIsTerminal()
{
    return isatty(fileno(stdout));
}

bool readHidden(const QString& prompt, QByteArray& line)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#else
    // Ctrl-C, a kill or a closed terminal must not leave echo off: the
    // handlers put the terminal back and exit with 128 + the signal's number.
    struct sigaction onSignal {};
    onSignal.sa_handler = restoreTerminalAndExit;
    sigemptyset(&onSignal.sa_mask);
    for (int s : kPromptSignals)
        sigaddset(&onSignal.sa_mask, s);
    struct sigaction previous[std::size(kPromptSignals)];
    for (size_t i = 0; i < std::size(kPromptSignals); ++i)
        sigaction(kPromptSignals[i], &onSignal, &previous[i]);
    const bool haveTerm = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
    if (haveTerm) {
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        g_terminalChanged = 1;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    line.clear();
    bool gotLine = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        line.append(static_cast<char>(c));
    }
    if (!line.isEmpty())
        gotLine = true;
    if (line.endsWith('\r'))
        line.chop(1);
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
    std::fputc('\n', stderr);
#else
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_terminalChanged = 0;
    for (size_t i = 0; i < std::size(kPromptSignals); ++i)
        sigaction(kPromptSignals[i], &previous[i], nullptr);
#endif
    return gotLine;
}

QByteArray readAllStdin(qsizetype limit)
{
    QByteArray data;
    char buffer[4096];
    while (data.size() <= limit) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        if (n == 0)
            break;
        data.append(buffer, static_cast<qsizetype>(n));
    }
    return data;
}

} // namespace latchkey::cli
