#include "ValueMatcher.h"

#include "Wipe.h"

#include <algorithm>
#include <cstring>

namespace latchkey {

namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;

inline std::uint64_t load(const char* p)
{
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

// The hash of the window that starts at `p`, extended word by word: the hash
// of 16 bytes continues the hash of the first 8.
inline std::uint64_t extend(std::uint64_t hash, const char* p)
{
    return (hash ^ load(p)) * kMultiplier;
}

} // namespace

ValueMatcher::ValueMatcher(const QList<QByteArray>& patterns)
{
    qsizetype total = 0;
    for (const QByteArray& p : patterns)
        total += p.size() >= kMinLength ? p.size() : 0;
    m_bytes.reserve(static_cast<size_t>(total));
    static constexpr int windows[3] = {8, 16, 32};
    for (int t = 0; t < 3; ++t)
        m_tiers[t].window = windows[t];
    for (const QByteArray& p : patterns) {
        const int index = static_cast<int>(m_length.size());
        m_start.push_back(static_cast<qsizetype>(m_bytes.size()));
        if (p.size() < kMinLength) {
            m_length.push_back(0);
            continue;
        }
        m_length.push_back(p.size());
        m_bytes.insert(m_bytes.end(), p.constBegin(), p.constEnd());
        const int t = p.size() >= 32 ? 2 : p.size() >= 16 ? 1 : 0;
        std::uint64_t hash = 0;
        for (int w = 0; w < m_tiers[t].window; w += 8)
            hash = extend(hash, p.constData() + w);
        m_tiers[t].anchors[hash].push_back(index);
        m_first.push_back(extend(0, p.constData()));
    }
    // The one bit set the hot loop tests: the first 8 bytes of every pattern,
    // about 64 bits per pattern so that it stays in the L1 cache (8 KiB for a
    // thousand patterns) while a false hit stays rare (about 1 in 64).
    m_bits = 12;
    while (m_bits < 26 && (std::uint64_t(1) << m_bits) < m_first.size() * 64)
        ++m_bits;
    m_filter.assign(std::max<size_t>(1, (size_t(1) << m_bits) / 64), 0);
    for (const std::uint64_t hash : m_first) {
        const std::uint64_t bit = hash >> (64 - m_bits);
        m_filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
    }
    for (Tier& tier : m_tiers) {
        if (!tier.used())
            continue;
        // About 256 bits per anchor: a false hit on ~1 position in 256.
        tier.bits = 12;
        while (tier.bits < 28 && (std::uint64_t(1) << tier.bits) < tier.anchors.size() * 256)
            ++tier.bits;
        tier.filter.assign(std::max<size_t>(1, (size_t(1) << tier.bits) / 64), 0);
        for (const auto& [hash, ids] : tier.anchors) {
            const std::uint64_t bit = hash >> (64 - tier.bits);
            tier.filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        }
    }
}

ValueMatcher::~ValueMatcher()
{
    wipe(m_bytes.data(), m_bytes.size());
}

bool ValueMatcher::isEmpty() const
{
    return !m_tiers[0].used() && !m_tiers[1].used() && !m_tiers[2].used();
}

void ValueMatcher::check(const Tier& tier, std::uint64_t hash, const char* at, qsizetype left,
                         qsizetype offset, const Found& found) const
{
    const auto hit = tier.anchors.find(hash);
    if (hit == tier.anchors.end())
        return;
    for (const int id : hit->second) {
        const qsizetype length = m_length[static_cast<size_t>(id)];
        if (length <= left && std::memcmp(at, m_bytes.data() + m_start[static_cast<size_t>(id)],
                                          static_cast<size_t>(length)) == 0)
            found(offset, id);
    }
}

void ValueMatcher::find(const char* data, qsizetype size, const Found& found) const
{
    if (m_first.empty())
        return;
    const Tier& t8 = m_tiers[0];
    const Tier& t16 = m_tiers[1];
    const Tier& t32 = m_tiers[2];
    const std::uint64_t* filter = m_filter.data();
    const int shift = 64 - m_bits;
    std::vector<int> here;
    const Found collect = [&here](qsizetype, int id) { here.push_back(id); };
    // The hot loop hashes 8 bytes and tests one bit; only a hit (rare) hashes
    // the longer windows and looks the anchors up, reporting what matched in
    // pattern order whatever tier found it.
    for (qsizetype i = 0; i + 8 <= size; ++i) {
        const char* p = data + i;
        const std::uint64_t h8 = extend(0, p);
        const std::uint64_t bit = h8 >> shift;
        if (!((filter[bit >> 6] >> (bit & 63)) & 1))
            continue;
        const qsizetype left = size - i;
        if (t8.used() && t8.test(h8))
            check(t8, h8, p, left, i, collect);
        if (left >= 16 && (t16.used() || t32.used())) {
            const std::uint64_t h16 = extend(h8, p + 8);
            if (t16.used() && t16.test(h16))
                check(t16, h16, p, left, i, collect);
            if (left >= 32 && t32.used()) {
                const std::uint64_t h32 = extend(extend(h16, p + 16), p + 24);
                if (t32.test(h32))
                    check(t32, h32, p, left, i, collect);
            }
        }
        if (here.empty())
            continue;
        std::sort(here.begin(), here.end());
        for (const int id : here)
            found(i, id);
        here.clear();
    }
}

} // namespace latchkey
