// The team store's formats, without gpg or git: OpenPGP recipient headers,
// the per-key metadata file, the pass layout, and how shared metadata
// reaches the local index.
#include "PassStore.h"
#include "PgpPackets.h"
#include "TeamMeta.h"
#include "TeamSync.h"
#include "VaultShared.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

// A version 3 public-key encrypted session key packet for `keyId`, in the
// old (tag in bits 5-2) or new packet format.
QByteArray sessionKeyPacket(const QByteArray& keyId, bool newFormat)
{
    const QByteArray body = QByteArray(1, '\x03') + QByteArray::fromHex(keyId) +
                            QByteArray(1, '\x12') + QByteArray(40, '\x55');
    if (newFormat)
        return QByteArray(1, '\xc1') + QByteArray(1, static_cast<char>(body.size())) + body;
    return QByteArray(1, '\x84') + QByteArray(1, static_cast<char>(body.size())) + body;
}

QByteArray encryptedData()
{
    return QByteArray(1, '\xd2') + QByteArray(1, '\x05') + QByteArray(5, '\x01');
}

void touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

} // namespace

class TestTeamFormat : public QObject {
    Q_OBJECT
private slots:
    void recipientsFromHeaders()
    {
        const QByteArray message = sessionKeyPacket("3EF21A1CED9C4508", false) +
                                   sessionKeyPacket("c4b519f1d415d56e", true) + encryptedData();
        const PgpRecipients r = pgpRecipients(message);
        QVERIFY(r.ok);
        QCOMPARE(r.keyIds, (QStringList{QStringLiteral("3EF21A1CED9C4508"),
                                        QStringLiteral("C4B519F1D415D56E")}));
        // Only the head is needed: the encrypted data is never parsed.
        QCOMPARE(pgpRecipients(message.left(message.size() - 3)).keyIds, r.keyIds);
        const PgpRecipients hidden = pgpRecipients(sessionKeyPacket("0000000000000000", false));
        QCOMPARE(hidden.keyIds, QStringList{kHiddenRecipient});
    }

    void notOpenPgp_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("armor") << QByteArray("-----BEGIN PGP MESSAGE-----\n");
        QTest::newRow("text") << QByteArray("hunter2\n");
        QTest::newRow("truncated") << sessionKeyPacket("3EF21A1CED9C4508", false).left(6);
        QTest::newRow("empty") << QByteArray();
    }
    void notOpenPgp()
    {
        QFETCH(QByteArray, bytes);
        const PgpRecipients r = pgpRecipients(bytes);
        QVERIFY(!r.ok);
        QVERIFY(r.keyIds.isEmpty());
    }

    void metaRoundTripNeverHoldsAValue()
    {
        TeamMeta meta;
        meta.key = QStringLiteral("API_TOKEN");
        meta.description = QStringLiteral("Deploy token");
        meta.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        meta.updated = meta.created.addSecs(60);
        meta.updatedBy = QStringLiteral("Alice <alice@example.test>");
        meta.revision = QStringLiteral("92ff7ab2e1d948fe");
        meta.fileDigest = TeamMeta::digestOf("ciphertext");
        meta.rotate = QStringLiteral("Bob was removed");
        const QByteArray json = meta.toJson();
        QCOMPARE(TeamMeta::fromJson(json, QStringLiteral("API_TOKEN")), std::optional(meta));
        QVERIFY(!json.contains("hint"));
        // One field per line, so that git shows (and merges) small changes.
        QVERIFY(json.count('\n') >= 9);
        // Metadata of another key, a newer schema or garbage is not read.
        QVERIFY(!TeamMeta::fromJson(json, QStringLiteral("OTHER")));
        QByteArray newer = json;
        newer.replace("\"schema\": 1", "\"schema\": 2");
        QVERIFY(!TeamMeta::fromJson(newer, QStringLiteral("API_TOKEN")));
        QVERIFY(!TeamMeta::fromJson("{", QStringLiteral("API_TOKEN")));
        meta.rotate.clear();
        QVERIFY(!meta.toJson().contains("rotate"));
    }

    void passLayout()
    {
        QTemporaryDir top;
        const QString store = top.filePath(QStringLiteral("team/app"));
        touch(store + QStringLiteral("/API_TOKEN.gpg"));
        touch(store + QStringLiteral("/web-login.gpg")); // not a key name: pass's, left alone
        touch(store + QStringLiteral("/sub/NESTED.gpg"));
        touch(store + QStringLiteral("/.latchkey/API_TOKEN.json"));
        touch(top.filePath(QStringLiteral("team/.gpg-id")));
        const PassStore pass(store, top.path());
        QCOMPARE(pass.keys(), QStringList{QStringLiteral("API_TOKEN")});
        // The nearest .gpg-id going up, with the members' keys beside it.
        QCOMPARE(pass.gpgIdPath(), top.filePath(QStringLiteral("team/.gpg-id")));
        QCOMPARE(pass.publicKeysFolder(), top.filePath(QStringLiteral("team/.public-keys")));
        QCOMPARE(pass.keyOfPath(QStringLiteral("team/app/API_TOKEN.gpg")),
                 QStringLiteral("API_TOKEN"));
        QCOMPARE(pass.keyOfPath(QStringLiteral("team/app/.latchkey/API_TOKEN.json")),
                 QStringLiteral("API_TOKEN"));
        QCOMPARE(pass.keyOfPath(QStringLiteral("team/.gpg-id")), QString());
        QCOMPARE(pass.keyOfPath(QStringLiteral("team/app/sub/NESTED.gpg")), QString());
        QCOMPARE(PassStore::parseGpgId("ABCD # Alice\n\n  bob@example.test  \n# all comment\n"),
                 (QStringList{QStringLiteral("ABCD"), QStringLiteral("bob@example.test")}));
    }

    void passNewlineConvention()
    {
        QCOMPARE(PassStore::valueBytesOf("value\n", false), QByteArray("value"));
        QCOMPARE(PassStore::valueBytesOf("value\r\n", false), QByteArray("value"));
        QCOMPARE(PassStore::valueBytesOf("two\n\n", false), QByteArray("two\n"));
        QCOMPARE(PassStore::valueBytesOf("value\n", true), QByteArray("value\n"));
    }

    void sharedMetadataReachesTheIndex()
    {
        const QDateTime then(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        Reconciliation out;
        out.entries = {
            {QStringLiteral("SAME"), QStringLiteral("old"), then, then, QStringLiteral("mask-a")},
            {QStringLiteral("CHANGED"), QString(), then, then, QStringLiteral("mask-b")}};
        out.needHint = {QStringLiteral("CHANGED")};
        KeychainView view;
        view.shared = true;
        view.items.insert(
            QStringLiteral("SAME"),
            {QStringLiteral("SAME"),
             Presence::Present,
             {},
             SharedInfo{QStringLiteral("new"), then, then, QStringLiteral("Alice"), {}}});
        view.items.insert(QStringLiteral("CHANGED"),
                          {QStringLiteral("CHANGED"),
                           Presence::Denied,
                           {},
                           SharedInfo{QStringLiteral("d"), then, then.addSecs(5),
                                      QStringLiteral("Bob"), QStringLiteral("Carol was removed")}});
        adoptShared(out, view);
        QVERIFY(out.entriesChanged);
        QCOMPARE(out.entries[0].description, QStringLiteral("new"));
        QCOMPARE(out.entries[0].hint, QStringLiteral("mask-a")); // same value: mask kept
        QCOMPARE(out.entries[1].updated, then.addSecs(5));
        QCOMPARE(out.entries[1].hint, QString()); // changed elsewhere: its mask is unknown
        QCOMPARE(out.entries[1].updatedBy, QStringLiteral("Bob"));
        QCOMPARE(out.entries[1].rotate, QStringLiteral("Carol was removed"));
        QVERIFY(out.needHint.isEmpty()); // listing never decrypts

        Reconciliation local;
        local.entries = out.entries;
        KeychainView keychain = view;
        keychain.shared = false;
        adoptShared(local, keychain);
        QVERIFY(!local.entriesChanged);
    }

    void syncStateWords()
    {
        SyncState state;
        QCOMPARE(state.name(), QStringLiteral("local"));
        state.hasRemote = true;
        QCOMPARE(state.name(), QStringLiteral("in-sync"));
        state.ahead = 2;
        QCOMPARE(state.name(), QStringLiteral("ahead"));
        QCOMPARE(state.text(), QStringLiteral("2 to push"));
        state.behind = 1;
        QCOMPARE(state.name(), QStringLiteral("diverged"));
        state.offline = true;
        QCOMPARE(state.name(), QStringLiteral("offline"));
        state.conflicts << QStringLiteral("API_TOKEN");
        QCOMPARE(state.name(), QStringLiteral("conflict"));
        QVERIFY(state.text().startsWith(QStringLiteral("conflict: API_TOKEN")));
    }
};

QTEST_GUILESS_MAIN(TestTeamFormat)
#include "tst_teamformat.moc"
