// Issue 12 on the real keyring (tests/with-keyring.sh), through latchkey-cli
// as a user runs it and checked with libsecret's own secret-tool: history
// and restore --version, delete to the trash and restore, delete --purge,
// --expires/stale with list --json and check --max-age, the generator, config.
#include "CliRunner.h"
#include "TestKeychain.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Each test has a vault of its own, so that their items never mix.
QStringList in(const QString& vault, QStringList arguments)
{
    return QStringList{QStringLiteral("--vault"), vault} + arguments;
}

// secret-tool with `arguments`; its standard output (stderr joined for search).
CliResult tool(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("secret-tool"), arguments);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(),
            {}};
}

CliResult lookup(const QString& vault, const QString& key)
{
    return tool({QStringLiteral("lookup"), QStringLiteral("server"),
                 QStringLiteral("latchkey/") + vault, QStringLiteral("user"), key});
}

// Every item secret-tool finds for the pair of attributes.
QByteArray search(const QString& attribute, const QString& value)
{
    return tool({QStringLiteral("search"), QStringLiteral("--all"), attribute, value}).out;
}

QJsonObject json(const CliResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QByteArray value(int n)
{
    // Distinct last four characters: the masks tell the versions apart.
    return "lifecycle-canary-7f3a-" + QByteArray::number(1000 + n);
}

#define VERIFY_CLEAN(result, canary)                                                               \
    QVERIFY2(!(result).out.contains(canary) && !(result).err.contains(canary),                     \
             "a value was printed")

} // namespace

class TestCliLifecycle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        QVERIFY2(tool({QStringLiteral("--version")}).exitCode >= 0, "secret-tool is needed");
    }

    void historyKeepsFiveAndRestoresAVersion()
    {
        const QString vault = QStringLiteral("history");
        const QString key = QStringLiteral("SIGNING_SECRET");
        for (int n = 0; n <= 6; ++n) // set, then overwrite ×6
            QCOMPARE(runCli(in(vault, {"set", key}), value(n) + '\n').exitCode, 0);
        const CliResult history = runCli(in(vault, {"history", key, "--json"}));
        QCOMPARE(history.exitCode, 0);
        const QJsonArray versions = json(history).value("versions").toArray();
        QCOMPARE(versions.size(), 5);
        // Newest first: values 5, 4, 3, 2, 1 (0 fell out), masked.
        QStringList hints;
        for (const QJsonValue& v : versions)
            hints << v.toObject().value("hint").toString();
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(hints.at(i).endsWith(QString::fromLatin1(value(5 - i).right(4))),
                     qPrintable(hints.join(',')));
            QVERIFY(!hints.at(i).contains(QStringLiteral("canary")));
        }
        for (int n = 0; n <= 6; ++n)
            VERIFY_CLEAN(history, value(n));
        const CliResult table = runCli(in(vault, {"history", key}));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("VERSION") && table.out.contains("REPLACED"));
        for (int n = 0; n <= 6; ++n)
            VERIFY_CLEAN(table, value(n));
        // The earlier values are items of their own: a lookup finds the current one.
        const CliResult current = lookup(vault, key);
        QCOMPARE(current.exitCode, 0);
        QCOMPARE(current.out, value(6));

        // Bring back value 2, byte for byte; value 6 becomes history.
        const int version = versions.at(3).toObject().value("version").toInt();
        const CliResult restore =
            runCli(in(vault, {"restore", key, "--version", QString::number(version)}));
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        const CliResult get = runCli(in(vault, {"get", key, "--reveal"}));
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out, value(2));
        QCOMPARE(lookup(vault, key).out, value(2));
        const QJsonArray after =
            json(runCli(in(vault, {"history", key, "--json"}))).value("versions").toArray();
        QVERIFY(after.size() <= 5 && !after.isEmpty());
        QVERIFY(after.first().toObject().value("hint").toString().endsWith(
            QString::fromLatin1(value(6).right(4))));

        // A version that does not exist is an error, and nothing changes.
        const CliResult missing = runCli(in(vault, {"restore", key, "--version", "99"}));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(lookup(vault, key).out, value(2));
        QCOMPARE(runCli(in(vault, {"restore", key, "--version", "x"})).exitCode, 2);
    }

    void earlierValuesGoWhenTheyShould()
    {
        const QString vault = QStringLiteral("prune");
        const QString key = QStringLiteral("PRUNED_TOKEN");
        auto versions = [&] {
            return json(runCli(in(vault, {"history", key, "--json"}))).value("versions").toArray();
        };
        for (int n = 0; n < 3; ++n)
            QCOMPARE(runCli(in(vault, {"set", key}), value(n)).exitCode, 0);
        QCOMPARE(versions().size(), 2);

        // Brought back from the history with no current value, the version
        // becomes the current value and its history item goes: no copy stays.
        QCOMPARE(runCli(in(vault, {"delete", key})).exitCode, 0);
        const int newest = versions().first().toObject().value("version").toInt();
        const CliResult restored =
            runCli(in(vault, {"restore", key, "--version", QString::number(newest)}));
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(lookup(vault, key).out, value(1));
        const QJsonArray left = versions();
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().toObject().value("hint").toString().endsWith(
            QString::fromLatin1(value(0).right(4))));
        // One item per earlier value in the keychain too ("[/path]" heads each).
        QCOMPARE(search(QStringLiteral("latchkey:history-of"), key).count("[/"), 1);

        // Deleted and set again, over and over: each delete moves the copy
        // already in the trash into the history, which keeps its limit.
        const QString cycled = QStringLiteral("CYCLED_TOKEN");
        QCOMPARE(runCli(in(vault, {"config", "history", "2"})).exitCode, 0);
        for (int n = 0; n < 4; ++n) {
            QCOMPARE(runCli(in(vault, {"set", cycled}), value(n)).exitCode, 0);
            QCOMPARE(runCli(in(vault, {"delete", cycled})).exitCode, 0);
        }
        QCOMPARE(runCli(in(vault, {"set", cycled}), value(4)).exitCode, 0);
        QCOMPARE(search(QStringLiteral("latchkey:history-of"), cycled).count("[/"), 2);
        // Brought back from the trash over a newer value, which joins the
        // history: the limit holds there too.
        const QString back = QStringLiteral("RESTORED_TOKEN");
        for (int n = 0; n < 3; ++n)
            QCOMPARE(runCli(in(vault, {"set", back}), value(n)).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"delete", back})).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"set", back}), value(3)).exitCode, 0);
        const CliResult untrashed = runCli(in(vault, {"restore", back}));
        QVERIFY2(untrashed.exitCode == 0, untrashed.err.constData());
        QCOMPARE(lookup(vault, back).out, value(2));
        QCOMPARE(search(QStringLiteral("latchkey:history-of"), back).count("[/"), 2);

        // With the limit at 0 the next set removes every earlier value.
        QCOMPARE(runCli(in(vault, {"config", "history", "0"})).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"set", key}), value(3)).exitCode, 0);
        QCOMPARE(lookup(vault, key).out, value(3));
        QVERIFY(versions().isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:history-of"), key).isEmpty());
    }

    void deleteGoesToTheTrashAndComesBack()
    {
        const QString vault = QStringLiteral("trash");
        const QString key = QStringLiteral("DATABASE_PASSWORD");
        QCOMPARE(runCli(in(vault, {"set", key, "-d", "Production DB"}), value(1) + '\n').exitCode,
                 0);
        const CliResult removed = runCli(in(vault, {"delete", key}));
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains("trash"));
        QCOMPARE(runCli(in(vault, {"get", key})).exitCode, 1);
        const CliResult gone = lookup(vault, key);
        QVERIFY(gone.out.isEmpty());
        QVERIFY(!json(runCli(in(vault, {"list", "--json"})))
                     .value("secrets")
                     .toArray()
                     .contains(QJsonValue(key)));
        const CliResult trash = runCli(in(vault, {"trash", "--json"}));
        QCOMPARE(trash.exitCode, 0);
        const QJsonArray entries = json(trash).value("trash").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value("key").toString(), key);
        VERIFY_CLEAN(trash, value(1));

        const CliResult restored = runCli(in(vault, {"restore", key}));
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QCOMPARE(runCli(in(vault, {"get", key, "--reveal"})).out, value(1));
        QCOMPARE(lookup(vault, key).out, value(1));
        QVERIFY(json(runCli(in(vault, {"trash", "--json"}))).value("trash").toArray().isEmpty());
        const QJsonArray secrets =
            json(runCli(in(vault, {"list", "--json"}))).value("secrets").toArray();
        QCOMPARE(secrets.size(), 1);
        QCOMPARE(secrets.first().toObject().value("description").toString(),
                 QStringLiteral("Production DB"));
        // Nothing in the trash to restore: exit 1.
        QCOMPARE(runCli(in(vault, {"restore", "NOT_THERE"})).exitCode, 1);

        // trash --empty removes the trash items for real.
        QCOMPARE(runCli(in(vault, {"delete", key})).exitCode, 0);
        QVERIFY(!search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QCOMPARE(runCli(in(vault, {"trash", "--empty"})).exitCode, 0);
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QCOMPARE(runCli(in(vault, {"restore", key})).exitCode, 1);
    }

    void purgeLeavesNothing()
    {
        const QString vault = QStringLiteral("purge");
        const QString key = QStringLiteral("LEAKED_TOKEN");
        for (int n = 0; n < 3; ++n)
            QCOMPARE(runCli(in(vault, {"set", key}), value(n) + '\n').exitCode, 0);
        QVERIFY(!search(QStringLiteral("latchkey:history-of"), key).isEmpty());
        QVERIFY(runCli(in(vault, {"delete", "--help"})).out.contains("leaked"));
        const CliResult purge = runCli(in(vault, {"delete", key, "--purge"}));
        QVERIFY2(purge.exitCode == 0, purge.err.constData());
        QVERIFY(search(QStringLiteral("server"), QStringLiteral("latchkey/") + vault).isEmpty());
        QVERIFY(search(QStringLiteral("user"), key).isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:history-of"), key).isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QCOMPARE(runCli(in(vault, {"get", key})).exitCode, 1);
        QCOMPARE(runCli(in(vault, {"restore", key})).exitCode, 1);

        // A purge of a secret already in the trash removes the trash copy too.
        QCOMPARE(runCli(in(vault, {"set", key}), value(7) + '\n').exitCode, 0);
        QCOMPARE(runCli(in(vault, {"set", key}), value(8) + '\n').exitCode, 0);
        QCOMPARE(runCli(in(vault, {"delete", key})).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"delete", key, "--purge"})).exitCode, 0);
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QVERIFY(search(QStringLiteral("latchkey:history-of"), key).isEmpty());
        QVERIFY(json(runCli(in(vault, {"trash", "--json"}))).value("trash").toArray().isEmpty());
    }

    void expiredSecretsAreStale()
    {
        const QString vault = QStringLiteral("expiry");
        QCOMPARE(
            runCli(in(vault, {"set", "OLD_KEY", "--expires", "2020-01-01"}), value(1)).exitCode, 0);
        const QString soon = QDate::currentDate().addDays(5).toString(Qt::ISODate);
        QCOMPARE(runCli(in(vault, {"set", "SOON_KEY", "--expires", soon}), value(2)).exitCode, 0);
        QCOMPARE(
            runCli(in(vault, {"set", "FRESH_KEY", "--rotate-every", "90d"}), value(3)).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"set", "BAD", "--expires", "2020-13-45"}), value(4)).exitCode,
                 2);
        QCOMPARE(runCli(in(vault, {"set", "BAD", "--rotate-every", "-3d"}), value(4)).exitCode, 2);
        QCOMPARE(lookup(vault, QStringLiteral("BAD")).out, QByteArray());

        const CliResult list = runCli(in(vault, {"list", "--json"}));
        QCOMPARE(list.exitCode, 0);
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue& v : json(list).value("secrets").toArray())
            byKey.insert(v.toObject().value("key").toString(), v.toObject());
        QCOMPARE(byKey.size(), 3);
        QCOMPARE(byKey["OLD_KEY"].value("status").toString(), QStringLiteral("stale"));
        QCOMPARE(byKey["OLD_KEY"].value("stale").toBool(), true);
        QCOMPARE(byKey["OLD_KEY"].value("expires").toString(), QStringLiteral("2020-01-01"));
        QCOMPARE(byKey["SOON_KEY"].value("status").toString(), QStringLiteral("expiring"));
        QCOMPARE(byKey["FRESH_KEY"].value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(byKey["FRESH_KEY"].value("rotateEveryDays").toInt(), 90);

        const CliResult table = runCli(in(vault, {"list"}));
        QVERIFY(table.out.contains("AGE") && table.out.contains("STATUS"));
        const CliResult stale = runCli(in(vault, {"list", "--stale"}));
        QCOMPARE(stale.exitCode, 0);
        QVERIFY(stale.out.contains("OLD_KEY"));
        QVERIFY(!stale.out.contains("FRESH_KEY") && !stale.out.contains("SOON_KEY"));

        QTemporaryDir dir;
        QFile manifest(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("name: app\nsecrets:\n  - key: OLD_KEY\n  - key: SOON_KEY\n"
                       "  - key: FRESH_KEY\n");
        manifest.close();
        const CliResult check = runCli(in(vault, {"check", dir.path()}));
        QVERIFY2(check.exitCode == 0, check.out.constData()); // warnings only
        QVERIFY(check.out.contains("Warning: OLD_KEY"));
        QVERIFY(check.out.contains("Warning: SOON_KEY"));
        QVERIFY(!check.out.contains("FRESH_KEY:"));
        const CliResult strict = runCli(in(vault, {"check", dir.path(), "--max-age", "365"}));
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.out.contains("Too old: OLD_KEY"));
        const CliResult strictJson =
            runCli(in(vault, {"check", dir.path(), "--max-age", "365", "--json"}));
        QCOMPARE(strictJson.exitCode, 1);
        QCOMPARE(json(strictJson).value("exitCode").toInt(), 1);
        QCOMPARE(runCli(in(vault, {"check", dir.path(), "--max-age", "soon"})).exitCode, 2);
        // Give it a new value with a future expiry: the check passes.
        const QString later = QDate::currentDate().addYears(1).toString(Qt::ISODate);
        QCOMPARE(runCli(in(vault, {"set", "OLD_KEY", "--expires", later}), value(5)).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"check", dir.path(), "--max-age", "365"})).exitCode, 0);
    }

    void generatorMakesRandomValues_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("length");
        QTest::newRow("alnum") << "alnum"
                               << "^[A-Za-z0-9]+$" << 32;
        QTest::newRow("hex") << "hex"
                             << "^[0-9a-f]+$" << 64;
        QTest::newRow("base64url") << "base64url"
                                   << "^[A-Za-z0-9_-]+$" << 43;
        QTest::newRow("ascii") << "ascii"
                               << "^[!-~]+$" << 20;
    }
    void generatorMakesRandomValues()
    {
        QFETCH(QString, charset);
        QFETCH(QString, pattern);
        QFETCH(int, length);
        const QString vault = QStringLiteral("generator");
        const QString key = QStringLiteral("WEBHOOK_SECRET");
        QSet<QByteArray> seen;
        for (int run = 0; run < 3; ++run) {
            const CliResult set =
                runCli(in(vault, {"set", key, "--generate", "--length", QString::number(length),
                                  "--charset", charset}));
            QVERIFY2(set.exitCode == 0, set.err.constData());
            const QByteArray stored = lookup(vault, key).out;
            QCOMPARE(stored.size(), length);
            QVERIFY2(QRegularExpression(pattern).match(QString::fromLatin1(stored)).hasMatch(),
                     stored.constData());
            VERIFY_CLEAN(set, stored.left(stored.size() - 4));
            seen.insert(stored);
        }
        QCOMPARE(seen.size(), 3); // different every run
        const CliResult reveal = runCli(in(vault, {"set", key, "--generate", "--reveal"}));
        QCOMPARE(reveal.exitCode, 0);
        QCOMPARE(reveal.out, lookup(vault, key).out);
        QCOMPARE(reveal.out.size(), 32);
    }

    void generatorRefusesWhatAServiceIssues()
    {
        const QString vault = QStringLiteral("generator");
        const CliResult openai = runCli(in(vault, {"set", "OPENAI_API_KEY", "--generate"}));
        QCOMPARE(openai.exitCode, 2);
        QVERIFY(lookup(vault, QStringLiteral("OPENAI_API_KEY")).out.isEmpty());
        QCOMPARE(runCli(in(vault, {"set", "X_SECRET", "--generate", "--length", "3"})).exitCode, 2);
        QCOMPARE(
            runCli(in(vault, {"set", "X_SECRET", "--generate", "--charset", "emoji"})).exitCode, 2);
        QCOMPARE(runCli(in(vault, {"set", "X_SECRET", "--length", "12"}), "v").exitCode, 2);
        QVERIFY(lookup(vault, QStringLiteral("X_SECRET")).out.isEmpty());
    }

    // Behind a lock the versions are listed without their masks, and the
    // listing says it is incomplete: exit 3 and the keychain's state.
    void lockedHistorySaysSo()
    {
        const QString vault = QStringLiteral("lockedhistory");
        const QString key = QStringLiteral("WEBHOOK_SECRET");
        for (int n = 0; n < 3; ++n)
            QCOMPARE(runCli(in(vault, {"set", key}), value(n)).exitCode, 0);
        QVERIFY(testsupport::lockKeyring());
        const CliResult table = runCli(in(vault, {"history", key}));
        const CliResult json = runCli(in(vault, {"history", key, "--json"}));
        QVERIFY(testsupport::unlockKeyring());
        QCOMPARE(table.exitCode, 3);
        QVERIFY2(table.err.contains("locked"), table.err.constData());
        QCOMPARE(table.out.count("(not readable)"), 2);
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value("versions").toArray().size(), 2);
        for (int n = 0; n < 3; ++n) {
            VERIFY_CLEAN(table, value(n));
            VERIFY_CLEAN(json, value(n));
        }
        QCOMPARE(runCli(in(vault, {"history", key})).exitCode, 0);
    }

    // A description given to a secret whose value was removed outside
    // Latchkey is refused (exit 1), and the index keeps the old one.
    void describingARemovedSecretIsNotFound()
    {
        const QString vault = QStringLiteral("removedoutside");
        const QString key = QStringLiteral("GONE_TOKEN");
        QCOMPARE(runCli(in(vault, {"set", key, "-d", "before"}), value(1)).exitCode, 0);
        QCOMPARE(tool({QStringLiteral("clear"), QStringLiteral("server"),
                       QStringLiteral("latchkey/") + vault, QStringLiteral("user"), key})
                     .exitCode,
                 0);
        const CliResult update = runCli(in(vault, {"set", key, "--keep-value", "-d", "after"}));
        QVERIFY2(update.exitCode == 1, update.err.constData());
        QVERIFY2(update.err.contains("no value in the keychain"), update.err.constData());
        QVERIFY(!update.out.contains("Updated"));
    }

    // A value removed outside Latchkey leaves the list, but its earlier
    // values stay in the keychain: the listing says where they are, and
    // history and delete --purge reach them.
    void removedOutsideLeavesItsHistoryFindable()
    {
        const QString vault = QStringLiteral("orphans");
        const QString key = QStringLiteral("ORPHAN_TOKEN");
        QCOMPARE(runCli(in(vault, {"set", key}), value(1)).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"set", key}), value(2)).exitCode, 0);
        QCOMPARE(tool({QStringLiteral("clear"), QStringLiteral("server"),
                       QStringLiteral("latchkey/") + vault, QStringLiteral("user"), key})
                     .exitCode,
                 0);
        const CliResult list = runCli(in(vault, {"list"}));
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains(key.toUtf8()));
        QVERIFY2(list.err.contains("still has earlier values") && list.err.contains("--purge"),
                 list.err.constData());
        // Said once, when the key left the list.
        QVERIFY(!runCli(in(vault, {"list"})).err.contains("earlier values"));
        const CliResult history = runCli(in(vault, {"history", key, "--json"}));
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(json(history).value("versions").toArray().size(), 1);
        QCOMPARE(runCli(in(vault, {"delete", "--purge", key})).exitCode, 0);
        QVERIFY(search(QStringLiteral("latchkey:history-of"), key).isEmpty());
        VERIFY_CLEAN(list, value(1));
    }

    // A lowered history limit applies at once: the earlier values beyond it
    // leave the keychain when `config history N` says so, for every key.
    // Behind a lock the setting is kept and the command says they are not
    // removed (exit 3).
    void loweredHistoryLimitRemovesAtOnce()
    {
        const QString vault = QStringLiteral("lowered");
        const QStringList keys{QStringLiteral("FIRST_TOKEN"), QStringLiteral("SECOND_TOKEN")};
        for (const QString& key : keys)
            for (int n = 0; n < 4; ++n) // three earlier values each
                QCOMPARE(runCli(in(vault, {"set", key}), value(n)).exitCode, 0);
        auto versions = [&](const QString& key) {
            return search(QStringLiteral("latchkey:history-of"), key).count("latchkey:version");
        };
        QCOMPARE(versions(keys.at(0)), 3);

        QVERIFY(testsupport::lockKeyring());
        const CliResult locked = runCli(in(vault, {"config", "history", "1"}));
        QVERIFY(testsupport::unlockKeyring());
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains("not removed"), locked.err.constData());
        QCOMPARE(runCli(in(vault, {"config", "history"})).out, QByteArray("1\n"));
        QCOMPARE(versions(keys.at(0)), 3);

        const CliResult one = runCli(in(vault, {"config", "history", "1"}));
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY(one.out.contains("No earlier value beyond it"));
        for (const QString& key : keys) {
            QCOMPARE(versions(key), 1);
            // The newest earlier value is the one kept.
            const QJsonArray kept =
                json(runCli(in(vault, {"history", key, "--json"}))).value("versions").toArray();
            QCOMPARE(kept.size(), 1);
            QVERIFY(kept.first().toObject().value("hint").toString().endsWith(
                QString::fromLatin1(value(2).right(4))));
        }
        QCOMPARE(runCli(in(vault, {"config", "history", "0"})).exitCode, 0);
        for (const QString& key : keys) {
            QCOMPARE(versions(key), 0);
            QCOMPARE(lookup(vault, key).out, value(3)); // the current values stay
        }
    }

    void configChangesHistoryAndTrash()
    {
        const QString vault = QStringLiteral("config");
        const QString key = QStringLiteral("API_TOKEN");
        QCOMPARE(runCli(in(vault, {"config", "history"})).out, QByteArray("5\n"));
        QCOMPARE(runCli(in(vault, {"config", "history", "2"})).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"config", "history", "lots"})).exitCode, 2);
        // A negative number is a value out of range, not an unknown option.
        const CliResult negative = runCli(in(vault, {"config", "history", "-1"}));
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains("\"-1\"") && !negative.err.contains("Unknown option"),
                 negative.err.constData());
        QCOMPARE(runCli(in(vault, {"config", "colour", "blue"})).exitCode, 2);
        QCOMPARE(runCli(in(vault, {"config", "history"})).out, QByteArray("2\n"));
        for (int n = 0; n < 5; ++n)
            QCOMPARE(runCli(in(vault, {"set", key}), value(n)).exitCode, 0);
        QCOMPARE(
            json(runCli(in(vault, {"history", key, "--json"}))).value("versions").toArray().size(),
            2);
        // trash-days 0: delete is for good at once.
        QCOMPARE(runCli(in(vault, {"config", "trash-days", "0"})).exitCode, 0);
        QCOMPARE(runCli(in(vault, {"delete", key})).exitCode, 0);
        QVERIFY(search(QStringLiteral("latchkey:trash-of"), key).isEmpty());
        QVERIFY(lookup(vault, key).out.isEmpty());
        QCOMPARE(runCli(in(vault, {"config", "rotate-every", "90d"})).exitCode, 0);
        const CliResult all = runCli(in(vault, {"config"}));
        QVERIFY(all.out.contains("rotate-every = 90d"));
        QCOMPARE(
            json(runCli(in(vault, {"list", "--json"}))).value("defaultRotateEveryDays").toInt(),
            90);
    }
};

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
