// inject and env: secrets into templates and into a shell (direnv).
#include "Cli.h"
#include "Console.h"
#include "EnvWriter.h"
#include "InputFile.h"
#include "ManifestParser.h"
#include "PrivateOutput.h"
#include "Runner.h"
#include "SecretTemplate.h"
#include "TerminalText.h"
#include "VaultReader.h"
#include "Wipe.h"

#include <QCoreApplication>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "ReferenceCommands" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ReferenceCommands)
};

constexpr qint64 kMaxTemplateBytes = 16 * 1024 * 1024;

int injectCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption in({QStringLiteral("i"), QStringLiteral("in-file")},
                                Strings::tr("The template to fill."), QStringLiteral("TEMPLATE"));
    const QCommandLineOption out(
        {QStringLiteral("o"), QStringLiteral("out-file")},
        Strings::tr("The new file to write (mode 0600); default: standard output "
                    "when it is not a terminal."),
        QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Strings::tr("Replace OUT if it exists."));
    parser.addOptions({in, out, force});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("inject"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(in))
        return usage(Strings::tr("inject takes -i TEMPLATE and optionally -o OUT"),
                     QStringLiteral("inject"));
    const QString path = parser.value(in);
    const PrivateOutput destination(parser.value(out), parser.isSet(force),
                                    QStringLiteral("inject"));
    if (const int refused = destination.check())
        return refused;
    const InputFile input = InputFile::read(path, kMaxTemplateBytes);
    if (!input.error.isEmpty())
        return usage(Strings::tr("cannot read the template %1: %2").arg(path, input.error),
                     QStringLiteral("inject"));
    const SecretTemplate filled = SecretTemplate::scan(input.bytes, path);
    if (filled.error) {
        err(terminalSafe(filled.error->toString()));
        err(Strings::tr("latchkey-cli: nothing was written."));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    QList<LocatedReference> references;
    for (const SecretTemplate::Placeholder& p : filled.placeholders)
        references.append({p.reference, path, p.line, p.column});
    VaultReader reader(context);
    QHash<QString, QString> values;
    if (const int status = reader.resolve(references, values)) {
        err(Strings::tr("latchkey-cli: nothing was written."));
        return status;
    }
    QByteArray bytes = filled.fill(input.bytes, values);
    wipe(values);
    const int written = destination.write(bytes);
    wipe(bytes);
    if (written != 0)
        return written;
    const qsizetype n = filled.placeholders.size();
    const QString count =
        n == 1 ? Strings::tr("1 placeholder") : Strings::tr("%1 placeholders").arg(n);
    if (destination.toStdout())
        err(Strings::tr("latchkey-cli: filled %1 of %2.").arg(count, terminalSafe(path)));
    else
        err(Strings::tr("latchkey-cli: filled %1 of %2 into %3 (mode 0600).")
                .arg(count, terminalSafe(path), terminalSafe(parser.value(out))));
    return 0;
}

int envCommand(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption manifestOption(QStringLiteral("manifest"),
                                            Strings::tr("The inf.yml to use (default ./inf.yml)."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption shell(
        QStringLiteral("shell"), Strings::tr("bash (default), zsh or fish: whose syntax to print."),
        QStringLiteral("SHELL"));
    const QCommandLineOption allowOverride(
        QStringLiteral("allow-env-override"),
        Strings::tr(
            "Let the manifest's env set PATH, LD_PRELOAD and the other variables that decide "
            "which program or library code runs (refused by default)."));
    parser.addOptions({manifestOption, shell, allowOverride});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("env"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("env takes no arguments"), QStringLiteral("env"));
    const QString shellName =
        parser.value(shell).isEmpty() ? QStringLiteral("bash") : parser.value(shell);
    envwriter::Shell syntax = envwriter::Shell::Bash;
    if (shellName == QLatin1String("zsh"))
        syntax = envwriter::Shell::Zsh;
    else if (shellName == QLatin1String("fish"))
        syntax = envwriter::Shell::Fish;
    else if (shellName != QLatin1String("bash"))
        return usage(Strings::tr("unknown --shell \"%1\"; use bash, zsh or fish").arg(shellName),
                     QStringLiteral("env"));
    const PrivateOutput destination(QStringLiteral("-"), false, QStringLiteral("env"), false);
    if (const int refused = destination.check())
        return refused;

    const QString path = ManifestParser::resolvePath(parser.value(manifestOption));
    const Manifest manifest = ManifestParser::parseFile(path);
    if (!manifest.isValid()) {
        for (const Diagnostic& d : manifest.errors())
            err(terminalSafe(d.toString()));
        err(Strings::tr("latchkey-cli: %1 is not a valid manifest.").arg(terminalSafe(path)));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    const QStringList loaders =
        parser.isSet(allowOverride) ? QStringList() : loaderVariablesSet(manifest);
    if (!loaders.isEmpty()) {
        err(Strings::tr(
                "latchkey-cli: %1 sets %2 in its env, which changes what program or library code "
                "your shell runs; check the manifest, then add --allow-env-override.")
                .arg(terminalSafe(path), loaders.join(QStringLiteral(", "))));
        return exitCodeFor(ErrorKind::InvalidInput);
    }
    QStringList keys;
    for (const SecretRequirement& s : manifest.secrets)
        keys << s.key;
    VaultReader reader(context);
    ValueRead read = reader.read(context.vaultName, keys);
    if (read.keychainError) {
        read.wipe();
        return fail(read.keychainError);
    }
    QStringList missing;
    envwriter::Entries entries;
    for (const auto& [name, value] : manifest.env)
        entries.append({name, value});
    for (const SecretRequirement& s : manifest.secrets) {
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
        if (!s.optional)
            missing << s.key;
    }
    read.wipe();
    if (!missing.isEmpty()) {
        for (auto& entry : entries)
            wipe(entry.second);
        err(Strings::tr(
                "latchkey-cli: printing nothing: required secrets missing in vault \"%1\": %2. "
                "Set them with latchkey-cli set KEY.")
                .arg(context.vaultName, missing.join(QStringLiteral(", "))));
        return exitCodeFor(ErrorKind::NotFound);
    }
    QByteArray bytes = envwriter::shellExports(entries, syntax);
    for (auto& entry : entries)
        wipe(entry.second);
    destination.write(bytes);
    wipe(bytes);
    return 0;
}

} // namespace

QList<Command> referenceCommands()
{
    return {
        {QStringLiteral("inject"), QStringLiteral("-i TEMPLATE [-o OUT] [--force]"),
         Strings::tr(
             "Fill the {{ latchkey://[VAULT/]KEY }} placeholders of TEMPLATE with the stored "
             "secrets and write a new file OUT (mode 0600), or standard output when it is not a "
             "terminal. A reference to a secret that is not stored names TEMPLATE:LINE:COLUMN and "
             "nothing is written."),
         injectCommand},
        {QStringLiteral("env"), QStringLiteral("[--manifest PATH] [--shell bash|zsh|fish]"),
         Strings::tr(
             "Print export statements for the manifest's env and declared secrets, for direnv: "
             "eval \"$(latchkey-cli env)\" in .envrc. The values then live in your shell's "
             "environment, and every program it starts inherits them; run gives them to one "
             "command only. Never prints to a terminal."),
         envCommand},
    };
}

} // namespace latchkey::cli
