#include "SecretName.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
bool isNameStart(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetter());
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

// The messages of this file, in the translation context "SecretName" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(SecretName)
};
} // namespace

QString quotedName(const QString& name)
{
    if (name.size() <= kMaxSecretNameLength)
        return name;
    return name.left(60) + QChar(0x2026);
}

QString secretNameError(const QString& name)
{
    if (name.isEmpty())
        return Strings::tr("the key is empty");
    if (name.size() > kMaxSecretNameLength)
        return Strings::tr("the key is %1 characters long; at most %2 are allowed")
            .arg(name.size())
            .arg(kMaxSecretNameLength);
    if (!isNameStart(name.front())) {
        if (name.front().isDigit())
            return Strings::tr("the key starts with a digit; it must start with a letter or '_'");
        return Strings::tr("the key starts with '%1'; it must start with a letter or '_'")
            .arg(name.front());
    }
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (!isNameChar(name.at(i))) {
            const QChar c = name.at(i);
            const QString shown =
                c.isSpace() ? Strings::tr("a space") : QStringLiteral("'%1'").arg(c);
            return Strings::tr(
                       "the key contains %1 at position %2; only letters, digits and '_' are "
                       "allowed")
                .arg(shown)
                .arg(i + 1);
        }
    }
    return {};
}

QString vaultNameError(const QString& name)
{
    if (name.isEmpty())
        return Strings::tr("the vault name is empty");
    if (name.size() > 64)
        return Strings::tr("the vault name is longer than 64 characters");
    if (name.front() == u'.' || name.front() == u'-')
        return Strings::tr("the vault name must not start with '%1'").arg(name.front());
    for (QChar c : name) {
        const bool ok =
            c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.');
        if (!ok)
            return Strings::tr("the vault name may only contain letters, digits, '_', '-' and '.'");
    }
    return {};
}

} // namespace latchkey
