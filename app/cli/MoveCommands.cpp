// import and export: moving secrets in from an env file, and out on purpose.
#include "Cli.h"
#include "Console.h"
#include "EnvWriter.h"
#include "ImportPlan.h"
#include "ManifestParser.h"
#include "PrivateOutput.h"
#include "TerminalText.h"
#include "VaultReader.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "MoveCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(MoveCommands)
};

void printDiagnostics(const QList<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        err(terminalSafe(d.toString()));
}

// The manifest named with --manifest, or std::nullopt after printing why it
// cannot be used (exit status in `exitCode`).
std::optional<Manifest> readManifest(const QString& path, int& exitCode)
{
    const Manifest manifest = ManifestParser::parseFile(ManifestParser::resolvePath(path));
    if (manifest.isValid())
        return manifest;
    printDiagnostics(manifest.errors());
    err(Strings::tr("latchkey-cli: %1 is not a valid manifest.").arg(terminalSafe(manifest.path)));
    exitCode = exitCodeFor(ErrorKind::InvalidInput);
    return std::nullopt;
}

QString actionWord(ImportItem::Action action, bool dryRun)
{
    switch (action) {
    case ImportItem::Action::Add:
        return dryRun ? Strings::tr("would add") : Strings::tr("added");
    case ImportItem::Action::Update:
        return dryRun ? Strings::tr("would update") : Strings::tr("updated");
    case ImportItem::Action::SkipExisting:
    case ImportItem::Action::SkipEmpty:
        return Strings::tr("skipped");
    case ImportItem::Action::Invalid:
        return Strings::tr("invalid");
    }
    return {};
}

int importCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Strings::tr("Show what would be imported and store nothing."));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        Strings::tr("Replace the values of keys the vault already has."));
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
                                            Strings::tr("Take descriptions from this inf.yml."),
                                            QStringLiteral("PATH"));
    parser.addOptions({dryRun, overwrite, manifestOption});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("import"), arguments, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(Strings::tr("import takes exactly one FILE"), QStringLiteral("import"));
    const QString path = positional.first();
    const bool dry = parser.isSet(dryRun);

    std::optional<Manifest> manifest;
    if (parser.isSet(manifestOption) &&
        !(manifest = readManifest(parser.value(manifestOption), exitCode)))
        return exitCode;

    EnvFile file = EnvFile::read(path);
    if (file.error) {
        err(terminalSafe(file.error->toString()));
        err(Strings::tr("latchkey-cli: nothing was imported from %1.").arg(terminalSafe(path)));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    printDiagnostics(file.warnings);

    // What the vault already has: the index checked against the keychain.
    const Result<VaultListing> listing = context.refresh();
    if (!listing || listing->status.error()) {
        file.wipeValues();
        return fail(listing ? listing->status.error() : listing.error());
    }
    QSet<QString> existing;
    for (const SecretInfo& info : listing->entries)
        existing.insert(info.key);
    ImportPlan plan =
        ImportPlan::make(file, existing, manifest ? &*manifest : nullptr, parser.isSet(overwrite));
    file.wipeValues();

    const QString shownPath = terminalSafe(path);
    int status = 0;
    for (ImportItem& item : plan.items) {
        const EnvEntry& e = item.entry;
        if (item.action == ImportItem::Action::Invalid) {
            err(Strings::tr("%1:%2:%3: error: %4; not imported")
                    .arg(shownPath)
                    .arg(e.line)
                    .arg(e.column)
                    .arg(e.invalid));
            continue;
        }
        if (item.stores() && !dry) {
            if (const Error error =
                    context.set(e.key, e.value, SecretChange{item.description, {}})) {
                status = fail(error);
                for (ImportItem& rest : plan.items)
                    wipe(rest.entry.value);
                err(Strings::tr(
                        "latchkey-cli: stopped at %1 (line %2); the keys listed above as added "
                        "or updated are stored, the rest of the file is not.")
                        .arg(e.key)
                        .arg(e.line));
                return status;
            }
        }
        wipe(item.entry.value);
        QString line = Strings::tr("%1  %2 (line %3)")
                           .arg(actionWord(item.action, dry).leftJustified(12), e.key)
                           .arg(e.line);
        if (!item.stores()) {
            const QString why = item.action == ImportItem::Action::SkipExisting
                                    ? Strings::tr("already in the vault; --overwrite replaces it")
                                    : ImportPlan::reason(item);
            line += QStringLiteral(": ") + why;
        }
        outLine(line);
    }

    const int invalid = plan.count(ImportItem::Action::Invalid);
    if (dry) {
        outLine(Strings::tr("Nothing was stored (--dry-run). From %1 into vault \"%2\": %3.")
                    .arg(shownPath, context.vaultName, plan.summary(true)));
    } else {
        outLine(Strings::tr("Imported %1 into vault \"%2\": %3.")
                    .arg(shownPath, context.vaultName, plan.summary()));
        if (invalid == 0 && (plan.count(ImportItem::Action::Add) > 0 ||
                             plan.count(ImportItem::Action::Update) > 0 ||
                             plan.count(ImportItem::Action::SkipExisting) > 0))
            outLine(Strings::tr(
                        "The values are in the keychain now. Remove the plaintext file (and any "
                        "copy in backups or git history): rm -- %1")
                        .arg(shellWord(terminalSafe(path))));
    }
    if (invalid > 0) {
        err(invalid == 1
                ? Strings::tr(
                      "latchkey-cli: 1 entry of %1 is invalid and was not imported; fix it and "
                      "import again (keys already stored are skipped).")
                      .arg(shownPath)
                : Strings::tr(
                      "latchkey-cli: %1 entries of %2 are invalid and were not imported; fix them "
                      "and import again (keys already stored are skipped).")
                      .arg(invalid)
                      .arg(shownPath));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    return 0;
}

int exportCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption manifestOption(
        QStringLiteral("manifest"),
        Strings::tr(
            "Export the secrets this inf.yml declares (default: every secret of the vault)."),
        QStringLiteral("PATH"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Strings::tr("dotenv (default) or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Strings::tr("The new file to write (mode 0600), or - for standard "
                    "output when it is not a terminal."),
        QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Strings::tr("Replace FILE if it exists."));
    parser.addOptions({manifestOption, format, output, force});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("export"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("export takes no arguments; name the file with --output"),
                     QStringLiteral("export"));
    if (!parser.isSet(output))
        return usage(Strings::tr("export needs --output FILE (or --output - for a pipe)"),
                     QStringLiteral("export"));
    const QString formatName =
        parser.value(format).isEmpty() ? QStringLiteral("dotenv") : parser.value(format);
    if (formatName != QLatin1String("dotenv") && formatName != QLatin1String("json"))
        return usage(Strings::tr("unknown --format \"%1\"; use dotenv or json").arg(formatName),
                     QStringLiteral("export"));
    const PrivateOutput destination(parser.value(output), parser.isSet(force),
                                    QStringLiteral("export"));
    if (const int refused = destination.check())
        return refused;

    VaultReader reader(context);
    envwriter::Entries entries;
    ValueRead read;
    if (parser.isSet(manifestOption)) {
        const std::optional<Manifest> manifest =
            readManifest(parser.value(manifestOption), exitCode);
        if (!manifest)
            return exitCode;
        QStringList keys;
        for (const SecretRequirement& s : manifest->secrets)
            keys << s.key;
        read = reader.read(context.vaultName, keys);
        if (read.keychainError)
            return fail(read.keychainError);
        QStringList missing;
        for (const SecretRequirement& s : manifest->secrets) {
            if (read.values.contains(s.key)) {
                entries.append({s.key, read.values.value(s.key)});
                continue;
            }
            const Error error = read.errors.value(s.key);
            if (error.kind != ErrorKind::NotFound) {
                read.wipe();
                for (auto& entry : entries)
                    wipe(entry.second);
                return fail(error);
            }
            if (s.optional)
                err(Strings::tr(
                        "latchkey-cli: note: optional secret %1 is not set and is not exported.")
                        .arg(s.key));
            else
                missing << s.key;
        }
        if (!missing.isEmpty()) {
            read.wipe();
            err(Strings::tr(
                    "latchkey-cli: nothing was written: required secrets missing in vault \"%1\": "
                    "%2.")
                    .arg(context.vaultName, missing.join(QStringLiteral(", "))));
            return exitCodeFor(ErrorKind::NotFound);
        }
    } else {
        read = reader.readAll(context.vaultName);
        if (read.keychainError)
            return fail(read.keychainError);
        for (auto it = read.errors.cbegin(); it != read.errors.cend(); ++it) {
            read.wipe();
            return fail(it.value());
        }
        QStringList keys = read.values.keys();
        keys.sort();
        for (const QString& key : keys)
            entries.append({key, read.values.value(key)});
    }
    read.wipe();
    QByteArray bytes =
        formatName == QLatin1String("json") ? envwriter::json(entries) : envwriter::dotenv(entries);
    for (auto& entry : entries)
        wipe(entry.second);
    const int written = destination.write(bytes);
    wipe(bytes);
    if (written != 0)
        return written;
    const QString count = entries.size() == 1 ? Strings::tr("1 secret")
                                              : Strings::tr("%1 secrets").arg(entries.size());
    if (destination.toStdout())
        err(Strings::tr("latchkey-cli: wrote %1 of vault \"%2\" to standard output.")
                .arg(count, context.vaultName));
    else
        err(Strings::tr(
                "latchkey-cli: wrote %1 of vault \"%2\" to %3 (mode 0600). It holds the values in "
                "plain text: delete it when you no longer need it.")
                .arg(count, context.vaultName, terminalSafe(parser.value(output))));
    return 0;
}

} // namespace

QList<Command> moveCommands()
{
    return {
        {QStringLiteral("import"),
         QStringLiteral("FILE [--dry-run] [--overwrite] [--manifest PATH]"),
         Strings::tr(
             "Store the secrets of a .env (dotenv) or JSON file: new keys are added, existing ones "
             "skipped unless --overwrite, empty values skipped, invalid keys reported with "
             "FILE:LINE:COLUMN. Prints a summary, never a value. Exit 2 when the file cannot be "
             "read (nothing stored) or some entries were invalid (the others stored)."),
         importCommand},
        {QStringLiteral("export"),
         QStringLiteral("--output FILE|- [--format dotenv|json] [--manifest PATH] [--force]"),
         Strings::tr(
             "Write the declared (with --manifest) or all secrets, values included, to a new "
             "file of mode 0600, or to standard output when it is not a terminal (e.g. for "
             "docker run --env-file)."),
         exportCommand},
    };
}

} // namespace latchkey::cli
