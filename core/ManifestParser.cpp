#include "ManifestParser.h"

#include "ManifestText.h"
#include "ManifestWarnings.h"
#include "SecretName.h"
#include "YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestParser", text);
}

using Kind = YamlNode::Kind;

QString describeKind(const YamlNode* node)
{
    if (!node)
        return tr("an unresolved alias");
    switch (node->kind) {
    case Kind::Null:
        return tr("nothing");
    case Kind::Scalar:
        return QStringLiteral("\"%1\"").arg(node->value.left(40));
    case Kind::Sequence:
        return tr("a list");
    case Kind::Mapping:
        return tr("a mapping");
    case Kind::Alias:
        break;
    }
    return tr("an alias");
}

// Reads the known parts of the document tree into a Manifest; every problem
// becomes a located diagnostic and reading goes on.
class Reader {
public:
    explicit Reader(Manifest& manifest)
        : m(manifest)
    {
    }

    void read(const YamlNode* root)
    {
        const YamlNode* top = root->resolved();
        if (!top || top->kind != Kind::Mapping) {
            error(root, tr("the top level must be a mapping of fields such as `name:` and "
                           "`secrets:`, got %1")
                            .arg(describeKind(top)));
            return;
        }
        for (const auto& [keyNode, valueNode] : top->map) {
            const QString field = fieldName(keyNode);
            const YamlNode* value = valueNode->resolved();
            if (field == QLatin1String("name"))
                m.name = text(valueNode, field);
            else if (field == QLatin1String("description"))
                m.description = text(valueNode, field);
            else if (field == QLatin1String("secrets"))
                readSecrets(valueNode, field);
            else if (field == QLatin1String("integrations"))
                readIntegrations(valueNode, field);
            else if (field == QLatin1String("env"))
                readEnv(valueNode);
            else if (field == QLatin1String("requirements") && value &&
                     value->kind == Kind::Mapping)
                readRequirements(value);
            else if (field == QLatin1String("requirements") && value && value->kind != Kind::Null)
                error(valueNode, tr("`requirements` must be a mapping (with `secrets:`), got %1")
                                     .arg(describeKind(value)));
            // Any other field (category, kernel, resources, ...) is not ours to judge.
        }
    }

private:
    void error(const YamlNode* at, const QString& message)
    {
        m.diagnostics.append(
            {Diagnostic::Severity::Error, m.path, at ? at->line : 0, at ? at->column : 0, message});
    }
    void warning(const YamlNode* at, const QString& message)
    {
        m.diagnostics.append({Diagnostic::Severity::Warning, m.path, at ? at->line : 0,
                              at ? at->column : 0, message});
    }

    static QString fieldName(const YamlNode* key)
    {
        const YamlNode* k = key->resolved();
        return k && k->kind == Kind::Scalar ? k->value : QString();
    }

    QString text(const YamlNode* node, const QString& field)
    {
        const YamlNode* value = node->resolved();
        if (value && value->kind == Kind::Scalar)
            return value->value;
        if (value && value->kind == Kind::Null)
            return {};
        error(node, tr("`%1` must be text, got %2").arg(field, describeKind(value)));
        return {};
    }

    // A list of mappings; null counts as an empty list.
    QList<const YamlNode*> entries(const YamlNode* node, const QString& field)
    {
        const YamlNode* list = node->resolved();
        if (list && list->kind == Kind::Null)
            return {};
        if (!list || list->kind != Kind::Sequence) {
            error(node, tr("`%1` must be a list of entries (\"- key: ...\"), got %2")
                            .arg(field, describeKind(list)));
            return {};
        }
        QList<const YamlNode*> result;
        for (const YamlNode* item : list->items) {
            const YamlNode* entry = item->resolved();
            if (!entry || entry->kind != Kind::Mapping) {
                error(item, tr("each entry of `%1` must be a mapping with `key:`, got %2")
                                .arg(field, describeKind(entry)));
                continue;
            }
            result.append(entry);
        }
        return result;
    }

    void readRequirements(const YamlNode* requirements)
    {
        for (const auto& [keyNode, valueNode] : requirements->map) {
            const QString field = fieldName(keyNode);
            if (field == QLatin1String("secrets"))
                readSecrets(valueNode, QStringLiteral("requirements.secrets"));
            else if (field == QLatin1String("integrations"))
                readIntegrations(valueNode, QStringLiteral("requirements.integrations"));
        }
    }

    // The fields of one entry; `key` must be present.
    struct Entry {
        const YamlNode* keyNode = nullptr;
        QString key;
        QString description;
        bool optional = false;
        bool ok = true;
    };

    Entry readEntry(const YamlNode* entry, const QString& field)
    {
        Entry e;
        for (const auto& [keyNode, valueNode] : entry->map) {
            const QString name = fieldName(keyNode);
            const YamlNode* value = valueNode->resolved();
            if (name == QLatin1String("key")) {
                e.keyNode = valueNode;
                if (value && value->kind == Kind::Scalar) {
                    e.key = value->value;
                } else {
                    error(valueNode, tr("`key` must be a name like OPENAI_API_KEY, got %1")
                                         .arg(describeKind(value)));
                    e.ok = false;
                }
            } else if (name == QLatin1String("description")) {
                e.description = text(valueNode, name);
            } else if (name == QLatin1String("optional")) {
                e.optional = boolean(valueNode);
            } else {
                warning(keyNode, tr("`%1` is not a field of an entry in `%2` and is ignored "
                                    "(the fields are key, description and optional)")
                                     .arg(name.left(40), field));
            }
        }
        if (!e.keyNode) {
            error(entry, tr("this entry of `%1` has no `key`").arg(field));
            e.ok = false;
        }
        return e;
    }

    bool boolean(const YamlNode* node)
    {
        static const QSet<QString> yes{QStringLiteral("true"), QStringLiteral("True"),
                                       QStringLiteral("TRUE")};
        static const QSet<QString> no{QStringLiteral("false"), QStringLiteral("False"),
                                      QStringLiteral("FALSE")};
        const YamlNode* value = node->resolved();
        if (value && value->kind == Kind::Scalar && value->plain) {
            if (yes.contains(value->value))
                return true;
            if (no.contains(value->value))
                return false;
        }
        if (value && value->kind == Kind::Scalar && !value->plain)
            error(node, tr("`optional` must be true or false without quotes, got \"%1\"")
                            .arg(value->value.left(40)));
        else
            error(node, tr("`optional` must be true or false, got %1").arg(describeKind(value)));
        return false;
    }

    void readSecrets(const YamlNode* node, const QString& field)
    {
        const YamlNode* list = node->resolved();
        if (list &&
            (list->kind == Kind::Null || (list->kind == Kind::Sequence && list->items.isEmpty())))
            warning(node, tr("`%1` is empty; this app declares no secrets").arg(field));
        for (const YamlNode* entry : entries(node, field)) {
            const Entry e = readEntry(entry, field);
            if (!e.ok)
                continue;
            const QString reason = secretNameError(e.key);
            if (!reason.isEmpty()) {
                error(e.keyNode, tr("invalid key \"%1\": %2").arg(e.key.left(60), reason));
                continue;
            }
            const auto first = m_secretLines.constFind(e.key);
            if (first != m_secretLines.constEnd()) {
                error(
                    e.keyNode,
                    tr("`%1` is declared twice (first on line %2)").arg(e.key).arg(first.value()));
                continue;
            }
            m_secretLines.insert(e.key, e.keyNode->line);
            m.secrets.append(
                {e.key, e.description, e.optional, e.keyNode->line, e.keyNode->column});
        }
    }

    void readIntegrations(const YamlNode* node, const QString& field)
    {
        for (const YamlNode* entry : entries(node, field)) {
            const Entry e = readEntry(entry, field);
            if (!e.ok)
                continue;
            if (e.key.trimmed().isEmpty()) {
                error(e.keyNode, tr("the integration's `key` is empty"));
                continue;
            }
            m.integrations.append({e.key, e.description, e.optional});
        }
    }

    void readEnv(const YamlNode* node)
    {
        const YamlNode* env = node->resolved();
        if (env && env->kind == Kind::Null)
            return;
        if (!env || env->kind != Kind::Mapping) {
            error(node,
                  tr("`env` must be a mapping of NAME: value, got %1").arg(describeKind(env)));
            return;
        }
        for (const auto& [keyNode, valueNode] : env->map) {
            const YamlNode* k = keyNode->resolved();
            const QString name = k && k->kind == Kind::Scalar ? k->value : QString();
            const QString reason = secretNameError(name);
            if (!reason.isEmpty()) {
                error(keyNode,
                      tr("invalid variable name \"%1\" in `env`: %2").arg(name.left(60), reason));
                continue;
            }
            const YamlNode* value = valueNode->resolved();
            if (value && value->kind == Kind::Null) {
                warning(valueNode,
                        tr("`%1` in `env` has no value; it is set to an empty string").arg(name));
                m.env.append({name, QString()});
            } else if (value && value->kind == Kind::Scalar) {
                m.env.append({name, value->value});
            } else {
                error(valueNode, tr("the value of `%1` in `env` must be text or a number, got %2")
                                     .arg(name, describeKind(value)));
            }
        }
    }

    Manifest& m;
    QHash<QString, int> m_secretLines;
};

} // namespace

Manifest ManifestParser::parse(const QByteArray& bytes, const QString& fileName)
{
    Manifest manifest;
    manifest.path = fileName;
    auto fail = [&](int line, int column, const QString& message) {
        manifest.diagnostics.append({Diagnostic::Severity::Error, fileName, line, column, message});
    };

    if (bytes.size() > kMaxBytes) {
        fail(0, 0,
             tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
                 .arg(bytes.size())
                 .arg(kMaxBytes));
        return manifest;
    }
    // Encoding problems make every later position unreliable: stop there.
    const ManifestText text = ManifestText::prepare(bytes);
    for (const TextProblem& problem : text.fatal)
        fail(problem.line, problem.column, problem.message);
    if (!text.fatal.isEmpty())
        return manifest;
    QSet<int> tabLines;
    for (const TextProblem& problem : text.tabs) {
        fail(problem.line, problem.column, problem.message);
        tabLines.insert(problem.line);
    }

    YamlTree tree;
    tree.parse(text.normalized);
    for (const YamlProblem& problem : tree.problems())
        if (!tabLines.contains(problem.line)) // a tab already explains it
            fail(problem.line, problem.column, problem.message);
    const bool nothing = tree.empty() || (tree.root() && tree.root()->kind == YamlNode::Kind::Null);
    if (nothing && tree.problems().isEmpty()) {
        fail(1, 1,
             tr("the file is empty; a manifest declares at least `name:` and usually "
                "`secrets:`"));
        return manifest;
    }
    // Duplicates, a second document or a self-referencing alias leave a
    // usable tree, which is checked too so that one pass reports everything;
    // a tree cut short by a syntax error would only add false alarms.
    if (tree.root() && tree.complete())
        Reader(manifest).read(tree.root());
    addManifestWarnings(manifest);
    std::stable_sort(manifest.diagnostics.begin(), manifest.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return manifest;
}

Manifest ManifestParser::parseFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        Manifest manifest;
        manifest.path = path;
        manifest.diagnostics.append(
            {Diagnostic::Severity::Error, path, 0, 0, tr("this is a folder, not an inf.yml file")});
        return manifest;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Manifest manifest;
        manifest.path = path;
        const QString reason = info.exists() ? file.errorString() : tr("no such file");
        manifest.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                                     tr("cannot read the manifest: %1").arg(reason)});
        return manifest;
    }
    // Read one byte past the cap, never the whole of a huge file.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes || (info.size() > kMaxBytes)) {
        Manifest manifest;
        manifest.path = path;
        manifest.diagnostics.append(
            {Diagnostic::Severity::Error, path, 0, 0,
             tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
                 .arg(qMax<qint64>(info.size(), bytes.size()))
                 .arg(kMaxBytes)});
        return manifest;
    }
    return parse(bytes, path);
}

QString ManifestParser::resolvePath(const QString& pathOrDirectory)
{
    const QString name = QStringLiteral("inf.yml");
    if (pathOrDirectory.isEmpty())
        return name;
    if (QFileInfo(pathOrDirectory).isDir())
        return QDir(pathOrDirectory).filePath(name);
    return pathOrDirectory;
}

} // namespace latchkey
