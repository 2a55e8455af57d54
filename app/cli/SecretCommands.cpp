// set, get, delete: the verbs of `infsh secrets` (list is in ListCommand.cpp).
#include "Cli.h"
#include "Console.h"
#include "KeyCatalog.h"
#include "KeychainStatus.h"
#include "Mask.h"
#include "SecretAge.h"
#include "SecretGenerator.h"
#include "SecretValue.h"
#include "Wipe.h"

#include <QCoreApplication>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "SecretCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)
};

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

// The schedule options of `set`; false (exit code set) when one is invalid.
bool readSchedule(const QCommandLineParser& parser, const QCommandLineOption& expires,
                  const QCommandLineOption& rotate, Schedule& schedule, int& exitCode)
{
    if (parser.isSet(expires)) {
        schedule.expires = parseExpiryDate(parser.value(expires));
        if (!schedule.expires) {
            exitCode =
                usage(Strings::tr("invalid --expires \"%1\": give a date as YYYY-MM-DD, or never")
                          .arg(parser.value(expires).left(40)),
                      QStringLiteral("set"));
            return false;
        }
    }
    if (parser.isSet(rotate)) {
        const QString text = parser.value(rotate);
        schedule.rotateDays =
            text.trimmed().compare(QLatin1String("default"), Qt::CaseInsensitive) == 0
                ? std::optional<int>(-1)
                : parsePeriodDays(text);
        if (!schedule.rotateDays) {
            exitCode =
                usage(Strings::tr("invalid --rotate-every \"%1\": give a period such as 90d or "
                                  "12w, never, or default")
                          .arg(text.left(40)),
                      QStringLiteral("set"));
            return false;
        }
    }
    return true;
}

// The options of `set --generate`: length and character set, checked
// before anything touches the keychain.
bool readGenerator(const QCommandLineParser& parser, const QCommandLineOption& length,
                   const QCommandLineOption& charset, int& chars, SecretGenerator::Charset& set,
                   int& exitCode)
{
    chars = SecretGenerator::kDefaultLength;
    set = SecretGenerator::Charset::Alnum;
    if (parser.isSet(length)) {
        bool ok = false;
        chars = parser.value(length).toInt(&ok);
        const QString reason =
            ok ? SecretGenerator::lengthError(chars) : Strings::tr("it is not a number");
        if (!reason.isEmpty()) {
            exitCode = usage(Strings::tr("invalid --length \"%1\": %2")
                                 .arg(parser.value(length).left(40), reason),
                             QStringLiteral("set"));
            return false;
        }
    }
    if (parser.isSet(charset)) {
        const auto chosen = SecretGenerator::charsetFrom(parser.value(charset));
        if (!chosen) {
            exitCode = usage(Strings::tr("invalid --charset \"%1\": choose one of %2")
                                 .arg(parser.value(charset).left(40),
                                      SecretGenerator::charsetNames().join(QStringLiteral(", "))),
                             QStringLiteral("set"));
            return false;
        }
        set = *chosen;
    }
    return true;
}

int set(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption description({QStringLiteral("d"), QStringLiteral("description")},
                                         Strings::tr("Describe what the secret is for."),
                                         QStringLiteral("DESCRIPTION"));
    const QCommandLineOption expires(
        QStringLiteral("expires"),
        Strings::tr("The date the value expires (YYYY-MM-DD); it is stale from that day. \"never\" "
                    "clears it."),
        QStringLiteral("DATE"));
    const QCommandLineOption rotate(
        QStringLiteral("rotate-every"),
        Strings::tr(
            "Rotate the value every PERIOD (90d, 12w); it is stale once the period has passed "
            "since it was set. \"never\" or \"default\" (the vault's, see config)."),
        QStringLiteral("PERIOD"));
    const QCommandLineOption generate(
        QStringLiteral("generate"),
        Strings::tr(
            "Store a new random value from the system's secure random generator; only its "
            "mask is printed. Not for keys a service issues (OPENAI_API_KEY and the like)."));
    const QCommandLineOption length(
        QStringLiteral("length"),
        Strings::tr("With --generate: the number of characters, %1 to %2 (default %3).")
            .arg(SecretGenerator::kMinLength)
            .arg(SecretGenerator::kMaxLength)
            .arg(SecretGenerator::kDefaultLength),
        QStringLiteral("N"));
    const QCommandLineOption charset(
        QStringLiteral("charset"),
        Strings::tr(
            "With --generate: alnum (default), hex, base64url or ascii (printable, no space)."),
        QStringLiteral("SET"));
    const QCommandLineOption reveal(
        QStringLiteral("reveal"),
        Strings::tr("With --generate: print the new value once, alone on standard output."));
    const QCommandLineOption keepValue(
        QStringLiteral("keep-value"),
        Strings::tr("Change only the description, expiry or rotation period; the value stays."));
    parser.addOptions({description, expires, rotate, generate, length, charset, reveal, keepValue});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("set"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return usage(Strings::tr("set takes a KEY and optionally a VALUE"), QStringLiteral("set"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("set"), exitCode))
        return exitCode;
    const bool generating = parser.isSet(generate);
    if (generating && positional.size() > 1)
        return usage(Strings::tr("--generate makes the value; give no VALUE or -"),
                     QStringLiteral("set"));
    for (const QCommandLineOption* option : {&length, &charset, &reveal})
        if (parser.isSet(*option) && !generating)
            return usage(
                Strings::tr("--%1 only goes with --generate").arg(option->names().constFirst()),
                QStringLiteral("set"));
    if (parser.isSet(keepValue) && (generating || positional.size() > 1))
        return usage(Strings::tr("--keep-value takes no VALUE and no --generate"),
                     QStringLiteral("set"));
    SecretChange change;
    if (parser.isSet(description))
        change.description = parser.value(description);
    if (!readSchedule(parser, expires, rotate, change.schedule, exitCode))
        return exitCode;
    if (parser.isSet(keepValue)) {
        if (!change.description && change.schedule == Schedule{})
            return usage(
                Strings::tr("--keep-value needs -d, --expires or --rotate-every to change"),
                QStringLiteral("set"));
        if (const Error error = context.call([&](Vault& vault, QObject* ctx, Vault::Done done) {
                vault.update(key, change, ctx, done);
            }))
            return fail(error);
        outLine(Strings::tr("Updated %1 in vault \"%2\"; its value is unchanged.")
                    .arg(key, context.vaultName));
        return 0;
    }
    QString value;
    int chars = 0;
    SecretGenerator::Charset set{};
    if (generating) {
        const GenerationAdvice advice = KeyCatalog::generationAdvice(key);
        if (advice.refuse)
            return usage(advice.text, QStringLiteral("set"));
        if (!readGenerator(parser, length, charset, chars, set, exitCode))
            return exitCode;
        if (!advice.text.isEmpty())
            err(Strings::tr("latchkey-cli: warning: %1").arg(advice.text));
        value = SecretGenerator::generate(chars, set);
    } else {
        // Before prompting a person for a value, make sure the keychain could
        // take it (a keychain with no keyring yet may create one when asked to
        // store). A piped or given value goes straight to the store, which says
        // the same if it cannot.
        if (positional.size() < 2 && stdinIsTerminal()) {
            const KeychainStatus keychain = context.status();
            if (keychain.error() && !keychain.noKeyring)
                return fail(keychain.error());
        }
        if (!readValue(positional, key, value, exitCode))
            return exitCode;
    }
    const Error error = context.set(key, value, change);
    const QString mask = maskValue(value);
    if (error) {
        wipe(value);
        return fail(error);
    }
    const QString saved = Strings::tr("Saved %1 in vault \"%2\" (%3).")
                              .arg(key, context.vaultName, context.vault().store()->description());
    if (!generating) {
        wipe(value);
        outLine(saved);
        return 0;
    }
    const QString made = Strings::tr("%1 It is a new %2-character %3 value: %4")
                             .arg(saved)
                             .arg(chars)
                             .arg(SecretGenerator::charsetName(set), mask);
    if (parser.isSet(reveal)) {
        // The value alone on standard output, for $(...); the rest for people.
        err(made);
        outRaw(value.toUtf8());
        if (stdoutIsTerminal())
            outRaw("\n");
    } else {
        outLine(made);
    }
    wipe(value);
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
    const QCommandLineOption purge(
        QStringLiteral("purge"),
        Strings::tr(
            "Remove the secret for good at once: its value, its earlier values and any copy in "
            "the trash, with no way back. The right thing for a leaked key."));
    parser.addOption(purge);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("delete"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("delete takes exactly one KEY"), QStringLiteral("delete"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("delete"), exitCode))
        return exitCode;
    if (parser.isSet(purge)) {
        if (const Error error = context.call(
                [&](Vault& vault, QObject* ctx, Vault::Done done) { vault.purge(key, ctx, done); }))
            return fail(error);
        outLine(Strings::tr(
                    "Deleted %1 from vault \"%2\" for good: its value, earlier values and trash "
                    "copy are gone from the keychain.")
                    .arg(key, context.vaultName));
        return 0;
    }
    const bool trash = context.vault().keepsTrash();
    if (const Error error = context.remove(key))
        return fail(error);
    if (trash)
        outLine(Strings::tr("Deleted %1 from vault \"%2\"; it stays in the trash for %3 days "
                            "(`latchkey-cli restore %1` brings it back).")
                    .arg(key, context.vaultName)
                    .arg(context.vault().lifecycle().trashDays));
    else
        outLine(Strings::tr("Deleted %1 from vault \"%2\".").arg(key, context.vaultName));
    return 0;
}

} // namespace

QList<Command> secretCommands()
{
    return {
        listCommand(),
        {QStringLiteral("set"),
         QStringLiteral("KEY [VALUE | - | --generate [--length N] [--charset SET] [--reveal]] "
                        "[-d DESCRIPTION] [--expires DATE] [--rotate-every PERIOD] "
                        "[--keep-value]"),
         Strings::tr(
             "Create or update a secret; the value it replaces is kept as history. Without "
             "VALUE it is read from standard input, or prompted for without echo on a "
             "terminal (Ctrl-C there exits 130 and stores nothing). Stored byte for byte; "
             "only one trailing newline of piped input is dropped. --generate stores a random "
             "value and prints only its mask."),
         set},
        {QStringLiteral("get"), QStringLiteral("KEY [--reveal]"),
         Strings::tr("Show a secret masked; --reveal prints the raw value only."), get},
        {QStringLiteral("delete"), QStringLiteral("KEY [--purge]"),
         Strings::tr(
             "Delete a secret: it stays in the vault's trash for 30 days (see config) and "
             "`restore KEY` brings it back. --purge removes it, its history and its trash copy "
             "at once, for good: the right thing for a leaked key."),
         remove},
    };
}

} // namespace latchkey::cli
