#pragma once

class QProcess;

namespace latchkey {

// Libraries we use create pipes whose child end stays inheritable until their
// own child has started: GPGME makes each pipe to gpg with pipe() and marks
// only its own end close-on-exec. A program another thread starts in that
// window keeps a copy of the write end for as long as it runs, and GPGME
// waits for an end of file that never comes (a vault holding its lock while
// it waited for gpg was how this showed). So every program Latchkey starts
// for itself gets standard input, output and error and nothing else.

// Marks every descriptor above standard error close-on-exec. Only calls that
// are safe between fork and exec, so a child can call it before exec.
void markDescriptorsCloseOnExec() noexcept;

// What markDescriptorsCloseOnExec() does on kernels older than 5.11: marks
// the descriptors /proc/self/fd lists. False where there is no such folder.
bool markListedDescriptorsCloseOnExec() noexcept;

// Makes `process` run markDescriptorsCloseOnExec() in its child before exec.
// Call before start(). Does nothing where QProcess cannot run code there.
void inheritOnlyStdio(QProcess& process);

} // namespace latchkey
