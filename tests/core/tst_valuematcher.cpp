// ValueMatcher: every occurrence of every pattern, in one pass, compared
// with the obvious search (one pass per pattern) on random text.
#include "ValueMatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>
#include <tuple>

using namespace latchkey;

namespace {

using Hits = std::set<std::pair<qsizetype, int>>;

Hits matcherHits(const QList<QByteArray>& patterns, const QByteArray& text)
{
    const ValueMatcher matcher(patterns);
    Hits hits;
    qsizetype last = -1;
    bool ordered = true;
    matcher.find(text.constData(), text.size(), [&](qsizetype offset, int pattern) {
        ordered = ordered && offset >= last;
        last = offset;
        hits.insert({offset, pattern});
    });
    if (!ordered)
        hits.insert({-1, -1}); // makes the comparison fail
    return hits;
}

Hits naiveHits(const QList<QByteArray>& patterns, const QByteArray& text)
{
    Hits hits;
    for (int p = 0; p < patterns.size(); ++p) {
        if (patterns.at(p).size() < ValueMatcher::kMinLength)
            continue;
        for (qsizetype at = text.indexOf(patterns.at(p)); at >= 0;
             at = text.indexOf(patterns.at(p), at + 1))
            hits.insert({at, p});
    }
    return hits;
}

} // namespace

class TestValueMatcher : public QObject {
    Q_OBJECT
private slots:
    void basics()
    {
        const QList<QByteArray> patterns{"sk-proj-aaaaaaaaaaaaaaaa0001",
                                         "sk-proj-aaaaaaaaaaaaaaaa0002", "short", "exactly8",
                                         "0123456789abcdef0123456789abcdefXYZ"};
        const QByteArray text = "x sk-proj-aaaaaaaaaaaaaaaa0002 exactly8exactly8 short "
                                "0123456789abcdef0123456789abcdefXYZ!";
        const Hits hits = matcherHits(patterns, text);
        QCOMPARE(hits, naiveHits(patterns, text));
        QCOMPARE(hits.size(), size_t(4));
        QVERIFY(hits.count({2, 1}));
        QVERIFY(!hits.count({2, 0})); // a shared prefix is not a match
        QCOMPARE(ValueMatcher(patterns).lengthOf(2), qsizetype(0)); // too short: ignored
    }

    void edges()
    {
        const QList<QByteArray> patterns{"abcdefgh", "abcdefghijklmnop",
                                         "abcdefghijklmnopqrstuvwxyz012345"};
        // At the very start, the very end, overlapping, and cut short by the end.
        for (const QByteArray& text :
             {QByteArray("abcdefgh"), QByteArray("abcdefghijklmnop"),
              QByteArray("abcdefghijklmnopqrstuvwxyz012345"), QByteArray("abcdefghabcdefgh"),
              QByteArray("abcdefghijklmnopqrstuvwxyz01234"), QByteArray("abcdefg"), QByteArray()})
            QCOMPARE(matcherHits(patterns, text), naiveHits(patterns, text));
        const QList<QByteArray> same{"duplicate-value", "duplicate-value"};
        QCOMPARE(matcherHits(same, "a duplicate-value").size(), size_t(2));
    }

    void multiline()
    {
        const QByteArray pem = "-----BEGIN KEY-----\nMIIabc\r\n-----END KEY-----";
        QCOMPARE(matcherHits({pem}, "pre\n" + pem + "\npost").size(), size_t(1));
    }

    void randomAgainstNaive()
    {
        QRandomGenerator random(4242);
        // A small alphabet makes near misses and repeats common.
        auto text = [&](int size) {
            QByteArray bytes(size, 'a');
            for (char& c : bytes)
                c = "abc\n"[random.bounded(4)];
            return bytes;
        };
        for (int round = 0; round < 40; ++round) {
            QList<QByteArray> patterns;
            const int count = 1 + random.bounded(30);
            for (int i = 0; i < count; ++i)
                patterns << text(4 + random.bounded(40));
            QByteArray haystack = text(2000);
            for (const QByteArray& p : patterns) // plant each one somewhere
                haystack.insert(random.bounded(haystack.size()), p);
            QCOMPARE(matcherHits(patterns, haystack), naiveHits(patterns, haystack));
        }
    }
};

QTEST_GUILESS_MAIN(TestValueMatcher)
#include "tst_valuematcher.moc"
