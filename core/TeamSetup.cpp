#include "TeamSetup.h"

#include "GitRepo.h"
#include "GpgEngine.h"
#include "PassStore.h"
#include "SafeFile.h"
#include "SecretName.h"
#include "TeamRepository.h"
#include "VaultIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "TeamSetup" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(TeamSetup)
};

// A clone in the stores folder, removed again unless kept.
class Clone {
public:
    explicit Clone(QString folder)
        : m_folder(std::move(folder))
    {
    }
    ~Clone()
    {
        if (!m_kept)
            QDir(m_folder).removeRecursively();
    }
    Error make(const QString& url)
    {
        if (Error error = safefile::ensureFolder(VaultRegistry::storesFolder(),
                                                 Strings::tr("The folder of team stores")))
            return error;
        const GitResult cloned =
            GitRepo::runIn(VaultRegistry::storesFolder(),
                           {QStringLiteral("clone"), QStringLiteral("--quiet"), url, m_folder},
                           GitRepo::networkTimeout());
        if (!cloned.ok())
            return {ErrorKind::Unavailable,
                    Strings::tr("git could not clone %1: %2.").arg(url, cloned.reason())};
        return {};
    }
    void keep() { m_kept = true; }

private:
    QString m_folder;
    bool m_kept = false;
};

} // namespace

Error TeamSetup::checkName(const QString& name, bool clone)
{
    const QString reason = vaultNameError(name);
    if (!reason.isEmpty())
        return {ErrorKind::InvalidInput,
                Strings::tr("Invalid vault name \"%1\": %2.").arg(name, reason)};
    const auto existing = VaultRegistry::find(name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return {ErrorKind::InvalidInput,
                Strings::tr("There is already a team vault named \"%1\" (%2).")
                    .arg(name, existing.value()->store)};
    // A local vault with secrets keeps its name: its values are in the keychain.
    const VaultIndex::Snapshot local = VaultIndex(name).load();
    if (!local.entries.isEmpty())
        return {ErrorKind::InvalidInput,
                Strings::tr(
                    "There is already a local vault named \"%1\" with %2 secrets; choose another "
                    "name for the team vault.")
                    .arg(name)
                    .arg(local.entries.size())};
    const QString folder = QDir(VaultRegistry::storesFolder()).filePath(name);
    if (clone && QFileInfo::exists(folder))
        return {ErrorKind::InvalidInput,
                Strings::tr("The folder %1 already exists; move it away or choose another name.")
                    .arg(folder)};
    return {};
}

Result<TeamVaultEntry> TeamSetup::init(const QString& name, const QString& url,
                                       const QStringList& recipients)
{
    if (Error error = checkName(name, true))
        return error;
    if (recipients.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     Strings::tr("A team vault needs at least one recipient (--recipient ID).")};
    const GpgEngine gpg;
    const Result<QList<Recipient>> members =
        gpg.resolveAll(recipients, QStringLiteral("--recipient"));
    if (!members)
        return Error{members.error().kind,
                     Strings::tr("%1 Nothing was changed.").arg(members.error().message)};

    const QString folder = QDir(VaultRegistry::storesFolder()).filePath(name);
    Clone clone(folder);
    if (Error error = clone.make(url))
        return error;
    const GitRepo git(folder);
    if (!git.revision(QStringLiteral("HEAD")).isEmpty() ||
        !git.run({QStringLiteral("ls-remote"), QStringLiteral("--heads"), QStringLiteral("origin")})
             .outText()
             .isEmpty())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 is not empty; to use the team store it holds, run `latchkey-cli vault "
                        "add %2 --git %1`.")
                .arg(url, name)};

    TeamRepository repo(name, folder);
    if (Error error = repo.open())
        return error;
    const PassStore& store = repo.store();
    QStringList paths;
    QStringList fingerprints;
    for (const Recipient& r : *members) {
        fingerprints << r.fingerprint;
        const Result<QByteArray> key = gpg.exportPublic(r.fingerprint);
        if (!key)
            return key.error();
        const QString path =
            QDir(store.publicKeysFolder()).filePath(r.fingerprint + QStringLiteral(".asc"));
        if (Error error = PassStore::writeFile(path, *key, Strings::tr("a member's public key")))
            return error;
        paths << path;
    }
    paths << store.gpgIdPath();
    if (Error error =
            PassStore::writeFile(store.gpgIdPath(), fingerprints.join(u'\n').toUtf8() + '\n',
                                 Strings::tr("the recipients file")))
        return error;
    if (Error error = repo.commit(
            paths,
            // English, like git's own commit messages: the history is shared by the team.
            QStringLiteral("Start team vault %1 with %2 members").arg(name).arg(members->size()),
            *members))
        return error;
    const PushOutcome pushed = repo.push();
    if (pushed.state != PushOutcome::State::Pushed)
        return Error{
            ErrorKind::Unavailable,
            Strings::tr("The new team store could not be pushed to %1 (%2); nothing was kept.")
                .arg(url, pushed.detail)};
    TeamVaultEntry entry{name, folder, url, true};
    if (Error error = VaultRegistry::add(entry))
        return error;
    clone.keep();
    return entry;
}

Result<TeamVaultEntry> TeamSetup::join(const QString& name, const QString& url)
{
    if (Error error = checkName(name, true))
        return error;
    const QString folder = QDir(VaultRegistry::storesFolder()).filePath(name);
    Clone clone(folder);
    if (Error error = clone.make(url))
        return error;
    TeamRepository repo(name, folder);
    if (Error error = repo.open())
        return error;
    const Result<QStringList> ids = repo.store().recipientIds();
    if (!ids || ids->isEmpty())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 holds no team store (no .gpg-id with recipients); start one with "
                        "`latchkey-cli vault init %2 --git %1 --recipient ID`.")
                .arg(url, name)};
    repo.members(); // imports the members' public keys
    TeamVaultEntry entry{name, folder, url, true};
    if (Error error = VaultRegistry::add(entry))
        return error;
    clone.keep();
    return entry;
}

Result<TeamVaultEntry> TeamSetup::adopt(const QString& name, const QString& folder)
{
    if (Error error = checkName(name, false))
        return error;
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!QFileInfo(absolute).isDir())
        return Error{ErrorKind::InvalidInput, Strings::tr("There is no folder %1.").arg(folder)};
    TeamRepository repo(name, absolute);
    if (Error error = repo.open())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 is not inside a git working tree; run `git init` (or `pass git init`) "
                        "there first.")
                .arg(absolute)};
    const Result<QStringList> ids = repo.store().recipientIds();
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error{ErrorKind::InvalidInput,
                     Strings::tr("%1 names no recipients.").arg(repo.store().gpgIdPath())};
    repo.members();
    TeamVaultEntry entry{name, absolute, repo.git().remoteUrl(), false};
    if (Error error = VaultRegistry::add(entry))
        return error;
    return entry;
}

} // namespace latchkey
