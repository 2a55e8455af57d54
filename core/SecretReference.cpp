#include "SecretReference.h"

#include "SecretName.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretReference", text);
}
} // namespace

std::optional<SecretReference> SecretReference::parse(const QString& text, QString& error)
{
    if (!looksLike(text)) {
        error = tr("a reference starts with latchkey://");
        return std::nullopt;
    }
    const QString rest = text.mid(scheme().size());
    SecretReference reference;
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        reference.vault = rest.left(slash);
        reference.key = rest.mid(slash + 1);
        if (const QString reason = vaultNameError(reference.vault); !reason.isEmpty()) {
            error = tr("invalid vault in reference: %1").arg(reason);
            return std::nullopt;
        }
    } else {
        reference.key = rest;
    }
    if (const QString reason = secretNameError(reference.key); !reason.isEmpty()) {
        error = tr("invalid key in reference: %1").arg(reason);
        return std::nullopt;
    }
    return reference;
}

QString SecretReference::toString() const
{
    return scheme() + (vault.isEmpty() ? key : vault + u'/' + key);
}

} // namespace latchkey
