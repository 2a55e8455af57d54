#pragma once

#include <QString>
#include <QStringList>

namespace latchkey::cli {

// Starts `command` (program and arguments, never through a shell) with
// exactly `environment` ("NAME=value" entries), lets it use our standard
// streams and waits for it.
//
// On POSIX systems HUP, INT, QUIT, TERM, USR1, USR2, WINCH and CONT sent to us
// are passed on to the child, and TSTP stops the child and then us (a signal
// the terminal sends to the whole foreground group already reached the child
// and is not sent twice). On Linux the child is killed (PR_SET_PDEATHSIG) if
// we die without passing a signal on, e.g. by SIGKILL.
//
// `environment` holds secret values: it is wiped (Wipe.h), together with our
// own copies of it, as soon as the child has started or failed to start.
//
// Returns the child's exit status, or 128+N when signal N killed it. When the
// program cannot be started it returns 127 (not found) or 126 (not
// executable) and sets `error` to one sentence.
int runChild(const QStringList& command, QStringList& environment, QString& error);

// The program `run` would start: `name` itself when it contains a directory
// separator, else the first executable match on the child's PATH.
QString findProgram(const QString& name, const QString& path);

} // namespace latchkey::cli
