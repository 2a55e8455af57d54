#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey::cli {

// Where export, inject and env put the values the user asked for: a new file
// only its owner can read (mode 0600), or standard output when that is not a
// terminal (a pipe, a redirection, `$(…)`), so that values are never shown
// on a screen by accident.
class PrivateOutput {
public:
    // `path` is a file, or "-" (or empty) for standard output. `replace` lets
    // an existing file be replaced (atomically, the result 0600 as well).
    // `hasFileOption`: the command can write a file (-o/--output), so the
    // refusal of a terminal suggests it; env cannot.
    PrivateOutput(const QString& path, bool replace, const QString& command,
                  bool hasFileOption = true);

    bool toStdout() const { return m_stdout; }

    // Checks before any value is read: standard output is not a terminal, or
    // the file does not exist yet (unless `replace`). Prints the reason and
    // returns the exit status (2) when the output cannot be used; 0 when it can.
    int check() const;

    // Writes `bytes` and returns 0, or prints why not and returns 4. A file
    // that could not be written completely is removed.
    int write(const QByteArray& bytes) const;

private:
    QString m_path;
    bool m_replace = false;
    bool m_stdout = false;
    QString m_command;
    bool m_hasFileOption = true;
};

} // namespace latchkey::cli
