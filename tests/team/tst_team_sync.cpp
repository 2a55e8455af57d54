// Team vaults shared through git: two members (real gpg keys, real clones of
// a real bare repository) set, sync, read, work offline, collide on a key,
// interoperate with pass, and run an app; no value ever lands in a file.
#include "TeamFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kVault = QStringLiteral("acme");

QJsonObject secretIn(const QByteArray& listJson, const QString& key)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(listJson).object()["secrets"].toArray())
        if (v.toObject()["key"].toString() == key)
            return v.toObject();
    return {};
}

QJsonObject vaultIn(const QByteArray& vaultListJson, const QString& name)
{
    for (const QJsonValue& v : QJsonDocument::fromJson(vaultListJson).object()["vaults"].toArray())
        if (v.toObject()["name"].toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestTeamSync : public QObject {
    Q_OBJECT

    TeamFixture team;
    TeamMember alice, bob;
    QList<QByteArray> canaries;
    QHash<QString, QByteArray> values; // what each key should hold now

    QByteArray newCanary(const char* tag)
    {
        canaries << TeamFixture::canary(tag);
        return canaries.last();
    }
    CliResult set(const TeamMember& m, const QString& key, const QByteArray& value,
                  const QStringList& more = {})
    {
        return m.cli(QStringList{QStringLiteral("--vault"), kVault, QStringLiteral("set"), key} +
                         more,
                     value);
    }
    QByteArray reveal(const TeamMember& m, const QString& key)
    {
        const CliResult r = m.cli({QStringLiteral("--vault"), kVault, QStringLiteral("get"), key,
                                   QStringLiteral("--reveal")});
        return r.exitCode == 0 ? r.out
                               : QByteArray("exit ") + QByteArray::number(r.exitCode) + r.err;
    }
    CliResult sync(const TeamMember& m, const QStringList& more = {})
    {
        return m.cli(QStringList{QStringLiteral("--vault"), kVault, QStringLiteral("sync")} + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(team.start());
        alice = team.add(QStringLiteral("Alice"));
        bob = team.add(QStringLiteral("Bob"));
        QVERIFY(!alice.fingerprint.isEmpty() && !bob.fingerprint.isEmpty());
        // Bob sent Alice his public key; Bob gets hers from the store itself.
        TeamFixture::importKey(alice, bob);
    }

    void initAndJoin()
    {
        const CliResult init =
            alice.cli({QStringLiteral("vault"), QStringLiteral("init"), kVault,
                       QStringLiteral("--git"), team.remoteUrl(), QStringLiteral("--recipient"),
                       alice.fingerprint, QStringLiteral("--recipient"), bob.fingerprint});
        QVERIFY2(init.exitCode == 0, init.err);
        // Pushed: the remote lists both recipients and holds both public keys.
        const CliResult gpgId = alice.tool(
            QStringLiteral("git"), {QStringLiteral("--git-dir"), team.remote,
                                    QStringLiteral("show"), QStringLiteral("HEAD:.gpg-id")});
        QCOMPARE(gpgId.out, (alice.fingerprint + u'\n' + bob.fingerprint + u'\n').toLatin1());
        const CliResult tree = alice.tool(QStringLiteral("git"),
                                          {QStringLiteral("--git-dir"), team.remote,
                                           QStringLiteral("ls-tree"), QStringLiteral("-r"),
                                           QStringLiteral("--name-only"), QStringLiteral("HEAD")});
        QVERIFY(tree.out.contains((".public-keys/" + bob.fingerprint + ".asc").toLatin1()));

        const CliResult join = team.join(bob, kVault);
        QVERIFY2(join.exitCode == 0, join.err);
        QVERIFY(join.out.contains("0 secrets"));
        QVERIFY2(!join.out.contains("not a member"), join.out);
        // Alice's key came from .public-keys into Bob's keyring.
        const CliResult members =
            bob.cli({QStringLiteral("vault"), QStringLiteral("members"), kVault});
        QCOMPARE(members.exitCode, 0);
        QVERIFY2(members.out.contains(alice.fingerprint.toLatin1() + "  ok"), members.out);
        QVERIFY(members.out.contains(bob.fingerprint.toLatin1() + "  ok (you)"));
        // Joining twice under the same name is refused, nothing changed.
        const CliResult again = team.join(bob, kVault);
        QCOMPARE(again.exitCode, 2);
    }

    void setSyncAndRead()
    {
        const QByteArray token = newCanary("TOK1");
        const CliResult saved = set(alice, QStringLiteral("API_TOKEN"), token,
                                    {QStringLiteral("-d"), QStringLiteral("Deploy token")});
        QVERIFY2(saved.exitCode == 0, saved.err);
        values.insert(QStringLiteral("API_TOKEN"), token);
        // Committed with a message naming the key, and pushed at once.
        QCOMPARE(alice
                     .git(kVault, {QStringLiteral("log"), QStringLiteral("-1"),
                                   QStringLiteral("--format=%s")})
                     .out.trimmed(),
                 QByteArray("Add API_TOKEN"));
        QCOMPARE(sync(alice).exitCode, 0);

        const CliResult pulled = sync(bob);
        QVERIFY2(pulled.exitCode == 0, pulled.err);
        QVERIFY2(pulled.out.contains("API_TOKEN was added by Alice"), pulled.out);
        const CliResult list = bob.cli(
            {QStringLiteral("--vault"), kVault, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject secret = secretIn(list.out, QStringLiteral("API_TOKEN"));
        QCOMPARE(secret["description"].toString(), QStringLiteral("Deploy token"));
        QVERIFY(secret["updatedBy"].toString().contains(QStringLiteral("Alice")));
        QCOMPARE(secret["state"].toString(), QStringLiteral("present"));
        QCOMPARE(reveal(bob, QStringLiteral("API_TOKEN")), token);

        // pass reads Bob's clone: the plaintext is the value, byte for byte.
        QProcessEnvironment store;
        store.insert(QStringLiteral("PASSWORD_STORE_DIR"), bob.store(kVault));
        const CliResult shown =
            bob.tool(QStringLiteral("pass"), {QStringLiteral("show"), QStringLiteral("API_TOKEN")},
                     {}, store);
        QVERIFY2(shown.exitCode == 0, shown.err);
        QCOMPARE(shown.out, token);
    }

    void passInsertAppearsInLatchkey()
    {
        // pass users trust their teammates' keys; gpg encrypts to them then.
        QCOMPARE(bob.tool(QStringLiteral("gpg"),
                          {QStringLiteral("--batch"), QStringLiteral("--yes"),
                           QStringLiteral("--quick-lsign-key"), alice.fingerprint})
                     .exitCode,
                 0);
        const QByteArray value = newCanary("PAS1");
        QProcessEnvironment env;
        env.insert(QStringLiteral("PASSWORD_STORE_DIR"), bob.store(kVault));
        for (const char* name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            env.insert(QString::fromLatin1(name), QStringLiteral("Bob"));
        for (const char* name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            env.insert(QString::fromLatin1(name), QStringLiteral("bob@example.test"));
        const CliResult inserted =
            bob.tool(QStringLiteral("pass"),
                     {QStringLiteral("insert"), QStringLiteral("-e"), QStringLiteral("PASS_TOKEN")},
                     value + '\n', env);
        QVERIFY2(inserted.exitCode == 0, inserted.err);
        values.insert(QStringLiteral("PASS_TOKEN"), value);

        const CliResult list = bob.cli({QStringLiteral("--vault"), kVault, QStringLiteral("list")});
        QVERIFY2(list.out.contains("PASS_TOKEN"), list.out);
        // pass added a newline when it stored the line; it is not part of the value.
        QCOMPARE(reveal(bob, QStringLiteral("PASS_TOKEN")), value);
        QCOMPARE(sync(bob).exitCode, 0);
        QCOMPARE(sync(alice).exitCode, 0);
        QCOMPARE(reveal(alice, QStringLiteral("PASS_TOKEN")), value);
    }

    void offlineEditsOfDifferentKeysMerge()
    {
        QVERIFY(team.setOnline(false));
        const QByteArray a = newCanary("OFA1"), b = newCanary("OFB1");
        const CliResult setA = set(alice, QStringLiteral("ALICE_ONLY"), a);
        QVERIFY2(setA.exitCode == 0, setA.err); // saved and committed here; not pushed
        QVERIFY2(setA.err.contains("could not be reached"), setA.err);
        QCOMPARE(set(bob, QStringLiteral("BOB_ONLY"), b).exitCode, 0);
        values.insert(QStringLiteral("ALICE_ONLY"), a);
        values.insert(QStringLiteral("BOB_ONLY"), b);

        const QJsonObject state = vaultIn(
            alice.cli({QStringLiteral("vault"), QStringLiteral("list"), QStringLiteral("--json")})
                .out,
            kVault);
        QCOMPARE(state["state"].toString(), QStringLiteral("offline"));
        QCOMPARE(state["ahead"].toInt(), 1);
        const CliResult offline = sync(alice);
        QCOMPARE(offline.exitCode, 3);
        QVERIFY(offline.err.contains("could not be reached"));

        QVERIFY(team.setOnline(true));
        QCOMPARE(sync(alice).exitCode, 0);
        const CliResult bobs = sync(bob);
        QVERIFY2(bobs.exitCode == 0, bobs.err);
        QVERIFY2(bobs.out.contains("ALICE_ONLY was added by Alice"), bobs.out);
        QCOMPARE(sync(alice).exitCode, 0);
        for (const TeamMember* m : {&alice, &bob})
            for (const QString& key : {QStringLiteral("ALICE_ONLY"), QStringLiteral("BOB_ONLY")})
                QCOMPARE(reveal(*m, key), values.value(key));
        // Replayed, not merged: a straight history.
        QVERIFY(bob.git(kVault, {QStringLiteral("rev-list"), QStringLiteral("--merges"),
                                 QStringLiteral("HEAD")})
                    .out.isEmpty());
        QCOMPARE(vaultIn(bob.cli({QStringLiteral("vault"), QStringLiteral("list"),
                                  QStringLiteral("--json")})
                             .out,
                         kVault)["state"]
                     .toString(),
                 QStringLiteral("in-sync"));
    }

    void sameKeyOnBothSidesKeepsBothValues()
    {
        enum class Keep { Theirs, Mine };
        for (const Keep keep : {Keep::Theirs, Keep::Mine}) {
            const QByteArray a = newCanary(keep == Keep::Theirs ? "SHA1" : "SHA2");
            const QByteArray b = newCanary(keep == Keep::Theirs ? "SHB1" : "SHB2");
            QVERIFY(team.setOnline(false));
            QCOMPARE(set(alice, QStringLiteral("SHARED"), a).exitCode, 0);
            QCOMPARE(set(bob, QStringLiteral("SHARED"), b).exitCode, 0);
            QVERIFY(team.setOnline(true));
            QCOMPARE(sync(alice).exitCode, 0);

            const CliResult stopped = sync(bob);
            QCOMPARE(stopped.exitCode, 1);
            QVERIFY2(stopped.err.contains("SHARED changed here and on the remote"), stopped.err);
            // Both versions shown, masked: "here" is Bob's, "remote" Alice's.
            QVERIFY2(stopped.out.contains("here:   \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"
                                          "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2" +
                                          b.right(4)),
                     stopped.out);
            QVERIFY2(stopped.out.contains(a.right(4) + " (Alice"), stopped.out);
            QVERIFY(!stopped.out.contains(a) && !stopped.out.contains(b));
            // Nothing dropped: Bob's value is his working copy, Alice's is intact
            // in the remote branch, and the vault says there is a conflict.
            QCOMPARE(reveal(bob, QStringLiteral("SHARED")), b);
            const QByteArray theirs =
                bob.git(kVault, {QStringLiteral("show"), QStringLiteral("@{u}:SHARED.gpg")}).out;
            QCOMPARE(bob.tool(QStringLiteral("gpg"),
                              {QStringLiteral("--batch"), QStringLiteral("--decrypt")}, theirs)
                         .out,
                     a);
            const QJsonObject state = vaultIn(
                bob.cli({QStringLiteral("vault"), QStringLiteral("list"), QStringLiteral("--json")})
                    .out,
                kVault);
            QCOMPARE(state["state"].toString(), QStringLiteral("conflict"));
            QCOMPARE(state["conflicts"].toArray().first().toString(), QStringLiteral("SHARED"));
            QVERIFY(bob.cli({QStringLiteral("--vault"), kVault, QStringLiteral("list")})
                        .err.contains("SHARED changed here and on the remote"));

            const QString choice =
                keep == Keep::Mine ? QStringLiteral("--mine") : QStringLiteral("--theirs");
            const CliResult resolved = sync(bob, {choice, QStringLiteral("SHARED")});
            QVERIFY2(resolved.exitCode == 0, resolved.err);
            QCOMPARE(sync(alice).exitCode, 0);
            const QByteArray kept = keep == Keep::Mine ? b : a;
            QCOMPARE(reveal(bob, QStringLiteral("SHARED")), kept);
            QCOMPARE(reveal(alice, QStringLiteral("SHARED")), kept);
            values.insert(QStringLiteral("SHARED"), kept);
        }
    }

    void runInjectsTheDeclaredSecrets()
    {
        QTemporaryDir app;
        QFile manifest(app.filePath(QStringLiteral("inf.yml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("name: deploy\nsecrets:\n  - key: API_TOKEN\n    description: Deploy token\n"
                       "  - key: PASS_TOKEN\n    optional: true\n");
        manifest.close();
        const CliResult check = bob.cli(
            {QStringLiteral("--vault"), kVault, QStringLiteral("check"), manifest.fileName()});
        QVERIFY2(check.exitCode == 0, check.out + check.err);
        const CliResult run = bob.cli(
            {QStringLiteral("--vault"), kVault, QStringLiteral("run"), QStringLiteral("--manifest"),
             manifest.fileName(), QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral(
                 "printf '%s|%s|%s' \"$API_TOKEN\" \"$PASS_TOKEN\" \"${BOB_ONLY-unset}\"")});
        QVERIFY2(run.exitCode == 0, run.err);
        QCOMPARE(run.out, values.value(QStringLiteral("API_TOKEN")) + '|' +
                              values.value(QStringLiteral("PASS_TOKEN")) + "|unset");
    }

    void existingPassStoreIsUsedInPlace()
    {
        QTemporaryDir where;
        const QString dir = where.filePath(QStringLiteral("password-store"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PASSWORD_STORE_DIR"), dir);
        for (const char* name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
            env.insert(QString::fromLatin1(name), QStringLiteral("Bob"));
        for (const char* name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
            env.insert(QString::fromLatin1(name), QStringLiteral("bob@example.test"));
        const QString pass = QStringLiteral("pass");
        QCOMPARE(bob.tool(pass, {QStringLiteral("init"), bob.fingerprint}, {}, env).exitCode, 0);
        // Not a git working tree yet: refused, with the reason, and nothing registered.
        const CliResult noGit = bob.cli({QStringLiteral("vault"), QStringLiteral("add"),
                                         QStringLiteral("mine"), QStringLiteral("--store"), dir});
        QCOMPARE(noGit.exitCode, 2);
        QVERIFY2(noGit.err.contains("not inside a git working tree"), noGit.err);
        QCOMPARE(noGit.err.count('\n'), 1); // one sentence
        const CliResult missing =
            bob.cli({QStringLiteral("vault"), QStringLiteral("add"), QStringLiteral("mine"),
                     QStringLiteral("--store"), where.filePath(QStringLiteral("nowhere"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!bob.cli({QStringLiteral("vault"), QStringLiteral("list")}).out.contains("mine"));

        QCOMPARE(bob.tool(pass, {QStringLiteral("git"), QStringLiteral("init")}, {}, env).exitCode,
                 0);
        const QByteArray value = newCanary("OWN1");
        QCOMPARE(
            bob.tool(pass,
                     {QStringLiteral("insert"), QStringLiteral("-m"), QStringLiteral("OWN_TOKEN")},
                     value, env)
                .exitCode,
            0);
        const CliResult added = bob.cli({QStringLiteral("vault"), QStringLiteral("add"),
                                         QStringLiteral("mine"), QStringLiteral("--store"), dir});
        QVERIFY2(added.exitCode == 0, added.err);
        QVERIFY2(added.out.contains("1 secret."), added.out);
        const CliResult read =
            bob.cli({QStringLiteral("--vault"), QStringLiteral("mine"), QStringLiteral("get"),
                     QStringLiteral("OWN_TOKEN"), QStringLiteral("--reveal")});
        QCOMPARE(read.out, value); // pass insert -m stores the bytes as given
        const QJsonObject state = vaultIn(
            bob.cli({QStringLiteral("vault"), QStringLiteral("list"), QStringLiteral("--json")})
                .out,
            QStringLiteral("mine"));
        QCOMPARE(state["state"].toString(), QStringLiteral("local")); // no remote
        QCOMPARE(state["store"].toString(), dir);
    }

    void noValueInAnyFileOrHistory()
    {
        QVERIFY(!canaries.isEmpty());
        // Every file of the clones (.git included), the remote, the members'
        // data and keyrings, and the rest of /tmp.
        const QStringList found = team.filesContaining(canaries);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));

        for (const TeamMember* m : {&alice, &bob}) {
            const CliResult log = m->git(
                kVault, {QStringLiteral("log"), QStringLiteral("-p"), QStringLiteral("--all")});
            QCOMPARE(log.exitCode, 0);
            QVERIFY(log.out.contains("API_TOKEN")); // the history is there...
            for (const QByteArray& canary : std::as_const(canaries))
                QVERIFY2(!log.out.contains(canary), "git log -p shows a value"); // ...no value
            // Nor a hint of one: no mask, no length in the shared metadata.
            QVERIFY(!log.out.contains("\xe2\x80\xa2"));
            QVERIFY(!log.out.contains("\"hint\""));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_team_sync.moc"
