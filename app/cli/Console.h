#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey::cli {

// Standard streams as the CLI needs them: UTF-8 out, one-sentence errors, and
// secret input that never echoes.
void out(const QString& text);     // stdout, as is
void outLine(const QString& text); // stdout, plus a newline
void err(const QString& text);     // stderr, plus a newline
void outRaw(const QByteArray& bytes);

bool stdinIsTerminal();
bool stdoutIsTerminal();

// Prompts on the terminal (stderr) and reads one line with echo off.
// Returns false when the terminal closed before a line was read.
bool readHidden(const QString& prompt, QByteArray& line);

// Reads all of standard input, at most `limit` + 1 bytes.
QByteArray readAllStdin(qsizetype limit);

} // namespace latchkey::cli
