#pragma once

#include "YamlTree.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace latchkey {

// The YAML 1.1 merge key, as PyYAML and Go's yaml read it:
//
//   x-defaults: &defaults
//     optional: true
//   secrets:
//     - <<: *defaults          # or <<: [*a, *b]: earlier mappings win
//       key: SENTRY_DSN        # local keys override merged ones
//
// entries() gives a mapping's entries with every "<<" replaced by the entries
// it merges that are not already set, at the place of the "<<". Results are
// remembered per mapping and the total work is capped, so aliases that merge
// aliases (a "merge bomb") stay cheap: YamlTree never expands them either.
class YamlMerge {
public:
    using Entry = std::pair<const YamlNode*, const YamlNode*>;
    using Report = std::function<void(const YamlNode* at, const QString& message)>;
    static constexpr int kMaxWork = 100000; // entries looked at, in all merges together

    explicit YamlMerge(Report report);

    // `mapping` must be a resolved Mapping node.
    QList<Entry> entries(const YamlNode* mapping);

    // A plain `<<` key.
    static bool isMergeKey(const YamlNode* key);

private:
    QList<Entry> merge(const YamlNode* mapping, int depth);
    QList<const YamlNode*> sources(const YamlNode* value);

    Report m_report;
    QHash<const YamlNode*, QList<Entry>> m_done;
    int m_work = 0;
    bool m_exhausted = false;
};

} // namespace latchkey
