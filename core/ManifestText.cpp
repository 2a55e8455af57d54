#include "ManifestText.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid
// (overlong forms, surrogates and code points past U+10FFFF included).
int sequenceLength(const QByteArray& b, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(b.at(k)); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        if (c == 0xED)
            high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        if (c == 0xF4)
            high = 0x8F;
    } else
        return 0;
    if (i + length > b.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (int k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return length;
}

} // namespace

ManifestText ManifestText::prepare(const QByteArray& input)
{
    ManifestText result;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    result.normalized.reserve(static_cast<size_t>(bytes.size()));

    int line = 1, column = 1;
    bool indentation = true; // still in the leading whitespace of the line
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes.at(i);
        if (c == '\r' || c == '\n') {
            // CRLF, LF and a lone CR all end a line.
            if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ++i;
            result.normalized.push_back('\n');
            ++i;
            ++line;
            column = 1;
            indentation = true;
            continue;
        }
        if (c == '\0') {
            result.fatal.append({line, column,
                                 Strings::tr("the file contains a NUL byte; a manifest is "
                                             "text")});
            return result;
        }
        const int length = sequenceLength(bytes, i);
        if (length == 0) {
            result.fatal.append({line, column,
                                 Strings::tr("the file is not valid UTF-8 here; save it as "
                                             "UTF-8")});
            return result;
        }
        // yaml-cpp rejects a tab anywhere in the leading whitespace, even
        // before a comment; one message per line says why.
        if (c == '\t' && indentation) {
            result.tabs.append({line, column,
                                Strings::tr("a tab is used for indentation; YAML indents "
                                            "with spaces only")});
            indentation = false;
        }
        if (c != ' ')
            indentation = false;
        result.normalized.append(bytes.constData() + i, static_cast<size_t>(length));
        i += length;
        ++column;
    }
    return result;
}

} // namespace latchkey
