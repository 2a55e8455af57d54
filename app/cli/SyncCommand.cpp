// sync, and what `status` and `list` add for a team vault.
#include "Cli.h"
#include "Console.h"
#include "SecretName.h"
#include "TeamStore.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncCommand", text);
}

TeamHealth inspect(TeamStore* store, bool contact)
{
    TeamHealth health;
    await([&](QObject* ctx, auto finish) {
        store->inspect(contact, ctx, [&, finish](const TeamHealth& h) {
            health = h;
            finish();
        });
    });
    return health;
}

QString sideText(const ConflictSide& side)
{
    if (side.deleted)
        return tr("deleted");
    QString text = side.masked.isEmpty() ? side.problem : side.masked;
    QStringList who;
    if (!side.updatedBy.isEmpty())
        who << terminalSafe(side.updatedBy);
    if (side.updated.isValid())
        who << side.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!who.isEmpty())
        text += QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", ")));
    return text;
}

int sync(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  tr("After a conflict, keep this clone's version of KEY."),
                                  QStringLiteral("KEY"));
    const QCommandLineOption theirs(QStringLiteral("theirs"),
                                    tr("After a conflict, keep the remote's version of KEY."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption allMine(
        QStringLiteral("all-mine"),
        tr("After a conflict, keep this clone's version of everything."));
    const QCommandLineOption allTheirs(
        QStringLiteral("all-theirs"),
        tr("After a conflict, keep the remote's version of everything."));
    parser.addOptions({mine, theirs, allMine, allTheirs});
    const QString name = QStringLiteral("sync");
    int exitCode = 0;
    if (!parseCommand(parser, name, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("sync takes no arguments"), name);
    if (parser.isSet(allMine) && parser.isSet(allTheirs))
        return usage(tr("choose --all-mine or --all-theirs, not both"), name);
    SyncChoices choices;
    for (const auto& [option, keep] : {std::pair{&mine, Keep::Mine}, {&theirs, Keep::Theirs}})
        for (const QString& key : parser.values(*option)) {
            if (const QString reason = secretNameError(key); !reason.isEmpty())
                return usage(tr("invalid key \"%1\": %2").arg(terminalSafe(key), reason), name);
            if (choices.keys.contains(key))
                return usage(tr("%1 is given both --mine and --theirs").arg(key), name);
            choices.keys.insert(key, keep);
        }
    if (parser.isSet(allMine))
        choices.all = Keep::Mine;
    if (parser.isSet(allTheirs))
        choices.all = Keep::Theirs;

    TeamStore* store = context.teamStore();
    if (!store)
        return usage(tr("vault \"%1\" is a local vault; only team vaults sync (`latchkey-cli "
                        "vault list`)")
                         .arg(context.vaultName),
                     name);
    SyncReport report;
    await([&](QObject* ctx, auto finish) {
        store->sync(choices, ctx, [&, finish](const SyncReport& r) {
            report = r;
            finish();
        });
    });
    for (const QString& line : std::as_const(report.pulled))
        outLine(terminalSafe(line));
    // Whatever came in is listed now, with its description (the index adopts it).
    if (const Result<VaultListing> listing = context.refresh(); !listing)
        err(tr("latchkey-cli: warning: %1").arg(listing.error().message));
    if (report.error)
        return fail(report.error);
    const QString vault = context.vaultName;
    if (!report.conflicts.isEmpty()) {
        outLine(tr("The sync stopped: these secrets changed here and on the remote. Both "
                   "versions are kept; choose one for each."));
        for (const SyncConflict& c : std::as_const(report.conflicts)) {
            outLine(QStringLiteral("  %1").arg(c.key));
            outLine(tr("    here:   %1").arg(sideText(c.mine)));
            outLine(tr("    remote: %1").arg(sideText(c.theirs)));
            outLine(tr("    keep mine:   latchkey-cli --vault %1 sync --mine %2")
                        .arg(shellWord(vault), c.key));
            outLine(tr("    keep theirs: latchkey-cli --vault %1 sync --theirs %2")
                        .arg(shellWord(vault), c.key));
        }
        QStringList keys;
        for (const SyncConflict& c : std::as_const(report.conflicts))
            keys << c.key;
        err(tr("latchkey-cli: %1 changed here and on the remote: keep mine or keep theirs (see "
               "above); nothing was lost.")
                .arg(keys.join(QStringLiteral(", "))));
        return 1;
    }
    if (!report.state.otherConflicts.isEmpty()) {
        err(tr("latchkey-cli: %1 changed here and on the remote; choose with --all-mine or "
               "--all-theirs.")
                .arg(terminalSafe(report.state.otherConflicts.join(QStringLiteral(", ")))));
        return 1;
    }
    if (!report.state.hasRemote) {
        outLine(tr("Team vault \"%1\" has no remote; there is nothing to sync.").arg(vault));
        return 0;
    }
    outLine(tr("Team vault \"%1\" is in sync with %2%3.")
                .arg(vault, terminalSafe(report.state.remote),
                     report.pushed ? tr(" (local changes pushed)") : QString()));
    return 0;
}

} // namespace

QStringList teamStatusLines(Context& context, bool contactRemote)
{
    TeamStore* store = context.teamStore();
    if (!store)
        return {};
    const TeamHealth health = inspect(store, contactRemote);
    QStringList lines;
    lines << tr("Team:      %1 (%2)")
                 .arg(terminalSafe(store->folder()), health.sync.remote.isEmpty()
                                                         ? tr("no remote")
                                                         : terminalSafe(health.sync.remote));
    if (health.error) {
        lines << tr("Problem:   %1").arg(health.error.message);
        return lines;
    }
    lines << tr("Sync:      %1").arg(terminalSafe(health.sync.text()));
    if (health.sync.offline)
        lines << tr("Remote:    unreachable (%1)").arg(terminalSafe(health.sync.detail));
    lines << tr("Members:   %1 (%2)")
                 .arg(health.members.size())
                 .arg(health.member ? tr("you are one") : tr("you are not one"));
    for (const QString& problem : health.problems)
        lines << tr("Problem:   %1").arg(terminalSafe(problem));
    if (health.passphraseNeeded.value_or(false))
        lines << tr("GnuPG:     gpg-agent will ask for your passphrase to read values");
    return lines;
}

QStringList teamConflicts(Context& context)
{
    TeamStore* store = context.teamStore();
    return store ? inspect(store, false).sync.conflicts : QStringList();
}

QJsonObject teamStatusJson(Context& context)
{
    TeamStore* store = context.teamStore();
    if (!store)
        return {};
    const TeamHealth health = inspect(store, true);
    QJsonObject team{
        {QStringLiteral("store"), store->folder()},
        {QStringLiteral("remote"), health.sync.remote},
        {QStringLiteral("sync"), health.sync.name()},
        {QStringLiteral("ahead"), health.sync.ahead},
        {QStringLiteral("behind"), health.sync.behind},
        {QStringLiteral("offline"), health.sync.offline},
        {QStringLiteral("conflicts"), QJsonArray::fromStringList(health.sync.conflicts)},
        {QStringLiteral("members"), health.members.size()},
        {QStringLiteral("member"), health.member},
        {QStringLiteral("problems"), QJsonArray::fromStringList(health.problems)}};
    if (health.passphraseNeeded)
        team.insert(QStringLiteral("passphraseNeeded"), *health.passphraseNeeded);
    if (health.error)
        team.insert(QStringLiteral("detail"), health.error.message);
    return team;
}

QList<Command> syncCommands()
{
    return {
        {QStringLiteral("sync"),
         QStringLiteral("[--mine KEY]... [--theirs KEY]... [--all-mine | --all-theirs]"),
         tr("Team vaults: bring in the remote's changes (pull --rebase), then push this clone's. "
            "When a secret changed here and on the remote, stop with both versions kept (exit "
            "1) until you choose one with --mine or --theirs."),
         sync},
    };
}

} // namespace latchkey::cli
