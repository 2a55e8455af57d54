#include "SecretName.h"

#include <QTest>

using namespace latchkey;

class TestSecretName : public QObject {
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("typical") << "OPENAI_API_KEY" << true << "";
        QTest::newRow("underscore start") << "_PRIVATE" << true << "";
        QTest::newRow("lowercase") << "db_url" << true << "";
        QTest::newRow("single letter") << "A" << true << "";
        QTest::newRow("digits inside") << "KEY2_V3" << true << "";
        QTest::newRow("exactly 128") << QString(128, u'K') << true << "";
        QTest::newRow("empty") << "" << false << "empty";
        QTest::newRow("129 chars") << QString(129, u'K') << false << "129 characters";
        QTest::newRow("leading digit") << "1PASSWORD" << false << "starts with a digit";
        QTest::newRow("dash") << "MY-KEY" << false << "'-' at position 3";
        QTest::newRow("space") << "MY KEY" << false << "a space at position 3";
        QTest::newRow("dot") << "google.sheets" << false << "'.' at position 7";
        QTest::newRow("equals") << "A=B" << false << "'=' at position 2";
        QTest::newRow("non-ascii letter") << QStringLiteral("CL\u00C9") << false << "position 3";
        QTest::newRow("leading dollar") << "$HOME" << false << "starts with '$'";
        QTest::newRow("nul inside") << QString::fromUtf16(u"A\0B", 3) << false << "position 2";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, reasonContains);
        QCOMPARE(isValidSecretName(name), valid);
        const QString reason = secretNameError(name);
        QCOMPARE(reason.isEmpty(), valid);
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    }

    void vaultNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "default" << true;
        QTest::newRow("dashes and dots") << "prod-eu.v2" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("path") << "../etc" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("hidden") << ".hidden" << false;
        QTest::newRow("option-like") << "-x" << false;
        QTest::newRow("too long") << QString(65, u'v') << false;
    }
    void vaultNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(vaultNameError(name).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestSecretName)
#include "tst_secretname.moc"
