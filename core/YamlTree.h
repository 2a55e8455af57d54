#pragma once

#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace latchkey {

// One node of a YamlTree: 32 bytes, because a 1 MiB file may hold 200,000
// of them. Children are linked, scalar text lives in the tree's pool, and an
// alias points at its anchored node instead of copying it.
struct YamlNode {
    enum class Kind : unsigned char { Null, Scalar, Sequence, Mapping, Alias };
    Kind kind = Kind::Null;
    bool plain = true; // a plain (unquoted, untagged) scalar, which may be a bool or null
    int line = 0;      // 1-based
    int column = 0;    // 1-based
    int size = 0;      // sequence items, mapping entries (key + value pairs), or a scalar's bytes
    YamlNode* next = nullptr; // next sibling

    // A scalar's value (UTF-8, owned by the tree), or nothing.
    std::string_view text() const
    {
        return kind == Kind::Scalar ? std::string_view(m_link.text, size_t(size))
                                    : std::string_view();
    }
    QString value() const;
    // A sequence's or mapping's first child (a mapping's alternate key, value, …).
    const YamlNode* first() const { return isCollection() ? m_link.node : nullptr; }
    // An alias's anchored node, null while unresolved (e.g. it names its own ancestor).
    const YamlNode* target() const { return kind == Kind::Alias ? m_link.node : nullptr; }
    // Follows aliases; null when an alias is unresolved.
    const YamlNode* resolved() const;
    // A sequence's items, in order.
    QList<const YamlNode*> items() const;
    // A mapping's entries as written, in order (merge keys not applied: see YamlMerge).
    QList<std::pair<const YamlNode*, const YamlNode*>> entries() const;

    // For the tree builder.
    void setText(std::string_view text)
    {
        m_link.text = text.data();
        size = int(text.size());
    }
    void setLink(const YamlNode* node) { m_link.node = node; } // first child, or target

private:
    bool isCollection() const { return kind == Kind::Sequence || kind == Kind::Mapping; }
    union Link {
        const char* text = nullptr; // Scalar
        const YamlNode* node;       // Sequence, Mapping: first child; Alias: target
    } m_link;
};

struct YamlProblem {
    int line = 0;
    int column = 0;
    QString message;
};

// A bounded, located YAML tree built from yaml-cpp's event parser. Unlike
// YAML::Node it keeps duplicate mapping keys (so they can be reported), keeps
// every node's line and column, and never expands an alias, so an "alias
// bomb" costs one node per alias. Nesting depth, nodes and anchors are
// capped, and a second document is reported rather than parsed.
class YamlTree {
public:
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxNodes = 200000;
    static constexpr int kMaxAnchors = 10000;

    YamlTree();
    ~YamlTree();
    YamlTree(const YamlTree&) = delete;
    YamlTree& operator=(const YamlTree&) = delete;

    // Parses one YAML document from UTF-8 `text`.
    bool parse(const std::string& text);

    const YamlNode* root() const { return m_root; }
    // True when the stream held no document at all (empty or only comments).
    bool empty() const { return m_empty; }
    // False when a syntax error or a limit stopped the parser half way: the
    // tree is then partial and its shape proves nothing.
    bool complete() const { return m_complete; }
    const QList<YamlProblem>& problems() const { return m_problems; }

    // For the event handler.
    YamlNode* newNode();
    std::string_view store(const std::string& text);
    void setRoot(const YamlNode* root) { m_root = root; }
    void addProblem(int line, int column, const QString& message);

private:
    std::deque<YamlNode> m_nodes; // stable addresses, no allocation per node
    std::vector<std::unique_ptr<char[]>> m_chunks;
    size_t m_chunkFree = 0;
    char* m_chunkNext = nullptr;
    const YamlNode* m_root = nullptr;
    bool m_empty = true;
    bool m_complete = false;
    QList<YamlProblem> m_problems;
};

} // namespace latchkey
