// vault list | init | add | members: local and team vaults.
#include "Cli.h"
#include "Console.h"
#include "GpgEngine.h"
#include "SecretName.h"
#include "TeamSetup.h"
#include "TeamStore.h"
#include "TerminalText.h"
#include "VaultRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "VaultCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)
};

const QString kCommand = QStringLiteral("vault");

// Refreshes the vault's index from the store (adopting what the team set).
void adopt(Context& context, const QString& name)
{
    context.vaultName = name;
    const Result<VaultListing> listing = context.refresh();
    if (!listing)
        err(Strings::tr("latchkey-cli: warning: %1").arg(listing.error().message));
}

QString fingerprintsOfMine()
{
    QStringList mine;
    for (const Recipient& key : GpgEngine().ownKeys())
        mine << key.fingerprint;
    return mine.join(QStringLiteral(" or "));
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

int listVaults(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print JSON for scripts."));
    parser.addOption(json);
    int exitCode = 0;
    if (!parseCommand(parser, kCommand, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("vault list takes no arguments"), kCommand);
    const Result<QList<TeamVaultEntry>> teams = VaultRegistry::load();
    if (!teams)
        return fail(teams.error());
    QStringList locals = VaultRegistry::localVaults();
    bool defaultIsTeam = false;
    for (const TeamVaultEntry& entry : *teams)
        defaultIsTeam = defaultIsTeam || entry.name == Vault::defaultName();
    if (!locals.contains(Vault::defaultName()) && !defaultIsTeam)
        locals.prepend(Vault::defaultName());
    locals.sort();

    QJsonArray rows;
    QList<QStringList> table;
    if (!locals.isEmpty()) {
        context.vaultName = locals.first();
        const KeychainStatus keychain = context.status(); // one keychain for every local vault
        for (const QString& name : std::as_const(locals)) {
            const qsizetype count = VaultIndex(name).load().entries.size();
            rows.append(
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("kind"), QStringLiteral("local")},
                            {QStringLiteral("state"), KeychainStatus::stateName(keychain.state)},
                            {QStringLiteral("secrets"), count},
                            {QStringLiteral("store"), keychain.where()}});
            table << QStringList{name, Strings::tr("local"),
                                 KeychainStatus::stateText(keychain.state), QString::number(count),
                                 keychain.where()};
        }
    }
    for (const TeamVaultEntry& entry : *teams) {
        TeamStore store(entry.name, entry.store);
        const TeamHealth health = inspect(&store, true);
        QString state = health.error ? Strings::tr("unavailable") : health.sync.text();
        if (!health.error && !health.member)
            state += Strings::tr(", not a member");
        const int count =
            health.error ? -1 : static_cast<int>(PassStore(entry.store, entry.store).keys().size());
        QJsonObject row{
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("kind"), QStringLiteral("team")},
            {QStringLiteral("state"),
             health.error ? QStringLiteral("unavailable") : health.sync.name()},
            {QStringLiteral("secrets"), count},
            {QStringLiteral("store"), entry.store},
            {QStringLiteral("remote"), health.sync.remote},
            {QStringLiteral("ahead"), health.sync.ahead},
            {QStringLiteral("behind"), health.sync.behind},
            {QStringLiteral("offline"), health.sync.offline},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(health.sync.conflicts)},
            {QStringLiteral("member"), health.member}};
        if (health.error)
            row.insert(QStringLiteral("detail"), health.error.message);
        rows.append(row);
        table << QStringList{entry.name, Strings::tr("team"), state,
                             count < 0 ? QStringLiteral("-") : QString::number(count), entry.store};
    }
    if (parser.isSet(json)) {
        outRaw(QJsonDocument(QJsonObject{{QStringLiteral("vaults"), rows}})
                   .toJson(QJsonDocument::Indented));
        return 0;
    }
    table.prepend({Strings::tr("NAME"), Strings::tr("KIND"), Strings::tr("STATE"),
                   Strings::tr("SECRETS"), Strings::tr("STORE")});
    QList<qsizetype> widths(5, 0);
    for (const QStringList& row : std::as_const(table))
        for (int i = 0; i < 5; ++i)
            widths[i] = std::max(widths[i], terminalSafe(row.at(i)).size());
    for (const QStringList& row : std::as_const(table)) {
        QStringList cells;
        for (int i = 0; i < 5; ++i)
            cells << (i < 4 ? terminalSafe(row.at(i)).leftJustified(widths[i])
                            : terminalSafe(row.at(i)));
        outLine(cells.join(QStringLiteral("  ")).trimmed());
    }
    return 0;
}

int initVault(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption git(QStringLiteral("git"),
                                 Strings::tr("The empty git repository to use."),
                                 QStringLiteral("URL"));
    const QCommandLineOption recipient(QStringLiteral("recipient"),
                                       Strings::tr("A member's key: fingerprint, key id or e-mail "
                                                   "(repeat for each member)."),
                                       QStringLiteral("ID"));
    parser.addOptions({git, recipient});
    int exitCode = 0;
    if (!parseCommand(parser, kCommand, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(git) || !parser.isSet(recipient))
        return usage(
            Strings::tr("vault init takes NAME --git URL --recipient ID [--recipient ID ...]"),
            kCommand);
    const QString name = positional.first();
    const Result<TeamVaultEntry> made =
        TeamSetup::init(name, parser.value(git), parser.values(recipient));
    if (!made)
        return fail(made.error());
    adopt(context, name);
    outLine(Strings::tr("Started team vault \"%1\" with %n member(s) in %2, pushed to %3.", nullptr,
                        int(parser.values(recipient).size()))
                .arg(name, terminalSafe(made->store), terminalSafe(made->remote)));
    return 0;
}

int addVault(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption git(QStringLiteral("git"), Strings::tr("Clone the team store at URL."),
                                 QStringLiteral("URL"));
    const QCommandLineOption store(
        QStringLiteral("store"),
        Strings::tr("Use the pass store in DIR (inside a git working tree)."),
        QStringLiteral("DIR"));
    parser.addOptions({git, store});
    int exitCode = 0;
    if (!parseCommand(parser, kCommand, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || parser.isSet(git) == parser.isSet(store))
        return usage(Strings::tr("vault add takes NAME and either --git URL or --store DIR"),
                     kCommand);
    const QString name = positional.first();
    const Result<TeamVaultEntry> added = parser.isSet(git)
                                             ? TeamSetup::join(name, parser.value(git))
                                             : TeamSetup::adopt(name, parser.value(store));
    if (!added)
        return fail(added.error());
    adopt(context, name);
    const TeamHealth health = inspect(context.teamStore(), false);
    const qsizetype count = PassStore(added->store, added->store).keys().size();
    outLine(Strings::tr("Added team vault \"%1\" (%2): %3.")
                .arg(name, terminalSafe(added->store),
                     count == 1 ? Strings::tr("1 secret") : Strings::tr("%1 secrets").arg(count)));
    if (!health.member)
        outLine(Strings::tr(
                    "You are not a member yet: ask a member to run\n  latchkey-cli vault members "
                    "%1 add %2")
                    .arg(name, fingerprintsOfMine()));
    for (const QString& problem : health.problems)
        err(Strings::tr("latchkey-cli: warning: %1").arg(problem));
    return 0;
}

int members(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = 0;
    if (!parseCommand(parser, kCommand, arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(1);
    if (positional.isEmpty() || (positional.size() != 1 && positional.size() != 3) ||
        (positional.size() == 3 && verb != QLatin1String("add") && verb != QLatin1String("remove")))
        return usage(Strings::tr("vault members takes NAME [add ID | remove ID]"), kCommand);
    const QString name = positional.first();
    const Result<std::optional<TeamVaultEntry>> entry = VaultRegistry::find(name);
    if (!entry)
        return fail(entry.error());
    if (!entry.value())
        return usage(
            Strings::tr("\"%1\" is not a team vault (`latchkey-cli vault list` shows them)")
                .arg(name),
            kCommand);
    context.vaultName = name;
    TeamStore* store = context.teamStore();
    if (positional.size() == 1) {
        Result<QList<Recipient>> list = Error{ErrorKind::Other, Strings::tr("No answer.")};
        await([&](QObject* ctx, auto finish) {
            store->members(ctx, [&, finish](const Result<QList<Recipient>>& r) {
                list = r;
                finish();
            });
        });
        if (!list)
            return fail(list.error());
        outLine(Strings::tr("Members of team vault \"%1\":").arg(name));
        for (const Recipient& r : *list) {
            QString state = r.usable() ? Strings::tr("ok") : r.problem;
            if (r.secret)
                state += Strings::tr(" (you)");
            outLine(QStringLiteral("  %1  %2  %3")
                        .arg(terminalSafe(r.person()),
                             r.fingerprint.isEmpty() ? QStringLiteral("-") : r.fingerprint,
                             terminalSafe(state)));
        }
        return 0;
    }
    const QString who = positional.at(2);
    Result<MemberChange> change = Error{ErrorKind::Other, Strings::tr("No answer.")};
    await([&](QObject* ctx, auto finish) {
        auto done = [&, finish](const Result<MemberChange>& r) {
            change = r;
            finish();
        };
        if (verb == QLatin1String("add"))
            store->addMember(who, ctx, done);
        else
            store->removeMember(who, ctx, done);
    });
    if (!change)
        return fail(change.error());
    const MemberChange& c = *change;
    const QString person = terminalSafe(c.member.person());
    if (c.unchanged) {
        outLine(Strings::tr("%1 is already a member of team vault \"%2\"; nothing was changed.")
                    .arg(person, name));
        return 0;
    }
    adopt(context, name);
    if (verb == QLatin1String("add")) {
        outLine(Strings::tr("Added %1 (%2) to team vault \"%3\"; re-encrypted %n secret(s).",
                            nullptr, c.reencrypted)
                    .arg(person, c.member.fingerprint, name));
    } else {
        outLine(Strings::tr("Removed %1 from team vault \"%2\"; re-encrypted %n secret(s).",
                            nullptr, c.reencrypted)
                    .arg(person, name));
        if (!c.rotate.isEmpty())
            outLine(Strings::tr("%n secret(s) need rotation: %1 could read them and may have kept "
                                "copies, and their old files stay in git's history. Set new "
                                "values with `latchkey-cli --vault %2 set KEY`: %3",
                                nullptr, int(c.rotate.size()))
                        .arg(person, name, c.rotate.join(QStringLiteral(", "))));
    }
    if (const QString note = c.pushed.notice(name); !note.isEmpty())
        err(Strings::tr("latchkey-cli: note: %1").arg(note));
    return 0;
}

int vault(Context& context, const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("list"))
        return listVaults(context, rest);
    if (verb == QLatin1String("init"))
        return initVault(context, rest);
    if (verb == QLatin1String("add"))
        return addVault(context, rest);
    if (verb == QLatin1String("members"))
        return members(context, rest);
    if (verb == QLatin1String("-h") || verb == QLatin1String("--help")) {
        QCommandLineParser parser;
        int exitCode = 0;
        parseCommand(parser, kCommand, {verb}, exitCode);
        return exitCode;
    }
    return usage(verb.isEmpty()
                     ? Strings::tr("vault needs list, init, add or members")
                     : Strings::tr("unknown vault command \"%1\"").arg(terminalSafe(verb)),
                 kCommand);
}

} // namespace

QList<Command> vaultCommands()
{
    return {
        {kCommand,
         QStringLiteral("list [--json] | init NAME --git URL --recipient ID [--recipient ID ...] | "
                        "add NAME (--git URL | --store DIR) | members NAME [add ID|FILE | remove "
                        "ID]"),
         Strings::tr(
             "Local and team vaults: list them with their state; start a team vault (a pass store "
             "in git, encrypted to every recipient); join one; add or remove a member (every "
             "secret is re-encrypted; removing one marks what they could read as needing "
             "rotation)."),
         vault},
    };
}

} // namespace latchkey::cli
