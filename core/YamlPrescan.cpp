#include "YamlPrescan.h"

#include "YamlTree.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isFlowIndicator(char c)
{
    return c == '[' || c == ']' || c == '{' || c == '}' || c == ',';
}

// One pass over the text, line by line. Block structure is followed through
// its indicators ("- ", "? ", ": ", "key: ") and their columns; flow
// collections, quoted scalars and block scalars are tracked just enough to
// know which brackets are structure and which are text.
class Scan {
public:
    explicit Scan(const std::string& text)
        : s(text)
    {
    }

    std::optional<PrescanProblem> run()
    {
        for (size_t b = 0; b <= s.size() && !m_problem;) {
            size_t e = s.find('\n', b);
            if (e == std::string::npos)
                e = s.size();
            m_lineStart = b;
            m_colPos = b;
            m_col = 1;
            scanLine(b, e);
            b = e + 1;
            ++m_line;
        }
        return m_problem;
    }

private:
    enum class Kind : unsigned char { Entry, Key }; // a block sequence or a block mapping
    struct Block {
        int column;
        Kind kind;
    };

    // The 1-based column of byte `p` of the current line, in characters.
    // Calls move forward along a line, so this stays linear.
    int column(size_t p)
    {
        if (p < m_colPos) {
            m_colPos = m_lineStart;
            m_col = 1;
        }
        for (; m_colPos < p; ++m_colPos)
            if ((static_cast<unsigned char>(s[m_colPos]) & 0xC0) != 0x80)
                ++m_col;
        return m_col;
    }

    size_t skipBlanks(size_t p, size_t e) const
    {
        while (p < e && isBlank(s[p]))
            ++p;
        return p;
    }

    bool separated(size_t p, size_t e) const { return p + 1 >= e || isBlank(s[p + 1]); }

    bool fail(size_t p, const QString& message)
    {
        m_problem = PrescanProblem{m_line, column(p), message};
        return false;
    }

    bool checkDepth(size_t p)
    {
        if (static_cast<int>(m_block.size()) + m_flow <= YamlTree::kMaxDepth)
            return true;
        return fail(
            p, Strings::tr("the YAML is nested more than %1 levels deep").arg(YamlTree::kMaxDepth));
    }

    bool countToken(size_t p)
    {
        if (++m_tokens <= YamlPrescan::kMaxTokens)
            return true;
        return fail(p,
                    Strings::tr("this line or flow collection ([…], {…}) holds more than %1 YAML "
                                "items; write long lists in block style, one \"- \" entry per line")
                        .arg(YamlPrescan::kMaxTokens));
    }

    // "- " at `p`: a new sequence unless it continues one at the same column.
    bool entry(size_t p)
    {
        const int c = column(p);
        while (!m_block.empty() && m_block.back().column > c)
            m_block.pop_back();
        if (!m_block.empty() && m_block.back().column == c && m_block.back().kind == Kind::Entry)
            return true;
        m_block.push_back({c, Kind::Entry});
        return checkDepth(p);
    }

    // A mapping key at `p`: a new mapping unless it continues one at the same
    // column. A sequence written at its key's column ends there.
    bool key(size_t p)
    {
        const int c = column(p);
        while (!m_block.empty() &&
               (m_block.back().column > c ||
                (m_block.back().column == c && m_block.back().kind == Kind::Entry)))
            m_block.pop_back();
        if (!m_block.empty() && m_block.back().column == c && m_block.back().kind == Kind::Key)
            return true;
        m_block.push_back({c, Kind::Key});
        return checkDepth(p);
    }

    void scanLine(size_t b, size_t e)
    {
        size_t p = b;
        if (m_quote) {
            p = quoted(p, e);
            if (m_quote)
                return;
            if (m_flow > 0)
                p = flow(p, e);
            rest(p, e);
            return;
        }
        if (m_flow == 0)
            m_tokens = 0; // a new line in block context: yaml-cpp holds nothing back
        p = skipBlanks(b, e);
        const int indent = static_cast<int>(p - b);
        const bool marker = p == b && e - b >= 3 &&
                            (s.compare(b, 3, "---") == 0 || s.compare(b, 3, "...") == 0) &&
                            (e - b == 3 || isBlank(s[b + 3]));
        if (m_text != Text::None && !marker && (p == e || indent >= m_textIndent)) {
            // Text of a block scalar or a plain scalar that goes on: not structure.
            if (m_text == Text::BlockDetect && p < e) {
                m_textIndent = indent; // the first line sets the block scalar's indentation
                m_text = Text::Block;
            } else if (m_text == Text::Plain && p < e && endsPlain(p, e)) {
                m_text = Text::None;
            }
            return;
        }
        m_text = Text::None;
        if (m_flow > 0) {
            rest(flow(p, e), e);
            return;
        }
        if (p == e || s[p] == '#' || (p == b && s[p] == '%'))
            return;
        if (marker) { // a document starts or ends: no block is open any more
            m_block.clear();
            node(skipBlanks(b + 3, e), e, 0, false);
            return;
        }
        // A node alone on its line belongs to the innermost block left of it.
        int owner = 0;
        for (const Block& block : m_block)
            if (block.column < column(p))
                owner = block.column;
        while (p < e && separated(p, e) && (s[p] == '-' || s[p] == '?' || s[p] == ':')) {
            owner = column(p);
            if (!countToken(p) || !(s[p] == '-' ? entry(p) : key(p)))
                return;
            p = skipBlanks(p + 1, e);
        }
        node(p, e, owner, true);
    }

    // True when a plain scalar's line ends it: a comment, or ": " (an error
    // yaml-cpp reports there).
    bool endsPlain(size_t p, size_t e) const
    {
        if (s[p] == '#')
            return true;
        for (size_t q = p + 1; q < e; ++q)
            if ((s[q] == '#' && isBlank(s[q - 1])) || (s[q] == ':' && separated(q, e)))
                return true;
        return false;
    }

    // Lines indented more than the block that owns a multi-line scalar are
    // its text, as yaml-cpp reads them: an indentation indicator ("|2") or
    // the first line of a block scalar fixes how far; a plain scalar goes on
    // until a comment or a line at or left of its owner.
    void startText(size_t p, size_t e, int owner)
    {
        const int base = owner > 0 ? owner - 1 : -1; // the owner's indentation, or none
        if (s[p] == '|' || s[p] == '>') {
            m_text = Text::BlockDetect;
            m_textIndent = std::max(base, 0) + 1;
            for (size_t q = p + 1; q < e && !isBlank(s[q]); ++q)
                if (s[q] >= '1' && s[q] <= '9') {
                    m_text = Text::Block;
                    m_textIndent = std::max(base, 0) + (s[q] - '0');
                }
            return;
        }
        if (!endsPlain(p, e)) {
            m_text = Text::Plain;
            m_textIndent = base + 1;
        }
    }

    // A node in block context at `p`; `owner` is the column of the key or
    // indicator it belongs to (0 at the top level). `allowKey`: it may be a
    // mapping key.
    void node(size_t p, size_t e, int owner, bool allowKey)
    {
        while (p < e && (s[p] == '&' || s[p] == '!')) { // anchor, tag
            if (!countToken(p))
                return;
            while (p < e && !isBlank(s[p]))
                ++p;
            p = skipBlanks(p, e);
        }
        if (p == e || s[p] == '#')
            return;
        const size_t start = p;
        const char c = s[p];
        if (c == '|' || c == '>') {
            startText(p, e, owner);
            return;
        }
        if (c == '[' || c == '{' || c == '"' || c == '\'') {
            if (c == '"' || c == '\'') {
                if (!countToken(p))
                    return;
                p = quoted(p + 1, e, c);
            } else {
                p = flow(p, e);
            }
            if (m_flow > 0 || m_quote || m_problem)
                return;
            p = skipBlanks(p, e);
            // "[a, b]: value" or "\"key\": value"
            if (allowKey && p < e && s[p] == ':' && separated(p, e)) {
                if (key(start) && countToken(p))
                    node(skipBlanks(p + 1, e), e, column(start), false);
            } else {
                rest(p, e);
            }
            return;
        }
        if (!countToken(p))
            return;
        if (c == '*') {
            rest(p + 1, e);
            return;
        }
        // A plain scalar, perhaps a key: it ends at ": ", or ":" at the end of the line.
        for (size_t q = p + 1; allowKey && q < e; ++q) {
            if (s[q] == '#' && isBlank(s[q - 1]))
                return;
            if (s[q] == ':' && separated(q, e)) {
                if (key(start) && countToken(q))
                    node(skipBlanks(q + 1, e), e, column(start), false);
                return;
            }
        }
        startText(p, e, owner);
    }

    // The rest of a line in block context after a node. Valid YAML has
    // nothing here but a comment; anything else is counted, because yaml-cpp
    // may hold it all back until the line ends before it reports the error.
    void rest(size_t p, size_t e)
    {
        for (p = skipBlanks(p, e); p < e && !m_problem; p = skipBlanks(p, e)) {
            const char c = s[p];
            if (c == '#' && (p == m_lineStart || isBlank(s[p - 1])))
                return;
            if (c == '[' || c == '{') {
                p = flow(p, e);
                if (m_flow > 0 || m_quote)
                    return;
                continue;
            }
            if (!countToken(p))
                return;
            if (c == '"' || c == '\'') {
                p = quoted(p + 1, e, c);
                if (m_quote)
                    return;
            } else if (c == '&' || c == '!' || c == '*') {
                while (p < e && !isBlank(s[p]))
                    ++p;
            } else if (isFlowIndicator(c) || c == '?' || c == ':' || c == '-') {
                ++p;
            } else {
                return; // a plain scalar runs to the end of the line
            }
        }
    }

    // Flow context from `p` to the end of the line or to the end of the
    // outermost collection; returns where it stopped.
    size_t flow(size_t p, size_t e)
    {
        bool blankBefore = p == m_lineStart || isBlank(s[p - 1]);
        while (p < e && !m_problem) {
            const char c = s[p];
            if (isBlank(c)) {
                blankBefore = true;
                ++p;
                continue;
            }
            if (c == '#' && blankBefore)
                return e; // a comment
            blankBefore = false;
            const bool json = m_afterJsonNode;
            m_afterJsonNode = false;
            if (c == '[' || c == '{') {
                ++m_flow;
                if (!countToken(p) || !checkDepth(p))
                    return e;
                m_nodeStart = true;
                ++p;
            } else if (c == ']' || c == '}') {
                if (!countToken(p))
                    return e;
                m_nodeStart = false;
                m_afterJsonNode = true;
                ++p;
                if (--m_flow == 0)
                    return p;
            } else if (c == ',' || (c == ':' && (json || p + 1 >= e || isBlank(s[p + 1]) ||
                                                 isFlowIndicator(s[p + 1])))) {
                if (!countToken(p))
                    return e;
                m_nodeStart = true;
                ++p;
            } else if (c == '?' && separated(p, e)) {
                m_nodeStart = true;
                ++p;
            } else if (m_nodeStart && (c == '"' || c == '\'')) {
                if (!countToken(p))
                    return e;
                m_nodeStart = false;
                p = quoted(p + 1, e, c);
                if (m_quote)
                    return e;
                m_afterJsonNode = true;
            } else if (m_nodeStart && (c == '&' || c == '!' || c == '*')) {
                if (!countToken(p))
                    return e;
                m_nodeStart = c != '*'; // an anchor or tag comes before its node
                while (p < e && !isBlank(s[p]) && !isFlowIndicator(s[p]))
                    ++p;
            } else {
                if (m_nodeStart && !countToken(p)) // a plain scalar starts
                    return e;
                m_nodeStart = false;
                ++p;
            }
        }
        return e;
    }

    // Inside a quoted scalar opened with `quote` (or still open from an
    // earlier line): returns the position after the closing quote, or the end
    // of the line with the scalar still open.
    size_t quoted(size_t p, size_t e, char quote = 0)
    {
        if (quote)
            m_quote = quote;
        while (p < e) {
            if (m_quote == '"' && s[p] == '\\') {
                p += 2;
                continue;
            }
            if (s[p] == m_quote) {
                if (m_quote == '\'' && p + 1 < e && s[p + 1] == '\'') {
                    p += 2; // '' is an escaped quote
                    continue;
                }
                m_quote = 0;
                return p + 1;
            }
            ++p;
        }
        return e;
    }

    const std::string& s;
    int m_line = 1;
    size_t m_lineStart = 0;
    size_t m_colPos = 0;
    int m_col = 1;
    std::vector<Block> m_block;   // at most YamlTree::kMaxDepth + 1 entries
    int m_flow = 0;               // open flow collections
    int m_tokens = 0;             // since yaml-cpp could last emit everything it read
    bool m_nodeStart = false;     // in flow context, a node may start here
    bool m_afterJsonNode = false; // just after a quoted scalar or a flow end ("a":b is a pair)
    char m_quote = 0;             // an open quoted scalar
    // A multi-line scalar whose next lines are text while indented this far.
    enum class Text : unsigned char { None, Plain, Block, BlockDetect } m_text = Text::None;
    int m_textIndent = 0;
    std::optional<PrescanProblem> m_problem;
};

} // namespace

std::optional<PrescanProblem> YamlPrescan::check(const std::string& text)
{
    return Scan(text).run();
}

} // namespace latchkey
