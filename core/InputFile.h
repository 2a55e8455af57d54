#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey {

// Reads a file the user named (an env file, a template) without ever
// blocking or reading without end: only a regular file is opened (a FIFO,
// device or socket is refused from its type, before an open that could wait
// for a writer), and at most `maxBytes` + 1 bytes are read. ManifestFile.h
// does the same for manifests, with messages of its own.
struct InputFile {
    QByteArray bytes;
    QString error; // one sentence fragment ("no such file"), empty when the bytes were read

    static InputFile read(const QString& path, qint64 maxBytes);
};

} // namespace latchkey
