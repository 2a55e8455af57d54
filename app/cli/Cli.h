#pragma once

#include "Error.h"
#include "Vault.h"

#include <QJsonObject>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>

namespace latchkey {
class TeamStore;
}

namespace latchkey::cli {

// What every command gets: the chosen vault and the keychain deadline. The
// vault is opened on first use so `--help` never touches the keychain.
class Context {
public:
    QString vaultName = Vault::defaultName();
    std::chrono::milliseconds timeout{std::chrono::seconds(10)};
    bool timeoutGiven = false; // --timeout or LATCHKEY_TIMEOUT (a team store has its own default)

    Vault& vault();
    // The vault's store when it is a team vault, otherwise null.
    TeamStore* teamStore();

    // Blocking wrappers over the asynchronous vault, for a command line that
    // has nothing else to do meanwhile. They run a local event loop.
    KeychainStatus status();
    Error set(const QString& key, const QString& value, const SecretChange& change);
    Result<QString> value(const QString& key);
    Error remove(const QString& key);
    // The index checked against the keychain (and repaired where it can be).
    Result<VaultListing> refresh();
    // Any vault call that answers with an error alone (restore, purge, …).
    Error call(const std::function<void(Vault& vault, QObject* context, Vault::Done done)>& start);
    Result<QList<HistoryEntry>> history(const QString& key);
    // Prints "latchkey-cli: warning: …" once per distinct message: the vault
    // reports a problem with its index when it reads it, and a listing
    // carries the same one.
    void warn(const QString& message);

private:
    std::unique_ptr<Vault> m_vault;
    QStringList m_warned;
};

// Spins a local event loop until `start` calls its completion: the blocking
// wrapper a command line uses over the asynchronous core.
template <typename Start> void await(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start(&loop, [&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

struct Command {
    QString name;
    QString synopsis; // arguments after the verb, for help
    QString summary;
    std::function<int(Context&, const QStringList& arguments)> run;
};

// Entry point: parses global options, dispatches to a command, returns the
// exit status (README.md and core/README.md: 0 ok, 1 not found / not ready, 2 usage, 3 keychain).
int run(const QStringList& arguments);

// Prints `error` as one sentence on stderr and returns its exit status.
int fail(const Error& error);
// Prints a usage error and returns 2.
int usage(const QString& message, const QString& command = QString());

// Parses a command's own arguments; on failure prints the reason and returns
// false with `exitCode` set (0 for --help).
bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                  int& exitCode);
// Checks a key given on the command line before anything touches the
// keychain (a typo is a usage error, not a keychain error); on failure prints
// the reason and returns false with `exitCode` set.
bool checkKey(const QString& key, const QString& command, int& exitCode);

// The commands, by family.
QList<Command> secretCommands();
QList<Command> manifestCommands();
QList<Command> moveCommands();      // import, export
QList<Command> referenceCommands(); // inject, env
QList<Command> scanCommands();      // scan
QList<Command> statusCommands();
QList<Command> lifecycleCommands(); // history, restore, trash, config
Command listCommand();
QList<Command> vaultCommands(); // vault list | init | add | members
QList<Command> syncCommands();

// Team vaults in `status` and `list` (SyncCommand.cpp): the sync state and
// members, for people (lines) or scripts (an object); empty for a local vault.
QStringList teamStatusLines(Context& context, bool contactRemote);
QJsonObject teamStatusJson(Context& context);
// The keys of a team vault changed both here and on the remote (as of the last fetch).
QStringList teamConflicts(Context& context);

} // namespace latchkey::cli
