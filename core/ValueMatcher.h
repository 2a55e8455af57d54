#pragma once

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <vector>

namespace latchkey {

// Finds every occurrence of many byte strings (the stored values `scan`
// looks for) in one pass over the text, whatever their number.
//
// Every pattern is at least kMinLength bytes long, so its first 8 bytes
// anchor it. At each position of the text the hash of the next 8 bytes is
// tested against a bit set of the anchors' hashes, small enough for the L1
// cache; only a hit hashes the 16- and 32-byte windows, looks up the
// patterns anchored by the longest window they fill, and compares them in
// full. That is the multi-pattern Rabin-Karp idea with fixed windows: one
// pass, one multiplication and one bit test per byte, memory proportional
// to the number of patterns and not to their length (an Aho-Corasick
// automaton over 64 KiB PEM values would need millions of states). The
// longer windows keep values that share a prefix (`sk-proj-…`) apart.
//
// The matcher keeps a copy of the patterns and wipes it when destroyed.
class ValueMatcher {
public:
    static constexpr qsizetype kMinLength = 8;

    // Patterns shorter than kMinLength are ignored (index() still counts them).
    explicit ValueMatcher(const QList<QByteArray>& patterns);
    ~ValueMatcher();
    ValueMatcher(const ValueMatcher&) = delete;
    ValueMatcher& operator=(const ValueMatcher&) = delete;

    using Found = std::function<void(qsizetype offset, int pattern)>;
    // Calls `found` for each occurrence (offset of its first byte, index of
    // the pattern in the constructor's list), by increasing offset; patterns
    // found at the same offset in the constructor's order.
    void find(const char* data, qsizetype size, const Found& found) const;

    int patternCount() const { return static_cast<int>(m_length.size()); }
    qsizetype lengthOf(int pattern) const { return m_length.at(static_cast<size_t>(pattern)); }
    bool isEmpty() const;

private:
    struct Tier {
        int window = 0; // 8, 16 or 32 bytes
        int bits = 0;   // log2 of the bit set's size
        std::vector<std::uint64_t> filter;
        std::unordered_map<std::uint64_t, std::vector<int>> anchors;
        bool used() const { return !anchors.empty(); }
        bool test(std::uint64_t hash) const
        {
            const std::uint64_t bit = hash >> (64 - bits);
            return (filter[bit >> 6] >> (bit & 63)) & 1;
        }
    };

    void check(const Tier& tier, std::uint64_t hash, const char* at, qsizetype left,
               qsizetype offset, const Found& found) const;

    std::vector<char> m_bytes;       // the patterns, one after another
    std::vector<qsizetype> m_start;  // where each pattern begins in m_bytes
    std::vector<qsizetype> m_length; // and its length (0 when ignored)
    Tier m_tiers[3];
    std::vector<std::uint64_t> m_first;  // hash of each pattern's first 8 bytes
    std::vector<std::uint64_t> m_filter; // bit set over m_first
    int m_bits = 0;
};

} // namespace latchkey
