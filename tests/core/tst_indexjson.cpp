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

QJsonObject firstEntry(const QJsonDocument& doc)
{
    return doc.object()[QLatin1String("secrets")].toArray().at(0).toObject();
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
            const QByteArray bytes = indexWith("\"description\":\"" + text + '"');
            const auto ours = IndexJson::parse(bytes);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            if (!ours) {
                ++refused;
                continue;
            }
            ++read;
            QVERIFY2(error.error == QJsonParseError::NoError, bytes.toHex().constData());
            QCOMPARE(ours->secrets.at(0).description,
                     firstEntry(doc)[QLatin1String("description")].toString());
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
            const QByteArray bytes = indexWith("\"created\":\"" + text + '"');
            const auto ours = IndexJson::parse(bytes);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            if (!ours)
                continue;
            QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
            const QString written = firstEntry(doc)[QLatin1String("created")].toString();
            const QDateTime expected = written.isEmpty() ? QDateTime() : fromIsoUtc(written);
            const QDateTime got = ours->secrets.at(0).created;
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
            const QByteArray bytes =
                indexWith((rotate ? "\"rotateEvery\":" : "\"future\":") + token);
            const auto ours = IndexJson::parse(bytes);
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            const bool qtRead = error.error == QJsonParseError::NoError;
            if (ours)
                QVERIFY2(qtRead, token.constData());
            else
                ++refused;
            // A rotation period must be a whole number in int's range.
            if (ours && rotate)
                QCOMPARE(ours->secrets.at(0).rotateEvery,
                         firstEntry(doc)[QLatin1String("rotateEvery")].toInt(-2));
            read += ours ? 1 : 0;
        }
        QVERIFY(read > 500);
        QVERIFY(refused > 500);
    }
};

QTEST_GUILESS_MAIN(TestIndexJson)
#include "tst_indexjson.moc"
