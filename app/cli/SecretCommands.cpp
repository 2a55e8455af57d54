// list, set, get, delete: the verbs of `infsh secrets`.
#include "Cli.h"
#include "Console.h"
#include "KeychainStatus.h"
#include "Mask.h"
#include "SecretName.h"
#include "SecretValue.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "SecretCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)
};

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

// Keys are checked before anything touches the keychain: a typo is a usage
// error, not a keychain error.
bool checkKey(const QString& key, const QString& command, int& exitCode)
{
    const QString reason = secretNameError(key);
    if (reason.isEmpty())
        return true;
    exitCode = usage(Strings::tr("invalid key \"%1\": %2").arg(key, reason), command);
    return false;
}

QString presenceName(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return QStringLiteral("present");
    case Presence::Locked:
        return QStringLiteral("locked");
    case Presence::Absent:
        return QStringLiteral("absent");
    case Presence::Denied:
        return QStringLiteral("not-a-recipient");
    case Presence::Unknown:
        break;
    }
    return QStringLiteral("unverified");
}

int list(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print JSON for scripts."));
    parser.addOption(json);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("list"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("list takes no arguments"), QStringLiteral("list"));
    // The listing is the index checked against the keychain: interrupted
    // changes are resolved and strays repaired before anything is printed.
    const Result<VaultListing> result = context.refresh();
    if (!result)
        return fail(result.error());
    const VaultListing& listing = *result;
    if (!listing.warning.isEmpty())
        err(Strings::tr("latchkey-cli: warning: %1").arg(listing.warning));
    for (const QString& notice : listing.notices)
        err(Strings::tr("latchkey-cli: note: %1").arg(notice));
    QList<SecretInfo> entries = listing.entries;
    std::sort(entries.begin(), entries.end(),
              [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
    const Error keychain = listing.status.error();
    auto stateOf = [&](const QString& key) {
        return presenceName(listing.presence.value(key, Presence::Unknown));
    };
    // A team secret a removed member could read (SharedInfo::rotate).
    auto shownState = [&](const SecretInfo& info) {
        const QString state = stateOf(info.key);
        return info.rotate.isEmpty() ? state : state + Strings::tr(", needs rotation");
    };

    if (parser.isSet(json)) {
        QJsonArray secrets;
        for (const SecretInfo& info : entries) {
            QJsonObject secret{
                {QStringLiteral("key"), info.key},
                {QStringLiteral("description"), info.description},
                {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("updated"), info.updated.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("state"), stateOf(info.key)},
                {QStringLiteral("needsRotation"), !info.rotate.isEmpty()},
            };
            if (!info.updatedBy.isEmpty())
                secret.insert(QStringLiteral("updatedBy"), info.updatedBy);
            if (!info.rotate.isEmpty())
                secret.insert(QStringLiteral("rotate"), info.rotate);
            secrets.append(secret);
        }
        const QJsonObject root{
            {QStringLiteral("vault"), context.vaultName},
            {QStringLiteral("keychain"),
             QJsonObject{{QStringLiteral("state"), KeychainStatus::stateName(listing.status.state)},
                         {QStringLiteral("provider"), listing.status.provider}}},
            {QStringLiteral("secrets"), secrets}};
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return keychain ? fail(keychain) : 0;
    }
    if (entries.isEmpty()) {
        if (keychain)
            return fail(keychain);
        err(Strings::tr("No secrets in vault \"%1\". Add one with: latchkey-cli set KEY")
                .arg(context.vaultName));
        return 0;
    }
    // The state column only appears when something is not plainly there.
    bool showState = false;
    for (const SecretInfo& info : entries)
        showState = showState || listing.presence.value(info.key) != Presence::Present ||
                    !info.rotate.isEmpty();
    // Keys and descriptions come from the index file: shown escaped for the
    // terminal (TerminalText.h), and measured as shown.
    auto shown = [](const QString& text) { return terminalSafe(text.simplified()); };
    const QString keyHeader = Strings::tr("KEY"), descriptionHeader = Strings::tr("DESCRIPTION");
    qsizetype keyWidth = keyHeader.size(), descriptionWidth = descriptionHeader.size();
    for (const SecretInfo& info : entries) {
        keyWidth = std::max(keyWidth, shown(info.key).size());
        descriptionWidth = std::max(descriptionWidth, shown(info.description).size());
    }
    descriptionWidth = std::min<qsizetype>(descriptionWidth, 60);
    auto row = [&](const QString& key, QString description, const QString& updated,
                   const QString& state) {
        description = shown(description);
        if (description.size() > descriptionWidth)
            description = description.left(descriptionWidth - 1) + QChar(0x2026);
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(shown(key).leftJustified(keyWidth),
                                description.leftJustified(descriptionWidth), updated);
        if (showState)
            line += QStringLiteral("  ") + state;
        outLine(line.trimmed());
    };
    row(keyHeader, descriptionHeader, Strings::tr("UPDATED").leftJustified(16),
        Strings::tr("STATE"));
    for (const SecretInfo& info : entries)
        row(info.key, info.description, localTime(info.updated).leftJustified(16),
            shownState(info));
    if (const QStringList conflicts = teamConflicts(context); !conflicts.isEmpty())
        err(Strings::tr(
                "latchkey-cli: note: %1 changed here and on the remote; run `latchkey-cli --vault "
                "%2 sync` to see both versions and choose.")
                .arg(conflicts.join(QStringLiteral(", ")), context.vaultName));
    return keychain ? fail(keychain) : 0;
}

// Where the value of `set` comes from, safest first.
bool readValue(const QStringList& positional, const QString& key, QString& value, int& exitCode)
{
    QByteArray bytes;
    if (positional.size() >= 2 && positional.at(1) != QLatin1String("-")) {
        err(Strings::tr(
            "latchkey-cli: warning: a value on the command line is visible to other processes "
            "and stays in your shell history; pipe it in or omit it to be prompted."));
        bytes = positional.at(1).toUtf8();
    } else if (positional.size() < 2 && stdinIsTerminal()) {
        if (!readHidden(Strings::tr("Value for %1 (input hidden): ").arg(key), bytes)) {
            exitCode =
                usage(Strings::tr("no value was entered for %1").arg(key), QStringLiteral("set"));
            return false;
        }
    } else {
        bytes = readAllStdin(kMaxSecretValueBytes + 2);
        // One trailing newline is what `echo` and editors add; it is not part
        // of the secret. Anything else is kept byte for byte.
        if (bytes.endsWith("\r\n"))
            bytes.chop(2);
        else if (bytes.endsWith('\n'))
            bytes.chop(1);
    }
    QString error;
    if (!secretValueFromUtf8(bytes, value, error)) {
        exitCode = usage(Strings::tr("cannot store %1: %2").arg(key, error), QStringLiteral("set"));
        return false;
    }
    return true;
}

int set(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption description({QStringLiteral("d"), QStringLiteral("description")},
                                         Strings::tr("Describe what the secret is for."),
                                         QStringLiteral("DESCRIPTION"));
    parser.addOption(description);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("set"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usage(Strings::tr("set takes a KEY and optionally a VALUE"), QStringLiteral("set"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("set"), exitCode))
        return exitCode;
    // Before prompting a person for a value, make sure the keychain could
    // take it (a keychain with no keyring yet may create one when asked to
    // store). A piped or given value goes straight to the store, which says
    // the same if it cannot.
    if (positional.size() < 2 && stdinIsTerminal()) {
        const KeychainStatus keychain = context.status();
        if (keychain.error() && !keychain.noKeyring)
            return fail(keychain.error());
    }
    QString value;
    if (!readValue(positional, key, value, exitCode))
        return exitCode;
    std::optional<QString> text;
    if (parser.isSet(description))
        text = parser.value(description);
    if (const Error error = context.set(key, value, text))
        return fail(error);
    outLine(Strings::tr("Saved %1 in vault \"%2\" (%3).")
                .arg(key, context.vaultName, context.vault().store()->description()));
    return 0;
}

int get(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reveal(QStringLiteral("reveal"),
                                    Strings::tr("Print the raw value and nothing else."));
    parser.addOption(reveal);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("get"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("get takes exactly one KEY"), QStringLiteral("get"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("get"), exitCode))
        return exitCode;
    const Result<QString> result = context.value(key);
    if (!result)
        return fail(result.error());
    const QString& value = *result;
    if (parser.isSet(reveal)) {
        // Byte for byte when captured by $(...) or a pipe; a newline only for
        // a person reading a terminal.
        outRaw(value.toUtf8());
        if (stdoutIsTerminal())
            outRaw("\n");
    } else {
        outLine(maskValue(value));
    }
    return 0;
}

int remove(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("delete"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("delete takes exactly one KEY"), QStringLiteral("delete"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("delete"), exitCode))
        return exitCode;
    if (const Error error = context.remove(key))
        return fail(error);
    outLine(Strings::tr("Deleted %1 from vault \"%2\".").arg(key, context.vaultName));
    return 0;
}

} // namespace

QList<Command> secretCommands()
{
    return {
        {QStringLiteral("list"), QStringLiteral("[--json]"),
         Strings::tr("List the secrets of the vault (names, descriptions, dates; never values)."),
         list},
        {QStringLiteral("set"), QStringLiteral("KEY [VALUE | -] [-d DESCRIPTION]"),
         Strings::tr("Create or update a secret. Without VALUE it is read from standard input, or "
                     "prompted for without echo on a terminal (Ctrl-C there exits 130 and stores "
                     "nothing). Stored byte for byte; only one trailing newline of piped input is "
                     "dropped."),
         set},
        {QStringLiteral("get"), QStringLiteral("KEY [--reveal]"),
         Strings::tr("Show a secret masked; --reveal prints the raw value only."), get},
        {QStringLiteral("delete"), QStringLiteral("KEY"), Strings::tr("Delete a secret."), remove},
    };
}

} // namespace latchkey::cli
