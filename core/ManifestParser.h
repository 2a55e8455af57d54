#pragma once

#include "Manifest.h"

#include <QByteArray>

namespace latchkey {

// inf.yml -> Manifest. Strict and total: it never throws, never crashes or
// hangs on hostile input, and collects every problem in one pass.
class ManifestParser {
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    // `fileName` is only used to label diagnostics.
    static Manifest parse(const QByteArray& bytes, const QString& fileName);
    static Manifest parseFile(const QString& path);

    // A directory means its inf.yml; an empty path means ./inf.yml.
    static QString resolvePath(const QString& pathOrDirectory);
};

} // namespace latchkey
