#include "SecretTemplate.h"

#include "Wipe.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretTemplate", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

SecretTemplate SecretTemplate::scan(const QByteArray& text, const QString& path)
{
    SecretTemplate result;
    result.path = path;
    int line = 1;
    qsizetype lineStart = 0, counted = 0;
    auto locate = [&](qsizetype at) {
        for (; counted < at; ++counted)
            if (text.at(counted) == '\n') {
                ++line;
                lineStart = counted + 1;
            }
        int column = 1;
        for (qsizetype i = lineStart; i < at; ++i)
            if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
                ++column;
        return column;
    };
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf("{{", from);
        if (open < 0)
            break;
        qsizetype inner = open + 2;
        while (inner < text.size() && isSpace(text.at(inner)))
            ++inner;
        if (text.mid(inner, 9) != "latchkey:") {
            from = open + 2;
            continue;
        }
        const int column = locate(open);
        const qsizetype close = text.indexOf("}}", inner);
        const qsizetype newline = text.indexOf('\n', inner);
        if (close < 0 || (newline >= 0 && newline < close)) {
            result.error = Diagnostic{Diagnostic::Severity::Error, path, line, column,
                                      tr("the placeholder {{ latchkey:… is not closed with }} on "
                                         "the same line")};
            return result;
        }
        qsizetype end = close;
        while (end > inner && isSpace(text.at(end - 1)))
            --end;
        const QString written = QString::fromUtf8(text.mid(inner, end - inner));
        QString why;
        const std::optional<SecretReference> reference = SecretReference::parse(written, why);
        if (!reference) {
            result.error =
                Diagnostic{Diagnostic::Severity::Error, path, line, column,
                           tr("%1 is not a valid reference: %2").arg(written.left(80), why)};
            return result;
        }
        result.placeholders.append({open, close + 2 - open, *reference, line, column});
        from = close + 2;
    }
    return result;
}

QByteArray SecretTemplate::fill(const QByteArray& text, const QHash<QString, QString>& values) const
{
    // Values are encoded once and the output sized exactly, so no buffer that
    // held a value is reallocated and left behind unwiped.
    QList<QByteArray> encoded;
    qsizetype size = text.size();
    for (const Placeholder& p : placeholders) {
        encoded.append(values.value(p.reference.toString()).toUtf8());
        size += encoded.last().size() - p.length;
    }
    QByteArray out;
    out.reserve(size);
    qsizetype from = 0;
    for (qsizetype i = 0; i < placeholders.size(); ++i) {
        const Placeholder& p = placeholders.at(i);
        out.append(text.constData() + from, p.start - from);
        out.append(encoded.at(i));
        wipe(encoded[i]);
        from = p.start + p.length;
    }
    out.append(text.constData() + from, text.size() - from);
    return out;
}

} // namespace latchkey
