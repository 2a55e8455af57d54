#pragma once

#include "Manifest.h"

#include <QByteArray>

namespace latchkey {

// inf.yml -> Manifest. Strict and total: it never throws, never crashes or
// hangs on hostile input, and collects every problem in one pass.
//
// Bounded: at most kMaxBytes of text; YamlPrescan refuses pathological
// nesting before yaml-cpp reads it; YamlTree caps depth, nodes and anchors;
// YamlMerge caps merge keys; ManifestReader caps what is declared. No file
// under the cap costs more than about 20 MB (tests/core/manifest_peak.cpp
// measures it). At most kMaxDiagnostics problems are listed, then a count.
class ManifestParser {
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kMaxDiagnostics = 100;

    // `fileName` is only used to label diagnostics.
    static Manifest parse(const QByteArray& bytes, const QString& fileName);
    // Reads a regular file only (see ManifestFile); anything else is one
    // error diagnostic at once, never a wait.
    static Manifest parseFile(const QString& path);

    // A directory means its inf.yml; an empty path means ./inf.yml.
    static QString resolvePath(const QString& pathOrDirectory);
};

} // namespace latchkey
