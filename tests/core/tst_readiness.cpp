// Readiness on the real Secret Service (inside tests/with-keyring.sh):
// set / missing / unreadable per key, optional keys never block, lookups run
// concurrently, and a stuck store cannot hold the report past its deadline.
#include "ManifestParser.h"
#include "Readiness.h"
#include "Vault.h"

#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestKeychain.h"

using testsupport::removeSync;
using testsupport::setSync;
using testsupport::valueSync;
#include <QTimer>

using namespace latchkey;

namespace {

const QString kCanary = QStringLiteral("sk-canary-readiness-7b1e04c9d2");

const QByteArray kManifest = "name: readiness-app\n"
                             "secrets:\n"
                             "  - key: OPENAI_API_KEY\n    description: OpenAI key\n"
                             "  - key: HF_TOKEN\n    description: HuggingFace token\n"
                             "  - key: WEBHOOK_SECRET\n    description: Webhook signing secret\n"
                             "    optional: true\n";

Manifest manifest(const QByteArray& yaml = kManifest)
{
    const Manifest m = ManifestParser::parse(yaml, QStringLiteral("inf.yml"));
    Q_ASSERT(m.isValid());
    return m;
}

ReadinessReport fetchSync(const Manifest& m, Vault& vault, QHash<QString, QString>* values,
                          std::chrono::milliseconds deadline = std::chrono::seconds(20))
{
    ReadinessReport result;
    QEventLoop loop;
    int calls = 0;
    Readiness::fetch(
        m, vault, &loop,
        [&](const ReadinessReport& r, const QHash<QString, QString>& v) {
            ++calls;
            result = r;
            if (values)
                *values = v;
            loop.quit();
        },
        deadline);
    loop.exec();
    // Exactly one answer, even when late keychain replies arrive afterwards.
    QTest::qWait(50);
    if (calls != 1)
        qFatal("Readiness answered %d times", calls);
    return result;
}

const ReadinessItem& item(const ReadinessReport& report, const QString& key)
{
    for (const ReadinessItem& i : report.items)
        if (i.key == key)
            return i;
    qFatal("no item %s", qPrintable(key));
}

// A store that answers every read on the next turn of the event loop and
// records how many reads had started by the time the first one answered.
class CountingStore : public SecretStore {
public:
    int started = 0;
    int startedAtFirstAnswer = -1;
    bool answer = true;
    void read(const QString&, QObject* context, ReadDone done) override
    {
        ++started;
        if (!answer)
            return; // a stuck keychain: never answers
        QTimer::singleShot(0, context, [this, done] {
            if (startedAtFirstAnswer < 0)
                startedAtFirstAnswer = started;
            done({ErrorKind::NotFound, QStringLiteral("not found")}, QString());
        });
    }
    void write(const QString&, const QString&, const QString&, QObject*, Done) override {}
    void remove(const QString&, QObject*, Done) override {}
    void presence(const QStringList&, QObject*, PresenceDone) override {}
    void items(const QStringList&, QObject*, ItemsDone) override {}
    void status(QObject* context, StatusDone done) override
    {
        // Unlocked: the vault asks before it calls a key "not found".
        QTimer::singleShot(0, context, [done] {
            KeychainStatus status;
            status.state = KeychainState::Available;
            done(status);
        });
    }
    void unlock(QObject*, Done) override {}
    QString description() const override { return QStringLiteral("counting"); }
};

} // namespace

class TestReadiness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statuses_data()
    {
        QTest::addColumn<QStringList>("setKeys");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("nothing set") << QStringList{} << false << "2 required secrets missing";
        QTest::newRow("one required set")
            << QStringList{"OPENAI_API_KEY"} << false << "1 required secret missing";
        QTest::newRow("required set, optional missing")
            << QStringList{"OPENAI_API_KEY", "HF_TOKEN"} << true << "Ready to run";
        QTest::newRow("everything set")
            << QStringList{"OPENAI_API_KEY", "HF_TOKEN", "WEBHOOK_SECRET"} << true
            << "Ready to run";
    }

    void statuses()
    {
        QFETCH(QStringList, setKeys);
        QFETCH(bool, ready);
        QFETCH(QString, verdict);
        Vault vault(QStringLiteral("r%1").arg(++m_vaults), m_dir.path());
        for (const QString& key : setKeys)
            QVERIFY(!setSync(vault, key, kCanary + key));
        QHash<QString, QString> values;
        const ReadinessReport report = fetchSync(manifest(), vault, &values);
        QCOMPARE(report.appName, QStringLiteral("readiness-app"));
        QCOMPARE(report.items.size(), 3);
        QCOMPARE(report.ready(), ready);
        QCOMPARE(report.verdict(), verdict);
        QVERIFY(!report.keychainError);
        for (const ReadinessItem& i : report.items) {
            const bool isSet = setKeys.contains(i.key);
            QCOMPARE(i.status, isSet ? SecretStatus::Set : SecretStatus::Missing);
            QCOMPARE(values.contains(i.key), isSet);
            if (isSet)
                QVERIFY(values.value(i.key) == kCanary + i.key); // never printed
        }
        QCOMPARE(item(report, QStringLiteral("WEBHOOK_SECRET")).optional, true);
        QCOMPARE(item(report, QStringLiteral("HF_TOKEN")).description,
                 QStringLiteral("HuggingFace token"));
    }

    void truthComesFromTheKeychain()
    {
        // Listed in the index of another vault's name but stored elsewhere:
        // the index alone would say "set"; only the keychain can say.
        Vault writer(QStringLiteral("truth"), m_dir.path());
        QVERIFY(!setSync(writer, QStringLiteral("OPENAI_API_KEY"), kCanary));
        QTemporaryDir otherIndex;
        Vault reader(QStringLiteral("truth"),
                     otherIndex.path()); // same keychain service, empty index
        const ReadinessReport report = fetchSync(manifest(), reader, nullptr);
        QCOMPARE(item(report, QStringLiteral("OPENAI_API_KEY")).status, SecretStatus::Set);
    }

    void lookupsRunConcurrently()
    {
        CountingStore store;
        Vault vault(QStringLiteral("counting"), &store, m_dir.path());
        const ReadinessReport report = fetchSync(manifest(), vault, nullptr);
        QCOMPARE(store.started, 3);
        QCOMPARE(store.startedAtFirstAnswer, 3); // all started before any answered
        QCOMPARE(report.verdict(), QStringLiteral("2 required secrets missing"));
    }

    void stuckKeychainHitsTheDeadline()
    {
        CountingStore store;
        store.answer = false;
        Vault vault(QStringLiteral("stuck"), &store, m_dir.path());
        const ReadinessReport report =
            fetchSync(manifest(), vault, nullptr, std::chrono::milliseconds(300));
        QCOMPARE(report.keychainError.kind, ErrorKind::Timeout);
        for (const ReadinessItem& i : report.items)
            QCOMPARE(i.status, SecretStatus::Unreadable);
        QVERIFY(!report.ready());
    }

    void emptyManifestIsReady()
    {
        Vault vault(QStringLiteral("empty"), m_dir.path());
        const ReadinessReport report =
            fetchSync(manifest("name: none\nsecrets: []\n"), vault, nullptr);
        QVERIFY(report.items.isEmpty());
        QVERIFY(report.ready());
    }

    // Last: locks the private keyring for the rest of this process.
    void lockedKeychainIsUnreadable()
    {
        Vault vault(QStringLiteral("locked"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("OPENAI_API_KEY"), kCanary));
        QVERIFY(!setSync(vault, QStringLiteral("WEBHOOK_SECRET"), kCanary));
        QVERIFY(testsupport::lockKeyring());

        QHash<QString, QString> values;
        const ReadinessReport report = fetchSync(manifest(), vault, &values);
        QCOMPARE(item(report, QStringLiteral("OPENAI_API_KEY")).status, SecretStatus::Unreadable);
        QCOMPARE(item(report, QStringLiteral("WEBHOOK_SECRET")).status, SecretStatus::Unreadable);
        // Not listed, and "not found" from a locked keychain: that proves
        // nothing (core/README.md), so it is unreadable, never missing.
        QCOMPARE(item(report, QStringLiteral("HF_TOKEN")).status, SecretStatus::Unreadable);
        QVERIFY(report.keychainError);
        QVERIFY(!report.ready());
        QVERIFY(values.isEmpty());
        QVERIFY(!report.keychainError.message.contains(kCanary));
    }

private:
    QTemporaryDir m_dir;
    int m_vaults = 0;
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
