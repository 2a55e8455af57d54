#include "Mask.h"
#include "SecretValue.h"

#include <QTest>

using namespace latchkey;

namespace {
const QString kBullets(8, QChar(0x2022));
}

class TestMask : public QObject {
    Q_OBJECT
private slots:
    void mask_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("design example, long") << "sk-your-key-here-0042" << kBullets + "0042";
        QTest::newRow("design example, short") << "hunter2" << kBullets;
        QTest::newRow("15 characters") << "abcdefghijk1234" << kBullets;
        QTest::newRow("16 characters") << "abcdefghijkl1234" << kBullets + "1234";
        QTest::newRow("one character") << "x" << kBullets;
        QTest::newRow("very long") << QString(5000, u'a') + "WXYZ" << kBullets + "WXYZ";
        // Sixteen emoji are sixteen characters, not thirty-two UTF-16 units.
        QTest::newRow("emoji 15") << QString::fromUtf8(QByteArray("\xF0\x9F\x94\x91").repeated(15))
                                  << kBullets;
        QTest::newRow("emoji 16") << QString::fromUtf8(QByteArray("\xF0\x9F\x94\x91").repeated(16))
                                  << kBullets + QString::fromUtf8(
                                                    QByteArray("\xF0\x9F\x94\x91").repeated(4));
        QTest::newRow("pem ends in newline") << "-----BEGIN KEY-----\nabc\n-----END KEY-----\n"
                                             << kBullets;
        // Every control character (general category Cc) in the tail, and only those.
        QTest::newRow("DEL in the tail") << "abcdefghijklm\x7Fxy" << kBullets;
        QTest::newRow("C1 control in the tail")
            << "abcdefghijklmn" + QString(QChar(0x85)) + "xy" << kBullets;
        QTest::newRow("no-break space in the tail")
            << "abcdefghijklmn" + QString(QChar(0xA0)) + "xy"
            << kBullets + "n" + QString(QChar(0xA0)) + "xy";
        // One, two, three and four bytes of UTF-8 in the last four characters.
        QTest::newRow("mixed widths")
            << QString::fromUtf8("abcdefghijkl"
                                 "a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x94\x91")
            << kBullets + QString::fromUtf8("a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x94\x91");
    }
    void mask()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(maskValue(value), masked);
    }

    // Two values of different lengths below the threshold mask identically:
    // the mask never reveals the length.
    void lengthNotRevealed()
    {
        QCOMPARE(maskValue(QStringLiteral("ab")), maskValue(QStringLiteral("abcdefghijklmno")));
        QVERIFY(maskValue(QStringLiteral("abcdefghijklmnop")).size() ==
                maskValue(QString(900, u'z')).size());
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("ascii") << QByteArray("sk-abc") << true << "";
        QTest::newRow("multi-line pem")
            << QByteArray("-----BEGIN-----\nAAA\n-----END-----\n") << true << "";
        QTest::newRow("non-ascii") << QByteArray("p\xC3\xA4ss\xE2\x82\xAC") << true << "";
        QTest::newRow("leading byte order mark") << QByteArray("\xEF\xBB\xBFsk-bom") << true << "";
        QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << true << "";
        QTest::newRow("two byte order marks")
            << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFx") << true << "";
        QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'a') << true << "";
        QTest::newRow("64 KiB + 1") << QByteArray(64 * 1024 + 1, 'a') << false << "64 KiB";
        QTest::newRow("empty") << QByteArray() << false << "empty";
        QTest::newRow("nul") << QByteArray("ab\0cd", 5) << false << "NUL";
        QTest::newRow("invalid utf-8") << QByteArray("ab\xFF\xFE") << false << "UTF-8";
        QTest::newRow("truncated utf-8") << QByteArray("ab\xE2\x82") << false << "UTF-8";
    }
    void values()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QFETCH(QString, reasonContains);
        QString value = QStringLiteral("untouched");
        QString error;
        QCOMPARE(secretValueFromUtf8(bytes, value, error), valid);
        if (valid) {
            QCOMPARE(value.toUtf8(), bytes);
        } else {
            QCOMPARE(value, QStringLiteral("untouched"));
            QVERIFY2(error.contains(reasonContains), qPrintable(error));
        }
    }

    void nulInStringRefused()
    {
        QVERIFY(secretValueError(QString::fromUtf16(u"a\0b", 3)).contains(QLatin1String("NUL")));
        QVERIFY(!secretValueError(QString(QChar(0xD800))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMask)
#include "tst_mask.moc"
