// The inf.yml parser: the diagnostic format, naming warnings, encodings and
// hostile bytes, and the files it will and will not read. What manifests
// mean is in the corpus (tst_manifestcorpus), its limits in tst_manifestbounds.
#include "ManifestParser.h"
#include "ManifestWarnings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace latchkey;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/manifests/") + name;
}

// "E 7:15 text" / "W 2:10 text": severity, position and part of the message.
QString describe(const Diagnostic& d)
{
    return QStringLiteral("%1 %2:%3 %4")
        .arg(QChar(d.isError() ? u'E' : u'W'))
        .arg(d.line)
        .arg(d.column)
        .arg(d.message);
}

QByteArray errorsOf(const QByteArray& yaml)
{
    QStringList lines;
    for (const Diagnostic& d : ManifestParser::parse(yaml, QStringLiteral("x.yml")).errors())
        lines << describe(d);
    return lines.join(u'\n').toUtf8();
}

} // namespace

class TestManifestParser : public QObject {
    Q_OBJECT
private slots:
    void diagnosticFormat()
    {
        const Manifest m = ManifestParser::parseFile(fixture(QStringLiteral("error_optional.yml")));
        const Diagnostic d = m.errors().first();
        QCOMPARE(d.toString(), fixture(QStringLiteral("error_optional.yml")) +
                                   QStringLiteral(":7:15: error: `optional` must be true or "
                                                  "false, got \"maybe\""));
        QCOMPARE(
            d.located(),
            QStringLiteral("line 7, column 15: `optional` must be true or false, got \"maybe\""));
    }

    void genericNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("generic");
        for (const char* k : {"API_KEY", "TOKEN", "SECRET", "KEY", "PASSWORD", "KEY1", "TOKEN_2",
                              "apikey", "SECRET_KEY"})
            QTest::newRow(k) << QString::fromLatin1(k) << true;
        for (const char* k : {"OPENAI_API_KEY", "HF_TOKEN", "WEBHOOK_SECRET", "DATABASE_URL",
                              "KEYCLOAK_URL", "STRIPE_SECRET_KEY"})
            QTest::newRow(k) << QString::fromLatin1(k) << false;
    }
    void genericNames()
    {
        QFETCH(QString, key);
        QFETCH(bool, generic);
        QCOMPARE(isGenericSecretName(key), generic);
    }

    // Inputs built here rather than committed: big, binary or line-ending sensitive.
    void hostile_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("error"); // "line:column message-part", or empty

        const QByteArray ok = "name: app\nsecrets:\n  - key: OPENAI_API_KEY\n"
                              "    description: OpenAI key\n";
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + ok << true << QByteArray();
        QByteArray crlf = ok;
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF") << crlf << true << QByteArray();
        QByteArray cr = ok;
        cr.replace("\n", "\r");
        QTest::newRow("lone CR") << cr << true << QByteArray();
        QTest::newRow("CRLF error position")
            << QByteArray("name: app\r\nsecrets:\r\n  - key: A_B\r\n    optional: maybe\r\n")
            << false << QByteArray("E 4:15 `optional` must be true or false");
        QTest::newRow("tab indentation")
            << QByteArray("name: app\nsecrets:\n\t- key: OPENAI_API_KEY\n") << false
            << QByteArray("E 3:1 a tab is used for indentation");
        QTest::newRow("tab before a comment")
            << QByteArray("name: app\n  \t# note\nsecrets: []\n") << false
            << QByteArray("E 2:3 a tab is used for indentation");
        QTest::newRow("tab as a separator is fine")
            << QByteArray("name:\tapp\nsecrets: []\n") << true << QByteArray();
        QTest::newRow("NUL byte") << QByteArray("name: app\nsecrets: [\0]\n", 22) << false
                                  << QByteArray("E 2:11 the file contains a NUL byte");
        QTest::newRow("invalid UTF-8") << QByteArray("name: app\ndescription: caf\xE9\n") << false
                                       << QByteArray("E 2:17 not valid UTF-8");
        QTest::newRow("overlong UTF-8")
            << QByteArray("name: \xC0\xAF\n") << false << QByteArray("E 1:7 not valid UTF-8");
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << QByteArray("name: \xED\xA0\x80\n") << false << QByteArray("E 1:7 not valid UTF-8");
        QTest::newRow("truncated UTF-8")
            << QByteArray("name: \xE2\x82") << false << QByteArray("E 1:7 not valid UTF-8");
        QTest::newRow("non-ASCII text is fine")
            << QByteArray("name: café ☕\nsecrets: []\n") << true << QByteArray();

        QTest::newRow("undefined alias")
            << QByteArray("name: *nothing\n") << false << QByteArray("E 1:7 ") + "anchor";
        QTest::newRow("binary garbage")
            << QByteArray("\x01\x02\x03: [{{{\n") << false << QByteArray("E ");
        QTest::newRow("unterminated quote")
            << QByteArray("name: app\nsecrets: []\ndescription: \"app\n") << false
            << QByteArray("E 3:14 this quoted text is never closed");
        QTest::newRow("unterminated single quote")
            << QByteArray("name: 'it''s\n") << false << QByteArray("E 1:7 never closed");
        QTest::newRow("closed quotes with escapes")
            << QByteArray("name: 'it''s'\ndescription: \"say \\\"hi\\\"\"\nsecrets: []\n") << true
            << QByteArray();
        QTest::newRow("document end marker only")
            << QByteArray("...\n") << false << QByteArray("E 1:1 the file is empty");
        QTest::newRow("explicit document start")
            << QByteArray("---\nname: app\nsecrets: []\n") << true << QByteArray();
        QTest::newRow("map key that is a list")
            << QByteArray("name: app\n? [a, b]\n: c\nsecrets: []\n") << true << QByteArray();
    }

    void hostile()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, valid);
        QFETCH(QByteArray, error);
        const Manifest m = ManifestParser::parse(yaml, QStringLiteral("x.yml"));
        const QByteArray errors = errorsOf(yaml);
        QVERIFY2(m.isValid() == valid, errors.constData());
        if (!error.isEmpty()) {
            const QByteArray prefix = error.left(error.indexOf(' ', 2) + 1);
            const bool positioned = prefix.contains(':');
            const QByteArray text = positioned ? error.mid(prefix.size()) : error.mid(2);
            bool found = false;
            for (const QByteArray& line : errors.split('\n'))
                found = found || ((!positioned || line.startsWith(prefix)) && line.contains(text));
            QVERIFY2(found, (QByteArray("expected \"") + error + "\" in:\n" + errors).constData());
        }
    }

    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A directory means its inf.yml; an empty path means ./inf.yml.
        QCOMPARE(ManifestParser::resolvePath(QString()), QStringLiteral("inf.yml"));
        QCOMPARE(ManifestParser::resolvePath(dir.path()), dir.filePath(QStringLiteral("inf.yml")));
        QCOMPARE(ManifestParser::resolvePath(QStringLiteral("x/app.yml")),
                 QStringLiteral("x/app.yml"));

        const Manifest missing = ManifestParser::parseFile(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(!missing.isValid());
        QVERIFY(missing.errors().first().message.contains(QStringLiteral("no such file")));
        QVERIFY(!ManifestParser::parseFile(dir.path()).isValid());

        // A huge file is refused from its size, without reading it all.
        QFile big(dir.filePath(QStringLiteral("big.yml")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("name: app\n");
        big.write(QByteArray(2 * ManifestParser::kMaxBytes, '#'));
        big.close();
        const Manifest huge = ManifestParser::parseFile(big.fileName());
        QVERIFY(!huge.isValid());
        QVERIFY(huge.errors().first().message.contains(QStringLiteral("at most")));
    }

    // Only regular files are read. Opening a FIFO would wait for a writer for
    // ever, and a device may never end: each is one error, at once.
    void notRegularFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("FIFO") << "fifo"
                              << "this is a named pipe (FIFO), not a regular file";
        QTest::newRow("folder holding a FIFO inf.yml") << "fifo-in-folder"
                                                       << "named pipe (FIFO)";
        QTest::newRow("character device") << "/dev/zero"
                                          << "this is a device, not a regular file";
        QTest::newRow("symlink to a device") << "link-to-device"
                                             << "this is a device";
        QTest::newRow("socket") << "socket"
                                << "this is a socket, not a regular file";
    }
    void notRegularFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(QStringLiteral("inf.yml"));
        int socketFd = -1;
        if (kind.startsWith(QLatin1String("fifo"))) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
            if (kind == QLatin1String("fifo-in-folder"))
                path = ManifestParser::resolvePath(dir.path());
        } else if (kind == QLatin1String("link-to-device")) {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        } else if (kind == QLatin1String("socket")) {
            socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(socketFd >= 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray name = QFile::encodeName(path);
            QVERIFY(size_t(name.size()) < sizeof(address.sun_path));
            std::copy(name.begin(), name.end(), address.sun_path);
            QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        } else {
            path = kind;
        }
        const Manifest m = ManifestParser::parseFile(path);
        if (socketFd >= 0)
            ::close(socketFd);
        QCOMPARE(m.diagnostics.size(), 1);
        const Diagnostic d = m.diagnostics.first();
        QVERIFY(d.isError());
        QVERIFY2(d.message.contains(message), qPrintable(d.message));
        // One sentence naming the path, in the format editors parse.
        QCOMPARE(d.toString(), path + QStringLiteral(": error: ") + d.message);
    }
};

QTEST_GUILESS_MAIN(TestManifestParser)
#include "tst_manifestparser.moc"
