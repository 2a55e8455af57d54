// The index's fast reader (IndexJson) against QJsonDocument: where the fast
// reader accepts a file, QJsonDocument must accept it too and read the same
// strings, dates and numbers; otherwise a file Latchkey should report as
// corrupt would be read, or read differently. (The other way round is
// allowed: QJsonDocument takes raw control characters, unknown escapes and
// ".2"; the fast reader gives up on them and VaultIndex reads the file with
// QJsonDocument.) Random inputs, seeded, of the three kinds the reader
// converts itself.
#include "IndexJson.h"
#include "IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace latchkey;

namespace {

QByteArray indexWith(const QByteArray& field)
{
    return "{\"schema\":3,\"vault\":\"v\",\"secrets\":[{\"key\":\"K\"," + field +
           ",\"hint\":\"h\"}]}";
}

QByteArray randomText(QRandomGenerator& random, const QByteArray& alphabet, int maxLength)
{
    QByteArray text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(random.bounded(int(alphabet.size())));
    return text;
}

// One index read by both readers.
struct Readings {
    std::optional<IndexJson> ours;
    bool qtRead = false;
    QJsonObject qtEntry; // QJsonDocument's first secret
};

Readings readBoth(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return {IndexJson::parse(bytes), error.error == QJsonParseError::NoError,
            doc.object()[QLatin1String("secrets")].toArray().at(0).toObject()};
}

// Valid UTF-8 only: the fast reader reads invalid sequences with
// replacement characters where QJsonDocument refuses the file, a known
// difference that keeps a hand-edited index readable.
bool validUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

class TestIndexJson : public QObject {
    Q_OBJECT

private slots:
    void stringsReadAsQJsonDocumentReadsThem()
    {
        QRandomGenerator random(20261130);
        const QByteArray alphabet("ab +\\\"/u0123456789aAfF\n\t\x01\x7f\xc3\xa9\xe2\x80\xa2\xf0\x9f"
                                  "\x94\x91");
        int read = 0, refused = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray text = randomText(random, alphabet, 12);
            if (i % 8 == 0) { // a \u escape and four characters near hex digits
                text = "x\\u";
                for (int k = 0; k < 4; ++k)
                    text += QByteArrayView(" +-0123456789abcdefABCDEFgG").at(random.bounded(27));
            }
            if (!validUtf8(text))
                continue;
            const Readings r = readBoth(indexWith("\"description\":\"" + text + '"'));
            if (!r.ours) {
                ++refused;
                continue;
            }
            ++read;
            QVERIFY2(r.qtRead, text.toHex().constData());
            QCOMPARE(r.ours->secrets.at(0).description,
                     r.qtEntry[QLatin1String("description")].toString());
        }
        // Both outcomes were tried, often.
        QVERIFY(read > 500);
        QVERIFY(refused > 500);
    }

    void datesReadAsFromIsoUtcReadsThem()
    {
        QRandomGenerator random(7);
        const QByteArray alphabet("0123456789-:T.Z+ \\\"u");
        int exact = 0, other = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray text;
            if (i % 2) {
                // A written date, a few of its bytes changed.
                text = isoUtc(QDateTime::fromMSecsSinceEpoch(
                    random.bounded(Q_INT64_C(253402300799999)), Qt::UTC));
                if (random.bounded(2))
                    text = text.left(19) + 'Z';
                for (int m = random.bounded(3); m > 0; --m)
                    text[random.bounded(int(text.size()))] =
                        alphabet.at(random.bounded(int(alphabet.size())));
            } else {
                text = randomText(random, alphabet, 26);
            }
            const Readings r = readBoth(indexWith("\"created\":\"" + text + '"'));
            if (!r.ours)
                continue;
            QVERIFY2(r.qtRead, text.constData());
            const QString written = r.qtEntry[QLatin1String("created")].toString();
            const QDateTime expected = fromIsoUtc(written); // "" is an invalid time
            const QDateTime got = r.ours->secrets.at(0).created;
            QCOMPARE(got.isValid(), expected.isValid());
            if (got.isValid())
                QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            ++(fromExactIsoUtc(text) ? exact : other);
        }
        QVERIFY(exact > 500);
        QVERIFY(other > 500);
    }

    void numbersOnlyAsJsonWritesThem()
    {
        QRandomGenerator random(11);
        // Tokens of at most four characters, so that an exponent has at most
        // two digits: every number stays in a double's range, where
        // QJsonDocument takes every number the grammar allows.
        const QByteArray alphabet("0123456789-+.eEinfatrulsx");
        int read = 0, refused = 0;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray token = randomText(random, alphabet, 4);
            if (token.isEmpty())
                continue;
            const bool rotate = i % 2;
            const Readings r =
                readBoth(indexWith((rotate ? "\"rotateEvery\":" : "\"future\":") + token));
            if (!r.ours) {
                ++refused;
                continue;
            }
            ++read;
            QVERIFY2(r.qtRead, token.constData());
            // A rotation period is a whole number in int's range.
            if (rotate)
                QCOMPARE(r.ours->secrets.at(0).rotateEvery,
                         r.qtEntry[QLatin1String("rotateEvery")].toInt(-2));
        }
        QVERIFY(read > 500);
        QVERIFY(refused > 500);
    }
};

QTEST_GUILESS_MAIN(TestIndexJson)
#include "tst_indexjson.moc"
