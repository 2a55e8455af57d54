#include "GitHook.h"

#include "Cli.h"
#include "Console.h"
#include "InheritedDescriptors.h"
#include "SafeFile.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "GitHook" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(GitHook)
};

const QLatin1String kMarker("# latchkey-cli scan hook");

QByteArray hookScript(const QString& vault, bool allVaults)
{
    QString scan = QStringLiteral("--vault %1 scan --staged").arg(shellQuote(vault));
    if (allVaults)
        scan += QStringLiteral(" --all-vaults");
    return QStringLiteral(
               "#!/bin/sh\n"
               "%1 (installed by `latchkey-cli scan --install-hook`):\n"
               "# refuses a commit whose staged files contain a value stored in Latchkey.\n"
               "# To commit anyway, once: git commit --no-verify\n"
               "cli=%2\n"
               "if [ ! -x \"$cli\" ]; then\n"
               "    cli=$(command -v latchkey-cli) || {\n"
               "        echo \"pre-commit: latchkey-cli is not installed, so the staged files "
               "cannot be checked for stored secrets (git commit --no-verify skips the "
               "check).\" >&2\n"
               "        exit 1\n"
               "    }\n"
               "fi\n"
               "exec \"$cli\" %3\n")
        .arg(kMarker, shellQuote(QCoreApplication::applicationFilePath()), scan)
        .toUtf8();
}

} // namespace

int installPreCommitHook(const QString& vault, bool allVaults, bool force)
{
    QProcess git;
    inheritOnlyStdio(git);
    git.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("--git-path"),
                                      QStringLiteral("hooks/pre-commit")});
    if (!git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit ||
        git.exitCode() != 0)
        return usage(Strings::tr("the current folder is not inside a git repository (or git is not "
                                 "installed); run --install-hook inside the repository to protect"),
                     QStringLiteral("scan"));
    const QString hook =
        QDir::current().absoluteFilePath(QFile::decodeName(git.readAllStandardOutput().trimmed()));
    const QString shown = terminalSafe(QDir::toNativeSeparators(hook));
    const QFileInfo info(hook);
    QString kept;
    bool update = false;
    if (info.exists() || info.isSymLink()) {
        QFile existing(hook);
        const bool ours = existing.open(QIODevice::ReadOnly) &&
                          QString::fromUtf8(existing.read(4096)).contains(kMarker);
        existing.close();
        if (ours) {
            update = true;
        } else if (!force) {
            return usage(
                Strings::tr("a pre-commit hook already exists at %1 and was left as it is; add "
                            "the line `latchkey-cli scan --staged || exit 1` to it, or pass "
                            "--force to replace it (it is then kept as "
                            "pre-commit.before-latchkey)")
                    .arg(shown),
                QStringLiteral("scan"));
        } else {
            kept = hook + QStringLiteral(".before-latchkey");
            if (QFileInfo::exists(kept))
                return usage(
                    Strings::tr("%1 already exists; move it away before replacing the hook again")
                        .arg(terminalSafe(kept)),
                    QStringLiteral("scan"));
            if (!QFile::rename(hook, kept))
                return fail({ErrorKind::Storage,
                             Strings::tr("Cannot move the existing hook %1 aside.").arg(shown)});
        }
    }
    if (const Error error =
            safefile::ensureFolder(info.absolutePath(), Strings::tr("the hooks folder")))
        return fail(error);
    if (const Error error = safefile::replace(hook, hookScript(vault, allVaults),
                                              Strings::tr("the pre-commit hook")))
        return fail(error);
    if (!QFile::setPermissions(hook, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                         QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                         QFileDevice::ExeOther))
        return fail(
            {ErrorKind::Storage, Strings::tr("Cannot make the hook %1 executable.").arg(shown)});
    const QString which =
        allVaults ? Strings::tr("any vault") : Strings::tr("vault \"%1\"").arg(vault);
    outLine((update ? Strings::tr(
                          "Updated the pre-commit hook %1: commits whose staged files contain a "
                          "value of %2 are refused.")
                    : Strings::tr(
                          "Installed a pre-commit hook at %1: commits whose staged files contain a "
                          "value of %2 are refused."))
                .arg(shown, which));
    if (!kept.isEmpty())
        outLine(Strings::tr("The previous hook was moved to %1 and no longer runs.")
                    .arg(terminalSafe(kept)));
    outLine(Strings::tr("To commit anyway, once: git commit --no-verify"));
    return 0;
}

} // namespace latchkey::cli
