#include "YamlMerge.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

using Kind = YamlNode::Kind;

// The text of a scalar key, or nothing for other keys (which never override).
const YamlNode* scalarKey(const YamlNode* key)
{
    const YamlNode* k = key->resolved();
    return k && k->kind == Kind::Scalar ? k : nullptr;
}

QByteArrayView textOf(const YamlNode* scalar)
{
    return {scalar->text().data(), qsizetype(scalar->text().size())};
}

} // namespace

YamlMerge::YamlMerge(Report report)
    : m_report(std::move(report))
{
}

bool YamlMerge::isMergeKey(const YamlNode* key)
{
    const YamlNode* k = key->resolved();
    return k && k->kind == Kind::Scalar && k->plain && k->text() == "<<";
}

QList<YamlMerge::Entry> YamlMerge::entries(const YamlNode* mapping)
{
    return merge(mapping, 0);
}

QList<const YamlNode*> YamlMerge::sources(const YamlNode* value)
{
    const YamlNode* v = value->resolved();
    if (v && v->kind == Kind::Mapping)
        return {v};
    if (v && v->kind == Kind::Sequence) {
        QList<const YamlNode*> result;
        for (const YamlNode* item : v->items()) {
            const YamlNode* m = item->resolved();
            if (m && m->kind == Kind::Mapping)
                result.append(m);
            else
                m_report(item, Strings::tr("each item merged with `<<` must be a mapping (such as "
                                           "*defaults)"));
        }
        return result;
    }
    m_report(value,
             Strings::tr("`<<` merges a mapping or a list of mappings (`<<: *defaults` or `<<: "
                         "[*a, *b]`)"));
    return {};
}

QList<YamlMerge::Entry> YamlMerge::merge(const YamlNode* mapping, int depth)
{
    const auto done = m_done.constFind(mapping);
    if (done != m_done.constEnd())
        return done.value();
    const QList<Entry> raw = mapping->entries();
    if (std::none_of(raw.begin(), raw.end(), [](const Entry& e) { return isMergeKey(e.first); }))
        return raw; // the common case, not worth remembering

    QSet<QByteArrayView> taken; // keys the mapping sets itself, then merged ones
    for (const Entry& entry : raw)
        if (const YamlNode* k = isMergeKey(entry.first) ? nullptr : scalarKey(entry.first))
            taken.insert(textOf(k));
    QList<Entry> result;
    for (const Entry& entry : raw) {
        if (!isMergeKey(entry.first)) {
            result.append(entry);
            continue;
        }
        // Aliases only name complete, earlier nodes, so merges cannot loop;
        // the depth bound is a second line of defence.
        if (depth >= YamlTree::kMaxDepth || m_exhausted)
            continue;
        for (const YamlNode* source : sources(entry.second)) {
            for (const Entry& merged : merge(source, depth + 1)) {
                if (++m_work > kMaxWork) {
                    if (!m_exhausted)
                        m_report(
                            entry.first,
                            Strings::tr("the merge keys (`<<`) of this file add up to more than %1 "
                                        "fields; a manifest needs far fewer")
                                .arg(kMaxWork));
                    m_exhausted = true;
                    break;
                }
                const YamlNode* k = scalarKey(merged.first);
                if (k && taken.contains(textOf(k)))
                    continue; // set locally, or by an earlier source
                if (k)
                    taken.insert(textOf(k));
                result.append(merged);
            }
            if (m_exhausted)
                break;
        }
    }
    m_done.insert(mapping, result);
    return result;
}

} // namespace latchkey
