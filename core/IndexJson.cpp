#include "IndexJson.h"

#include "IsoTime.h"
#include "JsonEscape.h"
#include "VaultIndex.h"

#include <algorithm>

namespace latchkey {

namespace {

class Reader {
public:
    explicit Reader(const QByteArray& bytes)
        : m_p(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {
    }

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool peek(char c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }

    // A field name, compared in place: no string is built for it.
    bool name(QByteArrayView& out)
    {
        if (!take('"'))
            return false;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\')
            ++m_p;
        if (m_p >= m_end || *m_p != '"')
            return false; // an escaped name is not one of ours
        out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    bool string(QString& out)
    {
        out.clear();
        if (!take('"'))
            return false;
        // The usual case, a string without escapes, is decoded in one go.
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' &&
               static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            out = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        m_p = start;
        for (;;) {
            const char* run = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\' &&
                   static_cast<unsigned char>(*m_p) >= 0x20)
                ++m_p;
            if (m_p > run)
                out += QString::fromUtf8(run, m_p - run);
            if (m_p >= m_end || static_cast<unsigned char>(*m_p) < 0x20)
                return false;
            if (*m_p++ == '"')
                return true;
            if (m_p >= m_end)
                return false;
            switch (*m_p++) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                const std::optional<char16_t> unit = jsonEscapeUnit(m_p);
                if (!unit)
                    return false;
                m_p += 4;
                out += QChar(*unit); // surrogate halves pair up in the QString
                break;
            }
            default:
                return false;
            }
        }
    }

    // A date as the index writes it, converted from the bytes; any other
    // form (empty: an invalid time) is decoded first and read by fromIsoUtc().
    bool dateTime(QDateTime& out)
    {
        space();
        if (m_p < m_end && *m_p == '"') {
            const char* start = m_p + 1;
            const char* close = start;
            while (close < m_end && close - start <= 24 && *close != '"')
                ++close;
            if (close < m_end && *close == '"') {
                if (auto exact = fromExactIsoUtc(QByteArrayView(start, close - start))) {
                    out = *exact;
                    m_p = close + 1;
                    return true;
                }
            }
        }
        QString text;
        if (!string(text))
            return false;
        out = fromIsoUtc(text);
        return true;
    }

    // A JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, nothing
    // looser (QByteArray's number parsers also take "+1", "007" and "inf",
    // which QJsonDocument refuses). `integral` says it had neither a
    // fraction nor an exponent.
    bool number(bool& integral)
    {
        space();
        auto digits = [this] {
            const char* from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > from;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        integral = true;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            integral = false;
            if (!digits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            integral = false;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool integer(int& out)
    {
        space();
        const char* start = m_p;
        bool integral = false;
        if (!number(integral) || !integral)
            return false;
        bool ok = false;
        out = QByteArray(start, m_p - start).toInt(&ok); // false beyond int's range
        return ok;
    }

    // Any JSON value, skipped (fields a later version may add).
    bool skip(int depth = 0)
    {
        if (depth > 64)
            return false;
        space();
        if (m_p >= m_end)
            return false;
        if (*m_p == '"') {
            QString ignored;
            return string(ignored);
        }
        if (*m_p == '{' || *m_p == '[') {
            const char close = *m_p == '{' ? '}' : ']';
            const bool object = *m_p == '{';
            ++m_p;
            if (take(close))
                return true;
            do {
                if (object) {
                    QString key;
                    if (!string(key) || !take(':'))
                        return false;
                }
                if (!skip(depth + 1))
                    return false;
            } while (take(','));
            return take(close);
        }
        for (const QByteArrayView word : {"true", "false", "null"}) {
            if (QByteArrayView(m_p, std::min<qsizetype>(m_end - m_p, word.size())) == word) {
                m_p += word.size();
                return true;
            }
        }
        bool integral = false;
        return number(integral);
    }

private:
    const char* m_p;
    const char* m_end;
};

bool entry(Reader& in, IndexJson::Entry& out);

bool entries(Reader& in, QList<IndexJson::Entry>& out)
{
    if (!in.take('['))
        return false;
    if (in.take(']'))
        return true;
    do {
        IndexJson::Entry e;
        if (!entry(in, e))
            return false;
        out.append(std::move(e));
    } while (in.take(','));
    return in.take(']');
}

bool entry(Reader& in, IndexJson::Entry& out)
{
    if (!in.take('{'))
        return false;
    if (in.take('}'))
        return true;
    do {
        QByteArrayView name;
        if (!in.name(name) || !in.take(':'))
            return false;
        if (name == "rotateEvery") {
            if (!in.integer(out.rotateEvery))
                return false;
            continue;
        }
        QDateTime* time = name == "created"   ? &out.created
                          : name == "updated" ? &out.updated
                          : name == "deleted" ? &out.deleted
                                              : nullptr;
        if (time) {
            if (!in.dateTime(*time))
                return false;
            continue;
        }
        QString* field = name == "key"           ? &out.key
                         : name == "description" ? &out.description
                         : name == "hint"        ? &out.hint
                         : name == "expires"     ? &out.expires
                         : name == "rotate"      ? &out.rotate
                         : name == "updatedBy"   ? &out.updatedBy
                                                 : nullptr;
        if (field ? !in.string(*field) : !in.skip())
            return false;
    } while (in.take(','));
    return in.take('}');
}

// A JSON string literal of `text`, encoded to UTF-8 straight into `out`:
// a 10,000-entry index has 30,000 strings, and a temporary UTF-8 copy of
// each was a fifth of the cost of writing it.
void appendJsonString(QByteArray& out, const QString& text)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * n); // the longest form of a unit is \u00XX; shrunk below
    char* w = out.data() + start;
    *w++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *w++ = static_cast<char>(c);
        } else if (c >= 0x80 && c < 0x800) {
            *w++ = static_cast<char>(0xc0 | (c >> 6));
            *w++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, p[++i]);
            *w++ = static_cast<char>(0xf0 | (u >> 18));
            *w++ = static_cast<char>(0x80 | ((u >> 12) & 0x3f));
            *w++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *w++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            // A lone half has no UTF-8 form: written as QString::toUtf8()
            // writes it, a question mark.
            const QByteArray replaced = QStringView(p + i, 1).toUtf8();
            for (const char b : replaced)
                *w++ = b;
        } else if (c >= 0x800) {
            *w++ = static_cast<char>(0xe0 | (c >> 12));
            *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *w++ = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            *w++ = '\\';
            switch (c) {
            case u'"':
                *w++ = '"';
                break;
            case u'\\':
                *w++ = '\\';
                break;
            case u'\n':
                *w++ = 'n';
                break;
            case u'\r':
                *w++ = 'r';
                break;
            case u'\t':
                *w++ = 't';
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                *w++ = 'u';
                *w++ = '0';
                *w++ = '0';
                *w++ = hex[(c >> 4) & 0xf];
                *w++ = hex[c & 0xf];
            }
            }
        }
    }
    *w++ = '"';
    out.resize(w - out.constData());
}

void appendEntry(QByteArray& out, const SecretInfo& info, bool trash)
{
    out += "{\"key\":";
    appendJsonString(out, info.key);
    out += ",\"description\":";
    appendJsonString(out, info.description);
    out += ",\"created\":\"";
    out += isoUtc(info.created);
    out += "\",\"updated\":\"";
    out += isoUtc(info.updated);
    out += "\",\"hint\":";
    appendJsonString(out, info.hint);
    // The optional fields only when set: most entries have none.
    if (info.expires.isValid()) {
        out += ",\"expires\":\"";
        out += info.expires.toString(Qt::ISODate).toLatin1();
        out += '"';
    }
    if (info.rotateDays >= 0) {
        out += ",\"rotateEvery\":";
        out += QByteArray::number(info.rotateDays);
    }
    if (!info.updatedBy.isEmpty()) { // team vaults (SharedInfo in SecretStore.h)
        out += ",\"updatedBy\":";
        appendJsonString(out, info.updatedBy);
    }
    if (!info.rotate.isEmpty()) {
        out += ",\"rotate\":";
        appendJsonString(out, info.rotate);
    }
    if (trash) {
        out += ",\"deleted\":\"";
        out += isoUtc(info.deleted);
        out += '"';
    }
    out += '}';
}

// Written by hand rather than through QJsonDocument: the same compact JSON,
// about ten times faster, which a 10,000-entry vault feels on every change.
QByteArray serializeEntries(int schema, const QString& vault, const QList<SecretInfo>& entries,
                            const QList<SecretInfo>& trash)
{
    QByteArray out;
    out.reserve(64 + (entries.size() + trash.size()) * 200);
    out += "{\"schema\":";
    out += QByteArray::number(schema);
    out += ",\"vault\":";
    appendJsonString(out, vault);
    out += ",\"secrets\":[";
    bool first = true;
    for (const SecretInfo& info : entries) {
        if (!first)
            out += ',';
        first = false;
        appendEntry(out, info, false);
    }
    out += ']';
    if (!trash.isEmpty()) {
        out += ",\"trash\":[";
        first = true;
        for (const SecretInfo& info : trash) {
            if (!first)
                out += ',';
            first = false;
            appendEntry(out, info, true);
        }
        out += ']';
    }
    out += '}';
    return out;
}

} // namespace

QByteArray IndexJson::serialize(int schema, const QString& vault, const QList<SecretInfo>& entries,
                                const QList<SecretInfo>& trash)
{
    return serializeEntries(schema, vault, entries, trash);
}

std::optional<IndexJson> IndexJson::parse(const QByteArray& bytes)
{
    Reader in(bytes);
    IndexJson out;
    bool sawSecrets = false;
    if (!in.take('{'))
        return std::nullopt;
    if (!in.peek('}')) {
        do {
            QByteArrayView name;
            if (!in.name(name) || !in.take(':'))
                return std::nullopt;
            if (name == "schema") {
                if (!in.integer(out.schema))
                    return std::nullopt;
            } else if (name == "secrets") {
                sawSecrets = true;
                if (!entries(in, out.secrets))
                    return std::nullopt;
            } else if (name == "trash") {
                if (!entries(in, out.trash))
                    return std::nullopt;
            } else if (!in.skip()) {
                return std::nullopt;
            }
        } while (in.take(','));
    }
    if (!in.take('}') || !in.atEnd() || !sawSecrets || out.schema < 1)
        return std::nullopt;
    return out;
}

} // namespace latchkey
