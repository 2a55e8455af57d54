// The dotenv reader of EnvFile (EnvFile.h describes the syntax it accepts).
#include "EnvFile.h"

#include <QCoreApplication>

namespace latchkey::envfile {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EnvFile", text);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// A cursor over the text that knows its line, so that a location can be
// given for any position, also inside a value spanning several lines.
struct Cursor {
    const QString& text;
    qsizetype at = 0;
    int line = 1;
    qsizetype lineStart = 0;

    bool done() const { return at >= text.size(); }
    QChar peek() const { return done() ? QChar() : text.at(at); }
    void advance()
    {
        if (text.at(at) == u'\n') {
            ++line;
            lineStart = at + 1;
        }
        ++at;
    }
    void skipBlanks()
    {
        while (!done() && isBlank(text.at(at)))
            ++at;
    }
    void skipLine()
    {
        while (!done() && text.at(at) != u'\n')
            ++at;
    }
    int column() const { return columnAt(text, lineStart, at); }
};

struct Mark {
    int line;
    int column;
};

} // namespace

void parseDotenv(const QString& text, EnvFile& file)
{
    Cursor c{text};
    auto fail = [&](Mark where, const QString& message) {
        file.error =
            Diagnostic{Diagnostic::Severity::Error, file.path, where.line, where.column, message};
    };
    auto here = [&] { return Mark{c.line, c.column()}; };

    while (!c.done()) {
        c.skipBlanks();
        if (c.done())
            break;
        if (c.peek() == u'\n') {
            c.advance();
            continue;
        }
        if (c.peek() == u'#') {
            c.skipLine();
            continue;
        }
        if (text.mid(c.at, 6) == QLatin1String("export") && c.at + 6 < text.size() &&
            isBlank(text.at(c.at + 6))) {
            c.at += 6;
            c.skipBlanks();
        }
        const Mark keyMark = here();
        const qsizetype keyStart = c.at;
        while (!c.done() && c.peek() != u'=' && c.peek() != u'\n' && !isBlank(c.peek()))
            ++c.at;
        const QString key = text.mid(keyStart, c.at - keyStart);
        c.skipBlanks();
        if (c.done() || c.peek() != u'=') {
            fail(here(), key.isEmpty()
                             ? tr("expected KEY=VALUE")
                             : tr("expected = after %1 (each line is KEY=VALUE, a # comment or "
                                  "blank)")
                                   .arg(key.left(60)));
            return;
        }
        ++c.at; // '='
        c.skipBlanks();

        QString value;
        const QChar quote = c.peek();
        if (quote == u'\'' || quote == u'"') {
            const Mark open = here();
            c.advance();
            bool closed = false;
            while (!c.done()) {
                const QChar ch = c.peek();
                if (ch == quote) {
                    c.advance();
                    closed = true;
                    break;
                }
                if (quote == u'"' && ch == u'\\' && c.at + 1 < text.size()) {
                    const QChar next = text.at(c.at + 1);
                    QChar decoded;
                    switch (next.unicode()) {
                    case 'n':
                        decoded = u'\n';
                        break;
                    case 'r':
                        decoded = u'\r';
                        break;
                    case 't':
                        decoded = u'\t';
                        break;
                    case '\\':
                    case '"':
                    case '\'':
                    case '$':
                    case '`':
                        decoded = next;
                        break;
                    default:
                        break;
                    }
                    if (!decoded.isNull()) {
                        value.append(decoded);
                        c.at += 2;
                        continue;
                    }
                }
                value.append(ch);
                c.advance();
            }
            if (!closed) {
                fail(open, quote == u'"'
                               ? tr("the double quote that starts the value of %1 is never "
                                    "closed")
                                     .arg(key.left(60))
                               : tr("the single quote that starts the value of %1 is never "
                                    "closed")
                                     .arg(key.left(60)));
                return;
            }
            c.skipBlanks();
            if (!c.done() && c.peek() == u'#')
                c.skipLine();
            if (!c.done() && c.peek() != u'\n') {
                fail(here(), tr("unexpected text after the closing quote of %1's value (only a "
                                "# comment may follow)")
                                 .arg(key.left(60)));
                return;
            }
        } else {
            // Unquoted: to the end of the line; a # after a blank starts a comment.
            const qsizetype start = c.at;
            qsizetype end = start;
            while (!c.done() && c.peek() != u'\n') {
                if (c.peek() == u'#' && (c.at == 0 || isBlank(text.at(c.at - 1))))
                    break;
                ++c.at;
                end = c.at;
            }
            c.skipLine();
            while (end > start && isBlank(text.at(end - 1)))
                --end;
            value = text.mid(start, end - start);
        }
        file.entries.append({key, value, keyMark.line, keyMark.column, {}});
    }
}

} // namespace latchkey::envfile
