#include "EnvWriter.h"

#include "TerminalText.h"
#include "Wipe.h"

namespace latchkey::envwriter {

namespace {

bool isBare(QChar c)
{
    if (c.unicode() <= 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0))
        return false;
    return !QStringView(u"#'\"\\$`").contains(c);
}

QString jsonString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace

QString dotenvValue(const QString& value)
{
    bool bare = !value.isEmpty();
    bool single = true;
    for (const QChar c : value) {
        bare = bare && isBare(c);
        if (c == u'\'' || c == u'\n' || c == u'\r')
            single = false;
    }
    if (bare)
        return value;
    if (single)
        return u'\'' + value + u'\'';
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '$':
            out += QLatin1String("\\$");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            out += c;
        }
    }
    return out + u'"';
}

QByteArray dotenv(const Entries& entries)
{
    QString text;
    for (const auto& [key, value] : entries)
        text += key + u'=' + dotenvValue(value) + u'\n';
    QByteArray bytes = text.toUtf8();
    wipe(text);
    return bytes;
}

QByteArray json(const Entries& entries)
{
    QString text = QStringLiteral("{");
    for (qsizetype i = 0; i < entries.size(); ++i)
        text += (i ? QStringLiteral(",\n  ") : QStringLiteral("\n  ")) +
                jsonString(entries.at(i).first) + QStringLiteral(": ") +
                jsonString(entries.at(i).second);
    text += entries.isEmpty() ? QStringLiteral("}\n") : QStringLiteral("\n}\n");
    QByteArray bytes = text.toUtf8();
    wipe(text);
    return bytes;
}

QByteArray shellExports(const Entries& entries, Shell shell)
{
    QString text;
    for (const auto& [key, value] : entries) {
        if (shell == Shell::Fish) {
            QString quoted = value;
            quoted.replace(u'\\', QLatin1String("\\\\"));
            quoted.replace(u'\'', QLatin1String("\\'"));
            text += QStringLiteral("set -gx %1 '%2'\n").arg(key, quoted);
        } else {
            text += QStringLiteral("export %1=%2\n").arg(key, shellQuote(value));
        }
    }
    QByteArray bytes = text.toUtf8();
    wipe(text);
    return bytes;
}

} // namespace latchkey::envwriter
