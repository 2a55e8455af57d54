#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey::cli {

// Standard streams as the CLI needs them: UTF-8 out, one-sentence errors, and
// secret input that never echoes. out, outLine and err are for people: control
// characters other than line feeds are shown escaped (TerminalText.h).
void out(const QString& text);        // stdout
void outLine(const QString& text);    // stdout, plus a newline
void err(const QString& text);        // stderr, plus a newline
void outRaw(const QByteArray& bytes); // stdout, byte for byte (JSON, get --reveal)

bool stdinIsTerminal();
bool stdoutIsTerminal();

// Prompts on the terminal (stderr) and reads one line with echo off.
// Returns false when the terminal closed before a line was read. SIGINT,
// SIGTERM, SIGHUP or SIGQUIT meanwhile restore the terminal and exit the
// process with 128 + the signal's number (130, 143, 129, 131).
bool readHidden(const QString& prompt, QByteArray& line);

// Reads all of standard input, at most `limit` + 1 bytes.
QByteArray readAllStdin(qsizetype limit);

} // namespace latchkey::cli
