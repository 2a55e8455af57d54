#include "Console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace latchkey::cli {

void outRaw(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString& text)
{
    outRaw(text.toUtf8());
}
void outLine(const QString& text)
{
    outRaw(text.toUtf8() + '\n');
}

void err(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
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
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
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
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
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
