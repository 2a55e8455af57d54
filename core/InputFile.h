#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey {

// Reads a file the user named (a manifest, an env file, a template) without
// ever blocking or reading without end: only a regular file is opened (a
// FIFO, device or socket is refused from its type, before an open that could
// wait for a writer), it is opened non-blocking and checked again once open,
// and at most `maxBytes` + 1 bytes are read. `problem` says what went wrong so
// that each kind of file can word it (ManifestFile.cpp); `error` is the
// wording for env files and templates.
struct InputFile {
    enum class Problem {
        None,
        Missing,
        Folder,
        Fifo,
        Device,
        Socket,
        NotRegular,
        TooBig,
        Unreadable
    };

    QByteArray bytes;
    Problem problem = Problem::None;
    qint64 size = 0;     // TooBig: the size found
    int systemError = 0; // Unreadable: errno, where there is one
    QString detail;      // Unreadable: the system's reason
    QString error;       // one sentence fragment ("no such file"), empty when the bytes were read

    static InputFile read(const QString& path, qint64 maxBytes);
};

} // namespace latchkey
