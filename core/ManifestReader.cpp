#include "ManifestReader.h"

#include "SecretName.h"
#include "YamlMerge.h"
#include "YamlTree.h"

#include <QCoreApplication>
#include <QHash>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

using Kind = YamlNode::Kind;

QString describeKind(const YamlNode* node)
{
    if (!node)
        return Strings::tr("an unresolved alias");
    switch (node->kind) {
    case Kind::Null:
        return Strings::tr("nothing");
    case Kind::Scalar:
        return QStringLiteral("\"%1\"").arg(node->value().left(40));
    case Kind::Sequence:
        return Strings::tr("a list");
    case Kind::Mapping:
        return Strings::tr("a mapping");
    case Kind::Alias:
        break;
    }
    return Strings::tr("an alias");
}

QString fieldName(const YamlNode* key)
{
    const YamlNode* k = key->resolved();
    return k && k->kind == Kind::Scalar ? k->value() : QString();
}

// YAML 1.1 booleans other than true/false, in any case. YAML 1.1 readers
// take them as booleans (PyYAML yes/no/on/off, Go's yaml.v3 all of them for a
// bool field): a manifest using them is valid for the platform's tools, so it
// is read the same way here, with a warning.
int yaml11Boolean(const QString& text)
{
    const QString word = text.toLower();
    if (word == QLatin1String("yes") || word == QLatin1String("on") || word == QLatin1String("y"))
        return 1;
    if (word == QLatin1String("no") || word == QLatin1String("off") || word == QLatin1String("n"))
        return 0;
    return -1;
}

class Reader {
public:
    explicit Reader(Manifest& manifest)
        : m(manifest)
        , m_merge([this](const YamlNode* at, const QString& message) { error(at, message); })
    {
    }

    void read(const YamlNode* root)
    {
        const YamlNode* top = root->resolved();
        if (!top || top->kind != Kind::Mapping) {
            error(root, Strings::tr("the top level must be a mapping of fields such as `name:` and "
                                    "`secrets:`, got %1")
                            .arg(describeKind(top)));
            return;
        }
        for (const auto& [keyNode, valueNode] : m_merge.entries(top)) {
            const QString field = fieldName(keyNode);
            const YamlNode* value = valueNode->resolved();
            if (field == QLatin1String("name"))
                m.name = text(valueNode, field);
            else if (field == QLatin1String("description"))
                m.description = text(valueNode, field);
            else if (field == QLatin1String("secrets"))
                readSecrets(valueNode, field);
            else if (field == QLatin1String("integrations"))
                readConnections(valueNode, field, m.integrations);
            else if (field == QLatin1String("credentials"))
                readConnections(valueNode, field, m.credentials);
            else if (field == QLatin1String("env"))
                readEnv(valueNode);
            else if (field == QLatin1String("requirements") && value &&
                     value->kind == Kind::Mapping)
                readRequirements(value);
            else if (field == QLatin1String("requirements") && value && value->kind != Kind::Null)
                error(valueNode,
                      Strings::tr("`requirements` must be a mapping (with `secrets:`), got %1")
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

    QString text(const YamlNode* node, const QString& field)
    {
        const YamlNode* value = node->resolved();
        if (value && value->kind == Kind::Scalar)
            return value->value();
        if (value && value->kind == Kind::Null)
            return {};
        error(node, Strings::tr("`%1` must be text, got %2").arg(field, describeKind(value)));
        return {};
    }

    // The list under `field`, or null (null counts as an empty list).
    const YamlNode* list(const YamlNode* node, const QString& field)
    {
        const YamlNode* list = node->resolved();
        if (list && (list->kind == Kind::Null || list->kind == Kind::Sequence))
            return list;
        error(node, Strings::tr("`%1` must be a list of entries (\"- key: ...\"), got %2")
                        .arg(field, describeKind(list)));
        return nullptr;
    }

    // The entries of a list, each a mapping.
    QList<const YamlNode*> entries(const YamlNode* list, const QString& field)
    {
        QList<const YamlNode*> result;
        for (const YamlNode* item : list->items()) {
            const YamlNode* entry = item->resolved();
            if (!entry || entry->kind != Kind::Mapping) {
                error(item, Strings::tr("each entry of `%1` must be a mapping with `key:`, got %2")
                                .arg(field, describeKind(entry)));
                continue;
            }
            result.append(entry);
        }
        return result;
    }

    void readRequirements(const YamlNode* requirements)
    {
        for (const auto& [keyNode, valueNode] : m_merge.entries(requirements)) {
            const QString field = fieldName(keyNode);
            if (field == QLatin1String("secrets"))
                readSecrets(valueNode, QStringLiteral("requirements.secrets"));
            else if (field == QLatin1String("integrations"))
                readConnections(valueNode, QStringLiteral("requirements.integrations"),
                                m.integrations);
            else if (field == QLatin1String("credentials"))
                readConnections(valueNode, QStringLiteral("requirements.credentials"),
                                m.credentials);
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
        for (const auto& [keyNode, valueNode] : m_merge.entries(entry)) {
            const QString name = fieldName(keyNode);
            const YamlNode* value = valueNode->resolved();
            if (name == QLatin1String("key")) {
                e.keyNode = valueNode;
                if (value && value->kind == Kind::Scalar) {
                    e.key = value->value();
                } else {
                    error(valueNode, Strings::tr("`key` must be a name like OPENAI_API_KEY, got %1")
                                         .arg(describeKind(value)));
                    e.ok = false;
                }
            } else if (name == QLatin1String("description")) {
                e.description = text(valueNode, name);
            } else if (name == QLatin1String("optional")) {
                e.optional = boolean(valueNode);
            } else {
                warning(keyNode,
                        Strings::tr("`%1` is not a field of an entry in `%2` and is ignored "
                                    "(the fields are key, description and optional)")
                            .arg(name.left(40), field));
            }
        }
        if (!e.keyNode) {
            error(entry, Strings::tr("this entry of `%1` has no `key`").arg(field));
            e.ok = false;
        }
        return e;
    }

    bool boolean(const YamlNode* node)
    {
        const YamlNode* value = node->resolved();
        if (value && value->kind == Kind::Scalar && value->plain) {
            const QString word = value->value();
            if (word == QLatin1String("true") || word == QLatin1String("True") ||
                word == QLatin1String("TRUE"))
                return true;
            if (word == QLatin1String("false") || word == QLatin1String("False") ||
                word == QLatin1String("FALSE"))
                return false;
            const int old = yaml11Boolean(word);
            if (old >= 0) {
                const QString canonical = old ? QStringLiteral("true") : QStringLiteral("false");
                warning(node,
                        Strings::tr("`optional: %1` is read as %2 (a YAML 1.1 boolean); write %2 "
                                    "so that every YAML reader agrees")
                            .arg(word, canonical));
                return old == 1;
            }
        }
        if (value && value->kind == Kind::Scalar && !value->plain)
            error(node, Strings::tr("`optional` must be true or false without quotes, got \"%1\"")
                            .arg(value->value().left(40)));
        else
            error(node,
                  Strings::tr("`optional` must be true or false, got %1").arg(describeKind(value)));
        return false;
    }

    // False when `count` more entries would pass `limit`; says so at `node`.
    bool withinLimit(const YamlNode* node, int& declared, int count, int limit, const char* message)
    {
        declared += count;
        if (declared <= limit)
            return true;
        error(node, Strings::tr(message).arg(declared).arg(limit));
        return false;
    }

    void readSecrets(const YamlNode* node, const QString& field)
    {
        const YamlNode* secrets = list(node, field);
        if (!secrets)
            return;
        if (secrets->kind == Kind::Null || secrets->size == 0)
            warning(node, Strings::tr("`%1` is empty; this app declares no secrets").arg(field));
        // Counted before anything is read: 62,000 entries cost no lookups.
        if (!withinLimit(node, m_secretCount, secrets->size, ManifestReader::kMaxSecrets,
                         QT_TRANSLATE_NOOP("ManifestParser",
                                           "this manifest declares %1 secrets; at most %2 are "
                                           "allowed")))
            return;
        for (const YamlNode* entry : entries(secrets, field)) {
            const Entry e = readEntry(entry, field);
            if (!e.ok)
                continue;
            const QString reason = secretNameError(e.key);
            if (!reason.isEmpty()) {
                error(e.keyNode, Strings::tr("invalid key \"%1\": %2").arg(e.key.left(60), reason));
                continue;
            }
            const auto first = m_secretLines.constFind(e.key);
            if (first != m_secretLines.constEnd()) {
                error(e.keyNode, Strings::tr("`%1` is declared twice (first on line %2)")
                                     .arg(e.key)
                                     .arg(first.value()));
                continue;
            }
            m_secretLines.insert(e.key, e.keyNode->line);
            m.secrets.append(
                {e.key, e.description, e.optional, e.keyNode->line, e.keyNode->column});
        }
    }

    // `integrations:` and `credentials:`: connections the platform manages.
    void readConnections(const YamlNode* node, const QString& field, QList<Integration>& into)
    {
        const YamlNode* connections = list(node, field);
        if (!connections ||
            !withinLimit(
                node, m_connectionCount, connections->size, ManifestReader::kMaxConnections,
                QT_TRANSLATE_NOOP("ManifestParser", "this manifest declares %1 integrations and "
                                                    "credentials; at most %2 are allowed")))
            return;
        for (const YamlNode* entry : entries(connections, field)) {
            const Entry e = readEntry(entry, field);
            if (!e.ok)
                continue;
            if (e.key.trimmed().isEmpty()) {
                error(e.keyNode,
                      Strings::tr("the `key` of this entry of `%1` is empty").arg(field));
                continue;
            }
            const bool credential = &into == &m.credentials;
            QHash<QString, int>& seen = credential ? m_credentialLines : m_integrationLines;
            const auto first = seen.constFind(e.key);
            if (first != seen.constEnd()) {
                warning(e.keyNode,
                        Strings::tr("`%1` is listed twice (first on line %2); the second is "
                                    "ignored")
                            .arg(e.key.left(60))
                            .arg(first.value()));
                continue;
            }
            seen.insert(e.key, e.keyNode->line);
            into.append({e.key, e.description, e.optional, e.keyNode->line, e.keyNode->column});
        }
    }

    void readEnv(const YamlNode* node)
    {
        const YamlNode* env = node->resolved();
        if (env && env->kind == Kind::Null)
            return;
        if (!env || env->kind != Kind::Mapping) {
            error(node, Strings::tr("`env` must be a mapping of NAME: value, got %1")
                            .arg(describeKind(env)));
            return;
        }
        const QList<YamlMerge::Entry> variables = m_merge.entries(env);
        int count = 0;
        if (!withinLimit(node, count, int(variables.size()), ManifestReader::kMaxEnv,
                         QT_TRANSLATE_NOOP("ManifestParser",
                                           "`env` sets %1 variables; at most %2 are allowed")))
            return;
        for (const auto& [keyNode, valueNode] : variables) {
            const QString name = fieldName(keyNode);
            const QString reason = secretNameError(name);
            if (!reason.isEmpty()) {
                error(keyNode, Strings::tr("invalid variable name \"%1\" in `env`: %2")
                                   .arg(name.left(60), reason));
                continue;
            }
            const YamlNode* value = valueNode->resolved();
            if (value && value->kind == Kind::Null) {
                warning(valueNode,
                        Strings::tr("`%1` in `env` has no value; it is set to an empty string")
                            .arg(name));
                m.env.append({name, QString()});
            } else if (value && value->kind == Kind::Scalar) {
                m.env.append({name, value->value()});
            } else {
                error(valueNode,
                      Strings::tr("the value of `%1` in `env` must be text or a number, got %2")
                          .arg(name, describeKind(value)));
            }
        }
    }

    Manifest& m;
    YamlMerge m_merge;
    QHash<QString, int> m_secretLines;
    QHash<QString, int> m_integrationLines;
    QHash<QString, int> m_credentialLines;
    int m_secretCount = 0;
    int m_connectionCount = 0;
};

} // namespace

void ManifestReader::read(const YamlNode* root, Manifest& manifest)
{
    Reader(manifest).read(root);
}

} // namespace latchkey
