#include "TerminalText.h"

#include "TextControls.h"

namespace latchkey {

namespace {

QString hex(char16_t c, int digits)
{
    return QStringLiteral("%1").arg(static_cast<uint>(c), digits, 16, QLatin1Char('0'));
}

QString escaped(const QString& text, bool keepLineFeeds)
{
    QString result;
    result.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\n' && keepLineFeeds)
            result += qc;
        else if (c == 0x1B)
            result += QLatin1String("\\e");
        else if (c == u'\t')
            result += QLatin1String("\\t");
        else if (c == u'\n')
            result += QLatin1String("\\n");
        else if (c == u'\r')
            result += QLatin1String("\\r");
        else if (isControlCharacter(c))
            result += QLatin1String("\\x") + hex(c, 2);
        else if (isBidiControl(c))
            result += QLatin1String("\\u") + hex(c, 4);
        else
            result += qc;
    }
    return result;
}

} // namespace

QString terminalSafe(const QString& text)
{
    return escaped(text, false);
}

QString terminalSafeLines(const QString& text)
{
    return escaped(text, true);
}

QString shellQuote(const QString& word)
{
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString shellWord(const QString& word)
{
    if (word.isEmpty())
        return shellQuote(word);
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || QStringView(u"_@+:,./-").contains(c);
        if (!plain)
            return shellQuote(word);
    }
    return word;
}

} // namespace latchkey
