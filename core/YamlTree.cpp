#include "YamlTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <new>
#include <sstream>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestParser", text);
}

// Thrown by the handler to stop the parser once a limit is reached; it
// unwinds through yaml-cpp, which is exception safe.
struct Stop {};

// yaml-cpp's messages are terse; the common ones get a sentence a person can act on.
QString explain(const std::string& raw)
{
    const QString message = QString::fromStdString(raw);
    if (message == QLatin1String("illegal map value"))
        return tr("a ':' appears where YAML does not expect one (quote a value that contains "
                  "\": \")");
    if (message.startsWith(QLatin1String("end of map not found")))
        return tr("this line does not fit the indentation of the mapping above it");
    if (message.startsWith(QLatin1String("end of sequence not found")))
        return tr("this line does not fit the indentation of the list above it");
    if (message.startsWith(QLatin1String("the referenced anchor is not defined")))
        return tr("the alias names an anchor that is not defined before it");
    return tr("this is not valid YAML: %1").arg(message);
}

class TreeBuilder : public YAML::EventHandler {
public:
    explicit TreeBuilder(YamlTree& tree)
        : m_tree(tree)
    {
    }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        YamlNode* node = create(mark, YamlNode::Kind::Null, anchor);
        add(node);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        YamlNode* node = create(mark, YamlNode::Kind::Alias, 0);
        const YamlNode* target = m_anchors.value(anchor);
        if (target && m_open.contains(target))
            m_tree.addProblem(node->line, node->column,
                              tr("the alias *%1 refers to a node that contains it")
                                  .arg(m_anchorNames.value(anchor)));
        else
            node->target = target;
        add(node);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        YamlNode* node = create(mark, YamlNode::Kind::Scalar, anchor);
        node->value = QString::fromStdString(value);
        node->plain = tag == "?";
        if (!node->plain)
            m_lastQuoted = mark;
        add(node);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(create(mark, YamlNode::Kind::Sequence, anchor));
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(create(mark, YamlNode::Kind::Mapping, anchor));
    }
    void OnMapEnd() override { close(); }

    void OnAnchor(const YAML::Mark&, const std::string& name) override
    {
        m_pendingAnchorName = QString::fromStdString(name);
    }

private:
    struct Frame {
        YamlNode* node = nullptr;
        const YamlNode* key = nullptr; // a mapping's key waiting for its value
        bool hasKey = false;
        QHash<QString, int> keyLines; // scalar key -> line, to find duplicates
    };

    YamlNode* create(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor)
    {
        YamlNode* node = m_tree.newNode();
        if (!node) {
            m_tree.addProblem(mark.line + 1, mark.column + 1,
                              tr("the file has more than %1 YAML nodes; a manifest is far "
                                 "smaller")
                                  .arg(YamlTree::kMaxNodes));
            throw Stop{};
        }
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        if (anchor != 0) {
            m_anchors.insert(anchor, node);
            m_anchorNames.insert(anchor, m_pendingAnchorName);
        }
        return node;
    }

    void open(YamlNode* node)
    {
        add(node);
        if (m_stack.size() >= YamlTree::kMaxDepth) {
            m_tree.addProblem(
                node->line, node->column,
                tr("the YAML is nested more than %1 levels deep").arg(YamlTree::kMaxDepth));
            throw Stop{};
        }
        m_open.insert(node);
        m_stack.push_back(Frame{node, nullptr, false, {}});
    }

    void close()
    {
        if (m_stack.empty())
            return;
        m_open.remove(m_stack.back().node);
        m_stack.pop_back();
    }

    void add(YamlNode* node)
    {
        if (m_stack.empty()) {
            m_tree.setRoot(node);
            return;
        }
        Frame& frame = m_stack.back();
        if (frame.node->kind == YamlNode::Kind::Sequence) {
            frame.node->items.append(node);
            return;
        }
        if (!frame.hasKey) {
            frame.key = node;
            frame.hasKey = true;
            checkDuplicate(frame, node);
            return;
        }
        frame.node->map.append({frame.key, node});
        frame.key = nullptr;
        frame.hasKey = false;
    }

    // yaml-cpp keeps the last of two equal keys without a word; a manifest
    // that says `optional` twice is ambiguous, so it is an error here.
    void checkDuplicate(Frame& frame, const YamlNode* key)
    {
        const YamlNode* scalar = key->resolved();
        if (!scalar || scalar->kind != YamlNode::Kind::Scalar)
            return;
        const auto previous = frame.keyLines.constFind(scalar->value);
        if (previous != frame.keyLines.constEnd()) {
            m_tree.addProblem(key->line, key->column,
                              tr("`%1` appears twice in this mapping (first on line %2)")
                                  .arg(scalar->value)
                                  .arg(previous.value()));
            return;
        }
        frame.keyLines.insert(scalar->value, key->line);
    }

    YamlTree& m_tree;
    std::vector<Frame> m_stack;
    QHash<YAML::anchor_t, const YamlNode*> m_anchors;
    QHash<YAML::anchor_t, QString> m_anchorNames;
    QSet<const YamlNode*> m_open;
    QString m_pendingAnchorName;

public:
    YAML::Mark m_lastQuoted = YAML::Mark::null_mark();
};

// yaml-cpp ends a quoted scalar at the end of input without a word, so a
// missing closing quote would silently swallow the rest of the file. Such a
// scalar is always the last one; this checks that its quote is closed.
bool quoteIsClosed(const std::string& text, size_t start)
{
    const char quote = text[start];
    for (size_t i = start + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] != quote)
            continue;
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            ++i; // '' is an escaped quote
            continue;
        }
        return true;
    }
    return false;
}

// Notices a second document without parsing it.
class DocumentPeek : public YAML::EventHandler {
public:
    YAML::Mark start;
    bool found = false;
    void OnDocumentStart(const YAML::Mark& mark) override
    {
        start = mark;
        found = true;
        throw Stop{};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override
    {
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
    }
    void OnMapEnd() override {}
};

} // namespace

const YamlNode* YamlNode::resolved() const
{
    const YamlNode* node = this;
    // Targets are always complete, earlier nodes, so chains are short and acyclic;
    // the bound is a second line of defence.
    for (int hops = 0; node && node->kind == Kind::Alias && hops < 16; ++hops)
        node = node->target;
    return node && node->kind != Kind::Alias ? node : nullptr;
}

YamlNode* YamlTree::newNode()
{
    if (m_nodes.size() >= static_cast<size_t>(kMaxNodes))
        return nullptr;
    m_nodes.push_back(std::make_unique<YamlNode>());
    return m_nodes.back().get();
}

void YamlTree::addProblem(int line, int column, const QString& message)
{
    m_problems.append({line, column, message});
}

bool YamlTree::parse(const std::string& text)
{
    std::istringstream stream(text);
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(*this);
        m_empty = !parser.HandleNextDocument(builder);
        const YAML::Mark quoted = builder.m_lastQuoted;
        if (!quoted.is_null() && quoted.pos >= 0 && static_cast<size_t>(quoted.pos) < text.size() &&
            (text[quoted.pos] == '"' || text[quoted.pos] == '\'') &&
            !quoteIsClosed(text, static_cast<size_t>(quoted.pos))) {
            addProblem(quoted.line + 1, quoted.column + 1,
                       tr("this quoted text is never closed; add the closing %1")
                           .arg(QChar::fromLatin1(text[quoted.pos])));
            return false;
        }
        m_complete = true;
        if (m_empty)
            return m_problems.isEmpty();
        DocumentPeek peek;
        try {
            parser.HandleNextDocument(peek);
        } catch (const Stop&) {
        }
        if (peek.found)
            addProblem(peek.start.line + 1, peek.start.column + 1,
                       tr("a second YAML document starts here; an inf.yml holds exactly one"));
    } catch (const Stop&) {
        // The limit that stopped the parser has been reported.
    } catch (const YAML::Exception& e) {
        const bool located = !e.mark.is_null();
        addProblem(located ? e.mark.line + 1 : 0, located ? e.mark.column + 1 : 0, explain(e.msg));
    } catch (const std::bad_alloc&) {
        addProblem(0, 0, tr("the file is too complex to read"));
    } catch (const std::exception& e) {
        addProblem(0, 0, tr("this is not valid YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return m_problems.isEmpty();
}

} // namespace latchkey
