// The fidelity corpus: every tests/data/manifests/NAME.yml is read and its
// reading compared with NAME.expected (format in tests/data/manifests/README.md).
// A .yml without its .expected fails, so no case goes unchecked.
#include "ManifestParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace latchkey;

namespace {

QString corpusDir()
{
    return qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/manifests");
}

// Text in double quotes with \" \\ and control characters escaped, so that a
// line of the reading is exact and still one line.
QString quoted(const QString& text)
{
    QString result = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            result += u'\\' + QString(c);
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QChar(u'0'));
        else
            result += c;
    }
    return result + u'"';
}

QString need(bool optional)
{
    return optional ? QStringLiteral("optional") : QStringLiteral("required");
}

// The reading of a manifest, one line per item, in the order of the format.
QStringList reading(const Manifest& m)
{
    QStringList lines;
    if (!m.name.isEmpty())
        lines << QStringLiteral("name ") + quoted(m.name);
    if (!m.description.isEmpty())
        lines << QStringLiteral("description ") + quoted(m.description);
    for (const SecretRequirement& s : m.secrets)
        lines << QStringLiteral("secret %1:%2 %3 %4 %5")
                     .arg(s.line)
                     .arg(s.column)
                     .arg(s.key, need(s.optional), quoted(s.description));
    const auto connections = [&](const char* kind, const QList<Integration>& list) {
        for (const Integration& i : list)
            lines << QStringLiteral("%1 %2:%3 %4 %5 %6")
                         .arg(QLatin1String(kind))
                         .arg(i.line)
                         .arg(i.column)
                         .arg(i.key, need(i.optional), quoted(i.description));
    };
    connections("integration", m.integrations);
    connections("credential", m.credentials);
    for (const auto& [name, value] : m.env)
        lines << QStringLiteral("env %1 %2").arg(name, quoted(value));
    for (const Diagnostic& d : m.diagnostics)
        lines << QStringLiteral("%1 %2:%3 %4")
                     .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"))
                     .arg(d.line)
                     .arg(d.column)
                     .arg(d.message);
    return lines;
}

bool isDiagnostic(const QString& line)
{
    return line.startsWith(QLatin1String("error ")) || line.startsWith(QLatin1String("warning "));
}

} // namespace

class TestManifestCorpus : public QObject {
    Q_OBJECT
private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("manifest");
        const QDir dir(corpusDir());
        const QStringList files = dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
        QVERIFY2(
            files.size() >= 30,
            qPrintable(QStringLiteral("only %1 cases in %2").arg(files.size()).arg(dir.path())));
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void corpus()
    {
        QFETCH(QString, manifest);
        QFile expectedFile(manifest.chopped(4) + QStringLiteral(".expected"));
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(expectedFile.fileName() + QStringLiteral(" is missing")));
        QStringList expected;
        for (const QString& line : QString::fromUtf8(expectedFile.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
                expected << line.trimmed();
        }
        const Manifest m = ManifestParser::parseFile(manifest);
        const QStringList actual = reading(m);
        const QString both =
            QStringLiteral("\nexpected:\n  %1\nactual:\n  %2")
                .arg(expected.join(QStringLiteral("\n  ")), actual.join(QStringLiteral("\n  ")));
        QVERIFY2(actual.size() == expected.size(), qPrintable(both));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            // Diagnostics match on severity, position and the start of the
            // message; everything else matches exactly.
            const bool ok = isDiagnostic(expected.at(i)) ? actual.at(i).startsWith(expected.at(i))
                                                         : actual.at(i) == expected.at(i);
            QVERIFY2(ok, qPrintable(QStringLiteral("line %1 differs").arg(i + 1) + both));
        }
        // What the reading implies about the rest of the Manifest.
        bool hasError = false;
        for (const Diagnostic& d : m.diagnostics) {
            hasError = hasError || d.isError();
            QCOMPARE(d.file, manifest);
        }
        QCOMPARE(m.isValid(), !hasError);
    }
};

QTEST_GUILESS_MAIN(TestManifestCorpus)
#include "tst_manifestcorpus.moc"
