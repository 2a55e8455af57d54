// check and run: inf.yml manifests against the vault.
#include "AgeCheck.h"
#include "ChildProcess.h"
#include "Cli.h"
#include "Console.h"
#include "EnvFileInput.h"
#include "ManifestParser.h"
#include "Readiness.h"
#include "Runner.h"
#include "TerminalText.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "ManifestCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestCommands)
};

// The status word of --json, the same in every language (scripts compare it).
QString statusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Set:
        return QStringLiteral("set");
    case SecretStatus::Missing:
        return QStringLiteral("missing");
    case SecretStatus::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

// The same status for people: the table of check and run's list of what is missing.
QString statusText(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Set:
        return Strings::tr("set");
    case SecretStatus::Missing:
        return Strings::tr("missing");
    case SecretStatus::Unreadable:
        return Strings::tr("unreadable");
    }
    return {};
}

enum class Audience { Terminal, Json };

// A description or name from the manifest, on one line, for a terminal.
QString shown(const QString& text)
{
    return terminalSafe(text.simplified());
}

// The command that sets a missing secret, safe to paste into a POSIX shell:
// every word from the manifest is single-quoted when needed. On a terminal the
// description is the escaped one that was shown (and is what the command
// stores); JSON keeps it exact.
QString fixCommand(const QString& vault, const ReadinessItem& item, Audience audience)
{
    QString command = QStringLiteral("latchkey-cli ");
    if (vault != Vault::defaultName())
        command += QStringLiteral("--vault %1 ").arg(shellWord(vault));
    command += QStringLiteral("set ") + shellWord(item.key);
    const QString description = item.description.simplified();
    if (!description.isEmpty())
        command +=
            QStringLiteral(" -d ") +
            shellQuote(audience == Audience::Terminal ? terminalSafe(description) : description);
    return command;
}

QString appName(const Manifest& manifest)
{
    if (!manifest.name.isEmpty())
        return manifest.name;
    return QFileInfo(manifest.path).absoluteDir().dirName();
}

void printDiagnostics(const QList<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        err(terminalSafe(d.toString()));
}

QJsonArray diagnosticsJson(const Manifest& manifest)
{
    QJsonArray result;
    for (const Diagnostic& d : manifest.diagnostics)
        result.append(QJsonObject{
            {QStringLiteral("severity"),
             d.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("file"), d.file},
            {QStringLiteral("line"), d.line},
            {QStringLiteral("column"), d.column},
            {QStringLiteral("message"), d.message},
        });
    return result;
}

// 0 ready, 1 not ready, 3 when a required secret could not be read.
int readinessExitCode(const ReadinessReport& report)
{
    if (report.ready())
        return 0;
    for (const ReadinessItem& item : report.items)
        if (!item.optional && item.status == SecretStatus::Unreadable)
            return 3;
    return 1;
}

// Fetches the declared secrets, blocking: every lookup runs at once and the
// deadline is a little past the keychain's own, so a stuck keychain is
// reported as such rather than as a generic expiry.
ReadinessReport fetch(Context& context, const Manifest& manifest, QHash<QString, QString>* values)
{
    ReadinessReport result;
    QEventLoop loop;
    bool finished = false;
    Vault& vault = context.vault();
    const auto deadline = context.timeout + std::chrono::milliseconds(500);
    auto finish = [&](const ReadinessReport& report) {
        result = report;
        finished = true;
        loop.quit();
    };
    // Only `run` needs the values; `check` asks for the report alone.
    if (values)
        Readiness::fetch(
            manifest, vault, &loop,
            [&](const ReadinessReport& report, const QHash<QString, QString>& read) {
                *values = read;
                finish(report);
            },
            deadline);
    else
        Readiness::evaluate(manifest, vault, &loop, finish, deadline);
    if (!finished)
        loop.exec();
    return result;
}

// The missing required secrets and the command that sets each one.
void printFixes(const QString& vault, const ReadinessReport& report, void (*print)(const QString&))
{
    bool header = false;
    for (const ReadinessItem& item : report.items) {
        if (item.optional || item.status != SecretStatus::Missing)
            continue;
        if (!header)
            print(Strings::tr("Set the missing secrets with:"));
        header = true;
        print(QStringLiteral("  ") + fixCommand(vault, item, Audience::Terminal));
    }
    if (!report.keychainError)
        return;
    // The error already says what to do: unlock the keychain, start it, or
    // (a team vault, read with GnuPG) ask a member to add your key.
    print(Strings::tr("Some secrets could not be read: %1").arg(report.keychainError.message));
}

void printTable(const ReadinessReport& report)
{
    if (report.items.isEmpty()) {
        outLine(Strings::tr("This manifest declares no secrets."));
        return;
    }
    const QString keyHeader = Strings::tr("KEY"), requiredHeader = Strings::tr("REQUIRED"),
                  statusHeader = Strings::tr("STATUS"),
                  descriptionHeader = Strings::tr("DESCRIPTION");
    qsizetype keyWidth = keyHeader.size();
    for (const ReadinessItem& item : report.items)
        keyWidth = std::max(keyWidth, shown(item.key).size());
    const qsizetype requiredWidth = std::max<qsizetype>(requiredHeader.size(), 8);
    const qsizetype statusWidth = std::max<qsizetype>(statusHeader.size(), 10);
    auto row = [&](const QString& key, const QString& required, const QString& status,
                   QString description) {
        description = shown(description);
        if (description.size() > 60)
            description = description.left(59) + QChar(0x2026);
        outLine(QStringLiteral("%1  %2  %3  %4")
                    .arg(shown(key).leftJustified(keyWidth), required.leftJustified(requiredWidth),
                         status.leftJustified(statusWidth), description)
                    .trimmed());
    };
    row(keyHeader, requiredHeader, statusHeader, descriptionHeader);
    for (const ReadinessItem& item : report.items)
        row(item.key, item.optional ? Strings::tr("optional") : Strings::tr("required"),
            statusText(item.status), item.description);
}

// Integrations and credentials: connections the platform manages. They are
// listed for people to connect there, never stored or looked up here, and a
// required one does not change the local verdict.
void printConnections(const Manifest& manifest)
{
    if (manifest.integrations.isEmpty() && manifest.credentials.isEmpty())
        return;
    qsizetype keyWidth = 0;
    bool required = false;
    for (const QList<Integration>* list : {&manifest.integrations, &manifest.credentials})
        for (const Integration& i : *list) {
            keyWidth = std::max(keyWidth, shown(i.key).size());
            required = required || !i.optional;
        }
    const auto section = [&](const QString& title, const QList<Integration>& list) {
        if (list.isEmpty())
            return;
        outLine(title);
        for (const Integration& i : list) {
            QString description = shown(i.description.simplified());
            if (description.size() > 60)
                description = description.left(59) + QChar(0x2026);
            QString row = QStringLiteral("  %1  %2  %3")
                              .arg(shown(i.key).leftJustified(keyWidth),
                                   (i.optional ? Strings::tr("optional") : Strings::tr("required"))
                                       .leftJustified(8),
                                   description);
            while (row.endsWith(u' '))
                row.chop(1);
            outLine(row);
        }
    };
    outLine(QString());
    section(Strings::tr("Integrations (connected on the platform, not stored here):"),
            manifest.integrations);
    section(Strings::tr("Credentials (connected on the platform, not stored here):"),
            manifest.credentials);
    if (required)
        outLine(Strings::tr(
            "Connect the required ones on the platform before the app runs there; they do "
            "not change the verdict here."));
}

QJsonArray connectionsJson(const QList<Integration>& list)
{
    QJsonArray result;
    for (const Integration& i : list)
        result.append(QJsonObject{{QStringLiteral("key"), i.key},
                                  {QStringLiteral("description"), i.description},
                                  {QStringLiteral("optional"), i.optional},
                                  {QStringLiteral("required"), !i.optional},
                                  {QStringLiteral("line"), i.line},
                                  {QStringLiteral("column"), i.column}});
    return result;
}

QJsonObject reportJson(const Context& context, const Manifest& manifest,
                       const ReadinessReport* report)
{
    QJsonArray secrets;
    if (report) {
        for (const ReadinessItem& item : report->items) {
            QJsonObject o{{QStringLiteral("key"), item.key},
                          {QStringLiteral("description"), item.description},
                          {QStringLiteral("optional"), item.optional},
                          {QStringLiteral("required"), !item.optional},
                          {QStringLiteral("status"), statusName(item.status)}};
            if (!item.detail.isEmpty())
                o.insert(QStringLiteral("detail"), item.detail);
            if (item.status == SecretStatus::Missing)
                o.insert(QStringLiteral("fix"),
                         fixCommand(context.vaultName, item, Audience::Json));
            secrets.append(o);
        }
    }
    QJsonObject root{
        {QStringLiteral("manifest"), manifest.path},
        {QStringLiteral("app"), appName(manifest)},
        {QStringLiteral("vault"), context.vaultName},
        {QStringLiteral("valid"), manifest.isValid()},
        {QStringLiteral("ready"), report ? report->ready() : false},
        {QStringLiteral("verdict"), report ? report->verdict() : Strings::tr("Invalid manifest")},
        {QStringLiteral("secrets"), secrets},
        // Managed by the platform: listed, never part of "ready".
        {QStringLiteral("integrations"), connectionsJson(manifest.integrations)},
        {QStringLiteral("credentials"), connectionsJson(manifest.credentials)},
        {QStringLiteral("diagnostics"), diagnosticsJson(manifest)},
    };
    root.insert(QStringLiteral("exitCode"),
                report ? readinessExitCode(*report) : exitCodeFor(ErrorKind::InvalidInput));
    if (report && report->keychainError)
        root.insert(QStringLiteral("keychainError"), report->keychainError.message);
    return root;
}

int checkCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print the report as JSON."));
    const QCommandLineOption maxAge(
        QStringLiteral("max-age"),
        Strings::tr(
            "Fail (exit 1) when a declared secret is stale, flagged for rotation, or was last "
            "updated more than DAYS days ago."),
        QStringLiteral("DAYS"));
    parser.addOptions({json, maxAge});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("check"), arguments, exitCode))
        return exitCode;
    int maxAgeDays = -1;
    if (parser.isSet(maxAge)) {
        bool ok = false;
        maxAgeDays = parser.value(maxAge).toInt(&ok);
        if (!ok || maxAgeDays < 0)
            return usage(Strings::tr("invalid --max-age \"%1\": give a number of days")
                             .arg(parser.value(maxAge).left(40)),
                         QStringLiteral("check"));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(Strings::tr("check takes at most one PATH"), QStringLiteral("check"));
    const QString path = ManifestParser::resolvePath(positional.value(0));
    const Manifest manifest = ManifestParser::parseFile(path);

    if (!manifest.isValid()) {
        printDiagnostics(manifest.diagnostics);
        if (parser.isSet(json))
            outRaw(QJsonDocument(reportJson(context, manifest, nullptr)).toJson());
        else
            err(manifest.errors().size() == 1
                    ? Strings::tr("latchkey-cli: %1 is not a valid manifest (1 error).")
                          .arg(shown(path))
                    : Strings::tr("latchkey-cli: %1 is not a valid manifest (%2 errors).")
                          .arg(shown(path))
                          .arg(manifest.errors().size()));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    const ReadinessReport report = fetch(context, manifest, nullptr);
    QStringList declared;
    for (const ReadinessItem& item : report.items)
        declared << item.key;
    const QList<AgeFinding> ages = ageFindings(context.vault(), declared, maxAgeDays);
    int status = readinessExitCode(report);
    const bool tooOld = std::any_of(ages.begin(), ages.end(),
                                    [](const AgeFinding& finding) { return finding.failure; });
    if (status == 0 && tooOld)
        status = 1;
    // Team secrets a removed member could read (from the index, no decryption).
    QHash<QString, QString> rotate;
    for (const SecretInfo& info : context.vault().list().entries)
        if (!info.rotate.isEmpty())
            rotate.insert(info.key, info.rotate);
    if (parser.isSet(json)) {
        QJsonObject root = reportJson(context, manifest, &report);
        QJsonArray secrets = root.value(QStringLiteral("secrets")).toArray();
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            QJsonObject item = secrets.at(i).toObject();
            const QString key = item.value(QStringLiteral("key")).toString();
            item.insert(QStringLiteral("needsRotation"), rotate.contains(key));
            secrets.replace(i, item);
        }
        root.insert(QStringLiteral("secrets"), secrets);
        root.insert(QStringLiteral("age"), ageFindingsJson(ages));
        root.insert(QStringLiteral("exitCode"), status);
        outRaw(QJsonDocument(root).toJson());
        return status;
    }
    outLine(Strings::tr("%1 (%2, vault \"%3\")")
                .arg(shown(appName(manifest)), shown(path), context.vaultName));
    outLine(QString());
    printTable(report);
    for (const ReadinessItem& item : report.items) {
        if (item.status == SecretStatus::Unreadable && !report.keychainError &&
            !item.detail.isEmpty())
            outLine(Strings::tr("%1: %2").arg(shown(item.key), shown(item.detail)));
        if (rotate.contains(item.key))
            outLine(Strings::tr("%1 needs rotation: %2.")
                        .arg(shown(item.key), shown(rotate.value(item.key))));
    }
    printConnections(manifest);
    printDiagnostics(manifest.warnings());
    // A flag alone is already said above ("needs rotation"); with --max-age it fails.
    QList<AgeFinding> shownAges;
    for (const AgeFinding& finding : ages)
        if (finding.failure || finding.age.state != AgeState::NeedsRotation)
            shownAges << finding;
    printAgeFindings(shownAges, maxAgeDays);
    outLine(QString());
    if (!report.ready())
        outLine(Strings::tr("Not ready: %1.").arg(report.verdict()));
    else if (tooOld)
        outLine(Strings::tr("Ready to run, but some secrets are older than allowed (--max-age)."));
    else
        outLine(Strings::tr("Ready to run."));
    printFixes(context.vaultName, report, outLine);
    return status;
}

QString commandLine(const QStringList& command)
{
    QStringList words;
    for (const QString& word : command)
        words << shellWord(terminalSafe(word));
    return words.join(u' ');
}

// The integrations and credentials the manifest declares, which `run` never
// injects (the platform connects them), on one line through `print`.
void printConnections(const Manifest& manifest, void (*print)(const QString&))
{
    QStringList connections;
    for (const Integration& i : manifest.integrations)
        connections << (i.optional ? Strings::tr("%1 (integration, optional)")
                                   : Strings::tr("%1 (integration, required)"))
                           .arg(shown(i.key));
    for (const Integration& i : manifest.credentials)
        connections << (i.optional ? Strings::tr("%1 (credential, optional)")
                                   : Strings::tr("%1 (credential, required)"))
                           .arg(shown(i.key));
    if (!connections.isEmpty())
        print(Strings::tr("Not injected, connected on the platform: %1")
                  .arg(connections.join(QStringLiteral(", "))));
}

void printDryRun(const QStringList& command, const ChildEnvironment& env, const Manifest& manifest,
                 const QString& vault, bool allowLoaders, const FileVariables& files)
{
    outLine(command.isEmpty() ? Strings::tr("Would run nothing (no command given).")
                              : Strings::tr("Would run: %1").arg(commandLine(command)));
    // Each line says where its variable came from; the heading names them all.
    if (manifest.path.isEmpty())
        outLine(Strings::tr("With these variables added from the env files (vault \"%1\"):")
                    .arg(vault));
    else if (files.variables.isEmpty())
        outLine(Strings::tr("With these variables added from %1 (vault \"%2\"):")
                    .arg(shown(manifest.path), vault));
    else
        outLine(Strings::tr("With these variables added from %1 and the env files (vault "
                            "\"%2\"):")
                    .arg(shown(manifest.path), vault));
    if (env.injected.isEmpty())
        outLine(Strings::tr("  (none)"));
    QStringList assignments;
    qsizetype width = 0;
    for (const Injection& i : env.injected) {
        assignments << shown(i.name) + u'=' + shown(i.shown);
        width = std::max(width, assignments.last().size());
    }
    for (qsizetype n = 0; n < env.injected.size(); ++n) {
        const Injection& i = env.injected.at(n);
        QString note = i.source == Injection::Source::Secret        ? Strings::tr("secret")
                       : i.source == Injection::Source::ManifestEnv ? Strings::tr("env, plain")
                                                                    : Strings::tr("env file %1");
        for (const FileVariables::Variable& v : files.variables)
            if (i.source == Injection::Source::EnvFile && v.name == i.name)
                note = note.arg(shown(v.origin));
        if (i.overrides)
            note += Strings::tr(", overrides the inherited value");
        if (i.source != Injection::Source::Secret && isLoaderVariable(i.name))
            note += allowLoaders
                        ? Strings::tr(", decides what runs: allowed by --allow-env-override")
                        : Strings::tr(", decides what runs: refused without --allow-env-override");
        outLine(QStringLiteral("  %1  (%2)").arg(assignments.at(n).leftJustified(width), note));
    }
    for (const QString& key : env.notSet)
        outLine(
            Strings::tr("  %1 is not set (optional); the app may still read an inherited value.")
                .arg(shown(key)));
    printConnections(manifest, outLine);
    printDiagnostics(manifest.warnings());
}

int runCommand(Context& context, const QStringList& arguments)
{
    // Everything after `--` belongs to the command, even words that look like
    // our options; without `--` the first positional word starts the command.
    const qsizetype separator = arguments.indexOf(QStringLiteral("--"));
    const QStringList own = separator < 0 ? arguments : arguments.mid(0, separator);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
                                            Strings::tr("The inf.yml to use (default ./inf.yml)."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Strings::tr("Show what would be injected, masked, and run nothing."));
    const QCommandLineOption allowOverride(
        QStringLiteral("allow-env-override"),
        Strings::tr(
            "Let the manifest's env set PATH, LD_PRELOAD and the other variables that decide "
            "which program, library or interpreter code runs (refused by default)."));
    const QCommandLineOption envFile(
        QStringLiteral("env-file"),
        Strings::tr(
            "Also add the variables of this .env or JSON file (repeatable); latchkey://[VAULT/]KEY "
            "values are replaced by the stored secret."),
        QStringLiteral("FILE"));
    parser.addOptions({manifestOption, dryRun, allowOverride, envFile});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("run"), own, exitCode))
        return exitCode;
    QStringList command = parser.positionalArguments();
    if (separator >= 0) {
        if (!command.isEmpty())
            return usage(Strings::tr("unexpected \"%1\" before --").arg(command.first()),
                         QStringLiteral("run"));
        command = arguments.mid(separator + 1);
    }
    if (command.isEmpty() && !parser.isSet(dryRun))
        return usage(Strings::tr("run needs a COMMAND after --"), QStringLiteral("run"));
    const QString what = command.isEmpty() ? Strings::tr("anything") : shown(command.first());

    FileVariables files;
    if (const int status = files.load(parser.values(envFile)))
        return status;
    // With --env-file and no inf.yml here, the files alone say what to add.
    const QString path = ManifestParser::resolvePath(parser.value(manifestOption));
    const bool withoutManifest =
        parser.isSet(envFile) && !parser.isSet(manifestOption) && !QFileInfo::exists(path);
    const Manifest manifest = withoutManifest ? Manifest{} : ManifestParser::parseFile(path);
    if (!manifest.isValid()) {
        printDiagnostics(manifest.diagnostics);
        err(Strings::tr("latchkey-cli: not starting anything: %1 is not a valid manifest.")
                .arg(shown(path)));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    // The manifest and the env files are trusted to name variables, not to
    // choose which program or library runs with them: refused before any
    // value is read.
    const bool allow = parser.isSet(allowOverride);
    const QStringList fromManifest = allow ? QStringList() : loaderVariablesSet(manifest);
    const QStringList fromFiles = allow ? QStringList() : files.loaderVariables();
    const QStringList loaders = fromManifest + fromFiles;
    QStringList setters;
    if (!fromManifest.isEmpty())
        setters << Strings::tr("%1 sets %2 in its env").arg(shown(path), fromManifest.join(u", "));
    if (!fromFiles.isEmpty())
        setters << Strings::tr("the env file sets %1").arg(fromFiles.join(u", "));
    const QString loaderRefusal =
        Strings::tr(
            "latchkey-cli: not starting %1: %2, which changes what program or library code runs; "
            "check it, then add --allow-env-override.")
            .arg(what, setters.join(Strings::tr(" and ")));
    if (!loaders.isEmpty() && !parser.isSet(dryRun)) {
        err(loaderRefusal);
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    VaultReader reader(context);
    if (const int status = files.resolve(reader))
        return status;

    // A secret an env file provides need not be in the vault.
    const Manifest needed = files.withoutProvided(manifest);
    QHash<QString, QString> values;
    const ReadinessReport report = fetch(context, needed, &values);
    if (!report.ready()) {
        wipe(values);
        files.wipe();
        err(Strings::tr("latchkey-cli: not starting %1: %2.").arg(what, report.verdict()));
        for (const ReadinessItem& item : report.items)
            if (!item.optional && item.status != SecretStatus::Set)
                err(QStringLiteral("  %1 (%2)%3")
                        .arg(shown(item.key), statusText(item.status),
                             item.description.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": ") + shown(item.description)));
        printFixes(context.vaultName, report, err);
        // Everything the app needs in one place, connections included.
        printConnections(manifest, err);
        return readinessExitCode(report);
    }
    for (const ReadinessItem& item : report.items)
        if (item.optional && item.status == SecretStatus::Unreadable)
            err(Strings::tr(
                    "latchkey-cli: warning: optional secret %1 could not be read and is not "
                    "passed on: %2")
                    .arg(shown(item.key), item.detail));

    ChildEnvironment env = ChildEnvironment::build(
        needed, values, QProcessEnvironment::systemEnvironment().toStringList());
    files.applyTo(env);
    wipe(values); // env.entries holds the only copy from here on
    if (parser.isSet(dryRun)) {
        wipe(env.entries);
        printDryRun(command, env, manifest, context.vaultName, parser.isSet(allowOverride), files);
        files.wipe();
        if (!loaders.isEmpty()) {
            err(loaderRefusal);
            return exitCodeFor(ErrorKind::InvalidInput);
        }
        return 0;
    }
    files.wipe();
    QString error;
    const int status = runChild(command, env.entries, error);
    if (!error.isEmpty())
        err(Strings::tr("latchkey-cli: %1").arg(error));
    return status;
}

} // namespace

QList<Command> manifestCommands()
{
    return {
        {QStringLiteral("check"), QStringLiteral("[PATH] [--json] [--max-age DAYS]"),
         Strings::tr(
             "Check that the secrets an inf.yml declares are set (PATH defaults to ./inf.yml; a "
             "folder means its inf.yml); stale or expiring ones are warnings, failures with "
             "--max-age. Exit 0 ready, 1 not ready (or too old), 2 invalid manifest, 3 "
             "keychain unavailable."),
         checkCommand},
        {QStringLiteral("run"),
         QStringLiteral(
             "[--manifest PATH] [--env-file FILE] [--dry-run] [--allow-env-override] -- COMMAND "
             "[ARGS...]"),
         Strings::tr(
             "Run COMMAND with the manifest's env and declared secrets as environment variables; "
             "start nothing when a required secret is missing or when the manifest's env sets "
             "PATH, LD_PRELOAD or a similar variable (see --allow-env-override). Signals are "
             "passed on to COMMAND, which is killed if latchkey-cli is. --env-file adds a .env "
             "file's variables, resolving latchkey://[VAULT/]KEY references. Exits with COMMAND's "
             "status."),
         runCommand},
    };
}

} // namespace latchkey::cli
