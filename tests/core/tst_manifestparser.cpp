// The inf.yml parser: both shapes, defaults, every error and warning with its
// position, and hostile input that must neither crash nor hang it.
#include "ManifestParser.h"
#include "ManifestWarnings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

// Every expected diagnostic is present, and there are no others.
void compareDiagnostics(const Manifest& manifest, const QStringList& expected)
{
    QStringList actual;
    for (const Diagnostic& d : manifest.diagnostics)
        actual << describe(d);
    const QString all = actual.join(QStringLiteral("\n    "));
    QVERIFY2(
        actual.size() == expected.size(),
        qPrintable(
            QStringLiteral("expected %1 diagnostics, got:\n    %2").arg(expected.size()).arg(all)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString prefix = expected.at(i).section(u' ', 0, 1) + u' ';
        const QString text = expected.at(i).section(u' ', 2);
        QVERIFY2(
            actual.at(i).startsWith(prefix) && actual.at(i).contains(text),
            qPrintable(QStringLiteral("expected \"%1\", got:\n    %2").arg(expected.at(i), all)));
    }
}

QStringList keys(const Manifest& manifest)
{
    QStringList result;
    for (const SecretRequirement& s : manifest.secrets)
        result << s.key;
    return result;
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
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("diagnostics");

        QTest::newRow("shape 1: top-level secrets")
            << "shape_top.yml" << true << QStringList{"OPENAI_API_KEY", "WEBHOOK_SECRET"}
            << QStringList{};
        QTest::newRow("shape 2: requirements.secrets")
            << "shape_requirements.yml" << true << QStringList{"OPENAI_API_KEY", "DATABASE_URL"}
            << QStringList{};
        QTest::newRow("both shapes merge")
            << "both_shapes.yml" << true << QStringList{"OPENAI_API_KEY", "DATABASE_URL"}
            << QStringList{};
        QTest::newRow("a key in both shapes")
            << "both_shapes_duplicate.yml" << false << QStringList{"OPENAI_API_KEY"}
            << QStringList{"E 7:12 `OPENAI_API_KEY` is declared twice (first on line 3)"};
        QTest::newRow("defaults: required, no description")
            << "defaults.yml" << true << QStringList{"HF_TOKEN"}
            << QStringList{"W 3:10 `HF_TOKEN` has no description"};
        QTest::newRow("docs: configuration fields are ignored")
            << "docs_configuration.yml" << true << QStringList{"HF_TOKEN"} << QStringList{};
        QTest::newRow("docs: generic API_KEY")
            << "docs_generic.yml" << true << QStringList{"API_KEY", "WEBHOOK_SECRET"}
            << QStringList{"W 2:10 `API_KEY` is a generic name"};
        QTest::newRow("anchors and aliases")
            << "anchors.yml" << true << QStringList{"STRIPE_SECRET_KEY", "SENTRY_DSN"}
            << QStringList{};
        QTest::newRow("non-boolean optional")
            << "error_optional.yml" << false
            << QStringList{"OPENAI_API_KEY", "WEBHOOK_SECRET", "SENTRY_DSN"}
            << QStringList{"E 7:15 `optional` must be true or false, got \"maybe\"",
                           "E 10:15 `optional` must be true or false without quotes"};
        QTest::newRow("top level is a list")
            << "error_top_list.yml" << false << QStringList{}
            << QStringList{"E 1:1 the top level must be a mapping"};
        QTest::newRow("top level is text") << "error_top_scalar.yml" << false << QStringList{}
                                           << QStringList{"E 1:1 the top level must be a mapping"};
        QTest::newRow("secrets is not a list")
            << "error_secrets_not_list.yml" << false << QStringList{}
            << QStringList{"E 3:3 `secrets` must be a list"};
        QTest::newRow("bad entries")
            << "error_entries.yml" << false << QStringList{}
            << QStringList{"E 3:5 each entry of `secrets` must be a mapping",
                           "E 4:5 this entry of `secrets` has no `key`",
                           "E 6:10 invalid key \"1PASSWORD_TOKEN\": the key starts with a digit",
                           "E 8:10 invalid key \"MY-KEY\": the key contains '-'",
                           "E 10:10 `key` must be a name"};
        QTest::newRow("duplicate key")
            << "error_duplicate_key.yml" << false
            << QStringList{"OPENAI_API_KEY", "ANTHROPIC_API_KEY"}
            << QStringList{"E 7:10 `OPENAI_API_KEY` is declared twice (first on line 3)"};
        QTest::newRow("duplicate mapping keys")
            << "error_duplicate_field.yml" << false << QStringList{"OPENAI_API_KEY"}
            << QStringList{"E 6:5 `optional` appears twice in this mapping (first on line 5)",
                           "E 7:1 `name` appears twice"};
        QTest::newRow("two documents")
            << "error_two_documents.yml" << false << QStringList{"OPENAI_API_KEY"}
            << QStringList{"E 5:1 a second YAML document starts here"};
        QTest::newRow("syntax error")
            << "error_syntax.yml" << false << QStringList{}
            << QStringList{"E 4:28 a ':' appears where YAML does not expect one"};
        QTest::newRow("self-referencing alias")
            << "error_self_alias.yml" << false << QStringList{"OPENAI_API_KEY"}
            << QStringList{"E 2:17 the alias *loop refers to a node that contains it"};
        QTest::newRow("naming warnings")
            << "warn_names.yml" << true
            << QStringList{"TOKEN", "KEY1", "openai_api_key", "STRIPE_SECRET_KEY"}
            << QStringList{"W 3:10 `TOKEN` is a generic name", "W 5:10 `KEY1` is a generic name",
                           "W 7:10 `openai_api_key` contains lowercase letters",
                           "W 9:10 `STRIPE_SECRET_KEY` has no description"};
        QTest::newRow("env and secrets overlap")
            << "warn_env_overlap.yml" << true << QStringList{"OPENAI_API_KEY"}
            << QStringList{"W 6:10 `OPENAI_API_KEY` is declared both in `env` and in `secrets`"};
        QTest::newRow("empty secrets") << "warn_empty_secrets.yml" << true << QStringList{}
                                       << QStringList{"W 2:10 `secrets` is empty"};
        QTest::newRow("empty file")
            << "empty.yml" << false << QStringList{} << QStringList{"E 1:1 the file is empty"};
        QTest::newRow("only comments") << "comments_only.yml" << false << QStringList{}
                                       << QStringList{"E 1:1 the file is empty"};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, valid);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, diagnostics);
        const Manifest manifest = ManifestParser::parseFile(fixture(file));
        compareDiagnostics(manifest, diagnostics);
        QCOMPARE(manifest.isValid(), valid);
        QCOMPARE(keys(manifest), secrets);
        for (const Diagnostic& d : manifest.diagnostics)
            QCOMPARE(d.file, fixture(file));
    }

    void fieldsAndDefaults()
    {
        const Manifest m = ManifestParser::parseFile(fixture(QStringLiteral("shape_top.yml")));
        QCOMPARE(m.name, QStringLiteral("my-app"));
        QCOMPARE(m.description, QStringLiteral("What my app does"));
        QCOMPARE(m.secrets.at(0).description, QStringLiteral("OpenAI API key for GPT models"));
        QCOMPARE(m.secrets.at(0).optional, false);
        QCOMPARE(m.secrets.at(1).optional, true);
        QCOMPARE(m.secrets.at(1).line, 7);
        QCOMPARE(m.integrations.size(), 1);
        QCOMPARE(m.integrations.at(0).key, QStringLiteral("google.sheets"));
        QCOMPARE(m.env.size(), 1);
        QCOMPARE(m.env.at(0), qMakePair(QStringLiteral("MODEL_NAME"), QStringLiteral("gpt2")));

        const Manifest d = ManifestParser::parseFile(fixture(QStringLiteral("defaults.yml")));
        QCOMPARE(d.secrets.at(0).optional, false); // required unless it says otherwise

        const Manifest c =
            ManifestParser::parseFile(fixture(QStringLiteral("docs_configuration.yml")));
        QCOMPARE(c.env.size(), 3);
        QCOMPARE(c.env.at(1).second, QStringLiteral("512"));
        QCOMPARE(c.env.at(2).second, QStringLiteral("false"));
    }

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

        QTest::newRow("too big") << QByteArray(ManifestParser::kMaxBytes + 1, '#') << false
                                 << QByteArray("E 0:0 at most 1048576 bytes");
        QByteArray flowDeep = "name: app\nx: " + QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("deep flow nesting")
            << flowDeep << false << QByteArray("E nested more than 64 levels");
        QByteArray blockDeep = "name: app\nx:\n";
        for (int i = 1; i < 500; ++i)
            blockDeep += QByteArray(i * 2, ' ') + "k:\n";
        QTest::newRow("deep block nesting")
            << blockDeep << false << QByteArray("E nested more than 64 levels");
        QByteArray wide = "name: app\nx: [" + QByteArray("a,").repeated(250000) + "a]\n";
        QTest::newRow("too many nodes") << wide << false << QByteArray("E YAML nodes");

        // Nine levels of ten aliases: 10^9 strings if expanded.
        QByteArray bomb = "name: app\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i < 10; ++i) {
            bomb += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int j = 0; j < 10; ++j)
                bomb += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
            bomb += "]\n";
        }
        QTest::newRow("alias bomb, ignored field") << bomb << true << QByteArray();
        QTest::newRow("alias bomb as secrets")
            << bomb + "secrets: *a9\n"
            << false << QByteArray("E each entry of `secrets` must be a mapping");
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
};

QTEST_GUILESS_MAIN(TestManifestParser)
#include "tst_manifestparser.moc"
