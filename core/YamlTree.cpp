#include "YamlTree.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <istream>
#include <new>
#include <streambuf>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

// Thrown by the handler to stop the parser once a limit is reached; it
// unwinds through yaml-cpp, which is exception safe.
struct Stop {};

// yaml-cpp's messages are terse; the common ones get a sentence a person can act on.
QString explain(const std::string& raw)
{
    const QString message = QString::fromStdString(raw);
    if (message == QLatin1String("illegal map value"))
        return Strings::tr(
            "a ':' appears where YAML does not expect one (quote a value that contains "
            "\": \")");
    if (message.startsWith(QLatin1String("end of map not found")))
        return Strings::tr("this line does not fit the indentation of the mapping above it");
    if (message.startsWith(QLatin1String("end of sequence not found")))
        return Strings::tr("this line does not fit the indentation of the list above it");
    if (message.startsWith(QLatin1String("the referenced anchor is not defined")))
        return Strings::tr("the alias names an anchor that is not defined before it");
    return Strings::tr("this is not valid YAML: %1").arg(message);
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
        add(create(mark, YamlNode::Kind::Null, anchor));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        YamlNode* node = create(mark, YamlNode::Kind::Alias, 0);
        const Anchor* named = anchor < m_anchors.size() ? &m_anchors[anchor] : nullptr;
        const YamlNode* target = named ? named->node : nullptr;
        if (target && isOpen(target))
            m_tree.addProblem(
                node->line, node->column,
                Strings::tr("the alias *%1 refers to a node that contains it")
                    .arg(QString::fromUtf8(named->name.data(), qsizetype(named->name.size()))));
        else
            node->setLink(target);
        add(node);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        YamlNode* node = create(mark, YamlNode::Kind::Scalar, anchor);
        node->setText(m_tree.store(value));
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
        m_pendingAnchorName = m_tree.store(name);
    }

    YAML::Mark m_lastQuoted = YAML::Mark::null_mark();

private:
    struct Anchor {
        const YamlNode* node = nullptr;
        std::string_view name;
    };
    struct Frame {
        YamlNode* node = nullptr;
        YamlNode* last = nullptr; // the last child, to append in O(1)
        bool expectKey = true;    // a mapping waits for a key next
        // Scalar key -> line, to find duplicates; made on a mapping's second key.
        std::unique_ptr<QHash<QByteArrayView, int>> keyLines;
        const YamlNode* firstKey = nullptr;
    };

    YamlNode* create(const YAML::Mark& mark, YamlNode::Kind kind, YAML::anchor_t anchor)
    {
        YamlNode* node = m_tree.newNode();
        if (!node) {
            m_tree.addProblem(mark.line + 1, mark.column + 1,
                              Strings::tr("the file has more than %1 YAML nodes; a manifest is far "
                                          "smaller")
                                  .arg(YamlTree::kMaxNodes));
            throw Stop{};
        }
        node->kind = kind;
        node->line = mark.line + 1;
        node->column = mark.column + 1;
        if (anchor != 0) {
            // yaml-cpp numbers a document's anchors 1, 2, 3, … in order.
            if (anchor > static_cast<YAML::anchor_t>(YamlTree::kMaxAnchors)) {
                m_tree.addProblem(node->line, node->column,
                                  Strings::tr("the file defines more than %1 anchors (&name); a "
                                              "manifest needs a few")
                                      .arg(YamlTree::kMaxAnchors));
                throw Stop{};
            }
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1);
            m_anchors[anchor] = {node, m_pendingAnchorName};
        }
        return node;
    }

    bool isOpen(const YamlNode* node) const
    {
        for (const Frame& frame : m_stack)
            if (frame.node == node)
                return true;
        return false;
    }

    void open(YamlNode* node)
    {
        add(node);
        if (m_stack.size() >= YamlTree::kMaxDepth) {
            m_tree.addProblem(node->line, node->column,
                              Strings::tr("the YAML is nested more than %1 levels deep")
                                  .arg(YamlTree::kMaxDepth));
            throw Stop{};
        }
        m_stack.push_back(Frame{node, nullptr, true, nullptr, nullptr});
    }

    void close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
    }

    void add(YamlNode* node)
    {
        if (m_stack.empty()) {
            m_tree.setRoot(node);
            return;
        }
        Frame& frame = m_stack.back();
        if (frame.last)
            frame.last->next = node;
        else
            frame.node->setLink(node);
        frame.last = node;
        if (frame.node->kind == YamlNode::Kind::Sequence) {
            ++frame.node->size;
            return;
        }
        if (frame.expectKey) {
            checkDuplicate(frame, node);
            frame.expectKey = false;
            return;
        }
        ++frame.node->size;
        frame.expectKey = true;
    }

    // yaml-cpp keeps the last of two equal keys without a word; a manifest
    // that says `optional` twice is ambiguous, so it is an error here.
    void checkDuplicate(Frame& frame, const YamlNode* key)
    {
        const YamlNode* scalar = key->resolved();
        if (!scalar || scalar->kind != YamlNode::Kind::Scalar)
            return;
        const QByteArrayView text(scalar->text().data(), qsizetype(scalar->text().size()));
        if (!frame.firstKey) {
            frame.firstKey = key; // most mappings in a manifest have few keys
            return;
        }
        if (!frame.keyLines) {
            frame.keyLines = std::make_unique<QHash<QByteArrayView, int>>();
            const YamlNode* first = frame.firstKey->resolved();
            frame.keyLines->insert(
                QByteArrayView(first->text().data(), qsizetype(first->text().size())),
                frame.firstKey->line);
        }
        const auto previous = frame.keyLines->constFind(text);
        if (previous != frame.keyLines->constEnd()) {
            m_tree.addProblem(key->line, key->column,
                              Strings::tr("`%1` appears twice in this mapping (first on line %2)")
                                  .arg(scalar->value().left(60))
                                  .arg(previous.value()));
            return;
        }
        frame.keyLines->insert(text, key->line);
    }

    YamlTree& m_tree;
    std::vector<Frame> m_stack;
    std::vector<Anchor> m_anchors; // by yaml-cpp's anchor number
    std::string_view m_pendingAnchorName;
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

static_assert(sizeof(void*) != 8 || sizeof(YamlNode) == 32, "keep YamlNode small");

QString YamlNode::value() const
{
    const std::string_view t = text();
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

const YamlNode* YamlNode::resolved() const
{
    const YamlNode* node = this;
    // Targets are always complete, earlier nodes, so chains are short and acyclic;
    // the bound is a second line of defence.
    for (int hops = 0; node && node->kind == Kind::Alias && hops < 16; ++hops)
        node = node->target();
    return node && node->kind != Kind::Alias ? node : nullptr;
}

QList<const YamlNode*> YamlNode::items() const
{
    QList<const YamlNode*> result;
    if (kind != Kind::Sequence)
        return result;
    result.reserve(size);
    for (const YamlNode* child = first(); child; child = child->next)
        result.append(child);
    return result;
}

QList<std::pair<const YamlNode*, const YamlNode*>> YamlNode::entries() const
{
    QList<std::pair<const YamlNode*, const YamlNode*>> result;
    if (kind != Kind::Mapping)
        return result;
    result.reserve(size);
    for (const YamlNode* key = first(); key && key->next; key = key->next->next)
        result.append(std::pair(key, key->next));
    return result;
}

YamlTree::YamlTree() = default;
YamlTree::~YamlTree() = default;

YamlNode* YamlTree::newNode()
{
    if (m_nodes.size() >= static_cast<size_t>(kMaxNodes))
        return nullptr;
    return &m_nodes.emplace_back();
}

std::string_view YamlTree::store(const std::string& text)
{
    // Scalars are copied into large chunks that never move, so a node can
    // keep a view of its text.
    constexpr size_t kChunk = 64 * 1024;
    if (text.empty())
        return {};
    if (text.size() > kChunk / 4) {
        m_chunks.push_back(std::make_unique<char[]>(text.size()));
        std::copy(text.begin(), text.end(), m_chunks.back().get());
        return {m_chunks.back().get(), text.size()};
    }
    if (text.size() > m_chunkFree) {
        m_chunks.push_back(std::make_unique<char[]>(kChunk));
        m_chunkNext = m_chunks.back().get();
        m_chunkFree = kChunk;
    }
    char* start = m_chunkNext;
    std::copy(text.begin(), text.end(), start);
    m_chunkNext += text.size();
    m_chunkFree -= text.size();
    return {start, text.size()};
}

void YamlTree::addProblem(int line, int column, const QString& message)
{
    m_problems.append({line, column, message});
}

namespace {

// Lets yaml-cpp read `text` in place rather than from a copy.
class TextBuffer : public std::streambuf {
public:
    explicit TextBuffer(const std::string& text)
    {
        char* begin = const_cast<char*>(text.data()); // only ever read
        setg(begin, begin, begin + text.size());
    }
};

} // namespace

bool YamlTree::parse(const std::string& text)
{
    TextBuffer buffer(text);
    std::istream stream(&buffer);
    try {
        YAML::Parser parser(stream);
        TreeBuilder builder(*this);
        m_empty = !parser.HandleNextDocument(builder);
        const YAML::Mark quoted = builder.m_lastQuoted;
        if (!quoted.is_null() && quoted.pos >= 0 && static_cast<size_t>(quoted.pos) < text.size() &&
            (text[quoted.pos] == '"' || text[quoted.pos] == '\'') &&
            !quoteIsClosed(text, static_cast<size_t>(quoted.pos))) {
            addProblem(quoted.line + 1, quoted.column + 1,
                       Strings::tr("this quoted text is never closed; add the closing %1")
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
            addProblem(
                peek.start.line + 1, peek.start.column + 1,
                Strings::tr("a second YAML document starts here; an inf.yml holds exactly one"));
    } catch (const Stop&) {
        // The limit that stopped the parser has been reported.
    } catch (const YAML::Exception& e) {
        const bool located = !e.mark.is_null();
        addProblem(located ? e.mark.line + 1 : 0, located ? e.mark.column + 1 : 0, explain(e.msg));
    } catch (const std::bad_alloc&) {
        addProblem(0, 0, Strings::tr("the file is too complex to read"));
    } catch (const std::exception& e) {
        addProblem(0, 0,
                   Strings::tr("this is not valid YAML: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return m_problems.isEmpty();
}

} // namespace latchkey
