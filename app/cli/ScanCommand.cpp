// scan: stored values found in files, and the git hook that runs it.
#include "Cli.h"
#include "Console.h"
#include "GitHook.h"
#include "LeakScan.h"
#include "TerminalText.h"
#include "VaultReader.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "ScanCommand" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)
};

int scanCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption staged(QStringLiteral("staged"),
                                    Strings::tr("Scan what is staged for the next git commit."));
    const QCommandLineOption allVaults(QStringLiteral("all-vaults"),
                                       Strings::tr("Look for the values of every vault."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Strings::tr("Print the findings as JSON."));
    const QCommandLineOption installHook(
        QStringLiteral("install-hook"),
        Strings::tr("Install a git pre-commit hook that runs scan --staged."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        Strings::tr("With --install-hook: replace an existing pre-commit hook "
                    "(kept as pre-commit.before-latchkey)."));
    parser.addOptions({staged, allVaults, json, installHook, force});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("scan"), arguments, exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(installHook)) {
        if (!paths.isEmpty() || parser.isSet(json) || parser.isSet(staged))
            return usage(Strings::tr("--install-hook takes no PATH, --staged or --json"),
                         QStringLiteral("scan"));
        return installPreCommitHook(context.vaultName, parser.isSet(allVaults),
                                    parser.isSet(force));
    }
    if (parser.isSet(force))
        return usage(Strings::tr("--force only goes with --install-hook"), QStringLiteral("scan"));

    QStringList vaults{context.vaultName};
    if (parser.isSet(allVaults))
        for (const QString& name : VaultValues::names())
            if (!vaults.contains(name))
                vaults << name;
    VaultReader reader(context);
    QList<Needle> needles;
    auto wipeNeedles = [&needles] {
        for (Needle& n : needles)
            wipe(n.value);
        needles.clear();
    };
    for (const QString& name : vaults) {
        ValueRead read = reader.readAll(name);
        if (read.keychainError) {
            read.wipe();
            wipeNeedles();
            return fail(read.keychainError);
        }
        if (!read.errors.isEmpty()) {
            const Error error = read.errors.cbegin().value();
            read.wipe();
            wipeNeedles();
            return fail(error);
        }
        QStringList keys = read.values.keys();
        keys.sort();
        for (const QString& key : keys)
            needles.append({name, key, read.values.value(key)});
        read.wipe();
    }

    LeakScanOptions options;
    options.paths = paths;
    options.staged = parser.isSet(staged);
    const LeakScanResult result = scanForLeaks(needles, options);
    wipeNeedles(); // the values are not needed any more
    if (result.error)
        return fail(result.error);

    const QString checked = vaults.size() == 1
                                ? Strings::tr("vault \"%1\"").arg(vaults.first())
                                : Strings::tr("vaults %1").arg(vaults.join(QStringLiteral(", ")));
    if (parser.isSet(json)) {
        QJsonArray findings;
        for (const LeakFinding& f : result.findings)
            findings.append(QJsonObject{{QStringLiteral("file"), f.file},
                                        {QStringLiteral("line"), f.line},
                                        {QStringLiteral("column"), f.column},
                                        {QStringLiteral("key"), f.key},
                                        {QStringLiteral("vault"), f.vault}});
        const QJsonObject root{
            {QStringLiteral("findings"), findings},
            {QStringLiteral("files"), result.files},
            {QStringLiteral("bytes"), result.bytes},
            {QStringLiteral("values"), result.needles},
            {QStringLiteral("tooShort"), result.tooShort},
            {QStringLiteral("vaults"), QJsonArray::fromStringList(vaults)},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)},
            {QStringLiteral("staged"), options.staged}};
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const LeakFinding& f : result.findings)
            outLine(QStringLiteral("%1:%2:%3: %4 (%5)")
                        .arg(terminalSafe(f.file))
                        .arg(f.line)
                        .arg(f.column)
                        .arg(f.key, f.vault));
        for (const QString& skipped : result.skipped)
            err(Strings::tr("latchkey-cli: warning: not scanned: %1").arg(terminalSafe(skipped)));
        if (result.tooShort > 0)
            err(result.tooShort == 1
                    ? Strings::tr(
                          "latchkey-cli: note: 1 value shorter than 8 characters was not looked "
                          "for (it would match by chance).")
                    : Strings::tr(
                          "latchkey-cli: note: %1 values shorter than 8 characters were not looked "
                          "for (they would match by chance).")
                          .arg(result.tooShort));
    }
    if (result.findings.isEmpty()) {
        if (!parser.isSet(json))
            err((options.staged
                     ? Strings::tr("latchkey-cli: no stored value found in %n staged file(s) (%1 "
                                   "values of %2 looked for).",
                                   nullptr, result.files)
                     : Strings::tr("latchkey-cli: no stored value found in %n file(s) (%1 values "
                                   "of %2 looked for).",
                                   nullptr, result.files))
                    .arg(result.needles)
                    .arg(checked));
        return 0;
    }
    QSet<QString> files;
    for (const LeakFinding& f : result.findings)
        files.insert(f.file);
    if (!parser.isSet(json)) {
        // "in 1 of 3 files": the count that decides the noun is the last one.
        const QString where = options.staged
                                  ? Strings::tr("%n staged file(s)", nullptr, result.files)
                                  : Strings::tr("%n file(s)", nullptr, result.files);
        err(result.findings.size() == 1
                ? Strings::tr(
                      "latchkey-cli: found a stored value in 1 of %1 (the value is not shown). "
                      "Remove it, and rotate the secret if the file was shared.")
                      .arg(where)
                : Strings::tr(
                      "latchkey-cli: found %1 stored values in %2 of %3 (values are not "
                      "shown). Remove them, and rotate those secrets if the files were shared.")
                      .arg(result.findings.size())
                      .arg(files.size())
                      .arg(where));
    }
    return 1;
}

} // namespace

QList<Command> scanCommands()
{
    return {
        {QStringLiteral("scan"),
         QStringLiteral("[PATH...] [--staged] [--all-vaults] [--json] | --install-hook [--force]"),
         Strings::tr(
             "Search files for stored values (of at least 8 characters) and print "
             "FILE:LINE:COLUMN: KEY (VAULT), never the value; exit 1 when one is found. A folder "
             "inside a git work tree is scanned as git sees it (.gitignore honoured); --staged "
             "scans what the next commit holds. --install-hook adds a pre-commit hook running "
             "scan --staged."),
         scanCommand},
    };
}

} // namespace latchkey::cli
