// scan: stored values planted in files, in a git work tree and in the git
// index, and the pre-commit hook blocking a real `git commit` (real git,
// real keychain inside tests/with-keyring.sh).
#include "CliRunner.h"
#include "TestKeychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

namespace {

const QByteArray kCanary = "sk-canary-scan-4b7e19d0a2c86f35";
const QByteArray kStaging = "staging-scan-canary-8e2d";
const QByteArray kShort = "tiny7ch";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Git isolated from the user's and the system's configuration.
QProcessEnvironment gitEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("GIT_CONFIG_GLOBAL", "/dev/null");
    env.insert("GIT_CONFIG_NOSYSTEM", "1");
    env.insert("GIT_AUTHOR_NAME", "Test");
    env.insert("GIT_AUTHOR_EMAIL", "test@example.invalid");
    env.insert("GIT_COMMITTER_NAME", "Test");
    env.insert("GIT_COMMITTER_EMAIL", "test@example.invalid");
    return env;
}

CliResult run(const QString& directory, const QString& program, const QStringList& arguments)
{
    return runProgram(program, arguments, {}, gitEnvironment(), 120000, directory);
}

CliResult git(const QString& directory, const QStringList& arguments)
{
    return run(directory, "git", arguments);
}

CliResult scan(const QString& directory, const QStringList& arguments)
{
    return run(directory, cliPath(), QStringList{"scan"} + arguments);
}

#define VERIFY_NO_VALUE(result)                                                                    \
    do {                                                                                           \
        for (const QByteArray& v : {kCanary, kStaging, kCanary.right(12)})                         \
            QVERIFY2(!(result).out.contains(v) && !(result).err.contains(v),                       \
                     "a stored value appeared in scan's output");                                  \
    } while (false)

} // namespace

class TestCliScan : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(runCli({"set", "SCAN_KEY"}, kCanary).exitCode, 0);
        QCOMPARE(runCli({"set", "SHORT_KEY"}, kShort).exitCode, 0);
        QCOMPARE(runCli({"--vault", "staging", "set", "STAGING_KEY"}, kStaging).exitCode, 0);
    }

    void findsAPlantedValue()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("tree/clean.txt"), "nothing to see " + kShort + "\n"));
        QVERIFY(writeFile(dir.filePath("tree/sub/config.yaml"),
                          "a: 1\nb: 2\n  é: " + kCanary + "  # oops\n"));
        QVERIFY(writeFile(dir.filePath("tree/.hidden/x.env"), "K=" + kCanary));
        const CliResult result = scan(dir.path(), {"tree"});
        QCOMPARE(result.exitCode, 1);
        VERIFY_NO_VALUE(result);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.contains("tree/sub/config.yaml:3:6: SCAN_KEY (default)"),
                 result.out.constData());
        QVERIFY(lines.contains("tree/.hidden/x.env:1:3: SCAN_KEY (default)"));
        QVERIFY2(result.err.contains("found 2 stored values in 2 of 3 files"),
                 result.err.constData());
        // The 7-character value is not looked for, and says so.
        QVERIFY(result.err.contains("1 value shorter than 8 characters"));

        QVERIFY(writeFile(dir.filePath("tree/sub/config.yaml"), "a: 1\n"));
        QVERIFY(QFile::remove(dir.filePath("tree/.hidden/x.env")));
        const CliResult clean = scan(dir.path(), {"tree"});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.isEmpty());
        QVERIFY(clean.err.contains("no stored value found in 2 files"));
    }

    void otherVaultsAndJson()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("notes.md"), "staging: " + kStaging + "\n" + kCanary));
        const CliResult one = scan(dir.path(), {"--json"});
        QCOMPARE(one.exitCode, 1);
        VERIFY_NO_VALUE(one);
        const QJsonArray findings = QJsonDocument::fromJson(one.out).object()["findings"].toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0)["key"].toString(), QStringLiteral("SCAN_KEY"));
        QCOMPARE(findings.at(0)["line"].toInt(), 2);
        QCOMPARE(findings.at(0)["column"].toInt(), 1);

        const CliResult all = scan(dir.path(), {"--all-vaults"});
        QCOMPARE(all.exitCode, 1);
        QVERIFY2(all.out.contains("notes.md:1:10: STAGING_KEY (staging)"), all.out.constData());
        QVERIFY(all.out.contains("notes.md:2:1: SCAN_KEY (default)"));
    }

    void honoursGitignore()
    {
        QTemporaryDir dir;
        QCOMPARE(git(dir.path(), {"init", "-q"}).exitCode, 0);
        QVERIFY(writeFile(dir.filePath(".gitignore"), ".env\nbuild/\n"));
        QVERIFY(writeFile(dir.filePath(".env"), "SCAN_KEY=" + kCanary));
        QVERIFY(writeFile(dir.filePath("build/out.log"), kCanary));
        QVERIFY(writeFile(dir.filePath("src/untracked.py"), "key = '" + kCanary + "'"));
        const CliResult result = scan(dir.path(), {});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QByteArray("src/untracked.py:1:8: SCAN_KEY (default)\n"));
        // Named explicitly, an ignored file is scanned.
        const CliResult named = scan(dir.path(), {".env"});
        QCOMPARE(named.exitCode, 1);
        QCOMPARE(named.out, QByteArray(".env:1:10: SCAN_KEY (default)\n"));
    }

    void stagedReadsTheIndex()
    {
        QTemporaryDir dir;
        QCOMPARE(git(dir.path(), {"init", "-q"}).exitCode, 0);
        QVERIFY(writeFile(dir.filePath("app/settings.py"),
                          "DEBUG = True\nKEY = \"" + kCanary + "\"\n"));
        QCOMPARE(git(dir.path(), {"add", "app/settings.py"}).exitCode, 0);
        // The working copy no longer has it; the index (the next commit) does.
        QVERIFY(writeFile(dir.filePath("app/settings.py"), "DEBUG = True\n"));
        const CliResult staged = scan(dir.path(), {"--staged"});
        QCOMPARE(staged.exitCode, 1);
        QCOMPARE(staged.out, QByteArray("app/settings.py:2:8: SCAN_KEY (default)\n"));
        QVERIFY2(staged.err.contains("found a stored value in 1 of 1 staged file ("),
                 staged.err.constData());
        VERIFY_NO_VALUE(staged);
        // From a subfolder the paths stay relative to the repository's top.
        QCOMPARE(scan(dir.filePath("app"), {"--staged"}).out, staged.out);
        const CliResult clean = scan(dir.path(), {});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.err.contains("no stored value found in 1 file ("), clean.err.constData());

        // The other way round: only the working copy has it.
        QCOMPARE(git(dir.path(), {"add", "app/settings.py"}).exitCode, 0);
        QVERIFY(writeFile(dir.filePath("app/settings.py"), kCanary));
        QCOMPARE(scan(dir.path(), {"--staged"}).exitCode, 0);
        QCOMPARE(scan(dir.path(), {}).exitCode, 1);

        QTemporaryDir notRepo;
        const CliResult outside = scan(notRepo.path(), {"--staged"});
        QCOMPARE(outside.exitCode, 2);
        QVERIFY(outside.err.contains("not inside a git work tree"));
    }

    void hookBlocksACommit()
    {
        QTemporaryDir dir;
        QCOMPARE(git(dir.path(), {"init", "-q"}).exitCode, 0);
        const CliResult installed = scan(dir.path(), {"--install-hook"});
        QCOMPARE(installed.exitCode, 0);
        const QString hook = dir.filePath(".git/hooks/pre-commit");
        QVERIFY(QFileInfo(hook).isExecutable());
        QVERIFY2(installed.out.contains("Installed a pre-commit hook"), installed.out.constData());

        QVERIFY(writeFile(dir.filePath("README"), "hello\n"));
        QCOMPARE(git(dir.path(), {"add", "README"}).exitCode, 0);
        const CliResult clean = git(dir.path(), {"commit", "-q", "-m", "clean"});
        QCOMPARE(clean.exitCode, 0);

        QVERIFY(writeFile(dir.filePath("deploy.sh"), "export TOKEN=" + kCanary + "\n"));
        QCOMPARE(git(dir.path(), {"add", "deploy.sh"}).exitCode, 0);
        const CliResult blocked = git(dir.path(), {"commit", "-q", "-m", "leak"});
        QVERIFY(blocked.exitCode != 0);
        QVERIFY2(blocked.out.contains("deploy.sh:1:14: SCAN_KEY (default)") ||
                     blocked.err.contains("deploy.sh:1:14: SCAN_KEY (default)"),
                 (blocked.out + blocked.err).constData());
        VERIFY_NO_VALUE(blocked);
        QCOMPARE(git(dir.path(), {"rev-list", "--count", "HEAD"}).out.trimmed(), QByteArray("1"));

        // Installing again updates Latchkey's own hook; a foreign one is kept.
        QCOMPARE(scan(dir.path(), {"--install-hook"}).exitCode, 0);
        QVERIFY(writeFile(hook, "#!/bin/sh\necho mine\n"));
        const CliResult refused = scan(dir.path(), {"--install-hook"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("already exists"));
        QFile mine(hook);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("#!/bin/sh\necho mine\n"));
        mine.close();
        const CliResult forced = scan(dir.path(), {"--install-hook", "--force"});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(QFileInfo::exists(hook + ".before-latchkey"));
    }

    void lockedKeychainIsNotAClean()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("f"), kCanary));
        QVERIFY(lockKeyring());
        const CliResult locked = scan(dir.path(), {});
        QVERIFY(unlockKeyring());
        QCOMPARE(locked.exitCode, 3);
        QVERIFY(locked.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
