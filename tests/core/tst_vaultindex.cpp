#include "VaultIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace latchkey;

namespace {
SecretInfo entry(const QString& key, const QString& description = {})
{
    // Millisecond precision, as the file keeps it.
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
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

void add(const VaultIndex& index, const SecretInfo& info)
{
    const auto result = index.update([&](QList<SecretInfo>& e) { e << info; });
    QVERIFY2(result.ok(), qPrintable(result.error().message));
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

    void roundTripIsCompactJson()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("staging"), dir.path() + QStringLiteral("/nested"));
        SecretInfo first =
            entry(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("GPT-4 \u00e9 calls"));
        first.created = first.created.addSecs(-3600);
        const SecretInfo second = entry(QStringLiteral("DATABASE_URL"));
        const auto result = index.update([&](QList<SecretInfo>& e) { e << first << second; });
        QVERIFY(result.ok());
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 2);
        QCOMPARE(snapshot.entries.at(0), first);
        QCOMPARE(snapshot.entries.at(1), second);
        const QByteArray text = readFile(index.path());
        QVERIFY(text.contains("\"schema\":3"));
        QVERIFY(text.contains("\"vault\":\"staging\""));
        QVERIFY2(!text.contains('\n') && !text.contains("\": "), text.constData()); // compact
    }

    // The writer encodes UTF-8 and escapes by hand: every kind of character
    // (escapes, controls, two-, three- and four-byte forms, a lone surrogate
    // half) is written as QJsonDocument reads it and read back as written.
    void everyCharacterRoundTrips()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        const QString description =
            QStringLiteral("quote \" back \\ slash / tab \t nl \n cr \r bell \a esc \x1b del "
                           "\x7f e\u0301 \u00e9 \u20ac \u2022 ") +
            QString::fromUcs4(U"\U0001F511") + QChar(0x0001) + QStringLiteral(" end");
        SecretInfo info = entry(QStringLiteral("ALL_KINDS"), description);
        info.hint = QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\U0001F511");
        QVERIFY(!index.write({info}, {}));
        const QByteArray text = readFile(index.path());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject written =
            doc.object()[QLatin1String("secrets")].toArray().at(0).toObject();
        QCOMPARE(written[QLatin1String("description")].toString(), info.description);
        QCOMPARE(written[QLatin1String("hint")].toString(), info.hint);
        QVERIFY(!text.contains('\x1b') && !text.contains('\x01') && !text.contains('\n'));
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 1);
        QCOMPARE(snapshot.entries.at(0), info);

        // A lone surrogate half has no UTF-8 form: it is written as
        // QString::toUtf8() writes it (a question mark), and the rest of the
        // string is kept.
        SecretInfo lone = entry(QStringLiteral("LONE_HALF"),
                                QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
        QVERIFY(!index.write({lone}, {}));
        const QByteArray loneText = readFile(index.path());
        QCOMPARE((QStringLiteral("a") + QChar(0xD800)).toUtf8(), QByteArray("a?"));
        QVERIFY2(loneText.contains("\"a?b\""), loneText.constData());
    }

    // Schema 3's optional fields (issue 12) and the trash come back as
    // written; entries without them write none of them.
    void lifecycleFieldsRoundTrip()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        SecretInfo scheduled = entry(QStringLiteral("SCHEDULED"), QStringLiteral("d"));
        scheduled.expires = QDate(2027, 3, 1);
        scheduled.rotateDays = 90;
        scheduled.rotate = QStringLiteral("a member left");
        const SecretInfo plain = entry(QStringLiteral("PLAIN"));
        SecretInfo trashed = entry(QStringLiteral("TRASHED"));
        trashed.deleted = trashed.updated.addSecs(60);
        QVERIFY(!index.write({scheduled, plain}, {trashed}));
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 2);
        QCOMPARE(snapshot.entries.at(0), scheduled);
        QCOMPARE(snapshot.entries.at(1), plain);
        QCOMPARE(snapshot.trash.size(), 1);
        QCOMPARE(snapshot.trash.at(0), trashed);
        const QByteArray text = readFile(index.path());
        QVERIFY(text.contains("\"expires\":\"2027-03-01\""));
        QCOMPARE(text.count("expires"), 1);
        QCOMPARE(text.count("rotateEvery"), 1);
    }

    void schemaOneIsStillRead()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        writeFile(index.path(), "{\"schema\": 1, \"vault\": \"default\", \"secrets\": [{\"key\": "
                                "\"OLD_KEY\", \"description\": \"kept\", \"created\": "
                                "\"2025-01-02T03:04:05.000Z\", \"updated\": "
                                "\"2025-01-02T03:04:05.000Z\", \"hint\": \"x\"}]}");
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 1);
        QCOMPARE(snapshot.entries.first().description, QStringLiteral("kept"));
    }

    void ownerOnlyPermissions()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path() + QStringLiteral("/vaults"));
        add(index, entry(QStringLiteral("A")));
        QCOMPARE(modeOf(index.path()), 0600);
        // A second write replaces the file and must keep the mode.
        add(index, entry(QStringLiteral("B")));
        QCOMPARE(modeOf(index.path()), 0600);
        QCOMPARE(modeOf(dir.path() + QStringLiteral("/vaults")), 0700);
        QCOMPARE(modeOf(index.lockPath()), 0600);
        // Nothing is left of the temporary files the writes went through.
        QCOMPARE(QDir(dir.path() + QStringLiteral("/vaults"))
                     .entryList(QDir::Files | QDir::Hidden)
                     .size(),
                 2); // default.json, default.lock
    }

    void duplicateKeysAreMerged()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        writeFile(index.path(),
                  "{\"schema\":2,\"vault\":\"default\",\"secrets\":["
                  "{\"key\":\"K\",\"description\":\"old words\",\"created\":\"2024-01-01T00:00:00."
                  "000Z\",\"updated\":\"2024-01-01T00:00:00.000Z\",\"hint\":\"old\"},"
                  "{\"key\":\"K\",\"description\":\"\",\"created\":\"2025-01-01T00:00:00.000Z\","
                  "\"updated\":\"2025-06-01T00:00:00.000Z\",\"hint\":\"new\"}]}");
        const auto snapshot = index.load();
        QVERIFY(!snapshot.error);
        QCOMPARE(snapshot.entries.size(), 1);
        const SecretInfo& merged = snapshot.entries.first();
        QCOMPARE(merged.hint, QStringLiteral("new"));              // the most recent update wins
        QCOMPARE(merged.description, QStringLiteral("old words")); // a description is kept
        QCOMPARE(merged.created.date().year(), 2024);              // the earliest creation
        QCOMPARE(merged.updated.date().month(), 6);
    }

    // A file read again unchanged is not parsed again (VaultIndex.cpp,
    // LastRead), but what decides "unchanged" is the content: a rewrite of
    // the same size with the same modification time, as two writes within
    // the file system's clock resolution leave, is read, through a copy of
    // the index too (copies share what was read last).
    void rewriteWithTheSameSizeAndTimeIsRead()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        add(index, entry(QStringLiteral("KEY_AAA"), QStringLiteral("first")));
        const VaultIndex copy = index;
        QCOMPARE(index.load().entries.value(0).description, QStringLiteral("first"));
        QCOMPARE(copy.load().entries.value(0).description, QStringLiteral("first"));

        const QByteArray before = readFile(index.path());
        const QDateTime modified = QFileInfo(index.path()).lastModified();
        QByteArray after = before;
        after.replace("KEY_AAA", "KEY_BBB").replace("first", "other");
        QCOMPARE(after.size(), before.size());
        writeFile(index.path(), after);
        QFile file(index.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(index.path()).lastModified(), modified);
        QCOMPARE(QFileInfo(index.path()).size(), before.size());

        for (const VaultIndex* reader : {&copy, &index}) {
            const VaultIndex::Snapshot snapshot = reader->load();
            QCOMPARE(snapshot.entries.size(), 1);
            QCOMPARE(snapshot.entries.at(0).key, QStringLiteral("KEY_BBB"));
            QCOMPARE(snapshot.entries.at(0).description, QStringLiteral("other"));
        }
        // And a file that no longer parses is not answered from what was read before.
        writeFile(index.path(), before.left(before.size() / 2));
        const VaultIndex::Snapshot broken = index.readLocked();
        QVERIFY(broken.corrupt);
        QVERIFY(broken.entries.isEmpty());
        QVERIFY(!broken.warning.isEmpty());
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        const QByteArray future = "{\"schema\": 99, \"secrets\": [], \"from\": \"the future\"}";
        writeFile(index.path(), future);
        const auto snapshot = index.load();
        QCOMPARE(snapshot.error.kind, ErrorKind::Storage);
        QVERIFY2(snapshot.error.message.contains(QLatin1String("newer version")),
                 qPrintable(snapshot.error.message));
        QVERIFY(snapshot.error.message.contains(index.path()));
        const auto written = index.update([](QList<SecretInfo>& e) { e << entry("K"); });
        QVERIFY(!written.ok());
        QCOMPARE(readFile(index.path()), future); // never moved aside, never overwritten
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
    }

    void corruptFileIsMovedAsideNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated json") << QByteArray("{\"schema\": 1, \"secrets\": [") << "JSON";
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << "object";
        QTest::newRow("no schema") << QByteArray("{\"secrets\": []}") << "schema";
        QTest::newRow("secrets not a list")
            << QByteArray("{\"schema\": 1, \"secrets\": 3}") << "list";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12) << "JSON";
        // Not four hex digits after \u: the fast reader once took " +05"
        // for 0x0005 and read the file instead of reporting it.
        // Numbers as JSON has them, nothing looser.
        QTest::newRow("leading zero")
            << QByteArray("{\"schema\":3,\"vault\":\"default\",\"secrets\":[{\"key\":\"K\","
                          "\"rotateEvery\":007}]}")
            << "JSON";
        QTest::newRow("not a number")
            << QByteArray("{\"schema\":3,\"vault\":\"default\",\"secrets\":[{\"key\":\"K\","
                          "\"future\":inf}]}")
            << "JSON";
        QTest::newRow("bad unicode escape")
            << QByteArray("{\"schema\":3,\"vault\":\"default\",\"secrets\":[{\"key\":\"K\","
                          "\"description\":\"a\\u +05b\"}]}")
            << "JSON";
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
        add(index, entry(QStringLiteral("NEW")));
        QCOMPARE(index.load().entries.size(), 1);
    }

    void corruptFileFoundByWriterIsMovedAside()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        writeFile(index.path(), "not json");
        const auto result = index.update([](QList<SecretInfo>& e) { e << entry("K"); });
        QVERIFY(result.ok());
        QVERIFY2(result.value().contains(QLatin1String("moved to")), qPrintable(*result));
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
        QCOMPARE(index.update([](QList<SecretInfo>& e) { e << entry("K"); }).error().kind,
                 ErrorKind::Storage);
        QVERIFY(QFileInfo(index.path()).isDir());
    }

    // A symlinked index could send our writes anywhere the link points: it is
    // refused with the reason, for reading and for writing, and left alone.
    void symlinkedIndexIsRefused()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path() + QStringLiteral("/vaults"));
        QVERIFY(QDir().mkpath(index.directory()));
        const QString target = dir.filePath(QStringLiteral("elsewhere.json"));
        writeFile(target, "{\"schema\":2,\"vault\":\"default\",\"secrets\":[]}");
        QVERIFY(QFile::link(target, index.path()));
        const auto snapshot = index.load();
        QCOMPARE(snapshot.error.kind, ErrorKind::Storage);
        QVERIFY2(snapshot.error.message.contains(QLatin1String("symbolic link")),
                 qPrintable(snapshot.error.message));
        const auto written = index.update([](QList<SecretInfo>& e) { e << entry("K"); });
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QLatin1String("symbolic link")));
        QVERIFY(QFileInfo(index.path()).isSymLink());
        QCOMPARE(readFile(target),
                 QByteArray("{\"schema\":2,\"vault\":\"default\",\"secrets\":[]}"));
    }

    void descriptionsAreBounded()
    {
        QVERIFY(VaultIndex::descriptionError(QString(1024, QLatin1Char('d'))).isEmpty());
        QVERIFY(!VaultIndex::descriptionError(QString(1025, QLatin1Char('d'))).isEmpty());
        // Bytes, not characters: 400 three-byte characters are too many.
        QVERIFY(!VaultIndex::descriptionError(QString(400, QChar(0x20ac))).isEmpty());
    }

    void journalRoundTripAndRemoval()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        Intent set{Intent::Op::Set,          QStringLiteral("API_KEY"),
                   QStringLiteral("abc123"), QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC),
                   QStringLiteral("hint"),   QStringLiteral("words")};
        Intent remove{Intent::Op::Delete, QStringLiteral("OLD"), {}, set.time, {}, {}};
        QVERIFY(!index.writeJournal({set, remove}));
        QCOMPARE(modeOf(index.journalPath()), 0600);
        const auto journal = index.readJournal();
        QVERIFY(journal.ok());
        QCOMPARE(journal->size(), 2);
        QCOMPARE(journal->at(0), set);
        QCOMPARE(journal->at(1), remove);
        QVERIFY(index.load().pending);
        QVERIFY(!index.writeJournal({}));
        QVERIFY(!QFile::exists(index.journalPath()));
        QVERIFY(!index.load().pending);
    }

    // A prepared index that is never committed leaves the old file
    // byte-identical and nothing beside it.
    void preparedButDiscardedChangesNothing()
    {
        QTemporaryDir dir;
        const VaultIndex index(QStringLiteral("default"), dir.path());
        add(index, entry(QStringLiteral("KEEP")));
        const QByteArray before = readFile(index.path());
        {
            auto prepared = index.prepare({entry("KEEP"), entry("OTHER")}, {});
            QVERIFY(prepared.ok());
            QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("default.json.new-*")}).size(), 1);
        }
        QCOMPARE(readFile(index.path()), before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("default.json.new-*")}).isEmpty());
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
