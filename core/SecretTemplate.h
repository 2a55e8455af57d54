#pragma once

#include "Manifest.h"
#include "SecretReference.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace latchkey {

// A text file with `{{ latchkey://[VAULT/]KEY }}` placeholders (spaces inside
// the braces are optional), filled by `inject`. Only braces whose content
// starts with `latchkey:` are placeholders: other `{{ … }}` (Jinja, Helm,
// Go templates) are left as they are. A placeholder stays on one line. The
// text is handled as bytes, so a file in any ASCII-compatible encoding keeps
// every byte outside the placeholders.
struct SecretTemplate {
    struct Placeholder {
        qsizetype start = 0; // byte offset of "{{"
        qsizetype length = 0;
        SecretReference reference;
        int line = 0;
        int column = 0; // characters, from 1
    };

    QString path;
    QList<Placeholder> placeholders;
    std::optional<Diagnostic> error; // a malformed placeholder: nothing may be filled

    static SecretTemplate scan(const QByteArray& text, const QString& path);

    // `text` with every placeholder replaced by the value of its reference
    // (keyed by SecretReference::toString()), which must all be present.
    QByteArray fill(const QByteArray& text, const QHash<QString, QString>& values) const;
};

} // namespace latchkey
