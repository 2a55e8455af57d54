#include "VaultIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace latchkey;

namespace {
SecretInfo entry(const QString& key, const QString& description = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {key, description, now, now,
            QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022")};
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The Unix mode bits as `ls -l` shows them, straight from stat(2).
int modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}
} // namespace

class TestVaultIndex : public QObject {
    Q_OBJECT
private slots:
    void missingFileIsEmptyVault()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QVERIFY(snapshot.entries.isEmpty());
        QVERIFY(!QFile::exists(index.path()));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("staging"), dir.path() + QStringLiteral("/nested"));
        SecretInfo first =
            entry(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("GPT-4 \u00e9 calls"));
        first.created = first.created.addSecs(-3600);
        const SecretInfo second = entry(QStringLiteral("DATABASE_URL"));
        QVERIFY(!index.update([&](QList<SecretInfo>& e) { e << first << second; }));
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 2);
        QCOMPARE(snapshot.entries.at(0), first);
        QCOMPARE(snapshot.entries.at(1), second);
        const QByteArray text = readFile(index.path());
        QVERIFY(text.contains("\"schema\": 1"));
        QVERIFY(text.contains("\"vault\": \"staging\""));
    }

    void ownerOnlyPermissions()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path() + QStringLiteral("/vaults"));
        QVERIFY(!index.update([](QList<SecretInfo>& e) { e << entry(QStringLiteral("A")); }));
        QCOMPARE(modeOf(index.path()), 0600);
        // A second write replaces the file and must keep the mode.
        QVERIFY(!index.update([](QList<SecretInfo>& e) { e << entry(QStringLiteral("B")); }));
        QCOMPARE(modeOf(index.path()), 0600);
        QCOMPARE(modeOf(dir.path() + QStringLiteral("/vaults")), 0700);
    }

    void corruptFileIsMovedAsideNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated json") << QByteArray("{\"schema\": 1, \"secrets\": [") << "JSON";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << "object";
        QTest::newRow("no schema") << QByteArray("{\"secrets\": []}") << "schema";
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 99, \"secrets\": []}") << "newer";
        QTest::newRow("secrets not a list")
            << QByteArray("{\"schema\": 1, \"secrets\": 3}") << "list";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12) << "JSON";
    }
    void corruptFileIsMovedAsideNotOverwritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        writeFile(index.path(), content);

        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QVERIFY(snapshot.entries.isEmpty());
        QVERIFY2(snapshot.warning.contains(index.path()), qPrintable(snapshot.warning));
        QVERIFY2(snapshot.warning.contains(reason), qPrintable(snapshot.warning));
        QVERIFY(!QFile::exists(index.path()));
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("default.json.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir.filePath(aside.first())), content);

        // The vault keeps working with a fresh index.
        QVERIFY(!index.update([](QList<SecretInfo>& e) { e << entry(QStringLiteral("NEW")); }));
        QCOMPARE(index.load().entries.size(), 1);
    }

    void corruptFileFoundByWriterIsMovedAside()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        writeFile(index.path(), "not json");
        QString warning;
        QVERIFY(
            !index.update([](QList<SecretInfo>& e) { e << entry(QStringLiteral("K")); }, &warning));
        QVERIFY(warning.contains(QLatin1String("moved to")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).size(),
                 1);
    }

    // A path that exists but cannot be read as a file (here: a directory,
    // which stays unreadable even for root) is reported, never replaced.
    void unreadableFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        QVERIFY(QDir().mkpath(index.path()));
        const auto snapshot = index.load();
        QCOMPARE(snapshot.error.kind, ErrorKind::Storage);
        QVERIFY2(snapshot.error.message.contains(index.path()), qPrintable(snapshot.error.message));
        QCOMPARE(index.update([](QList<SecretInfo>& e) { e << entry(QStringLiteral("K")); }).kind,
                 ErrorKind::Storage);
        QVERIFY(QFileInfo(index.path()).isDir());
    }

    // Two processes each add 40 entries, one locked read-modify-write at a
    // time, interleaved: without the lock some updates would be lost.
    void concurrentWritersLoseNothing()
    {
        const QString writer =
            QCoreApplication::applicationDirPath() + QStringLiteral("/index_writer");
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        QTemporaryDir dir;
        const int count = 40;
        QProcess a, b;
        const QStringList common{dir.path(), QStringLiteral("shared")};
        a.start(writer, common + QStringList{QStringLiteral("A"), QString::number(count)});
        b.start(writer, common + QStringList{QStringLiteral("B"), QString::number(count)});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);

        const auto snapshot = VaultIndex(QStringLiteral("shared"), dir.path()).load();
        QVERIFY(!snapshot.error);
        QSet<QString> keys;
        for (const SecretInfo& info : snapshot.entries)
            keys.insert(info.key);
        QCOMPARE(keys.size(), 2 * count);
        QCOMPARE(snapshot.entries.size(), 2 * count);
        QVERIFY(keys.contains(QStringLiteral("A_0")) && keys.contains(QStringLiteral("B_39")));
    }
};

QTEST_GUILESS_MAIN(TestVaultIndex)
#include "tst_vaultindex.moc"
