#include "Manifest.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "Manifest" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};
} // namespace

QString Diagnostic::toString() const
{
    // The GCC/Clang shape, which editors and CI annotators already parse.
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (line <= 0)
        return QStringLiteral("%1: %2: %3").arg(file, kind, message);
    return QStringLiteral("%1:%2:%3: %4: %5")
        .arg(file)
        .arg(line)
        .arg(qMax(column, 1))
        .arg(kind, message);
}

QString Diagnostic::located() const
{
    if (line <= 0)
        return message;
    return Strings::tr("line %1, column %2: %3").arg(line).arg(qMax(column, 1)).arg(message);
}

bool Manifest::isValid() const
{
    for (const Diagnostic& d : diagnostics)
        if (d.isError())
            return false;
    return true;
}

QList<Diagnostic> Manifest::errors() const
{
    QList<Diagnostic> result;
    for (const Diagnostic& d : diagnostics)
        if (d.isError())
            result.append(d);
    return result;
}

QList<Diagnostic> Manifest::warnings() const
{
    QList<Diagnostic> result;
    for (const Diagnostic& d : diagnostics)
        if (!d.isError())
            result.append(d);
    return result;
}

const SecretRequirement* Manifest::secret(const QString& key) const
{
    for (const SecretRequirement& s : secrets)
        if (s.key == key)
            return &s;
    return nullptr;
}

} // namespace latchkey
