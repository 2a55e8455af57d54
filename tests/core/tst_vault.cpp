// The vault against the real Secret Service: tests/with-keyring.sh gives this
// process its own D-Bus session and unlocked gnome-keyring.
#include "Vault.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

using testsupport::removeSync;
using testsupport::setSync;
using testsupport::valueSync;

using namespace latchkey;

namespace {

// The second, independent path to the keychain: libsecret's own tool.
QByteArray secretToolLookup(const QString& vault, const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), Vault::serviceFor(vault),
                QStringLiteral("user"), key});
    tool.waitForFinished(30000);
    return tool.readAllStandardOutput();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void setGetUpdateDelete()
    {
        Vault vault(QStringLiteral("crud"), m_dir.path());
        const QString canary = QStringLiteral("sk-canary-crud-7f3a9b2c11");
        QVERIFY(!setSync(vault, QStringLiteral("OPENAI_API_KEY"), canary,
                         QStringLiteral("For GPT-4 calls")));
        QString value;
        QVERIFY(!valueSync(vault, QStringLiteral("OPENAI_API_KEY"), value));
        QVERIFY(value == canary);

        const auto first = vault.list().entries;
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).description, QStringLiteral("For GPT-4 calls"));
        QCOMPARE(first.at(0).hint, QString(8, QChar(0x2022)) + QStringLiteral("2c11"));

        QTest::qWait(20);
        const QString rotated = QStringLiteral("sk-canary-rotated-000000099");
        QVERIFY(!setSync(vault, QStringLiteral("OPENAI_API_KEY"), rotated));
        QVERIFY(!valueSync(vault, QStringLiteral("OPENAI_API_KEY"), value));
        QVERIFY(value == rotated);
        const auto second = vault.list().entries;
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).created, first.at(0).created);
        QVERIFY(second.at(0).updated > first.at(0).updated);
        QCOMPARE(second.at(0).description, QStringLiteral("For GPT-4 calls"));

        QVERIFY(!removeSync(vault, QStringLiteral("OPENAI_API_KEY")));
        QVERIFY(vault.list().entries.isEmpty());
        QCOMPARE(valueSync(vault, QStringLiteral("OPENAI_API_KEY"), value).kind,
                 ErrorKind::NotFound);
        QVERIFY(
            secretToolLookup(QStringLiteral("crud"), QStringLiteral("OPENAI_API_KEY")).isEmpty());
        QCOMPARE(removeSync(vault, QStringLiteral("OPENAI_API_KEY")).kind, ErrorKind::NotFound);
    }

    void valueLivesInKeychainNotIndex()
    {
        Vault vault(QStringLiteral("where"), m_dir.path());
        const QString canary = QStringLiteral("canary-where-5d1e8c0b9a7f");
        QVERIFY(!setSync(vault, QStringLiteral("HF_TOKEN"), canary, QStringLiteral("Hub")));
        QCOMPARE(secretToolLookup(QStringLiteral("where"), QStringLiteral("HF_TOKEN")),
                 canary.toUtf8());
        const QByteArray index = fileBytes(vault.index().path());
        QVERIFY(index.contains("HF_TOKEN"));
        QVERIFY(!index.contains(canary.toUtf8()));
        QVERIFY(!index.contains(canary.left(12).toUtf8()));
    }

    void roundTripsByteForByte_data()
    {
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("pem") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nhkiG9w0BAQEF\n"
            "-----END PRIVATE KEY-----\n");
        QTest::newRow("crlf and tabs") << QByteArray("line1\r\nline2\tend\r\n");
        QTest::newRow("non-ascii")
            << QByteArray("p\xC3\xA4ssw\xC3\xB6rd \xE2\x82\xAC \xF0\x9F\x94\x91 \xE5\xAF\x86");
        QTest::newRow("spaces kept") << QByteArray("  leading and trailing  ");
        QTest::newRow("64 KiB") << QByteArray(64 * 1024, 'x');
    }
    void roundTripsByteForByte()
    {
        QFETCH(QByteArray, utf8);
        Vault vault(QStringLiteral("bytes"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("BLOB"), QString::fromUtf8(utf8)));
        QString value;
        QVERIFY(!valueSync(vault, QStringLiteral("BLOB"), value));
        QVERIFY(value.toUtf8() == utf8);
        QVERIFY(secretToolLookup(QStringLiteral("bytes"), QStringLiteral("BLOB")) == utf8);
    }

    void invalidInputStoresNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty value") << "GOOD_KEY"
                                     << "";
        QTest::newRow("nul in value") << "GOOD_KEY" << QString::fromUtf16(u"ab\0cd", 5);
        QTest::newRow("too large") << "GOOD_KEY" << QString(64 * 1024 + 1, u'x');
        QTest::newRow("bad key") << "9BAD"
                                 << "value";
    }
    void invalidInputStoresNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        Vault vault(QStringLiteral("invalid"), m_dir.path());
        QCOMPARE(setSync(vault, key, value).kind, ErrorKind::InvalidInput);
        QVERIFY(vault.list().entries.isEmpty());
        QVERIFY(secretToolLookup(QStringLiteral("invalid"), key).isEmpty());
    }

    void vaultsAreSeparate()
    {
        Vault staging(QStringLiteral("staging"), m_dir.path());
        Vault production(QStringLiteral("production"), m_dir.path());
        QVERIFY(!setSync(staging, QStringLiteral("DATABASE_URL"),
                         QStringLiteral("postgres://staging")));
        QString value;
        QCOMPARE(valueSync(production, QStringLiteral("DATABASE_URL"), value).kind,
                 ErrorKind::NotFound);
        QVERIFY(production.list().entries.isEmpty());
        QVERIFY(!setSync(production, QStringLiteral("DATABASE_URL"),
                         QStringLiteral("postgres://prod")));
        QVERIFY(!valueSync(staging, QStringLiteral("DATABASE_URL"), value));
        QCOMPARE(value, QStringLiteral("postgres://staging"));
        QVERIFY(!valueSync(production, QStringLiteral("DATABASE_URL"), value));
        QCOMPARE(value, QStringLiteral("postgres://prod"));
        QVERIFY(!removeSync(production, QStringLiteral("DATABASE_URL")));
        QVERIFY(!valueSync(staging, QStringLiteral("DATABASE_URL"), value));
    }

    void changedSignalOnWrite()
    {
        Vault vault(QStringLiteral("signals"), m_dir.path());
        int changes = 0;
        connect(&vault, &Vault::changed, this, [&] { ++changes; });
        QVERIFY(!setSync(vault, QStringLiteral("A_KEY"), QStringLiteral("v")));
        QVERIFY(changes >= 1);
        QVERIFY(!vault.setDescription(QStringLiteral("A_KEY"), QStringLiteral("desc")));
        QCOMPARE(vault.list().entries.at(0).description, QStringLiteral("desc"));
        QCOMPARE(vault.setDescription(QStringLiteral("NO_SUCH"), QStringLiteral("x")).kind,
                 ErrorKind::NotFound);
    }

    // Must stay last: it locks this process's private keyring for good.
    void lockedCollectionIsUnreadableNotDeleted()
    {
        Vault vault(QStringLiteral("locked"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("STRIPE_SECRET_KEY"),
                         QStringLiteral("sk_live_canary_lock")));

        QVERIFY(testsupport::lockKeyring());

        QString value;
        const Error error = valueSync(vault, QStringLiteral("STRIPE_SECRET_KEY"), value);
        QCOMPARE(error.kind, ErrorKind::Unreadable);
        QVERIFY(value.isEmpty());
        QVERIFY(!error.message.contains(QLatin1String("canary")));
        QCOMPARE(vault.list().entries.size(), 1);

        // A write to a locked collection is refused, and claims nothing.
        const Error write = setSync(vault, QStringLiteral("NEW_KEY"), QStringLiteral("v"));
        QVERIFY2(write.kind == ErrorKind::AccessDenied, qPrintable(write.message));
        QCOMPARE(vault.list().entries.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
