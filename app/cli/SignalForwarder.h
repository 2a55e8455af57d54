#pragma once

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <csignal>
#include <iterator>
#include <sys/types.h>

namespace latchkey::cli {

// Passes on to the child of `run` the signals a terminal, a shell's job
// control or a supervisor sends: HUP, INT, QUIT, TERM, USR1, USR2, WINCH, CONT,
// and TSTP, which stops the child and then us. A signal the terminal sends to
// the whole foreground process group (Ctrl-C, Ctrl-Z, a resize) already
// reached the child and is not sent twice. A signal we were started with
// ignored (nohup) stays ignored.
//
// The handlers are process-wide and installed before the child exists:
// blocking a signal only blocks it in one thread, and Qt and D-Bus have
// others, where the default action would kill us and orphan the child. A
// signal that arrives before the child is known is sent as soon as it is.
//
// One at a time, on the thread that forks.
class SignalForwarder {
public:
    // Installs the handlers and blocks the signals in this thread until
    // started(), so a child forked meanwhile never runs our handlers.
    SignalForwarder();
    // Puts the previous handlers and signal mask back.
    ~SignalForwarder();
    SignalForwarder(const SignalForwarder&) = delete;
    SignalForwarder& operator=(const SignalForwarder&) = delete;

    // In the forked child before exec (async-signal-safe): the dispositions
    // we were started with, and no signal blocked.
    void resetInChild() const;
    // In the parent once forked: from now on signals go to `child`, starting
    // with any that came earlier.
    void started(pid_t child);
    // The child has ended (or never started): nothing is sent any more.
    void ended();

private:
    static const int kSignals[9];
    struct sigaction m_previous[9];
    sigset_t m_previousMask;
};

} // namespace latchkey::cli
#endif
