// Team vault members: add one from a key file (who then reads everything),
// refuse missing and expired keys naming them, remove one (re-encrypted so
// their key no longer decrypts, and flagged for rotation until set again),
// readiness without decrypting, and what status says.
#include "TeamFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kVault = QStringLiteral("crew");

bool needsRotation(const QByteArray& listJson, const QString& key)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(listJson).object()["secrets"].toArray())
        if (v.toObject()["key"].toString() == key)
            return v.toObject()["needsRotation"].toBool();
    return false;
}

} // namespace

class TestTeamMembers : public QObject {
    Q_OBJECT

    TeamFixture team;
    TeamMember alice, bob, carol, dave;
    QList<QByteArray> canaries;
    QHash<QString, QByteArray> values;
    QByteArray carolLate; // set by Carol while offline, before Bob's removal
    QTemporaryDir app;

    CliResult in(const TeamMember& m, const QStringList& arguments, const QByteArray& input = {})
    {
        return m.cli(QStringList{QStringLiteral("--vault"), kVault} + arguments, input);
    }
    QByteArray reveal(const TeamMember& m, const QString& key)
    {
        const CliResult r = in(m, {QStringLiteral("get"), key, QStringLiteral("--reveal")});
        return r.exitCode == 0 ? r.out
                               : QByteArray("exit ") + QByteArray::number(r.exitCode) + r.err;
    }
    QByteArray remoteHead() const
    {
        return alice
            .tool(QStringLiteral("git"), {QStringLiteral("--git-dir"), team.remote,
                                          QStringLiteral("rev-parse"), QStringLiteral("HEAD")})
            .out;
    }
    void setSecret(const QString& key, const char* tag)
    {
        canaries << TeamFixture::canary(tag);
        const CliResult r = in(alice, {QStringLiteral("set"), key}, canaries.last());
        QVERIFY2(r.exitCode == 0, r.err);
        values.insert(key, canaries.last());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(team.start());
        alice = team.add(QStringLiteral("Alice"));
        bob = team.add(QStringLiteral("Bob"));
        carol = team.add(QStringLiteral("Carol"));
        dave = team.add(QStringLiteral("Dave"), true); // his key expired in 2020
        const CliResult init = team.share(alice, bob, kVault);
        QVERIFY2(init.exitCode == 0, init.err);
        setSecret(QStringLiteral("DB_PASSWORD"), "DBP1");
        setSecret(QStringLiteral("WEBHOOK_SECRET"), "WHS1");
        const CliResult join = team.join(bob, kVault);
        QVERIFY2(join.exitCode == 0, join.err);
        QFile manifest(app.filePath(QStringLiteral("inf.yml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("name: crew-app\nsecrets:\n  - key: DB_PASSWORD\n  - key: WEBHOOK_SECRET\n");
    }

    void initRefusesARecipientWithoutKey()
    {
        const CliResult refused =
            alice.cli({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("other"),
                       QStringLiteral("--git"), team.remoteUrl(), QStringLiteral("--recipient"),
                       alice.fingerprint, QStringLiteral("--recipient"),
                       QStringLiteral("nobody@example.test")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("nobody@example.test"), refused.err);
        QVERIFY2(refused.err.contains("Nothing was changed."), refused.err);
        QCOMPARE(refused.err.count('\n'), 1);
        // Nothing made: no clone, no registered vault.
        QVERIFY(!QFileInfo::exists(alice.store(QStringLiteral("other"))));
        QVERIFY(
            !alice.cli({QStringLiteral("vault"), QStringLiteral("list")}).out.contains("other"));
    }

    void addMemberFromKeyFile()
    {
        // Bob set a secret again and pushed; Alice's clone is behind. Her
        // member change brings his value in first and encrypts that one for
        // Carol, rather than her old copy (which the next sync would then
        // have to ask about, as if both had changed it).
        canaries << TeamFixture::canary("WHS2");
        const CliResult bobs =
            in(bob, {QStringLiteral("set"), QStringLiteral("WEBHOOK_SECRET")}, canaries.last());
        QVERIFY2(bobs.exitCode == 0 && bobs.err.isEmpty(), bobs.err);
        values.insert(QStringLiteral("WEBHOOK_SECRET"), canaries.last());

        const CliResult added = alice.cli({QStringLiteral("vault"), QStringLiteral("members"),
                                           kVault, QStringLiteral("add"), carol.publicKey});
        QVERIFY2(added.exitCode == 0, added.err);
        QVERIFY2(added.out.contains("re-encrypted 2 secrets"), added.out);
        QVERIFY2(added.err.isEmpty(), added.err); // pushed at once: nothing left to sync
        const CliResult synced = in(alice, {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.out + synced.err);
        QCOMPARE(reveal(alice, QStringLiteral("WEBHOOK_SECRET")),
                 values.value(QStringLiteral("WEBHOOK_SECRET")));
        const CliResult join = team.join(carol, kVault);
        QVERIFY2(join.exitCode == 0, join.err);
        for (const QString& key : values.keys())
            QCOMPARE(reveal(carol, key), values.value(key));
        const CliResult members =
            carol.cli({QStringLiteral("vault"), QStringLiteral("members"), kVault});
        QCOMPARE(members.out.count("  ok"), 3);
        // Adding her again changes nothing.
        const QByteArray head = remoteHead();
        const CliResult again = alice.cli({QStringLiteral("vault"), QStringLiteral("members"),
                                           kVault, QStringLiteral("add"), carol.fingerprint});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already a member"));
        QCOMPARE(remoteHead(), head);
    }

    void valueSetBehindAMemberChangeReachesTheNewMember()
    {
        // Bob's clone has not seen Carol join: his new secret is encrypted
        // for Alice and him, and stays here (the remote is ahead). His sync
        // replays it on top of Carol's arrival and encrypts it for her too.
        canaries << TeamFixture::canary("LAT1");
        const CliResult set =
            in(bob, {QStringLiteral("set"), QStringLiteral("LATE_KEY")}, canaries.last());
        QVERIFY2(set.exitCode == 0, set.err);
        QVERIFY2(set.err.contains("was not pushed"), set.err);
        values.insert(QStringLiteral("LATE_KEY"), canaries.last());
        const CliResult synced = in(bob, {QStringLiteral("sync")});
        QVERIFY2(synced.exitCode == 0, synced.out + synced.err);
        QCOMPARE(in(carol, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(reveal(carol, QStringLiteral("LATE_KEY")),
                 values.value(QStringLiteral("LATE_KEY")));
        QCOMPARE(in(alice, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(reveal(alice, QStringLiteral("LATE_KEY")),
                 values.value(QStringLiteral("LATE_KEY")));
    }

    void expiredKeyIsRefusedByName()
    {
        const QByteArray head = remoteHead();
        const CliResult added = alice.cli({QStringLiteral("vault"), QStringLiteral("members"),
                                           kVault, QStringLiteral("add"), dave.publicKey});
        QCOMPARE(added.exitCode, 2);
        QVERIFY2(added.err.contains(dave.fingerprint.toLatin1()) && added.err.contains("expired"),
                 added.err);
        QCOMPARE(remoteHead(), head);
    }

    void recipientWithoutKeyMakesSetRefuse()
    {
        // Someone listed a recipient whose public key nobody shared.
        const QString stranger = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
        const QString gpgId = alice.store(kVault) + QStringLiteral("/.gpg-id");
        QFile file(gpgId);
        QVERIFY(file.open(QIODevice::Append));
        file.write(stranger.toLatin1() + '\n');
        file.close();
        QCOMPARE(
            alice
                .git(kVault,
                     {QStringLiteral("-c"), QStringLiteral("user.name=A"), QStringLiteral("-c"),
                      QStringLiteral("user.email=a@example.test"), QStringLiteral("commit"),
                      QStringLiteral("-qam"), QStringLiteral("Add a stranger")})
                .exitCode,
            0);
        const QByteArray before =
            alice.git(kVault, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out;
        const QByteArray value = TeamFixture::canary("STR1");
        canaries << value;
        const CliResult refused =
            in(alice, {QStringLiteral("set"), QStringLiteral("NEW_KEY")}, value);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(stranger.toLatin1()), refused.err);
        QVERIFY(!refused.err.contains(value));
        // One sentence on what was left alone, not two.
        QCOMPARE(refused.err.count('\n'), 1);
        QVERIFY2(refused.err.contains("NEW_KEY was not changed") &&
                     !refused.err.contains("Nothing was changed"),
                 refused.err);
        // Nothing changed: no file, no commit, not listed.
        QVERIFY(!QFile::exists(alice.store(kVault) + QStringLiteral("/NEW_KEY.gpg")));
        QCOMPARE(alice.git(kVault, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out,
                 before);
        QVERIFY(!in(alice, {QStringLiteral("list")}).out.contains("NEW_KEY"));

        // The same with an expired key in the keyring.
        QCOMPARE(alice
                     .git(kVault, {QStringLiteral("reset"), QStringLiteral("-q"),
                                   QStringLiteral("--hard"), QStringLiteral("HEAD~1")})
                     .exitCode,
                 0);
        TeamFixture::importKey(alice, dave);
        QVERIFY(file.open(QIODevice::Append));
        file.write(dave.fingerprint.toLatin1() + '\n');
        file.close();
        const CliResult expired =
            in(alice, {QStringLiteral("set"), QStringLiteral("NEW_KEY")}, value);
        QCOMPARE(expired.exitCode, 2);
        QVERIFY2(expired.err.contains(dave.fingerprint.toLatin1()) &&
                     expired.err.contains("expired"),
                 expired.err);
        QCOMPARE(alice
                     .git(kVault, {QStringLiteral("checkout"), QStringLiteral("--"),
                                   QStringLiteral(".gpg-id")})
                     .exitCode,
                 0);
    }

    void removedMemberCanNoLongerReadAndSecretsNeedRotation()
    {
        // Carol sets a secret offline, before Bob is removed: encrypted for
        // him too until her sync (valueSetBehindARemovalIsNotForTheRemovedMember).
        QVERIFY(team.setOnline(false));
        canaries << TeamFixture::canary("LAT2");
        const CliResult late =
            in(carol, {QStringLiteral("set"), QStringLiteral("CAROL_LATE")}, canaries.last());
        QVERIFY(team.setOnline(true));
        QVERIFY2(late.exitCode == 0, late.err);
        QVERIFY2(late.err.contains("could not be reached"), late.err);
        carolLate = canaries.last();

        const CliResult removed = alice.cli({QStringLiteral("vault"), QStringLiteral("members"),
                                             kVault, QStringLiteral("remove"), bob.fingerprint});
        QVERIFY2(removed.exitCode == 0, removed.err);
        QVERIFY2(removed.out.contains("3 secrets need rotation"), removed.out);

        // The new files are encrypted for Alice and Carol only: Bob's key
        // cannot decrypt them, Carol's can.
        for (const QString& key : values.keys()) {
            QFile file(alice.store(kVault) + u'/' + key + QStringLiteral(".gpg"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray cipher = file.readAll();
            const CliResult byBob =
                bob.tool(QStringLiteral("gpg"),
                         {QStringLiteral("--batch"), QStringLiteral("--decrypt")}, cipher);
            QVERIFY(byBob.exitCode != 0);
            QVERIFY(byBob.err.contains("No secret key"));
            QVERIFY(byBob.out.isEmpty());
            QCOMPARE(carol
                         .tool(QStringLiteral("gpg"),
                               {QStringLiteral("--batch"), QStringLiteral("--decrypt")}, cipher)
                         .out,
                     values.value(key));
        }
        // Flagged in list and check until the value changes.
        const QByteArray list = in(alice, {QStringLiteral("list"), QStringLiteral("--json")}).out;
        QVERIFY(needsRotation(list, QStringLiteral("DB_PASSWORD")));
        QVERIFY(needsRotation(list, QStringLiteral("WEBHOOK_SECRET")));
        QVERIFY(in(alice, {QStringLiteral("list")}).out.contains("needs rotation"));
        const CliResult check =
            in(alice, {QStringLiteral("check"), app.filePath(QStringLiteral("inf.yml"))});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains("DB_PASSWORD needs rotation: Bob"), check.out);

        setSecret(QStringLiteral("DB_PASSWORD"), "DBP2");
        const QByteArray after = in(alice, {QStringLiteral("list"), QStringLiteral("--json")}).out;
        QVERIFY(!needsRotation(after, QStringLiteral("DB_PASSWORD")));
        QVERIFY(needsRotation(after, QStringLiteral("WEBHOOK_SECRET")));

        // Carol sees the same flags after a sync.
        QCOMPARE(carol.cli({QStringLiteral("--vault"), kVault, QStringLiteral("sync")}).exitCode,
                 0);
        const QByteArray carols = in(carol, {QStringLiteral("list"), QStringLiteral("--json")}).out;
        QVERIFY(!needsRotation(carols, QStringLiteral("DB_PASSWORD")));
        QVERIFY(needsRotation(carols, QStringLiteral("WEBHOOK_SECRET")));
        QCOMPARE(reveal(carol, QStringLiteral("DB_PASSWORD")),
                 values.value(QStringLiteral("DB_PASSWORD")));
    }

    void valueSetBehindARemovalIsNotForTheRemovedMember()
    {
        // Carol's sync (above) replayed CAROL_LATE on top of Bob's removal
        // and encrypted it anew for Alice and her only.
        values.insert(QStringLiteral("CAROL_LATE"), carolLate);
        const QByteArray cipher =
            alice
                .tool(QStringLiteral("git"),
                      {QStringLiteral("--git-dir"), team.remote, QStringLiteral("show"),
                       QStringLiteral("HEAD:CAROL_LATE.gpg")})
                .out;
        QVERIFY(!cipher.isEmpty());
        const CliResult byBob =
            bob.tool(QStringLiteral("gpg"),
                     {QStringLiteral("--batch"), QStringLiteral("--decrypt")}, cipher);
        QVERIFY(byBob.exitCode != 0 && byBob.out.isEmpty());
        QCOMPARE(in(alice, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(reveal(alice, QStringLiteral("CAROL_LATE")),
                 values.value(QStringLiteral("CAROL_LATE")));
        // A value set after the removal needs no rotation.
        QVERIFY(!needsRotation(in(alice, {QStringLiteral("list"), QStringLiteral("--json")}).out,
                               QStringLiteral("CAROL_LATE")));
    }

    void readinessKnowsWhoIsARecipientWithoutDecrypting()
    {
        QCOMPARE(bob.cli({QStringLiteral("--vault"), kVault, QStringLiteral("sync")}).exitCode, 0);
        const CliResult check =
            in(bob, {QStringLiteral("check"), app.filePath(QStringLiteral("inf.yml")),
                     QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 3);
        for (const QJsonValue& v : QJsonDocument::fromJson(check.out).object()["secrets"].toArray())
            QCOMPARE(v.toObject()["status"].toString(), QStringLiteral("unreadable"));
        QVERIFY(check.out.contains("not encrypted for your key"));
        const CliResult get = in(bob, {QStringLiteral("get"), QStringLiteral("DB_PASSWORD")});
        QCOMPARE(get.exitCode, 3);
        QVERIFY2(get.err.contains("vault members crew add " + bob.fingerprint.toLatin1()), get.err);
        const QByteArray list = in(bob, {QStringLiteral("list")}).out;
        QVERIFY2(list.contains("not-a-recipient"), list);
        // run starts nothing, and says what helps: not "unlock the keychain".
        const CliResult run = in(bob, {QStringLiteral("run"), QStringLiteral("--manifest"),
                                       app.filePath(QStringLiteral("inf.yml")),
                                       QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("vault members crew add " + bob.fingerprint.toLatin1()) &&
                     !run.err.contains("Unlock the keychain"),
                 run.err);
    }

    void statusDescribesTheTeam()
    {
        const CliResult status = in(carol, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject teamState =
            QJsonDocument::fromJson(status.out).object()["team"].toObject();
        QCOMPARE(teamState["sync"].toString(), QStringLiteral("in-sync"));
        QCOMPARE(teamState["members"].toInt(), 2);
        QVERIFY(teamState["member"].toBool());
        const CliResult text = in(carol, {QStringLiteral("status")});
        QVERIFY2(text.out.contains("Sync:      in sync"), text.out);
    }

    void passphraseTheAgentWillAskFor()
    {
        const TeamMember erin = team.add(QStringLiteral("Erin"), false, QStringLiteral("erin-pw"));
        QCOMPARE(alice
                     .cli({QStringLiteral("vault"), QStringLiteral("members"), kVault,
                           QStringLiteral("add"), erin.publicKey})
                     .exitCode,
                 0);
        QCOMPARE(team.join(erin, kVault).exitCode, 0);
        // Said without decrypting anything (nothing could: no pinentry here).
        const CliResult status = in(erin, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject teamState =
            QJsonDocument::fromJson(status.out).object()["team"].toObject();
        QVERIFY(teamState["member"].toBool());
        QCOMPARE(teamState["passphraseNeeded"], QJsonValue(true));
        QVERIFY(in(erin, {QStringLiteral("status")}).out.contains("will ask for your passphrase"));
        // Carol's key has no passphrase: nothing to ask.
        const CliResult carols = in(carol, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(carols.out).object()["team"].toObject()["passphraseNeeded"],
            QJsonValue(false));
    }

    void noValueInAnyFileOrHistory()
    {
        const QStringList found = team.filesContaining(canaries);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
        const CliResult log = alice.tool(
            QStringLiteral("git"), {QStringLiteral("--git-dir"), team.remote, QStringLiteral("log"),
                                    QStringLiteral("-p"), QStringLiteral("--all")});
        QVERIFY(log.out.contains("Remove member Bob"));
        for (const QByteArray& canary : std::as_const(canaries))
            QVERIFY(!log.out.contains(canary));
    }
};

QTEST_GUILESS_MAIN(TestTeamMembers)
#include "tst_team_members.moc"
