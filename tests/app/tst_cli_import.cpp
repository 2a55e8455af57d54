// import and export, as processes against the real Secret Service (inside
// tests/with-keyring.sh); values read back with libsecret's own secret-tool.
#include "CliRunner.h"
#include "PtyRun.h"
#include "TestKeychain.h"
#include "TrickyEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace testsupport;

namespace {

const QByteArray kCanary = "sk-canary-export-7f3a9c21e4d05b68";

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

CliResult cli(const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(arguments, input);
}

// Every value of the tricky fixture that must not be printed.
void verifyNoValues(const CliResult& result)
{
    for (const auto& [key, value] : trickyenv::imported()) {
        QVERIFY2(!result.out.contains(value), qPrintable(key + " leaked to stdout"));
        QVERIFY2(!result.err.contains(value), qPrintable(key + " leaked to stderr"));
    }
    QVERIFY(!result.out.contains(trickyenv::neverImported()));
    QVERIFY(!result.err.contains(trickyenv::neverImported()));
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        // Each case starts from an empty vault.
        for (const QString& vault : {QStringLiteral("default"), QStringLiteral("imports")})
            for (const QString& key : secretToolKeys(vault))
                QCOMPARE(cli({"--vault", vault, "delete", key}).exitCode, 0);
    }

    void trickyFixtureImportsExactly()
    {
        const CliResult result = cli({"--vault", "imports", "import", trickyenv::path()});
        // One entry is invalid: reported with its line, the others stored.
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(QStringLiteral("tricky.env:%1:1: error: invalid key \"my-key\"")
                                    .arg(trickyenv::kInvalidLine)
                                    .toUtf8()),
            result.err.constData());
        QVERIFY2(
            result.err.contains(QStringLiteral("tricky.env:%1:1: warning: DUPLICATE is assigned "
                                               "again")
                                    .arg(trickyenv::kDuplicateLine)
                                    .toUtf8()),
            result.err.constData());
        QVERIFY2(result.out.contains("16 added, 0 updated, 2 skipped, 1 invalid"),
                 result.out.constData());
        QVERIFY(QString::fromUtf8(result.out)
                    .contains(QRegularExpression(
                        QStringLiteral("\\bskipped +EMPTY \\(line 21\\): the value is empty"))));
        verifyNoValues(result);
        for (const auto& [key, value] : trickyenv::imported())
            QVERIFY2(secretToolLookup(QStringLiteral("imports"), key) == value,
                     qPrintable(key + " was not stored byte for byte"));
        QSet<QString> expected;
        for (const auto& [key, value] : trickyenv::imported())
            expected.insert(key);
        QCOMPARE(secretToolKeys(QStringLiteral("imports")), expected);
        // Nothing to remove the file for yet: an entry was invalid.
        QVERIFY(!result.out.contains("rm --"));
    }

    void skipsExistingUnlessOverwrite()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral(".env"));
        QVERIFY(writeFile(env, "OLD_KEY=new-value-123456\nNEW_KEY=fresh-value-654321\n"));
        QCOMPARE(cli({"set", "OLD_KEY", "-d", "kept description"}, "old-value-abcdef").exitCode, 0);

        const CliResult first = cli({"import", env});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out.contains("1 added, 0 updated, 1 skipped, 0 invalid"));
        QVERIFY(
            first.out.contains("OLD_KEY (line 1): already in the vault; --overwrite replaces it"));
        QVERIFY2(first.out.contains("rm -- " + env.toUtf8()), first.out.constData());
        QCOMPARE(secretToolLookup(QStringLiteral("default"), QStringLiteral("OLD_KEY")),
                 QByteArray("old-value-abcdef"));
        QCOMPARE(secretToolLookup(QStringLiteral("default"), QStringLiteral("NEW_KEY")),
                 QByteArray("fresh-value-654321"));

        const CliResult again = cli({"import", "--overwrite", env});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("0 added, 2 updated, 0 skipped, 0 invalid"));
        QCOMPARE(secretToolLookup(QStringLiteral("default"), QStringLiteral("OLD_KEY")),
                 QByteArray("new-value-123456"));
        // An update without a manifest keeps the description.
        const CliResult list = cli({"list", "--json"});
        QVERIFY(list.out.contains("kept description"));
        QVERIFY(!again.out.contains("new-value") && !again.err.contains("new-value"));
    }

    void descriptionsFromManifest()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("app.env"));
        const QString manifest = dir.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(env, "OPENAI_API_KEY=sk-described-000111\nUNDECLARED=plain-222333\n"));
        QVERIFY(writeFile(manifest, "secrets:\n  - key: OPENAI_API_KEY\n    description: For GPT "
                                    "calls\n"));
        QCOMPARE(cli({"import", env, "--manifest", manifest}).exitCode, 0);
        const QJsonArray secrets = QJsonDocument::fromJson(cli({"list", "--json"}).out)
                                       .object()
                                       .value("secrets")
                                       .toArray();
        QHash<QString, QString> descriptions;
        for (const QJsonValue& s : secrets)
            descriptions.insert(s["key"].toString(), s["description"].toString());
        QCOMPARE(descriptions.value("OPENAI_API_KEY"), QStringLiteral("For GPT calls"));
        QCOMPARE(descriptions.value("UNDECLARED"), QString());
    }

    void dryRunStoresNothing()
    {
        const CliResult result =
            cli({"--vault", "imports", "import", "--dry-run", trickyenv::path()});
        QCOMPARE(result.exitCode, 2); // the invalid entry is still reported
        QVERIFY(result.out.contains("Nothing was stored (--dry-run)"));
        QVERIFY(result.out.contains("16 would be added"));
        QVERIFY(
            QString::fromUtf8(result.out)
                .contains(QRegularExpression(QStringLiteral("\\bwould add +PLAIN \\(line 6\\)"))));
        verifyNoValues(result);
        QCOMPARE(secretToolKeys(QStringLiteral("imports")), QSet<QString>());
    }

    void parseErrorStoresNothing()
    {
        QTemporaryDir dir;
        const QString env = dir.filePath(QStringLiteral("broken.env"));
        QVERIFY(writeFile(env,
                          "GOOD_ONE=good-value-987654\n# fine\nBROKEN=\"half-secret-value\nX=1\n"));
        const CliResult result = cli({"import", env});
        QCOMPARE(result.exitCode, 2);
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(env.toUtf8() + ":3:8: error: the double quote"),
                 result.err.constData());
        QVERIFY(lines.last().contains("nothing was imported"));
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.err.contains("good-value") && !result.err.contains("half-secret"));
        QCOMPARE(secretToolKeys(QStringLiteral("default")), QSet<QString>());
    }

    void jsonImport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("secrets.json"));
        QVERIFY(writeFile(file, "{\"JSON_KEY\": \"json\\nvalue-445566\", \"PORT\": 8080}"));
        const CliResult result = cli({"import", file});
        QCOMPARE(result.exitCode, 2); // PORT is not a string
        QVERIFY2(result.err.contains(":1:36: error: the value of PORT is not a string"),
                 result.err.constData());
        QCOMPARE(secretToolLookup(QStringLiteral("default"), QStringLiteral("JSON_KEY")),
                 QByteArray("json\nvalue-445566"));
    }

    void exportWritesPrivateNewFile()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({"set", "EXPORT_ME"}, kCanary).exitCode, 0);
        QCOMPARE(cli({"set", "MULTI"}, "line one\nline 'two' $x").exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("out.env"));
        const CliResult result = cli({"export", "--output", out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(kCanary) && !result.err.contains(kCanary));
        QVERIFY(result.err.contains("mode 0600"));
        QCOMPARE(modeOf(out), 0600);
        QCOMPARE(readFile(out),
                 QByteArray("EXPORT_ME=" + kCanary + "\nMULTI=\"line one\\nline 'two' \\$x\"\n"));

        // Import reads the export back exactly (another vault).
        QCOMPARE(cli({"--vault", "imports", "import", out}).exitCode, 0);
        QCOMPARE(secretToolLookup(QStringLiteral("imports"), QStringLiteral("MULTI")),
                 QByteArray("line one\nline 'two' $x"));

        // An existing file is never overwritten without --force.
        QVERIFY(writeFile(out, "precious"));
        const CliResult refused = cli({"export", "--output", out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("already exists"));
        QCOMPARE(readFile(out), QByteArray("precious"));
        QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadOther));
        const CliResult forced = cli({"export", "--output", out, "--force", "--format", "json"});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(modeOf(out), 0600);
        const QJsonObject json = QJsonDocument::fromJson(readFile(out)).object();
        QCOMPARE(json.value("EXPORT_ME").toString().toUtf8(), kCanary);
        QCOMPARE(json.value("MULTI").toString(), QStringLiteral("line one\nline 'two' $x"));

        // No leftovers beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.env")});
    }

    void exportDeclaredSecrets()
    {
        QTemporaryDir dir;
        const QString manifest = dir.filePath(QStringLiteral("inf.yml"));
        QVERIFY(writeFile(manifest, "secrets:\n  - key: WANTED\n  - key: OPTIONAL_ONE\n"
                                    "    optional: true\n  - key: REQUIRED_MISSING\n"));
        QCOMPARE(cli({"set", "WANTED"}, "wanted-value-1234").exitCode, 0);
        QCOMPARE(cli({"set", "NOT_DECLARED"}, kCanary).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("declared.env"));
        const CliResult missing = cli({"export", "--manifest", manifest, "--output", out});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("REQUIRED_MISSING"));
        QVERIFY(!QFileInfo::exists(out));

        QCOMPARE(cli({"set", "REQUIRED_MISSING"}, "now-set-5678").exitCode, 0);
        const CliResult ok = cli({"export", "--manifest", manifest, "--output", out});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(readFile(out),
                 QByteArray("WANTED=wanted-value-1234\nREQUIRED_MISSING=now-set-5678\n"));
    }

    void exportToStandardOutput()
    {
        QCOMPARE(cli({"set", "PIPED"}, kCanary).exitCode, 0);
        // A pipe is fine: the user asked for it.
        const CliResult piped = cli({"export", "--output", "-"});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, QByteArray("PIPED=" + kCanary + "\n"));
        // A terminal is refused, and nothing of the value reaches it.
        const PtyRun terminal = runWithTerminalOutput({cliPath(), "export", "--output", "-"});
        QVERIFY2(terminal.error.isEmpty(), qPrintable(terminal.error));
        QCOMPARE(terminal.exitStatus, 2);
        QVERIFY2(terminal.screen.contains("does not write them to a terminal"),
                 terminal.screen.constData());
        QVERIFY(!terminal.screen.contains(kCanary));
        QVERIFY(!terminal.screen.contains(kCanary.right(8)));
    }

    void usageErrors()
    {
        QCOMPARE(cli({"export"}).exitCode, 2);
        QCOMPARE(cli({"export", "--output", "x", "--format", "yaml"}).exitCode, 2);
        QCOMPARE(cli({"import"}).exitCode, 2);
        const CliResult missing = cli({"import", "/nonexistent/.env"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(
            missing.err.contains("/nonexistent/.env: error: cannot read the file: no such file"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
