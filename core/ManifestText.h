#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <string>

namespace latchkey {

struct TextProblem {
    int line = 0;
    int column = 0;
    QString message;
};

// The byte-level checks that come before YAML: encoding, NUL, tabs, line
// endings. yaml-cpp guesses encodings and treats NUL as the end of input, so
// these are settled here, with positions a person can find.
struct ManifestText {
    std::string normalized;   // UTF-8 without BOM, LF line endings
    QList<TextProblem> fatal; // invalid UTF-8 or NUL: nothing after can be trusted
    QList<TextProblem> tabs;  // tabs in indentation, which YAML forbids

    static ManifestText prepare(const QByteArray& bytes);
};

} // namespace latchkey
