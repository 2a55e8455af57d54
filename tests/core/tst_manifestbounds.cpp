// What one manifest may cost: every limit of the parser (size, nesting,
// flow collections, nodes, anchors, merge keys, declared secrets, listed
// problems) says what is wrong and where, the pre-scan refuses nothing valid,
// and no file under the size cap costs more than about 20 MB of memory,
// measured in a fresh process by tests/core/manifest_peak.cpp.
#include "ManifestParser.h"
#include "ManifestReader.h"
#include "YamlPrescan.h"
#include "YamlTree.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {

constexpr int kMiB = 1024 * 1024;

QByteArray repeat(const QByteArray& piece, qsizetype times)
{
    return piece.repeated(times);
}

// `count` secrets, one short entry per line: "- key: K00001".
QByteArray manySecrets(int count)
{
    QByteArray yaml = "name: big\nsecrets:\n";
    yaml.reserve(count * 15 + 20);
    for (int i = 0; i < count; ++i)
        yaml += "- key: K" + QByteArray::number(i).rightJustified(5, '0') + '\n';
    return yaml;
}

QByteArray aliasBomb()
{
    // Nine levels of ten aliases: 10^9 strings if expanded.
    QByteArray bomb = "name: app\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            bomb += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        bomb += "]\n";
    }
    return bomb;
}

// Mappings that each merge the previous one ten times: 10^9 fields if expanded.
QByteArray mergeBomb()
{
    QByteArray yaml = "name: app\nm0: &m0 {";
    for (int k = 0; k < 2000; ++k)
        yaml += (k ? ", f" : "f") + QByteArray::number(k) + ": x";
    yaml += "}\n";
    for (int i = 1; i < 10; ++i) {
        yaml += "m" + QByteArray::number(i) + ": &m" + QByteArray::number(i) + " {<<: [";
        for (int j = 0; j < 10; ++j)
            yaml += (j ? ", *m" : "*m") + QByteArray::number(i - 1);
        yaml += "], own" + QByteArray::number(i) + ": y}\n";
    }
    yaml += "secrets:\n";
    for (int s = 0; s < 50; ++s)
        yaml += "  - <<: *m9\n    key: K" + QByteArray::number(s) + "_TOKEN\n";
    return yaml;
}

QStringList describe(const Manifest& m)
{
    QStringList lines;
    for (const Diagnostic& d : m.diagnostics)
        lines << QStringLiteral("%1 %2:%3 %4")
                     .arg(QChar(d.isError() ? u'E' : u'W'))
                     .arg(d.line)
                     .arg(d.column)
                     .arg(d.message);
    return lines;
}

} // namespace

class TestManifestBounds : public QObject {
    Q_OBJECT
private slots:
    // error: "E LINE:COLUMN part of the message" (or "E part" without a
    // position); empty when the input must be valid.
    void limits_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");

        QTest::newRow("too big") << QByteArray(ManifestParser::kMaxBytes + 1, '#')
                                 << "E 0:0 may be at most 1048576 bytes";
        QTest::newRow("1 MiB of [") << QByteArray(kMiB, '[') << "E 1:65 nested more than 64 levels";
        QTest::newRow("1 MiB of {") << QByteArray(kMiB, '{') << "E 1:65 nested more than 64 levels";
        QTest::newRow("deep flow, balanced")
            << "name: app\nx: " + QByteArray(100000, '[') + QByteArray(100000, ']')
            << "E 2:67 nested more than 64 levels";
        QByteArray blockDeep = "name: app\nx:\n";
        for (int i = 1; i < 500; ++i)
            blockDeep += QByteArray(i * 2, ' ') + "k:\n";
        QTest::newRow("deep block nesting") << blockDeep << "E 66:129 nested more than 64 levels";
        QTest::newRow("1 MiB of \"- \"")
            << repeat("- ", kMiB / 2) << "E 1:129 nested more than 64 levels";
        QTest::newRow("nesting of lists and mappings on one line")
            << "x: " + repeat("- a: ", 100) << "E 1:4 illegal block entry";
        QTest::newRow("64 levels are fine")
            << "name: app\nx: " + QByteArray(63, '[') + QByteArray(63, ']') + '\n'
            << QString();
        // Text that only looks indented enough: yaml-cpp ends the scalar there.
        QTest::newRow("brackets after a document's block scalar")
            << "--- |\n  text\n" + QByteArray(kMiB / 2, '[') << "E 3:65 nested more than 64";
        QTest::newRow("brackets left of a block scalar's indentation indicator")
            << "key: |9\n " + QByteArray(kMiB / 2, '[') << "E 2:65 nested more than 64";
        QTest::newRow("brackets left of a block scalar's first line")
            << "key: |\n      deep\n  " + QByteArray(kMiB / 2, '[') << "E 3:66 nested more than 64";
        QTest::newRow("huge flow list") << "x: [" + repeat("a,", kMiB / 2 - 4) + "a]\n"
                                        << "E 1:32770 holds more than 32768";
        QTest::newRow("huge flow list inside a flow list")
            << "x: [[" + repeat("a,", kMiB / 2 - 8) + "a]]\n"
            << "E 1:32770 holds more than";
        QTest::newRow("many quoted scalars on one line")
            << "\"a\"" + repeat(" \"a\"", kMiB / 4 - 2) + "\n"
            << "E 1:131073 holds more than";
        QTest::newRow("many anchors") << "x:\n" + [] {
            QByteArray y;
            for (int i = 0; i < 10500; ++i)
                y += "- &a" + QByteArray::number(i) + " v\n";
            return y;
        }() << "E 10002:3 more than 10000 anchors";
        QTest::newRow("too many nodes") << "x:\n" + repeat("- a\n", 210000) << "E YAML nodes";
        QTest::newRow("alias bomb, ignored field") << aliasBomb() << QString();
        QTest::newRow("alias bomb as secrets") << aliasBomb() + "secrets: *a9\n"
                                               << "E each entry of `secrets` must be a mapping";
        QTest::newRow("merge bomb") << mergeBomb() << "E the merge keys (`<<`) of this file add up";
        QTest::newRow("1,000 secrets are fine") << manySecrets(1000) << QString();
        QTest::newRow("1,001 secrets")
            << manySecrets(1001) << "E 3:1 this manifest declares 1001 secrets; at most 1000";
        QTest::newRow("62,000 secrets")
            << manySecrets(62000) << "E 3:1 this manifest declares 62000 secrets; at most 1000";
        QTest::newRow("both shapes count together")
            << manySecrets(600) + "requirements:\n  secrets:\n" +
                   repeat("  - key: OTHER_TOKEN\n", 600)
            << "E 605:3 declares 1200 secrets";
        QTest::newRow("1,001 integrations and credentials")
            << "integrations:\n" + repeat("- key: a.b\n", 600) + "credentials:\n" +
                   repeat("- key: c.d\n", 401)
            << "E 603:1 declares 1001 integrations and credentials; at most 1000";
        QByteArray env = "env:\n";
        for (int i = 0; i < 1001; ++i)
            env += "  V" + QByteArray::number(i) + ": x\n";
        QTest::newRow("1,001 env variables") << env << "E 2:3 `env` sets 1001 variables";
    }
    void limits()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const Manifest m = ManifestParser::parse(yaml, QStringLiteral("x.yml"));
        const QStringList lines = describe(m);
        const QString all = lines.join(u'\n');
        if (error.isEmpty()) {
            QVERIFY2(m.isValid(), qPrintable(all));
            return;
        }
        QVERIFY2(!m.isValid(), "accepted");
        const bool positioned = error.section(u' ', 1, 1).contains(u':');
        const QString prefix = positioned ? error.section(u' ', 0, 1) + u' ' : QStringLiteral("E ");
        const QString text = error.section(u' ', positioned ? 2 : 1);
        bool found = false;
        for (const QString& line : lines)
            found = found || (line.startsWith(prefix) && line.contains(text));
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(error, all)));
        // A limit is one clear problem, not a flood of errors.
        QVERIFY2(m.errors().size() <= 10, qPrintable(all));
    }

    // Brackets, quotes and dashes that are text, not structure: the pre-scan
    // must not count them.
    void prescanRefusesNothingValid_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const QByteArray many(200, '[');
        QTest::newRow("brackets in plain text")
            << "name: app\ndescription: see " + many + " and {" + many + "\n";
        QTest::newRow("brackets in quotes")
            << "name: \"" + many + "\"\ndescription: '" + many + " it''s " + many + "'\n";
        QTest::newRow("brackets in a multi-line quote")
            << "name: app\ndescription: \"one\n  " + many + "\n  two\"\n";
        QTest::newRow("brackets and dashes in a block scalar")
            << "name: app\ndescription: |\n  " + many + "\n  " + repeat("- ", 100) + "\n\n  " +
                   many + "\nsecrets: []\n";
        QTest::newRow("dashes and brackets in multi-line plain text")
            << "name: app\ndescription: text\n" +
                   [] {
                       QByteArray y;
                       for (int i = 1; i <= 70; ++i)
                           y += QByteArray(i * 2, ' ') + "- [ {\n";
                       return y;
                   }() +
                   "secrets: []\n";
        QTest::newRow("deeper lines in a block scalar")
            << "name: app\ndescription: >\n  one\n" + repeat("    - - - - - - - - - -\n", 10) +
                   "secrets: []\n";
        QTest::newRow("brackets in comments") << "# " + many + "\nname: app # " + many + "\n";
        QTest::newRow("apostrophes and brackets in a flow list")
            << "name: app\ntags: [it's, \"" + many + "\", '" + many + "']\n";
        QTest::newRow("JSON") << QByteArray(
            "{\"name\":\"app\",\"env\":{\"A\":\"[[[\"},\"secrets\":[]}");
        QTest::newRow("long line of text") << "name: " + repeat("a \"b\" [c] ", 50000) + "\n";
        QTest::newRow("a long flow list under the limit")
            << "name: app\nx: [" + repeat("a, ", 16000) + "a]\n";
        QTest::newRow("60 levels of lists") << "name: app\nx:\n" + [] {
            QByteArray y;
            for (int i = 0; i < 60; ++i)
                y += QByteArray(i * 2 + 2, ' ') + "- \n";
            return y;
        }();
    }
    void prescanRefusesNothingValid()
    {
        QFETCH(QByteArray, yaml);
        QVERIFY2(!YamlPrescan::check(yaml.toStdString()).has_value(), "refused by the pre-scan");
        const Manifest m = ManifestParser::parse(yaml, QStringLiteral("x.yml"));
        QVERIFY2(m.isValid(), qPrintable(describe(m).join(u'\n')));
    }

    void problemsAreNeverAFlood()
    {
        // 500 bad variable names: 100 are listed, then one line counts the rest.
        QByteArray yaml = "name: app\nenv:\n";
        for (int i = 0; i < 500; ++i)
            yaml += "  " + QByteArray::number(i) + "BAD: x\n";
        const Manifest m = ManifestParser::parse(yaml, QStringLiteral("x.yml"));
        QCOMPARE(m.diagnostics.size(), ManifestParser::kMaxDiagnostics + 1);
        QVERIFY(!m.isValid());
        const Diagnostic last = m.diagnostics.last();
        QVERIFY(last.isError());
        QVERIFY2(last.message.startsWith(QStringLiteral("400 more problems are not shown")),
                 qPrintable(last.message));
    }

    // Peak memory of one parse, in a fresh process: under 20 MiB each (the
    // README lists the figures; the worst, 200,000 nodes, is about 17 MiB).
    void peakMemory_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1 MiB of [") << QByteArray(kMiB, '[') << false;
        QTest::newRow("list nested in a list") << "x: [[" + repeat("a,", kMiB / 2 - 8) + "a]]\n"
                                               << false;
        QTest::newRow("1 MiB of [ after a block scalar")
            << "key: |\n      deep\n  " + QByteArray(kMiB - 20, '[') << false;
        QTest::newRow("62,000 secrets") << manySecrets(62000) << false;
        QTest::newRow("200,000 nodes") << "x:\n" + repeat("- a\n", kMiB / 4 - 2) << false;
        QByteArray keys;
        for (int i = 0; i < 99000; ++i) // 198,001 nodes: just under YamlTree::kMaxNodes
            keys += "k" + QByteArray::number(i) + ": v\n";
        QTest::newRow("99,000 keys in one mapping") << keys << true;
        QTest::newRow("10,000 anchors") << "x:\n" + [] {
            QByteArray y;
            for (int i = 0; i < 10000; ++i)
                y += "- &anchor" + QByteArray::number(i) + " " + QByteArray(80, 'v') + "\n";
            return y;
        }() << true;
    }
    void peakMemory()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, valid);
        QVERIFY(yaml.size() <= ManifestParser::kMaxBytes);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("inf.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(yaml), yaml.size());
        file.close();

        QProcess probe;
        probe.start(qEnvironmentVariable("LATCHKEY_MANIFEST_PEAK"), {file.fileName()});
        QVERIFY2(probe.waitForFinished(120000), "manifest_peak did not finish");
        const QList<QByteArray> fields = probe.readAllStandardOutput().trimmed().split(' ');
        QVERIFY2(fields.size() >= 4, probe.readAllStandardError().constData());
        const long before = fields.at(0).toLong();
        const long after = fields.at(1).toLong();
        const int errors = fields.at(3).toInt();
        qInfo("%s: peak %ld KiB before, %ld KiB after (+%ld KiB), %s ms", QTest::currentDataTag(),
              before, after, after - before, fields.at(2).constData());
        QCOMPARE(errors == 0, valid);
        QVERIFY2(after - before < 20 * 1024,
                 qPrintable(QStringLiteral("the parse cost %1 KiB").arg(after - before)));
    }
};

QTEST_GUILESS_MAIN(TestManifestBounds)
#include "tst_manifestbounds.moc"
