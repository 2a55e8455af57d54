// The vault against the real Secret Service: tests/with-keyring.sh gives this
// process its own D-Bus session and unlocked gnome-keyring. Registered twice:
// with the libsecret store and with the QtKeychain store.
#include "Vault.h"

#include "SecretServiceStore.h"
#include "VaultLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "TestKeychain.h"

using namespace testsupport;
using namespace latchkey;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QString> listedKeys(const QList<SecretInfo>& entries)
{
    QSet<QString> keys;
    for (const SecretInfo& info : entries)
        keys.insert(info.key);
    return keys;
}

// `secret-tool search --all server latchkey/VAULT`, whole, for labels and attributes.
QByteArray secretToolSearch(const QString& vault)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), Vault::serviceFor(vault)});
    tool.waitForFinished(30000);
    // It prints labels and values on standard output, attributes on standard error.
    return tool.readAllStandardOutput() + tool.readAllStandardError();
}

bool secretToolStore(const QString& vault, const QString& key, const QByteArray& value)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("store"), QStringLiteral("--label=stored by another tool"),
                QStringLiteral("server"), Vault::serviceFor(vault), QStringLiteral("user"), key});
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitCode() == 0;
}

bool secretToolClear(const QString& vault, const QString& key)
{
    return QProcess::execute(QStringLiteral("secret-tool"),
                             {QStringLiteral("clear"), QStringLiteral("server"),
                              Vault::serviceFor(vault), QStringLiteral("user"), key}) == 0;
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
        QCOMPARE(secretToolKeys(QStringLiteral("crud")), listedKeys(first));

        QTest::qWait(20);
        const QString rotated = QStringLiteral("sk-canary-rotated-000000099");
        QVERIFY(!setSync(vault, QStringLiteral("OPENAI_API_KEY"), rotated));
        QVERIFY(!valueSync(vault, QStringLiteral("OPENAI_API_KEY"), value));
        QVERIFY(value == rotated);
        QCOMPARE(secretToolLookup(QStringLiteral("crud"), QStringLiteral("OPENAI_API_KEY")),
                 rotated.toUtf8());
        const auto second = vault.list().entries;
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).created, first.at(0).created);
        QVERIFY(second.at(0).updated > first.at(0).updated);
        QCOMPARE(second.at(0).description, QStringLiteral("For GPT-4 calls"));
        // An update replaces the item; it never leaves a second one behind.
        QCOMPARE(secretToolSearch(QStringLiteral("crud")).count("attribute.user = "), 1);

        QVERIFY(!removeSync(vault, QStringLiteral("OPENAI_API_KEY")));
        QVERIFY(vault.list().entries.isEmpty());
        QCOMPARE(valueSync(vault, QStringLiteral("OPENAI_API_KEY"), value).kind,
                 ErrorKind::NotFound);
        QVERIFY(secretToolKeys(QStringLiteral("crud")).isEmpty());
        QCOMPARE(removeSync(vault, QStringLiteral("OPENAI_API_KEY")).kind, ErrorKind::NotFound);
        QVERIFY(!QFile::exists(vault.index().journalPath())); // nothing left pending
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

    // Each item says what it is: Seahorse and KeePassXC show the label, and
    // python's keyring finds it by service and username.
    void itemsAreLabelledForPeople()
    {
        Vault vault(QStringLiteral("labels"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_canary_1")));
        QVERIFY(!setSync(vault, QStringLiteral("HF_TOKEN"), QStringLiteral("hf_canary_2")));
        const QByteArray found = secretToolSearch(QStringLiteral("labels"));
        if (isLibsecret()) {
            QVERIFY2(found.contains("label = GITHUB_TOKEN (Latchkey, vault labels)"),
                     found.constData());
            QVERIFY(found.contains("label = HF_TOKEN (Latchkey, vault labels)"));
            QVERIFY(found.contains("attribute.service = latchkey/labels"));
            QVERIFY(found.contains("attribute.username = HF_TOKEN"));
            // An item another tool stored gets the readable label when it is
            // next written, and a label that is right already stays.
            QVERIFY(secretToolStore(QStringLiteral("labels"), QStringLiteral("OLD_KEY"), "old-1"));
            QVERIFY(secretToolSearch(QStringLiteral("labels")).contains("stored by another tool"));
            QVERIFY(!setSync(vault, QStringLiteral("OLD_KEY"), QStringLiteral("new-value-2")));
            QVERIFY(!setSync(vault, QStringLiteral("HF_TOKEN"), QStringLiteral("hf_canary_3")));
            const QByteArray after = secretToolSearch(QStringLiteral("labels"));
            QVERIFY2(after.contains("label = OLD_KEY (Latchkey, vault labels)"), after.constData());
            QVERIFY(!after.contains("stored by another tool"));
            QVERIFY(after.contains("label = HF_TOKEN (Latchkey, vault labels)"));
        } else {
            // QtKeychain labels every item with its service name.
            QVERIFY(found.contains("label = latchkey/labels"));
        }
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
        QTest::addColumn<QString>("description");
        QTest::newRow("empty value") << "GOOD_KEY"
                                     << "" << QString();
        QTest::newRow("nul in value")
            << "GOOD_KEY" << QString::fromUtf16(u"ab\0cd", 5) << QString();
        QTest::newRow("too large") << "GOOD_KEY" << QString(64 * 1024 + 1, u'x') << QString();
        QTest::newRow("bad key") << "9BAD"
                                 << "value" << QString();
        QTest::newRow("description over 1 KiB") << "GOOD_KEY"
                                                << "value" << QString(1025, u'd');
    }
    void invalidInputStoresNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, description);
        Vault vault(QStringLiteral("invalid"), m_dir.path());
        const std::optional<QString> text =
            description.isNull() ? std::nullopt : std::optional<QString>(description);
        QCOMPARE(setSync(vault, key, value, text).kind, ErrorKind::InvalidInput);
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

    void descriptionsChangeWithoutTheKeychain()
    {
        Vault vault(QStringLiteral("signals"), m_dir.path());
        int changes = 0;
        connect(&vault, &Vault::changed, this, [&] { ++changes; });
        QVERIFY(!setSync(vault, QStringLiteral("A_KEY"), QStringLiteral("v")));
        QVERIFY(changes >= 1);
        QVERIFY(!describeSync(vault, QStringLiteral("A_KEY"), QStringLiteral("desc")));
        QCOMPARE(vault.list().entries.at(0).description, QStringLiteral("desc"));
        QCOMPARE(describeSync(vault, QStringLiteral("NO_SUCH"), QStringLiteral("x")).kind,
                 ErrorKind::NotFound);
        QCOMPARE(describeSync(vault, QStringLiteral("A_KEY"), QString(2000, u'x')).kind,
                 ErrorKind::InvalidInput);
        QCOMPARE(vault.list().entries.at(0).description, QStringLiteral("desc"));
    }

    // Readiness asks whether keys exist, all at once, without their values.
    void presenceWithoutValues()
    {
        Vault vault(QStringLiteral("presence"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("THERE"), QStringLiteral("v")));
        Error error;
        const auto found =
            presenceSync(vault, {QStringLiteral("THERE"), QStringLiteral("NOT_THERE")}, &error);
        QVERIFY(!error);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0), Presence::Present);
        QCOMPARE(found.at(1), isLibsecret() ? Presence::Absent : Presence::Unknown);
    }

    // Items are found by their attributes, whoever stored them.
    void itemsStoredByAnotherToolAreFound()
    {
        Vault vault(QStringLiteral("foreign"), m_dir.path());
        QVERIFY(secretToolStore(QStringLiteral("foreign"), QStringLiteral("FROM_SECRET_TOOL"),
                                "canary-from-secret-tool"));
        QString value;
        const Error read = valueSync(vault, QStringLiteral("FROM_SECRET_TOOL"), value);
        if (!isLibsecret()) {
            // QtKeychain matches its own schema name too, so it cannot see
            // the item: the reason the libsecret store exists.
            QCOMPARE(read.kind, ErrorKind::NotFound);
            return;
        }
        QVERIFY2(!read, qPrintable(read.message));
        QCOMPARE(value, QStringLiteral("canary-from-secret-tool"));
        QCOMPARE(presenceSync(vault, {QStringLiteral("FROM_SECRET_TOOL")}).value(0),
                 Presence::Present);
        // The list shows what exists: refresh() adopts the item.
        const VaultListing listing = refreshSync(vault);
        QVERIFY(listedKeys(listing.entries).contains(QStringLiteral("FROM_SECRET_TOOL")));
        QVERIFY(!listing.notices.isEmpty());
        QCOMPARE(listedKeys(vault.list().entries), secretToolKeys(QStringLiteral("foreign")));
        QCOMPARE(listing.status.state, KeychainState::Available);
        QCOMPARE(listing.status.provider, QStringLiteral("gnome-keyring"));
    }

    // An entry whose value another program removed is not listed as if it
    // were there.
    void entriesWithoutValuesAreDropped()
    {
        Vault vault(QStringLiteral("phantom"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("GONE"), QStringLiteral("v1")));
        QVERIFY(!setSync(vault, QStringLiteral("KEPT"), QStringLiteral("v2")));
        QVERIFY(secretToolClear(QStringLiteral("phantom"), QStringLiteral("GONE")));
        QString value;
        const Error read = valueSync(vault, QStringLiteral("GONE"), value);
        if (!isLibsecret()) {
            // QtKeychain on Linux cannot tell "gone" from "locked": it keeps the entry.
            QCOMPARE(read.kind, ErrorKind::Unreadable);
            return;
        }
        QCOMPARE(read.kind, ErrorKind::NotFound);
        const VaultListing listing = refreshSync(vault);
        QCOMPARE(listedKeys(listing.entries), QSet<QString>{QStringLiteral("KEPT")});
        QCOMPARE(listedKeys(vault.list().entries), secretToolKeys(QStringLiteral("phantom")));
    }

    // What an interrupted change left in the journal is settled by asking the
    // keychain, by the next transaction of the vault.
    void interruptedChangesAreResolved()
    {
        const QString name = QStringLiteral("journal");
        Vault vault(name, m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("UPDATED"), QStringLiteral("old-value")));
        QVERIFY(!setSync(vault, QStringLiteral("DELETED"), QStringLiteral("doomed")));
        // A process that died: after storing NEW (revision r1) and deleting
        // DELETED in the keychain, before updating the index...
        const QDateTime when = QDateTime::currentDateTimeUtc();
        bool stored = false;
        waitFor([&](auto finish, QObject* context) {
            vault.store()->write(QStringLiteral("NEW"), QStringLiteral("new-value-0000000001"),
                                 QStringLiteral("r1"), context, [&, finish](const Error& e) {
                                     stored = !e;
                                     finish();
                                 });
        });
        QVERIFY(stored);
        QVERIFY(secretToolClear(name, QStringLiteral("DELETED")));
        // ... and one that died before its write reached the keychain.
        const QList<Intent> journal{
            {Intent::Op::Set, QStringLiteral("NEW"), QStringLiteral("r1"), when,
             QStringLiteral("hint-of-new"), QStringLiteral("written before the crash")},
            {Intent::Op::Delete, QStringLiteral("DELETED"), {}, when, {}, {}},
            {Intent::Op::Set, QStringLiteral("NEVER"), QStringLiteral("r2"), when,
             QStringLiteral("x"), QStringLiteral("never stored")},
        };
        QVERIFY(!vault.index().writeJournal(journal));

        // The next change (of anything) settles them first.
        QVERIFY(!setSync(vault, QStringLiteral("OTHER"), QStringLiteral("v")));
        const QList<SecretInfo> entries = vault.list().entries;
        if (!isLibsecret()) {
            // QtKeychain on Linux cannot prove an item absent (a locked
            // keychain answers the same): what it cannot prove stays pending.
            QVERIFY(listedKeys(entries).contains(QStringLiteral("NEW")));
            QVERIFY(listedKeys(entries).contains(QStringLiteral("DELETED")));
            QVERIFY(!listedKeys(entries).contains(QStringLiteral("NEVER")));
            const auto pending = vault.index().readJournal();
            QVERIFY(pending.ok());
            QCOMPARE(pending->size(), 2);
            return;
        }
        QCOMPARE(listedKeys(entries),
                 (QSet<QString>{QStringLiteral("UPDATED"), QStringLiteral("NEW"),
                                QStringLiteral("OTHER")}));
        const auto at = VaultIndex::find(entries, QStringLiteral("NEW"));
        QVERIFY(at);
        QCOMPARE(entries.at(*at).description, QStringLiteral("written before the crash"));
        QVERIFY(!QFile::exists(vault.index().journalPath()));
        QCOMPARE(listedKeys(entries), secretToolKeys(name));
    }

    // The index is never read on the caller's thread (the GUI's): reading it
    // for remove(), and for value() of a key the keychain does not have,
    // waits for the vault's lock when the file looks corrupt
    // (VaultIndex::load()), and another process may hold that lock for
    // seconds. While the lock is held here, the caller's event loop must keep
    // turning and the answer must wait; once it is released, the answer comes.
    void indexReadsNeverWaitOnTheCallersThread()
    {
        const QString name = QStringLiteral("waiting");
        Vault vault(name, m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("WAITED_FOR"), QStringLiteral("canary-wait-3e9d")));
        auto whileLocked = [&](const std::function<void(std::function<void()> answered)>& call) {
            QFile index(vault.index().path());
            QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
            index.write("{\"schema\": 3, \"secrets\": [tor");
            index.close();
            auto lock = VaultLock::acquire(vault.index().lockPath(), std::chrono::seconds(1));
            QVERIFY(lock.ok());
            bool answered = false;
            QElapsedTimer clock;
            clock.start();
            call([&answered] { answered = true; });
            bool ticked = false;
            QTimer::singleShot(10, this, [&ticked] { ticked = true; });
            QTRY_VERIFY_WITH_TIMEOUT(ticked, 30000);
            // A read on this thread would have waited 10 s for the lock first.
            QVERIFY2(clock.elapsed() < 5000, "the caller's thread waited for the vault's lock");
            QVERIFY(!answered);   // the read is still waiting for the lock
            lock.value().reset(); // released
            QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        };
        Error removed{ErrorKind::Other, QStringLiteral("no answer")};
        whileLocked([&](std::function<void()> answered) {
            vault.remove(QStringLiteral("WAITED_FOR"), this, [&removed, answered](const Error& e) {
                removed = e;
                answered();
            });
        });
        QVERIFY2(!removed, qPrintable(removed.message));
        QVERIFY(secretToolKeys(name).isEmpty());

        Error read;
        whileLocked([&](std::function<void()> answered) {
            vault.value(QStringLiteral("NEVER_STORED"), this,
                        [&read, answered](const Error& e, const QString&) {
                            read = e;
                            answered();
                        });
        });
        QCOMPARE(read.kind, ErrorKind::NotFound);
    }

    void statusNamesTheProvider()
    {
        Vault vault(QStringLiteral("status"), m_dir.path());
        const KeychainStatus status = statusSync(vault);
        QCOMPARE(status.state, KeychainState::Available);
        QVERIFY(!status.store.isEmpty());
        if (isLibsecret())
            QCOMPARE(status.provider, QStringLiteral("gnome-keyring"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
