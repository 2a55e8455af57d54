#pragma once

#include <QString>

#include <optional>
#include <string>

namespace latchkey {

struct PrescanProblem {
    int line = 0;
    int column = 0;
    QString message;
};

// A cheap look at the shape of YAML text before yaml-cpp tokenizes it.
//
// yaml-cpp keeps every token of a flow collection ("[…]", "{…}") that might
// turn out to be a mapping key until the collection ends: 1 MiB of "[" costs
// it about 250 MB before any depth limit in YamlTree sees an event. This scan
// runs in linear time and constant memory and refuses, at the first
// offending character:
//   - nesting deeper than YamlTree::kMaxDepth, counting block collections
//     (indentation, "- ", "? ") and flow collections together; it counts a
//     lower bound of what yaml-cpp will build, so it refuses nothing the tree
//     would accept;
//   - more than kMaxTokens tokens (scalars, brackets, separators) in one
//     flow collection or on one line of block context: yaml-cpp may hold
//     that many back (about 280 bytes each) before it emits an event.
// Everything else, including syntax errors, is left to yaml-cpp.
class YamlPrescan {
public:
    static constexpr int kMaxTokens = 32768;

    // `text` as ManifestText::normalized gives it: UTF-8, LF line endings.
    static std::optional<PrescanProblem> check(const std::string& text);
};

} // namespace latchkey
