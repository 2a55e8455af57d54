// The JSON reader of EnvFile: one object of "KEY": "value" members, read
// strictly (RFC 8259) with the location of every member, which QJsonDocument
// does not give.
#include "EnvFile.h"
#include "JsonEscape.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace latchkey::envfile {

namespace {

// The messages of this file, in the translation context "EnvFile" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(EnvFile)
};

constexpr int kMaxDepth = 64;

class JsonReader {
public:
    JsonReader(const QString& text, EnvFile& file)
        : m_text(text)
        , m_file(file)
    {
    }

    void read()
    {
        skipSpace();
        if (peek() != u'{')
            return fail(Strings::tr("expected a JSON object of \"KEY\": \"value\" members"));
        ++m_at;
        skipSpace();
        if (peek() == u'}') {
            ++m_at;
            return finish();
        }
        while (true) {
            skipSpace();
            const int line = m_line, column = columnHere();
            if (peek() != u'"')
                return fail(Strings::tr("expected a key in double quotes"));
            QString key;
            if (!readString(key))
                return;
            skipSpace();
            if (peek() != u':')
                return fail(Strings::tr("expected : after the key %1").arg(key.left(60)));
            ++m_at;
            skipSpace();
            EnvEntry entry{key, {}, line, column, {}};
            if (peek() == u'"') {
                if (!readString(entry.value))
                    return;
            } else {
                const QChar first = peek();
                if (!skipValue(0))
                    return;
                entry.invalid =
                    first == u'{' || first == u'['
                        ? Strings::tr("the value of %1 is not a string").arg(key)
                        : Strings::tr("the value of %1 is not a string (write it in double "
                                      "quotes)")
                              .arg(key);
            }
            m_file.entries.append(std::move(entry));
            skipSpace();
            if (peek() == u',') {
                ++m_at;
                continue;
            }
            if (peek() == u'}') {
                ++m_at;
                return finish();
            }
            return fail(Strings::tr("expected , or } after the value of %1").arg(key.left(60)));
        }
    }

private:
    QChar peek() const { return m_at < m_text.size() ? m_text.at(m_at) : QChar(); }
    int columnHere() const { return columnAt(m_text, m_lineStart, m_at); }

    void fail(const QString& message)
    {
        if (m_at >= m_text.size() && !m_file.error)
            m_file.error =
                Diagnostic{Diagnostic::Severity::Error, m_file.path, m_line, columnHere(),
                           Strings::tr("the JSON ends too early: %1").arg(message)};
        else if (!m_file.error)
            m_file.error =
                Diagnostic{Diagnostic::Severity::Error, m_file.path, m_line, columnHere(), message};
    }

    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            if (c == u'\n') {
                ++m_line;
                m_lineStart = m_at + 1;
            } else if (c != u' ' && c != u'\t' && c != u'\r') {
                return;
            }
            ++m_at;
        }
    }

    void finish()
    {
        skipSpace();
        if (m_at < m_text.size())
            fail(Strings::tr("unexpected text after the JSON object"));
    }

    bool hex4(char16_t& unit)
    {
        if (m_at + 4 > m_text.size())
            return false;
        const std::optional<char16_t> parsed = jsonEscapeUnit(m_text.utf16() + m_at);
        if (!parsed)
            return false;
        unit = *parsed;
        m_at += 4;
        return true;
    }

    // At the opening quote; leaves m_at after the closing one.
    bool readString(QString& into)
    {
        ++m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            if (c == u'"') {
                ++m_at;
                return true;
            }
            if (c.unicode() < 0x20) {
                fail(Strings::tr(
                    "a control character (such as a line break) inside a JSON string must "
                    "be escaped"));
                return false;
            }
            if (c != u'\\') {
                into.append(c);
                ++m_at;
                continue;
            }
            const QChar e = m_at + 1 < m_text.size() ? m_text.at(m_at + 1) : QChar();
            static const QString simple = QStringLiteral("\"\\/bfnrt");
            static const QString meaning = QStringLiteral("\"\\/\b\f\n\r\t");
            if (const qsizetype k = simple.indexOf(e); k >= 0 && !e.isNull()) {
                into.append(meaning.at(k));
                m_at += 2;
                continue;
            }
            if (e != u'u') {
                fail(Strings::tr("invalid escape in a JSON string"));
                return false;
            }
            m_at += 2;
            char16_t unit = 0;
            if (!hex4(unit)) {
                fail(Strings::tr("\\u must be followed by four hexadecimal digits"));
                return false;
            }
            if (QChar::isHighSurrogate(unit) && m_text.mid(m_at, 2) == QLatin1String("\\u")) {
                m_at += 2;
                char16_t low = 0;
                if (!hex4(low) || !QChar::isLowSurrogate(low)) {
                    fail(Strings::tr(
                        "a \\u escape of a character above U+FFFF needs its second half"));
                    return false;
                }
                into.append(QChar(unit));
                into.append(QChar(low));
                continue;
            }
            if (QChar::isSurrogate(unit)) {
                fail(Strings::tr("a \\u escape of a character above U+FFFF needs its second half"));
                return false;
            }
            into.append(QChar(unit));
        }
        fail(Strings::tr("a JSON string is never closed"));
        return false;
    }

    // Any JSON value; only its extent matters.
    bool skipValue(int depth)
    {
        if (depth > kMaxDepth) {
            fail(Strings::tr("the JSON is nested more than %1 levels deep").arg(kMaxDepth));
            return false;
        }
        skipSpace();
        const QChar c = peek();
        if (c == u'"') {
            QString ignored;
            return readString(ignored);
        }
        if (c == u'{' || c == u'[') {
            const QChar close = c == u'{' ? u'}' : u']';
            ++m_at;
            skipSpace();
            if (peek() == close) {
                ++m_at;
                return true;
            }
            while (true) {
                if (c == u'{') {
                    skipSpace();
                    if (peek() != u'"') {
                        fail(Strings::tr("expected a key in double quotes"));
                        return false;
                    }
                    QString ignored;
                    if (!readString(ignored))
                        return false;
                    skipSpace();
                    if (peek() != u':') {
                        fail(Strings::tr("expected :"));
                        return false;
                    }
                    ++m_at;
                }
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (peek() == u',') {
                    ++m_at;
                    continue;
                }
                if (peek() == close) {
                    ++m_at;
                    return true;
                }
                fail(c == u'{' ? Strings::tr("expected , or }") : Strings::tr("expected , or ]"));
                return false;
            }
        }
        // A literal or a number: checked by its shape.
        const qsizetype start = m_at;
        while (m_at < m_text.size() &&
               QStringLiteral("+-.0123456789eEtruefalsn").contains(m_text.at(m_at)))
            ++m_at;
        const QString word = m_text.mid(start, m_at - start);
        static const QRegularExpression number(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (word == QLatin1String("true") || word == QLatin1String("false") ||
            word == QLatin1String("null") || number.match(word).hasMatch())
            return true;
        m_at = start;
        fail(Strings::tr("expected a JSON value"));
        return false;
    }

    const QString& m_text;
    EnvFile& m_file;
    qsizetype m_at = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace

void parseJson(const QString& text, EnvFile& file)
{
    JsonReader(text, file).read();
}

} // namespace latchkey::envfile
