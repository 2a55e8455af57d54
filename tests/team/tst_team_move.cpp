// scan, export, inject and run --env-file on a team vault: its store lists
// its secrets but decrypts them one file at a time, so the values are read
// key by key (core/VaultValues.cpp) rather than in one bulk request. Real gpg
// key, real clone of a real bare repository (TeamFixture.h).
#include "TeamFixture.h"

namespace {

const QString kVault = QStringLiteral("acme");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTeamMove : public QObject {
    Q_OBJECT
    TeamFixture team;
    TeamMember alice;
    QByteArray value;

    CliResult cli(const QStringList& arguments)
    {
        return alice.cli(QStringList{QStringLiteral("--vault"), kVault} + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY(team.start());
        alice = team.add(QStringLiteral("Alice"));
        QVERIFY(!alice.fingerprint.isEmpty());
        const CliResult init = alice.cli({QStringLiteral("vault"), QStringLiteral("init"), kVault,
                                          QStringLiteral("--git"), team.remoteUrl(),
                                          QStringLiteral("--recipient"), alice.fingerprint});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY2(init.out.contains("with 1 member in"), init.out.constData()); // not "1 members"
        value = TeamFixture::canary("TEAM");
        const CliResult set = alice.cli({QStringLiteral("--vault"), kVault, QStringLiteral("set"),
                                         QStringLiteral("TEAM_TOKEN")},
                                        value);
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }

    void scanFindsATeamValue()
    {
        const QString dir = team.root.filePath(QStringLiteral("app"));
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/config.py");
        QVERIFY(writeFile(file, "DEBUG = True\nTOKEN = '" + value + "'\n"));
        const CliResult found = cli({QStringLiteral("scan"), dir});
        QVERIFY2(found.exitCode == 1, (found.out + found.err).constData());
        QVERIFY2(found.out.contains(":2:10: TEAM_TOKEN (acme)"), found.out.constData());
        QVERIFY(!found.out.contains(value) && !found.err.contains(value));

        QVERIFY(writeFile(file, "DEBUG = True\n"));
        const CliResult clean = cli({QStringLiteral("scan"), dir});
        QCOMPARE(clean.exitCode, 0);
    }

    void exportInjectAndRunReadTheTeamValue()
    {
        const CliResult exported =
            cli({QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.out, "TEAM_TOKEN=" + value + "\n");

        const QString tmpl = team.root.filePath(QStringLiteral("t.tmpl"));
        const QString out = team.root.filePath(QStringLiteral("t.out"));
        QVERIFY(writeFile(tmpl, "token: {{ latchkey://acme/TEAM_TOKEN }}\n"));
        const CliResult injected = alice.cli(
            {QStringLiteral("inject"), QStringLiteral("-i"), tmpl, QStringLiteral("-o"), out});
        QVERIFY2(injected.exitCode == 0, injected.err.constData());
        QCOMPARE(readFile(out), "token: " + value + "\n");
        QVERIFY(QFile::remove(out));

        const QString env = team.root.filePath(QStringLiteral("refs.env"));
        const QString got = team.root.filePath(QStringLiteral("got"));
        QVERIFY(writeFile(env, "TOKEN=latchkey://acme/TEAM_TOKEN\n"));
        const CliResult run =
            alice.cli({QStringLiteral("run"), QStringLiteral("--env-file"), env,
                       QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("printf '%s' \"$TOKEN\" > '%1'").arg(got)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readFile(got), value);
        QVERIFY(QFile::remove(got));
    }
};

QTEST_GUILESS_MAIN(TestTeamMove)
#include "tst_team_move.moc"
