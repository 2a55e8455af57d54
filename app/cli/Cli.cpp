#include "Cli.h"

#include "Console.h"
#include "SecretName.h"
#include "TeamStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cmath>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "Cli" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<Command> allCommands()
{
    return secretCommands() + lifecycleCommands() + manifestCommands() + moveCommands() +
           referenceCommands() + scanCommands() + statusCommands() + syncCommands() +
           vaultCommands();
}

QString helpText()
{
    QString text =
        Strings::tr("Usage: latchkey-cli [--vault NAME] [--timeout SECONDS] COMMAND [ARGS...]\n\n"
                    "Keeps the secrets of inf.yml apps in the OS keychain.\n\nCommands:\n");
    for (const Command& command : allCommands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(command.name, command.synopsis, command.summary);
    text += Strings::tr(
        "\nOptions:\n"
        "  --vault NAME       use vault NAME instead of \"default\" (env LATCHKEY_VAULT)\n"
        "  --timeout SECONDS  give up on the keychain after SECONDS, from 0.001 to 3600\n"
        "                     (default 10, 120 for a team vault; env LATCHKEY_TIMEOUT)\n"
        "  -h, --help         show this help; COMMAND --help shows a command's help\n"
        "  -v, --version      show the version\n\n"
        "Exit status: 0 success or ready, 1 not found (the keychain is unlocked and has no "
        "such item)\nor not ready, 2 usage error or invalid input, 3 keychain locked, "
        "unavailable or not responding\n(see `latchkey-cli status`), 4 other failure, "
        "named (e.g. the disk is full).\n");
    return text;
}

} // namespace

void Context::warn(const QString& message)
{
    if (m_warned.contains(message))
        return;
    m_warned.append(message);
    err(Strings::tr("latchkey-cli: warning: %1").arg(message));
}

Vault& Context::vault()
{
    if (!m_vault) {
        m_vault = std::make_unique<Vault>(vaultName);
        auto* team = qobject_cast<TeamStore*>(m_vault->store());
        if (timeoutGiven || !team)
            m_vault->store()->setTimeout(timeout);
        m_vault->setLifecycle(Lifecycle::load(vaultName));
        QObject::connect(m_vault.get(), &Vault::warning,
                         [this](const QString& message) { warn(message); });
        if (team)
            QObject::connect(team, &TeamStore::notice, [](const QString& message) {
                err(Strings::tr("latchkey-cli: note: %1").arg(message));
            });
    }
    return *m_vault;
}

TeamStore* Context::teamStore()
{
    return qobject_cast<TeamStore*>(vault().store());
}

KeychainStatus Context::status()
{
    KeychainStatus result;
    await([&](QObject* ctx, auto finish) {
        vault().status(ctx, [&, finish](const KeychainStatus& s) {
            result = s;
            finish();
        });
    });
    return result;
}

Error Context::set(const QString& key, const QString& value, const SecretChange& change)
{
    Error result;
    await([&](QObject* ctx, auto finish) {
        vault().set(key, value, change, ctx, [&, finish](const Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

Result<QString> Context::value(const QString& key)
{
    Result<QString> result = Error{ErrorKind::Other, Strings::tr("The keychain gave no answer.")};
    await([&](QObject* ctx, auto finish) {
        vault().value(key, ctx, [&, finish](const Error& e, const QString& v) {
            result = e ? Result<QString>(e) : Result<QString>(v);
            finish();
        });
    });
    return result;
}

Error Context::remove(const QString& key)
{
    Error result;
    await([&](QObject* ctx, auto finish) {
        vault().remove(key, ctx, [&, finish](const Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

Result<VaultListing> Context::refresh()
{
    Result<VaultListing> result = Error{ErrorKind::Other, Strings::tr("The vault gave no answer.")};
    await([&](QObject* ctx, auto finish) {
        vault().refresh(ctx, [&, finish](const Error& e, const VaultListing& listing) {
            result = e ? Result<VaultListing>(e) : Result<VaultListing>(listing);
            finish();
        });
    });
    return result;
}

Error Context::call(const std::function<void(Vault&, QObject*, Vault::Done)>& start)
{
    Error result{ErrorKind::Other, Strings::tr("The vault gave no answer.")};
    await([&](QObject* ctx, auto finish) {
        start(vault(), ctx, [&, finish](const Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

Result<QList<HistoryEntry>> Context::history(const QString& key)
{
    Result<QList<HistoryEntry>> result =
        Error{ErrorKind::Other, Strings::tr("The vault gave no answer.")};
    await([&](QObject* ctx, auto finish) {
        vault().history(key, ctx, [&, finish](const Error& e, const QList<HistoryEntry>& list) {
            result = e ? Result<QList<HistoryEntry>>(e) : Result<QList<HistoryEntry>>(list);
            finish();
        });
    });
    return result;
}

int fail(const Error& error)
{
    err(Strings::tr("latchkey-cli: %1").arg(error.message));
    return exitCodeFor(error.kind);
}

int usage(const QString& message, const QString& command)
{
    const QString help = command.isEmpty() ? Strings::tr("latchkey-cli --help")
                                           : Strings::tr("latchkey-cli %1 --help").arg(command);
    err(Strings::tr("latchkey-cli: %1 (see %2)").arg(message, help));
    return 2;
}

bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                  int& exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Strings::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("latchkey-cli")} + arguments)) {
        exitCode = usage(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        for (const Command& c : allCommands()) {
            if (c.name == command) {
                QString text = Strings::tr("Usage: latchkey-cli [--vault NAME] %1 %2\n\n%3\n")
                                   .arg(c.name, c.synopsis, c.summary);
                // QCommandLineParser words its heading in the user's language
                // (Qt's own catalogue, core/Translations.cpp), so look for that.
                // The context is a variable so that lupdate leaves this word to
                // Qt's catalogue alone: only that one decides what the parser says.
                static const char parserContext[] = "QCommandLineParser";
                const QString heading = QCoreApplication::translate(parserContext, "Options:");
                const QString options = parser.helpText().section(heading, 1);
                if (!options.trimmed().isEmpty())
                    text += Strings::tr("\nOptions:") + options;
                out(text);
            }
        }
        exitCode = 0;
        return false;
    }
    return true;
}

bool checkKey(const QString& key, const QString& command, int& exitCode)
{
    const QString reason = secretNameError(key);
    if (reason.isEmpty())
        return true;
    exitCode = usage(Strings::tr("invalid key \"%1\": %2").arg(quotedName(key), reason), command);
    return false;
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QString(),
                                         QStringLiteral("NAME"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({vaultOption, timeoutOption, helpOption, versionOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(versionOption)) {
        outLine(QStringLiteral("latchkey-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption) || rest.isEmpty()) {
        out(helpText());
        return rest.isEmpty() && !parser.isSet(helpOption) ? 2 : 0;
    }

    Context context;
    // An empty LATCHKEY_VAULT is unset, as shells use it; an empty --vault
    // is a mistake (a variable that was not set) and is refused like any
    // other invalid name, never taken for the default vault.
    QString vaultName = qEnvironmentVariable("LATCHKEY_VAULT");
    if (parser.isSet(vaultOption))
        vaultName = parser.value(vaultOption);
    if (!vaultName.isEmpty() || parser.isSet(vaultOption)) {
        const QString reason = vaultNameError(vaultName);
        if (!reason.isEmpty())
            return usage(Strings::tr("invalid vault name \"%1\": %2").arg(vaultName, reason));
        context.vaultName = vaultName;
    }
    QString timeoutText = qEnvironmentVariable("LATCHKEY_TIMEOUT");
    if (parser.isSet(timeoutOption))
        timeoutText = parser.value(timeoutOption);
    if (!timeoutText.isEmpty() || parser.isSet(timeoutOption)) {
        // A finite number of seconds in (0, 3600] that is at least 1 ms once
        // converted: NaN or infinity would make the conversion undefined, and
        // 0.0001 would become 0 ms, a deadline every command misses.
        bool ok = false;
        const double seconds = timeoutText.toDouble(&ok);
        QString reason;
        if (!ok)
            reason = Strings::tr("it is not a number");
        else if (!std::isfinite(seconds))
            reason = Strings::tr("it is not a finite number");
        else if (seconds <= 0 || seconds > 3600)
            reason = Strings::tr("it must be more than 0 and at most 3600 seconds");
        else if (seconds * 1000 < 1)
            reason = Strings::tr("it must be at least 0.001 seconds (1 ms)");
        if (!reason.isEmpty()) {
            const QString source = parser.isSet(timeoutOption) ? QStringLiteral("--timeout")
                                                               : QStringLiteral("LATCHKEY_TIMEOUT");
            const QString shown =
                timeoutText.size() > 40 ? timeoutText.left(40) + QChar(0x2026) : timeoutText;
            return usage(Strings::tr("invalid %1 \"%2\": %3").arg(source, shown, reason));
        }
        context.timeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
        context.timeoutGiven = true;
    }

    const QString verb = rest.first();
    for (const Command& command : allCommands())
        if (command.name == verb)
            return command.run(context, rest.mid(1));
    if (verb == QLatin1String("help")) {
        out(helpText());
        return 0;
    }
    return usage(Strings::tr("unknown command \"%1\"").arg(verb));
}

} // namespace latchkey::cli
