#pragma once

#include <QString>
#include <QStringList>

namespace latchkey::cli {

// Starts `command` (program and arguments, never through a shell) with
// exactly `environment` ("NAME=value" entries), lets it use our standard
// streams, forwards termination signals to it and waits for it.
//
// Returns the child's exit status, or 128+N when signal N killed it. When the
// program cannot be started it returns 127 (not found) or 126 (not
// executable) and sets `error` to one sentence.
int runChild(const QStringList& command, const QStringList& environment, QString& error);

// The program `run` would start: `name` itself when it contains a directory
// separator, else the first executable match on the child's PATH.
QString findProgram(const QString& name, const QString& path);

} // namespace latchkey::cli
