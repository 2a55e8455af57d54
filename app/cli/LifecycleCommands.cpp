// history, restore, trash, config: earlier values, the trash and the
// vault's lifecycle preferences (Lifecycle.h).
#include "Cli.h"
#include "Console.h"
#include "Lifecycle.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "LifecycleCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)
};

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

int history(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print JSON for scripts."));
    parser.addOption(json);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("history"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("history takes exactly one KEY"), QStringLiteral("history"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("history"), exitCode))
        return exitCode;
    const Result<QList<HistoryEntry>> result = context.history(key);
    if (!result)
        return fail(result.error());
    // A version is listed without its mask when its value could not be read
    // (values are never empty): the listing is then incomplete, and says why
    // with the keychain's state and its exit status, as `list` does.
    const bool unread = std::any_of(result->cbegin(), result->cend(),
                                    [](const HistoryEntry& entry) { return entry.hint.isEmpty(); });
    auto finish = [&context, unread, &key] {
        if (!unread)
            return 0;
        const Error state = context.status().error();
        return fail(state ? state
                          : Error{ErrorKind::Unavailable,
                                  Strings::tr("The keychain did not give the earlier values of "
                                              "%1 to be masked; try again.")
                                      .arg(key)});
    };
    if (parser.isSet(json)) {
        QJsonArray versions;
        for (const HistoryEntry& entry : *result)
            versions.append(QJsonObject{{QStringLiteral("version"), entry.version},
                                        {QStringLiteral("replaced"), utc(entry.replaced)},
                                        {QStringLiteral("hint"), entry.hint}});
        const QJsonObject root{{QStringLiteral("vault"), context.vaultName},
                               {QStringLiteral("key"), key},
                               {QStringLiteral("versions"), versions}};
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return finish();
    }
    if (result->isEmpty()) {
        err(Strings::tr("%1 has no earlier values in vault \"%2\".").arg(key, context.vaultName));
        return 0;
    }
    outLine(QStringLiteral("%1  %2  %3")
                .arg(Strings::tr("VERSION").leftJustified(7),
                     Strings::tr("REPLACED").leftJustified(16), Strings::tr("VALUE")));
    for (const HistoryEntry& entry : *result)
        outLine(QStringLiteral("%1  %2  %3")
                    .arg(QString::number(entry.version).leftJustified(7),
                         localTime(entry.replaced).leftJustified(16),
                         entry.hint.isEmpty() ? Strings::tr("(not readable)") : entry.hint));
    return finish();
}

int restore(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption version(
        QStringLiteral("version"),
        Strings::tr(
            "Bring back earlier value N (see history) instead of the copy in the trash; the "
            "current value becomes history."),
        QStringLiteral("N"));
    parser.addOption(version);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("restore"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("restore takes exactly one KEY"), QStringLiteral("restore"));
    const QString key = positional.first();
    if (!checkKey(key, QStringLiteral("restore"), exitCode))
        return exitCode;
    if (parser.isSet(version)) {
        bool ok = false;
        const int n = parser.value(version).toInt(&ok);
        if (!ok || n < 1)
            return usage(
                Strings::tr("invalid --version \"%1\": give a version number that history shows")
                    .arg(parser.value(version).left(40)),
                QStringLiteral("restore"));
        if (const Error error = context.call([&](Vault& vault, QObject* ctx, Vault::Done done) {
                vault.restoreVersion(key, n, ctx, done);
            }))
            return fail(error);
        outLine(
            Strings::tr("Restored version %1 of %2 in vault \"%3\"; any value it replaced is kept "
                        "as history.")
                .arg(n)
                .arg(key, context.vaultName));
        return 0;
    }
    if (const Error error = context.call(
            [&](Vault& vault, QObject* ctx, Vault::Done done) { vault.restore(key, ctx, done); }))
        return fail(error);
    outLine(Strings::tr("Restored %1 from the trash of vault \"%2\".").arg(key, context.vaultName));
    return 0;
}

int trash(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print JSON for scripts."));
    const QCommandLineOption empty(
        QStringLiteral("empty"),
        Strings::tr("Remove every secret in the trash for good (their values are deleted from the "
                    "keychain)."));
    parser.addOptions({json, empty});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("trash"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("trash takes no arguments"), QStringLiteral("trash"));
    if (parser.isSet(empty)) {
        if (parser.isSet(json))
            return usage(Strings::tr("--empty prints no listing; leave out --json"),
                         QStringLiteral("trash"));
        if (const Error error = context.call(
                [](Vault& vault, QObject* ctx, Vault::Done done) { vault.emptyTrash(ctx, done); }))
            return fail(error);
        outLine(Strings::tr("Emptied the trash of vault \"%1\".").arg(context.vaultName));
        return 0;
    }
    // Expired entries are removed and strays repaired before anything is shown.
    const Result<VaultListing> result = context.refresh();
    if (!result)
        return fail(result.error());
    for (const QString& notice : result->notices)
        err(Strings::tr("latchkey-cli: note: %1").arg(notice));
    QList<SecretInfo> entries = result->trash;
    std::sort(entries.begin(), entries.end(),
              [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
    const int days = context.vault().lifecycle().trashDays;
    // What the index knows is shown either way; a keychain that could not
    // confirm it makes the listing unverified, and says so, as `list` does.
    const Error keychain = result->status.error();
    if (parser.isSet(json)) {
        QJsonArray secrets;
        for (const SecretInfo& info : entries)
            secrets.append(
                QJsonObject{{QStringLiteral("key"), info.key},
                            {QStringLiteral("description"), info.description},
                            {QStringLiteral("updated"), utc(info.updated)},
                            {QStringLiteral("deleted"), utc(info.deleted)},
                            {QStringLiteral("purgeAfter"), utc(info.deleted.addDays(days))},
                            {QStringLiteral("hint"), info.hint}});
        const QJsonObject root{{QStringLiteral("vault"), context.vaultName},
                               {QStringLiteral("trashDays"), days},
                               {QStringLiteral("trash"), secrets}};
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return keychain ? fail(keychain) : 0;
    }
    if (entries.isEmpty()) {
        if (keychain)
            return fail(keychain);
        err(Strings::tr("The trash of vault \"%1\" is empty.").arg(context.vaultName));
        return 0;
    }
    qsizetype width = Strings::tr("KEY").size();
    for (const SecretInfo& info : entries)
        width = std::max(width, terminalSafe(info.key).size());
    auto row = [&](const QString& key, const QString& deleted, const QString& until,
                   const QString& hint) {
        outLine(QStringLiteral("%1  %2  %3  %4")
                    .arg(key.leftJustified(width), deleted.leftJustified(16),
                         until.leftJustified(16), hint)
                    .trimmed());
    };
    row(Strings::tr("KEY"), Strings::tr("DELETED"), Strings::tr("PURGED AFTER"),
        Strings::tr("VALUE"));
    for (const SecretInfo& info : entries)
        row(terminalSafe(info.key), localTime(info.deleted), localTime(info.deleted.addDays(days)),
            info.hint);
    return keychain ? fail(keychain) : 0;
}

int config(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    // After the NAME everything is its VALUE, so that "history -1" is told
    // the range, not that "-1" is an unknown option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("config"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return usage(Strings::tr("config takes at most a NAME and a VALUE"),
                     QStringLiteral("config"));
    const Lifecycle lifecycle = Lifecycle::load(context.vaultName);
    if (positional.isEmpty()) {
        for (const QString& name : Lifecycle::names())
            outLine(QStringLiteral("%1 = %2").arg(name, lifecycle.text(name)));
        return 0;
    }
    const QString name = positional.first();
    if (!Lifecycle::names().contains(name))
        return usage(Strings::tr("there is no setting named \"%1\"; the settings are %2")
                         .arg(name.left(40), Lifecycle::names().join(QStringLiteral(", "))),
                     QStringLiteral("config"));
    if (positional.size() == 1) {
        outLine(lifecycle.text(name));
        return 0;
    }
    const Error error = Lifecycle::store(context.vaultName, name, positional.at(1));
    if (error.kind == ErrorKind::InvalidInput)
        return usage(error.message, QStringLiteral("config"));
    if (error)
        return fail(error);
    const QString stored =
        Strings::tr("%1 = %2 for vault \"%3\".")
            .arg(name, Lifecycle::load(context.vaultName).text(name), context.vaultName);
    if (name != QLatin1String("history")) {
        outLine(stored);
        return 0;
    }
    // The limit applies at once: earlier values beyond it leave the keychain
    // now, not at each key's next change (a limit lowered after a leak).
    const Error trimmed = context.call(
        [](Vault& vault, QObject* ctx, Vault::Done done) { vault.applyHistoryLimit(ctx, done); });
    outLine(stored);
    if (trimmed)
        return fail(trimmed);
    outLine(Strings::tr("No earlier value beyond it is left in the keychain."));
    return 0;
}

} // namespace

QList<Command> lifecycleCommands()
{
    return {
        {QStringLiteral("history"), QStringLiteral("KEY [--json]"),
         Strings::tr("List the earlier values of a secret, newest first, with the time each was "
                     "replaced and its mask; never values."),
         history},
        {QStringLiteral("restore"), QStringLiteral("KEY [--version N]"),
         Strings::tr("Bring a deleted secret back from the trash, or with --version N make earlier "
                     "value N current again (the current value becomes history)."),
         restore},
        {QStringLiteral("trash"), QStringLiteral("[--json] [--empty]"),
         Strings::tr(
             "List the deleted secrets that can still be restored; --empty removes them for "
             "good."),
         trash},
        {QStringLiteral("config"), QStringLiteral("[NAME [VALUE]]"),
         Strings::tr("Show or change the vault's lifecycle settings: history (earlier values kept, "
                     "default 5, 0 for none; values beyond a new limit leave the keychain at "
                     "once), trash-days (default 30, 0 deletes for good at once), "
                     "rotate-every (default rotation period, e.g. 90d, or never)."),
         config},
    };
}

} // namespace latchkey::cli
