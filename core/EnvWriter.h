#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace latchkey {

// Secrets written out on purpose, for the programs that take them as text:
// `export` (dotenv, JSON), `env` (shell statements for direnv). Every format
// reads back exactly: dotenv through EnvFile (EnvFile.h), shell statements
// through the shell they are written for.
namespace envwriter {

using Entries = QList<QPair<QString, QString>>; // KEY, value; in the order to write

enum class Shell { Bash, Zsh, Fish };

// KEY=value lines. A value of letters, digits and punctuation other than
// # ' " \ $ and ` is written bare, as `docker run --env-file` needs; one with
// spaces or those characters in 'single quotes' (taken literally by
// docker compose, python-dotenv and Node's dotenv); one with a ' or a line
// break in "double quotes" with \\ \" \n \r \t \$ escapes.
QByteArray dotenv(const Entries& entries);
QString dotenvValue(const QString& value);

// {"KEY": "value", …} in the given order, one member per line.
QByteArray json(const Entries& entries);

// One statement per variable: `export KEY='value'` for bash and zsh (POSIX
// single quotes, ' written '\''), `set -gx KEY 'value'` for fish (\\ and \'
// are its only escapes inside single quotes).
QByteArray shellExports(const Entries& entries, Shell shell);

} // namespace envwriter
} // namespace latchkey
