#pragma once

// Shared by the fault-injection suites (tests/faults): the two views that
// must agree after every fault — what `latchkey-cli list --json` lists and
// what libsecret's own `secret-tool` finds — and the checks on top of them
// (every listed hint describes the value really stored; no value ever shows
// up in the CLI's output). Checks answer with what is wrong, as text, so a
// test can say QVERIFY2(problem.isEmpty(), problem) and every one can fail.
#include "CliRunner.h"
#include "Mask.h"
#include "TestKeychain.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <functional>

namespace faults {

// Runs latchkey-cli with these arguments and this standard input.
using Runner = std::function<CliResult(const QStringList& arguments, const QByteArray& input)>;

inline Runner plainRunner(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return [env](const QStringList& arguments, const QByteArray& input) {
        return runCli(arguments, input, env);
    };
}

// Every value a suite stores, so none can slip into the CLI's output.
inline QList<QByteArray>& canaries()
{
    static QList<QByteArray> values;
    return values;
}

// A value of at least 16 characters, so its mask shows its last four, which
// are `tail` (four characters that tell the writers apart).
inline QByteArray newValue(const QByteArray& tail)
{
    const QByteArray value =
        "sk-fault-" + QByteArray::number(QRandomGenerator::global()->generate(), 36) + "-" + tail;
    canaries().append(value);
    return value;
}

// Empty, or which stored value (or its first 12 characters) the output shows.
inline QString leak(const CliResult& result)
{
    for (const QByteArray& value : std::as_const(canaries())) {
        const QByteArray prefix = value.left(12);
        if (result.out.contains(prefix) || result.err.contains(prefix))
            return QStringLiteral("the CLI printed (part of) a stored value: ") +
                   QString::fromUtf8(result.out + result.err);
    }
    return {};
}

// secret-tool's view of a vault: key -> value, read with `search --all`,
// which prints each item's attributes and secret.
inline QHash<QString, QByteArray> keychainItems(const QString& vault)
{
    // secret-tool prints the attributes on stderr and the rest on stdout:
    // merged, and with stdout line-buffered, they come in their true order.
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("stdbuf"),
               {QStringLiteral("-oL"), QStringLiteral("secret-tool"), QStringLiteral("search"),
                QStringLiteral("--all"), QStringLiteral("server"),
                latchkey::Vault::serviceFor(vault)});
    tool.waitForFinished(30000);
    QHash<QString, QByteArray> items;
    QByteArray key, secret;
    auto flush = [&] {
        if (!key.isEmpty())
            items.insert(QString::fromUtf8(key), secret);
        key.clear();
        secret.clear();
    };
    const QList<QByteArray> lines = tool.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith('[')) // "[/org/freedesktop/secrets/collection/login/7]"
            flush();
        else if (line.startsWith("secret = "))
            secret = line.mid(9);
        else if (line.startsWith("attribute.user = "))
            key = line.mid(17);
    }
    flush();
    return items;
}

// The keys of `list --json`, or why it could not be read.
inline QString listedKeys(const CliResult& list, QSet<QString>& keys)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(list.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("list --json (exit %1) printed no JSON: %2 %3")
            .arg(list.exitCode)
            .arg(QString::fromUtf8(list.out), QString::fromUtf8(list.err));
    const QJsonArray secrets = doc.object().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue& secret : secrets)
        keys.insert(secret.toObject().value(QStringLiteral("key")).toString());
    return {};
}

inline QString describe(QSet<QString> keys)
{
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return QLatin1Char('{') + sorted.join(QLatin1Char(',')) + QLatin1Char('}');
}

// The index entries (key -> entry) in the bytes of an index file.
inline QHash<QString, QJsonObject> indexEntries(const QByteArray& bytes)
{
    QHash<QString, QJsonObject> entries;
    const QJsonArray secrets =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("secrets")).toArray();
    for (const QJsonValue& secret : secrets)
        entries.insert(secret.toObject().value(QStringLiteral("key")).toString(),
                       secret.toObject());
    return entries;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `list --json` and compares it with secret-tool; then checks that the
// index (read from `indexPath` after the listing repaired it) has, for every
// item, the hint of the value actually stored (skipped when `indexPath` is
// empty). Empty when all is well.
inline QString agreement(const Runner& run, const QString& vault, const QString& indexPath,
                         QHash<QString, QByteArray>* itemsOut = nullptr)
{
    const CliResult list = run(
        {QStringLiteral("--vault"), vault, QStringLiteral("list"), QStringLiteral("--json")}, {});
    if (list.exitCode != 0)
        return QStringLiteral("list --json exited %1: %2")
            .arg(list.exitCode)
            .arg(QString::fromUtf8(list.err));
    if (const QString leaked = leak(list); !leaked.isEmpty())
        return leaked;
    QSet<QString> listed;
    if (const QString problem = listedKeys(list, listed); !problem.isEmpty())
        return problem;
    const QHash<QString, QByteArray> items = keychainItems(vault);
    if (itemsOut)
        *itemsOut = items;
    const QSet<QString> stored(items.keyBegin(), items.keyEnd());
    if (listed != stored)
        return QStringLiteral("list --json shows %1 but secret-tool finds %2")
            .arg(describe(listed), describe(stored));
    if (indexPath.isEmpty())
        return {}; // the index cannot be written yet: only the listing is checked
    const QHash<QString, QJsonObject> entries = indexEntries(fileBytes(indexPath));
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        const QString hint = entries.value(it.key()).value(QStringLiteral("hint")).toString();
        const QString expected = latchkey::maskValue(QString::fromUtf8(it.value()));
        if (hint != expected)
            return QStringLiteral("the index's hint for %1 is \"%2\" but the stored value's mask "
                                  "is \"%3\"")
                .arg(it.key(), hint, expected);
    }
    return {};
}

// `get KEY` must print the stored value's mask (and only that).
inline QString getShowsMask(const Runner& run, const QString& vault, const QString& key,
                            const QByteArray& value)
{
    const CliResult get = run({QStringLiteral("--vault"), vault, QStringLiteral("get"), key}, {});
    if (const QString leaked = leak(get); !leaked.isEmpty())
        return leaked;
    const QByteArray expected = latchkey::maskValue(QString::fromUtf8(value)).toUtf8() + '\n';
    if (get.exitCode != 0 || get.out != expected)
        return QStringLiteral("get %1 exited %2 and printed \"%3\" (%4), expected \"%5\"")
            .arg(key)
            .arg(get.exitCode)
            .arg(QString::fromUtf8(get.out), QString::fromUtf8(get.err),
                 QString::fromUtf8(expected));
    return {};
}

// The index file of `vault` under this process's XDG_DATA_HOME.
inline QString indexPathOf(const QString& vault)
{
    return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/latchkey/vaults/") + vault +
           QStringLiteral(".json");
}

// Stores `value` the way another tool would (not through Latchkey).
inline bool secretToolStore(const QString& vault, const QString& key, const QByteArray& value,
                            const QStringList& moreAttributes = {})
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               QStringList{QStringLiteral("store"), QStringLiteral("--label"), key,
                           QStringLiteral("server"), latchkey::Vault::serviceFor(vault),
                           QStringLiteral("user"), key} +
                   moreAttributes);
    tool.write(value);
    tool.closeWriteChannel();
    return tool.waitForFinished(30000) && tool.exitStatus() == QProcess::NormalExit &&
           tool.exitCode() == 0;
}

// The message names the lock ("is locked", "behind a lock"), not "unlock" alone.
inline bool namesTheLock(const QByteArray& text)
{
    static const QRegularExpression word(QStringLiteral("\\block(ed)?\\b"));
    return word.match(QString::fromUtf8(text)).hasMatch();
}

// One sentence on one line: what the contract asks of every error.
inline bool oneSentence(const QByteArray& err)
{
    const QByteArray text = err.trimmed();
    return !text.isEmpty() && !text.contains('\n') && text.endsWith('.');
}

} // namespace faults
