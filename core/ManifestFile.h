#pragma once

#include <QByteArray>
#include <QString>

namespace latchkey {

// Reads a manifest from disk the way InputFile reads any file the user
// names (never blocking, never without end), with a manifest's wording of
// what went wrong.
struct ManifestFile {
    QByteArray bytes;
    QString error; // one sentence, empty when the bytes were read

    static ManifestFile read(const QString& path, qint64 maxBytes);
};

} // namespace latchkey
