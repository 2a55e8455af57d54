// Text from files made safe for a terminal (escaped controls) and words made
// safe for a POSIX shell (checked by feeding them to the real /bin/sh).
#include "TerminalText.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

class TestTerminalText : public QObject {
    Q_OBJECT
private slots:
    void terminalSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << "OpenAI key for GPT"
                               << "OpenAI key for GPT";
        QTest::newRow("non-ascii kept")
            << QString::fromUtf8("p\xC3\xA4ss \xE2\x82\xAC \xF0\x9F\x94\x91")
            << QString::fromUtf8("p\xC3\xA4ss \xE2\x82\xAC \xF0\x9F\x94\x91");
        QTest::newRow("backslash kept") << "C:\\path"
                                        << "C:\\path";
        QTest::newRow("window title") << "\x1b]0;pwned\x07"
                                      << "\\e]0;pwned\\x07";
        QTest::newRow("clear screen") << "a\x1b[2Jb"
                                      << "a\\e[2Jb";
        QTest::newRow("tab newline cr") << "a\tb\nc\rd"
                                        << "a\\tb\\nc\\rd";
        QTest::newRow("nul and 0x1f") << QString::fromUtf16(u"a\0b\x1f", 4) << "a\\x00b\\x1f";
        QTest::newRow("del") << "a\x7f"
                             << "a\\x7f";
        QTest::newRow("c1 csi") << QString(QChar(0x9B)) + "2J"
                                << "\\x9b2J";
        QTest::newRow("c1 nel") << QString(QChar(0x85)) << "\\x85";
        QTest::newRow("no-break space kept") << QString(QChar(0xA0)) << QString(QChar(0xA0));
        QTest::newRow("rlo") << QString(QChar(0x202E)) + "txt.exe"
                             << "\\u202etxt.exe";
        QTest::newRow("lre") << QString(QChar(0x202A)) << "\\u202a";
        QTest::newRow("isolates") << QString(QChar(0x2066)) + QChar(0x2069) << "\\u2066\\u2069";
        QTest::newRow("marks") << QString(QChar(0x200E)) + QChar(0x200F) + QChar(0x061C)
                               << "\\u200e\\u200f\\u061c";
        QTest::newRow("zero-width joiner kept") << QString(QChar(0x200D)) << QString(QChar(0x200D));
    }
    void terminalSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        const QString safe = latchkey::terminalSafe(text);
        QCOMPARE(safe, shown);
        for (const QChar c : safe)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F &&
                         !(c.unicode() >= 0x80 && c.unicode() <= 0x9F),
                     "a control character was left");
        // Escaping is idempotent: the escaped text contains nothing to escape.
        QCOMPARE(latchkey::terminalSafe(safe), safe);
    }

    void linesKeepLineFeeds()
    {
        QCOMPARE(terminalSafeLines(QStringLiteral("one\ntwo\x1b[2J\r\n")),
                 QStringLiteral("one\ntwo\\e[2J\\r\n"));
    }

    void shellWordPlain()
    {
        QCOMPARE(shellWord(QStringLiteral("python")), QStringLiteral("python"));
        QCOMPARE(shellWord(QStringLiteral("./app.py")), QStringLiteral("./app.py"));
        QCOMPARE(shellWord(QStringLiteral("--port")), QStringLiteral("--port"));
        QCOMPARE(shellWord(QString()), QStringLiteral("''"));
        QCOMPARE(shellWord(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(shellWord(QStringLiteral("FOO=1")), QStringLiteral("'FOO=1'"));
        QCOMPARE(shellWord(QStringLiteral("%1")), QStringLiteral("'%1'"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    }

    // What the shell makes of a quoted word is the word itself, and nothing
    // in it runs.
    void shellRoundTrip_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << "hello";
        QTest::newRow("spaces") << "  two  spaces ";
        QTest::newRow("single quotes") << "it's 'quoted'";
        QTest::newRow("double quotes") << "say \"hi\"";
        QTest::newRow("substitution") << "$(touch MARKER) `touch MARKER` ${HOME}";
        QTest::newRow("glob and tilde") << "~/* ? [a] {a,b}";
        QTest::newRow("operators") << "a; touch MARKER && b | c > d < e & #f";
        QTest::newRow("backslashes") << "\\n \\ \\\\ \\'";
        QTest::newRow("escaped controls") << latchkey::terminalSafe(QStringLiteral("\x1b]0;t\x07"));
        QTest::newRow("newline") << "line one\nline two";
        QTest::newRow("empty") << "";
        QTest::newRow("unicode") << QString::fromUtf8("\xC3\xA4\xE2\x82\xAC");
    }
    void shellRoundTrip()
    {
        QFETCH(QString, word);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(QStringLiteral("MARKER"));
        word.replace(QStringLiteral("MARKER"), marker);
        for (const QString& shown : {shellQuote(word), shellWord(word)}) {
            QProcess sh;
            sh.setWorkingDirectory(dir.path());
            sh.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + shown});
            QVERIFY(sh.waitForFinished(10000));
            QCOMPARE(sh.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word + u'|');
            QVERIFY2(!QFile::exists(marker), "the shell ran something inside the quoted word");
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
