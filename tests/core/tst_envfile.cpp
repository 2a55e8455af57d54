// EnvFile: dotenv and JSON as the ecosystem writes them, with exact
// locations for every problem.
#include "EnvFile.h"
#include "EnvWriter.h"
#include "TrickyEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

EnvFile dotenv(const QByteArray& text)
{
    return EnvFile::parse(text, QStringLiteral("t.env"), EnvFile::Format::Dotenv);
}

EnvFile json(const QByteArray& text)
{
    return EnvFile::parse(text, QStringLiteral("t.json"), EnvFile::Format::Json);
}

QString valueOf(const EnvFile& file, const QString& key)
{
    for (const EnvEntry& e : file.entries)
        if (e.key == key)
            return e.value;
    return QStringLiteral("<absent>");
}

} // namespace

class TestEnvFile : public QObject {
    Q_OBJECT
private slots:
    void trickyFixture()
    {
        const EnvFile file = EnvFile::read(trickyenv::path());
        QVERIFY2(!file.error, file.error ? qPrintable(file.error->toString()) : "");
        QCOMPARE(file.format, EnvFile::Format::Dotenv);
        QStringList keys;
        for (const EnvEntry& e : file.valid())
            if (!e.value.isEmpty())
                keys << e.key;
        QStringList expected;
        for (const auto& [key, value] : trickyenv::imported()) {
            expected << key;
            QCOMPARE(valueOf(file, key).toUtf8(), value);
        }
        QCOMPARE(keys, expected);
        for (const QString& key : trickyenv::empty())
            QCOMPARE(valueOf(file, key), QString());
        const QList<EnvEntry> invalid = file.invalidEntries();
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().key, trickyenv::invalidKey());
        QCOMPARE(invalid.first().line, trickyenv::kInvalidLine);
        QCOMPARE(invalid.first().column, 1);
        QVERIFY(invalid.first().invalid.contains(QLatin1String("'-'")));
        QCOMPARE(file.warnings.size(), 1);
        QCOMPARE(file.warnings.first().line, trickyenv::kDuplicateLine);
    }

    // The same file with every line ending in CRLF reads the same.
    void allCrlf()
    {
        QFile f(trickyenv::path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        bytes.replace("\r\n", "\n");
        bytes.replace("\n", "\r\n");
        const EnvFile file = dotenv(bytes);
        QVERIFY(!file.error);
        for (const auto& [key, value] : trickyenv::imported())
            QCOMPARE(valueOf(file, key).toUtf8(), value);
        QCOMPARE(file.invalidEntries().first().line, trickyenv::kInvalidLine);
    }

    void forms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("bare") << QByteArray("K=abc") << "abc";
        QTest::newRow("trailing spaces") << QByteArray("K=abc  \t") << "abc";
        QTest::newRow("comment") << QByteArray("K=abc #x") << "abc";
        QTest::newRow("hash at start") << QByteArray("K=#abc") << "#abc";
        QTest::newRow("comment only") << QByteArray("K= # nothing") << "";
        QTest::newRow("single literal") << QByteArray("K='a\\tb\"c'") << "a\\tb\"c";
        QTest::newRow("double escapes")
            << QByteArray("K=\"a\\nb\\rc\\td\\\\e\\\"f\\'g\\$h\\`i\"") << "a\nb\rc\td\\e\"f'g$h`i";
        QTest::newRow("unknown escape kept") << QByteArray("K=\"a\\qb\"") << "a\\qb";
        QTest::newRow("equals in value") << QByteArray("K=a=b==") << "a=b==";
        QTest::newRow("quote inside bare") << QByteArray("K=it's") << "it's";
        QTest::newRow("export as key") << QByteArray("export=1") << "1";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFK=v") << "v";
        QTest::newRow("bom in value kept")
            << QByteArray("K=\xEF\xBB\xBFv") << QString(QChar(0xFEFF)) + QStringLiteral("v");
        QTest::newRow("no final newline") << QByteArray("A=1\nK=last") << "last";
    }
    void forms()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, value);
        const EnvFile file = dotenv(text);
        QVERIFY2(!file.error, file.error ? qPrintable(file.error->toString()) : "");
        const QString key =
            text.contains("export=") ? QStringLiteral("export") : QStringLiteral("K");
        QCOMPARE(valueOf(file, key), value);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no equals") << QByteArray("A=1\nJUSTAWORD\n") << 2 << 10 << "expected =";
        QTest::newRow("space in key") << QByteArray("MY KEY=1") << 1 << 4 << "expected =";
        QTest::newRow("open double")
            << QByteArray("A=1\nB=\"abc\nmore\n") << 2 << 3 << "never closed";
        QTest::newRow("open single") << QByteArray("B='abc") << 1 << 3 << "never closed";
        QTest::newRow("after quote")
            << QByteArray("B=\"abc\" tail") << 1 << 9 << "after the closing";
        QTest::newRow("utf8") << QByteArray("A=1\nB=a\xff") << 2 << 4 << "UTF-8";
        QTest::newRow("nul") << QByteArray("A=1\nB=\xc3\xa9\0x", 10) << 2 << 4 << "NUL";
        QTest::newRow("column counts characters")
            << QByteArray("K=\"\xc3\xa9\xc3\xa9\" x") << 1 << 8 << "after the closing";
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const EnvFile file = dotenv(text);
        QVERIFY(file.error.has_value());
        QCOMPARE(file.error->line, line);
        QCOMPARE(file.error->column, column);
        QVERIFY2(file.error->message.contains(message), qPrintable(file.error->message));
        QVERIFY(file.entries.isEmpty()); // nothing from a broken file is used
        QVERIFY(file.error->toString().startsWith(
            QStringLiteral("t.env:%1:%2: error: ").arg(line).arg(column)));
    }

    void invalidEntries()
    {
        const EnvFile file = dotenv("1ABC=x\nGOOD=y\n  my.key=z\n=w\n");
        QVERIFY(!file.error);
        const QList<EnvEntry> bad = file.invalidEntries();
        QCOMPARE(bad.size(), 3);
        QCOMPARE(bad.at(0).line, 1);
        QCOMPARE(bad.at(1).line, 3);
        QCOMPARE(bad.at(1).column, 3);
        QCOMPARE(bad.at(2).line, 4);
        QCOMPARE(file.valid().size(), 1);
        QCOMPARE(file.valid().first().key, QStringLiteral("GOOD"));
    }

    void tooLarge()
    {
        const EnvFile file = dotenv("BIG=" + QByteArray(64 * 1024 + 1, 'a') + "\n");
        QCOMPARE(file.invalidEntries().size(), 1);
        QVERIFY(file.invalidEntries().first().invalid.contains(QLatin1String("64 KiB")));
    }

    void jsonObject()
    {
        const EnvFile file =
            json("{\n  \"A\": \"x\\ny\",\n  \"B\": \"\\u00e9\\ud83d\\ude00\",\n"
                 "  \"N\": 42,\n  \"O\": {\"deep\": [1, 2]},\n  \"bad-key\": \"v\"\n}\n");
        QVERIFY2(!file.error, file.error ? qPrintable(file.error->toString()) : "");
        QCOMPARE(valueOf(file, QStringLiteral("A")), QStringLiteral("x\ny"));
        QCOMPARE(valueOf(file, QStringLiteral("B")), QString::fromUtf8("\xc3\xa9\xf0\x9f\x98\x80"));
        const QList<EnvEntry> bad = file.invalidEntries();
        QCOMPARE(bad.size(), 3);
        QCOMPARE(bad.at(0).key, QStringLiteral("N"));
        QCOMPARE(bad.at(0).line, 4);
        QCOMPARE(bad.at(0).column, 3);
        QVERIFY(bad.at(0).invalid.contains(QLatin1String("not a string")));
        QCOMPARE(bad.at(2).line, 6);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("array") << QByteArray("[1]") << 1 << 1;
        QTest::newRow("missing colon") << QByteArray("{\n \"A\" \"x\"}") << 2 << 6;
        QTest::newRow("trailing comma") << QByteArray("{\"A\": \"x\",\n}") << 2 << 1;
        QTest::newRow("raw newline") << QByteArray("{\"A\": \"x\ny\"}") << 1 << 9;
        QTest::newRow("after object") << QByteArray("{}\n{}") << 2 << 1;
        QTest::newRow("bad literal") << QByteArray("{\"A\": tru}") << 1 << 7;
        QTest::newRow("unclosed") << QByteArray("{\"A\": \"x\"") << 1 << 10;
        // \u takes exactly four hex digits: no sign, no space.
        QTest::newRow("sign in \\u") << QByteArray("{\"A\": \"\\u+005\"}") << 1 << 10;
        QTest::newRow("space in \\u") << QByteArray("{\"A\": \"\\u 005\"}") << 1 << 10;
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const EnvFile file = json(text);
        QVERIFY(file.error.has_value());
        QCOMPARE(file.error->line, line);
        QCOMPARE(file.error->column, column);
        QVERIFY(file.entries.isEmpty());
    }

    void formatDetection()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("secrets"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  \n {\"K\": \"v\"}");
        f.close();
        QCOMPARE(EnvFile::read(plain).format, EnvFile::Format::Json);
        const EnvFile missing = EnvFile::read(dir.filePath(QStringLiteral("nope.env")));
        QVERIFY(missing.error && missing.error->message.contains(QLatin1String("no such file")));
        const EnvFile folder = EnvFile::read(dir.path());
        QVERIFY(folder.error && folder.error->message.contains(QLatin1String("folder")));
    }

    // What export writes, import reads back exactly.
    void writerRoundTrip()
    {
        const envwriter::Entries entries{
            {QStringLiteral("BARE"), QStringLiteral("sk-abc_123./:@+=")},
            {QStringLiteral("SPACE"), QStringLiteral("a b #c $HOME")},
            {QStringLiteral("QUOTE"), QStringLiteral("it's \"x\" \\ $y")},
            {QStringLiteral("LINES"), QStringLiteral("l1\nl2\r\nl3\t")},
            {QStringLiteral("UNI"), QString::fromUtf8("\xef\xbb\xbf\xc3\xa9 \xf0\x9f\x98\x80")},
        };
        for (const bool asJson : {false, true}) {
            const QByteArray bytes = asJson ? envwriter::json(entries) : envwriter::dotenv(entries);
            const EnvFile file = asJson ? json(bytes) : dotenv(bytes);
            QVERIFY2(!file.error, bytes.constData());
            QCOMPARE(file.entries.size(), entries.size());
            for (const auto& [key, value] : entries)
                QCOMPARE(valueOf(file, key), value);
        }
        QCOMPARE(envwriter::dotenvValue(QStringLiteral("sk-abc")), QStringLiteral("sk-abc"));
        QCOMPARE(envwriter::dotenvValue(QStringLiteral("a b")), QStringLiteral("'a b'"));
    }
};

QTEST_GUILESS_MAIN(TestEnvFile)
#include "tst_envfile.moc"
