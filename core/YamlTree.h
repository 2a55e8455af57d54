#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace latchkey {

// A bounded, located YAML tree built from yaml-cpp's event parser. Unlike
// YAML::Node it keeps duplicate mapping keys (so they can be reported), keeps
// every node's line and column, and never expands an alias: an alias points
// at the node its anchor names, so an "alias bomb" costs one node per alias.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Mapping, Alias };
    Kind kind = Kind::Null;
    int line = 0;      // 1-based
    int column = 0;    // 1-based
    QString value;     // for scalars
    bool plain = true; // a plain (unquoted, untagged) scalar, which may be a bool or null
    QList<const YamlNode*> items;                           // sequence items
    QList<std::pair<const YamlNode*, const YamlNode*>> map; // mapping entries, in order
    const YamlNode* target = nullptr; // for aliases: the anchored node, once complete

    // Follows aliases; null when an alias is unresolved (e.g. it names its own ancestor).
    const YamlNode* resolved() const;
    bool isScalar() const { return resolved() && resolved()->kind == Kind::Scalar; }
};

struct YamlProblem {
    int line = 0;
    int column = 0;
    QString message;
};

// Parses one YAML document from UTF-8 `text`. Limits keep hostile input
// cheap: nesting depth and the number of nodes are capped, and a second
// document is reported rather than parsed.
class YamlTree {
public:
    static constexpr int kMaxDepth = 64;
    static constexpr int kMaxNodes = 200000;

    bool parse(const std::string& text);

    const YamlNode* root() const { return m_root; }
    // True when the stream held no document at all (empty or only comments).
    bool empty() const { return m_empty; }
    // False when a syntax error or a limit stopped the parser half way: the
    // tree is then partial and its shape proves nothing.
    bool complete() const { return m_complete; }
    const QList<YamlProblem>& problems() const { return m_problems; }

    YamlNode* newNode(); // for the event handler
    void setRoot(const YamlNode* root) { m_root = root; }
    void addProblem(int line, int column, const QString& message);

private:
    std::vector<std::unique_ptr<YamlNode>> m_nodes;
    const YamlNode* m_root = nullptr;
    bool m_empty = true;
    bool m_complete = false;
    QList<YamlProblem> m_problems;
};

} // namespace latchkey
