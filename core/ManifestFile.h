#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey {

// Reads a manifest from disk without ever blocking or reading without end:
// only a regular file is opened (a FIFO, device or socket is refused from
// its type, before any open that could wait for a writer), it is opened
// non-blocking and checked again once open, and at most `maxBytes` + 1
// bytes are read.
struct ManifestFile {
    QByteArray bytes;
    QString error; // one sentence, empty when the bytes were read

    static ManifestFile read(const QString& path, qint64 maxBytes);
};

} // namespace latchkey
