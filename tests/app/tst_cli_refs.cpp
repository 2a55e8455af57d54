// References and templates: run --env-file, inject and env, as processes
// against the real Secret Service (inside tests/with-keyring.sh).
#include "CliRunner.h"
#include "PtyRun.h"
#include "TestKeychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace testsupport;

namespace {

const QByteArray kCanary = "sk-canary-refs-5d1e8b07c3a94f26";
const QByteArray kStaging = "staging-canary-0c9d8e7f6a5b";

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

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// latchkey-cli in `directory` (no inf.yml there unless the test puts one).
CliResult cliIn(const QString& directory, const QStringList& arguments)
{
    return runProgram(cliPath(), arguments, {}, QProcessEnvironment::systemEnvironment(), 60000,
                      directory);
}

#define VERIFY_NO_CANARY(result)                                                                   \
    do {                                                                                           \
        QVERIFY2(!(result).out.contains(kCanary) && !(result).err.contains(kCanary),               \
                 "the value leaked into latchkey-cli's own output");                               \
        QVERIFY2(!(result).out.contains(kStaging) && !(result).err.contains(kStaging),             \
                 "the staging value leaked into latchkey-cli's own output");                       \
    } while (false)

} // namespace

class TestCliRefs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCOMPARE(runCli({"set", "REF_KEY"}, kCanary).exitCode, 0);
        QCOMPARE(runCli({"--vault", "staging", "set", "STAGE_KEY"}, kStaging).exitCode, 0);
    }

    void runEnvFileResolvesReferences()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(".env"), "A_REF=latchkey://REF_KEY\n"
                                                "B_PLAIN='plain value, not a secret'\n"
                                                "C_OTHER=\"latchkey://staging/STAGE_KEY\"\n"
                                                "D_EMPTY=\n"));
        // The child writes what it got to a file, so latchkey-cli's own
        // output can be checked for the values.
        const CliResult result =
            cliIn(dir.path(), {"run", "--env-file", ".env", "--", "sh", "-c",
                               "printf '%s|%s|%s|%s|%s' \"$A_REF\" \"$B_PLAIN\" \"$C_OTHER\" "
                               "\"${D_EMPTY-unset}\" \"${REF_KEY-unset}\" > got"});
        QCOMPARE(result.exitCode, 0);
        VERIFY_NO_CANARY(result);
        QCOMPARE(readFile(dir.filePath("got")),
                 kCanary + "|plain value, not a secret|" + kStaging + "||unset");
    }

    void runEnvFileWithManifest()
    {
        QTemporaryDir dir;
        // The manifest requires a secret the vault lacks; the env file provides it.
        QVERIFY(writeFile(dir.filePath("inf.yml"), "secrets:\n  - key: NOT_IN_VAULT\n"
                                                   "env:\n  MODE: from-manifest\n"));
        QVERIFY(writeFile(dir.filePath("refs.env"), "NOT_IN_VAULT=latchkey://REF_KEY\n"
                                                    "MODE=from-env-file\n"));
        const CliResult refused = cliIn(dir.path(), {"run", "--", "true"});
        QCOMPARE(refused.exitCode, 1);
        const CliResult result =
            cliIn(dir.path(), {"run", "--env-file", "refs.env", "--", "sh", "-c",
                               "printf '%s|%s' \"$NOT_IN_VAULT\" \"$MODE\" > got"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(readFile(dir.filePath("got")), kCanary + "|from-env-file");

        const CliResult dry =
            cliIn(dir.path(), {"run", "--dry-run", "--env-file", "refs.env", "--", "true"});
        QCOMPARE(dry.exitCode, 0);
        VERIFY_NO_CANARY(dry);
        QVERIFY2(dry.out.contains("(env file refs.env, latchkey://REF_KEY)"), dry.out.constData());
        // The heading names both sources of the variables below it.
        QVERIFY2(dry.out.contains("added from inf.yml and the env files"), dry.out.constData());
    }

    void runEnvFileUnknownReferenceStartsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(".env"),
                          "OK=latchkey://REF_KEY\n\n  MISSING=latchkey://NO_SUCH_KEY\n"));
        const CliResult result =
            cliIn(dir.path(), {"run", "--env-file", ".env", "--", "touch", "started"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(".env:3:3: error: latchkey://NO_SUCH_KEY names no stored "
                                     "secret"),
                 result.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath("started")));
        VERIFY_NO_CANARY(result);

        QVERIFY(writeFile(dir.filePath("bad.env"), "X=latchkey://bad-key\n"));
        const CliResult bad =
            cliIn(dir.path(), {"run", "--env-file", "bad.env", "--", "touch", "started"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("bad.env:1:1: error: the value of X is not a valid reference"));
        QVERIFY(!QFileInfo::exists(dir.filePath("started")));

        QVERIFY(writeFile(dir.filePath("loader.env"), "LD_PRELOAD=/tmp/evil.so\n"));
        const CliResult loader =
            cliIn(dir.path(), {"run", "--env-file", "loader.env", "--", "touch", "started"});
        QCOMPARE(loader.exitCode, 2);
        QVERIFY(loader.err.contains("the env file sets LD_PRELOAD"));
        QVERIFY(!QFileInfo::exists(dir.filePath("started")));
    }

    void injectFillsTemplate()
    {
        QTemporaryDir dir;
        const QByteArray text = "# config\napi_key: \"{{ latchkey://REF_KEY }}\"\n"
                                "staging: {{latchkey://staging/STAGE_KEY}}\n"
                                "helm: {{ .Values.image }}\n";
        QVERIFY(writeFile(dir.filePath("config.tmpl"), text));
        const CliResult result =
            cliIn(dir.path(), {"inject", "-i", "config.tmpl", "-o", "config.yml"});
        QCOMPARE(result.exitCode, 0);
        VERIFY_NO_CANARY(result);
        QCOMPARE(readFile(dir.filePath("config.yml")), "# config\napi_key: \"" + kCanary +
                                                           "\"\nstaging: " + kStaging +
                                                           "\nhelm: {{ .Values.image }}\n");
        QCOMPARE(modeOf(dir.filePath("config.yml")), 0600);

        // Again: the output exists and is kept unless --force.
        QCOMPARE(cliIn(dir.path(), {"inject", "-i", "config.tmpl", "-o", "config.yml"}).exitCode,
                 2);
        QCOMPARE(cliIn(dir.path(), {"inject", "-i", "config.tmpl", "-o", "config.yml", "--force"})
                     .exitCode,
                 0);

        // To a pipe.
        const CliResult piped = cliIn(dir.path(), {"inject", "-i", "config.tmpl"});
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(piped.out.contains(kCanary));
    }

    void injectUnknownReferenceWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("t.tmpl"), "a: {{ latchkey://REF_KEY }}\n"
                                                  "b: x {{ latchkey://staging/MISSING_ONE }}\n"));
        const CliResult result = cliIn(dir.path(), {"inject", "-i", "t.tmpl", "-o", "out"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("t.tmpl:2:6: error: latchkey://staging/MISSING_ONE names no "
                                     "stored secret: there is no MISSING_ONE in vault \"staging\""),
                 result.err.constData());
        QVERIFY(result.err.contains("nothing was written"));
        QVERIFY(!QFileInfo::exists(dir.filePath("out")));
        VERIFY_NO_CANARY(result);
        // Not even to a pipe.
        const CliResult piped = cliIn(dir.path(), {"inject", "-i", "t.tmpl"});
        QCOMPARE(piped.exitCode, 1);
        QVERIFY(piped.out.isEmpty());

        QVERIFY(writeFile(dir.filePath("bad.tmpl"), "\n\n   {{ latchkey://not valid }}\n"));
        const CliResult bad = cliIn(dir.path(), {"inject", "-i", "bad.tmpl", "-o", "out"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("bad.tmpl:3:4: error:"), bad.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath("out")));
    }

    void envForDirenv()
    {
        QTemporaryDir dir;
        QVERIFY(
            writeFile(dir.filePath("inf.yml"),
                      "secrets:\n  - key: REF_KEY\n  - key: OPTIONAL_UNSET\n    optional: true\n"
                      "env:\n  MODEL_NAME: \"gpt 2 'quoted'\"\n"));
        const CliResult bash = cliIn(dir.path(), {"env"});
        QCOMPARE(bash.exitCode, 0);
        QVERIFY(!bash.err.contains(kCanary));
        QVERIFY(!bash.out.contains("OPTIONAL_UNSET"));
        // What direnv does with it: eval in bash.
        QProcess shell;
        shell.start("bash", {"-c", QString::fromUtf8(bash.out) +
                                       "\nprintf '%s|%s' \"$REF_KEY\" \"$MODEL_NAME\""});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.readAllStandardOutput(), kCanary + "|gpt 2 'quoted'");

        const CliResult fish = cliIn(dir.path(), {"env", "--shell", "fish"});
        QCOMPARE(fish.exitCode, 0);
        QVERIFY(fish.out.startsWith("set -gx MODEL_NAME "));

        QVERIFY(writeFile(dir.filePath("inf.yml"), "secrets:\n  - key: REQUIRED_UNSET\n"));
        const CliResult missing = cliIn(dir.path(), {"env"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("REQUIRED_UNSET"));
        QCOMPARE(cliIn(dir.path(), {"env", "--shell", "tcsh"}).exitCode, 2);
    }

    void envAndInjectRefuseATerminal()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("inf.yml"), "secrets:\n  - key: REF_KEY\n"));
        QVERIFY(writeFile(dir.filePath("t.tmpl"), "{{ latchkey://REF_KEY }}"));
        const QString manifest = dir.filePath("inf.yml");
        const QString tmpl = dir.filePath("t.tmpl");
        for (const QStringList& arguments : {QStringList{cliPath(), "env", "--manifest", manifest},
                                             QStringList{cliPath(), "inject", "-i", tmpl}}) {
            const PtyRun run = runWithTerminalOutput(arguments);
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QCOMPARE(run.exitStatus, 2);
            QVERIFY(run.screen.contains("does not write them to a terminal"));
            QVERIFY(!run.screen.contains(kCanary));
            // The way out it suggests exists: inject has -o, env has no file option.
            QCOMPARE(run.screen.contains("-o/--output"), arguments.at(1) == "inject");
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRefs)
#include "tst_cli_refs.moc"
