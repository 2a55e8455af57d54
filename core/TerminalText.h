#pragma once

#include <QString>

namespace latchkey {

// Text that came from a file, the vault index or the command line, made safe
// to print on a terminal, and words made safe to paste into a POSIX shell.
// Human output only: JSON and `get --reveal` stay exact.

// Every character a terminal could act on is shown escaped instead, so a
// manifest cannot move the cursor, clear the screen, set the window title or
// reorder what is shown:
//   ESC -> \e;  TAB, LF, CR -> \t, \n, \r;
//   other C0 controls, DEL and C1 controls (U+0080..U+009F) -> \xHH;
//   bidirectional controls U+061C, U+200E, U+200F, U+202A..U+202E and
//   U+2066..U+2069 -> \uHHHH.
// Everything else, including backslashes, is kept as is.
QString terminalSafe(const QString& text);

// The same, but line feeds stay line breaks: for whole messages of several
// lines that the program itself composed.
QString terminalSafeLines(const QString& text);

// `word` in POSIX single quotes, each ' written as '\'' : the shell expands
// nothing inside, so the result is always exactly one word.
QString shellQuote(const QString& word);

// `word` unchanged when it is non-empty and made only of characters no
// shell treats specially anywhere in a command (A-Z a-z 0-9 and _ @ + : , . / -;
// not '=' or '%', which make a first word an assignment or a job), else
// shellQuote(word).
QString shellWord(const QString& word);

} // namespace latchkey
