#include "SignalForwarder.h"

#ifndef Q_OS_WIN
#include <atomic>
#include <cerrno>
#include <unistd.h>

namespace latchkey::cli {

namespace {

static_assert(std::atomic<int>::is_always_lock_free, "used from signal handlers");

std::atomic<int> g_child{0};
// Signals that came while no child was known, by number; each is sent once,
// by whichever of the handler and started() takes it first.
std::atomic<int> g_pending[NSIG];

// Stops us the way SIGTSTP's default action would (so the shell reports the
// job as stopped, and nothing stops in an orphaned process group), then
// resumes with our handler back in place. Async-signal-safe calls only.
void stopSelf()
{
    struct sigaction byDefault {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    struct sigaction ours {};
    sigaction(SIGTSTP, &byDefault, &ours);
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    // To this thread (not the process, where another thread could take it
    // after our handler is back): pending while the handler blocks SIGTSTP.
    raise(SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, nullptr);
    // Here we were stopped and have been continued (SIGCONT).
    pthread_sigmask(SIG_BLOCK, &tstp, nullptr);
    sigaction(SIGTSTP, &ours, nullptr);
}

void forward(int signal, siginfo_t* info, void*)
{
    const int savedErrno = errno;
#ifdef SI_KERNEL
    const bool fromTerminal = info && info->si_code == SI_KERNEL;
#else
    (void)info;
    const bool fromTerminal = false;
#endif
    if (!fromTerminal) {
        if (signal == SIGTSTP) {
            // Stopping matters now, not later: no pending TSTP.
            if (const int child = g_child.load(); child > 0)
                kill(child, SIGTSTP);
        } else {
            g_pending[signal].store(1);
            const int child = g_child.load();
            if (child > 0 && g_pending[signal].exchange(0) == 1)
                kill(child, signal);
        }
    }
    if (signal == SIGTSTP)
        stopSelf();
    errno = savedErrno;
}

} // namespace

const int SignalForwarder::kSignals[9] = {SIGHUP,  SIGINT,   SIGQUIT, SIGTERM, SIGUSR1,
                                          SIGUSR2, SIGWINCH, SIGCONT, SIGTSTP};

SignalForwarder::SignalForwarder()
{
    g_child.store(0);
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int s : kSignals) {
        g_pending[s].store(0);
        sigaddset(&blocked, s);
    }
    pthread_sigmask(SIG_BLOCK, &blocked, &m_previousMask);
    struct sigaction action {};
    action.sa_sigaction = forward;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        sigaction(kSignals[i], nullptr, &m_previous[i]);
        if (m_previous[i].sa_handler != SIG_IGN)
            sigaction(kSignals[i], &action, nullptr);
    }
}

SignalForwarder::~SignalForwarder()
{
    ended();
    for (size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &m_previous[i], nullptr);
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

void SignalForwarder::resetInChild() const
{
    for (size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &m_previous[i], nullptr);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
}

void SignalForwarder::started(pid_t child)
{
    g_child.store(child);
    for (int s : kSignals)
        if (s != SIGTSTP && g_pending[s].exchange(0) == 1)
            kill(child, s);
    pthread_sigmask(SIG_SETMASK, &m_previousMask, nullptr);
}

void SignalForwarder::ended()
{
    g_child.store(0);
}

} // namespace latchkey::cli
#endif
