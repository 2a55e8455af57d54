#pragma once

// What tests/data/env/tricky.env holds: every key it imports, with its exact
// value, and the entries it must not import.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace trickyenv {

inline QString path()
{
    return qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/env/tricky.env");
}

// KEY, value (UTF-8), in file order.
inline QList<QPair<QString, QByteArray>> imported()
{
    return {
        {QStringLiteral("PLAIN"), "sk-plain-value-0001"},
        {QStringLiteral("EXPORTED"), "exported-value-0002"},
        {QStringLiteral("SPACED"), "spaced-value-0003"},
        {QStringLiteral("INLINE_COMMENT"), "inline-value-0004"},
        {QStringLiteral("HASH_INSIDE"), "abc#not-a-comment-0005"},
        {QStringLiteral("SINGLE"), "single quoted $HOME \\n stays-0006"},
        {QStringLiteral("DOUBLE"), "double \"quoted\" tab\tand\\backslash-0007"},
        {QStringLiteral("DOLLAR"), "cost: $5 and ${NOT_EXPANDED}-0008"},
        {QStringLiteral("MULTI_DOUBLE"), "-----BEGIN KEY-----\nline two\n-----END KEY-----"},
        {QStringLiteral("CRLF_VALUE"), "crlf-value-0011"},
        {QStringLiteral("QUOTED_COMMENT"), "quoted # not a comment-0012"},
        {QStringLiteral("MULTI_SINGLE"), "first line\nsecond line-0010"},
        {QStringLiteral("UNICODE"), "p\xc3\xa4ss-w\xc3\xb6rd-\xc3\xbc-0013"},
        {QStringLiteral("TABBED"), "tabbed-value-0014"},
        {QStringLiteral("DUPLICATE"), "second-wins-0015"},
        {QStringLiteral("ESCAPED_NEWLINE"), "line1\nline2-0016"},
    };
}

inline QStringList empty()
{
    return {QStringLiteral("EMPTY"), QStringLiteral("EMPTY_QUOTED")};
}

// The invalid entry: its key, and where it is.
inline QString invalidKey()
{
    return QStringLiteral("my-key");
}
constexpr int kInvalidLine = 25;
constexpr int kDuplicateLine = 27; // the second DUPLICATE=

// A value the file holds only on lines that are never imported.
inline QByteArray neverImported()
{
    return "invalid-name-value-0099";
}

} // namespace trickyenv
