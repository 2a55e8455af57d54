// status: the keychain's state and the vault's, for people and scripts.
#include "Cli.h"
#include "Console.h"
#include "KeychainFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

int status(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for scripts."));
    parser.addOption(json);
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("status"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("status takes no arguments"), QStringLiteral("status"));
    // refresh() asks the keychain for its state and, when it can, settles
    // interrupted changes, so the count below is the true one.
    const Result<VaultListing> result = context.refresh();
    const VaultIndex& index = context.vault().index();
    const KeychainStatus keychain =
        result ? result->status : context.status(); // the index failed: still report the keychain
    const qsizetype count = result ? result->entries.size() : -1;
    const bool pending = QFile::exists(index.journalPath());
    const Error problem = keychain.error() ? keychain.error() : (result ? Error{} : result.error());

    // What refresh() could not repair (e.g. a read-only index), as `list` says it.
    if (result)
        for (const QString& notice : result->notices)
            err(tr("latchkey-cli: note: %1").arg(notice));
    if (parser.isSet(json)) {
        QJsonObject root{
            {QStringLiteral("vault"), context.vaultName},
            {QStringLiteral("state"), KeychainStatus::stateName(keychain.state)},
            {QStringLiteral("provider"), keychain.provider},
            {QStringLiteral("store"), keychain.store},
            {QStringLiteral("backend"), keychainBackend()},
            {QStringLiteral("index"), index.path()},
            {QStringLiteral("secrets"), count},
            {QStringLiteral("pending"), pending},
        };
        if (problem)
            root.insert(QStringLiteral("detail"), problem.message);
        if (const QJsonObject team = teamStatusJson(context); !team.isEmpty())
            root.insert(QStringLiteral("team"), team);
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return exitCodeFor(problem.kind);
    }
    outLine(
        tr("Keychain:  %1 — %2").arg(keychain.where(), KeychainStatus::stateText(keychain.state)));
    outLine(tr("Vault:     %1 (%2)")
                .arg(context.vaultName, count < 0    ? tr("index unreadable")
                                        : count == 1 ? tr("1 secret")
                                                     : tr("%1 secrets").arg(count)));
    outLine(tr("Index:     %1").arg(index.path()));
    if (pending)
        outLine(tr("Pending:   a change waits until the keychain can confirm it"));
    for (const QString& line : teamStatusLines(context, true))
        outLine(line);
    if (problem)
        return fail(problem);
    return 0;
}

} // namespace

QList<Command> statusCommands()
{
    return {
        {QStringLiteral("status"), QStringLiteral("[--json]"),
         tr("Show the keychain's state (available, locked, unavailable, not responding) and "
            "provider, and the vault's index and number of secrets."),
         status},
    };
}

} // namespace latchkey::cli
