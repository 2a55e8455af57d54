#include "TeamRepository.h"

#include "VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TeamRepository", text);
}

} // namespace

QString PushOutcome::notice(const QString& vault) const
{
    switch (state) {
    case State::Pushed:
    case State::NoRemote:
        return {};
    case State::Offline:
        return tr("The remote could not be reached (%1); the change is committed here and "
                  "`latchkey-cli --vault %2 sync` will push it.")
            .arg(detail, vault);
    case State::Behind:
        return tr("The remote has changes this clone does not have yet, so the change was not "
                  "pushed; run `latchkey-cli --vault %1 sync`.")
            .arg(vault);
    case State::Failed:
        return tr("The change is committed here but the push failed (%1); run `latchkey-cli "
                  "--vault %2 sync` to try again.")
            .arg(detail, vault);
    }
    return {};
}

TeamRepository::TeamRepository(const QString& vault, const QString& folder)
    : m_vault(vault)
    , m_folder(QDir::cleanPath(folder))
    , m_git(folder)
{
}

Error TeamRepository::open()
{
    if (m_open)
        return {};
    if (!QFileInfo(m_folder).isDir())
        return {ErrorKind::Unavailable,
                tr("The folder of team vault \"%1\", %2, does not exist; add the vault again with "
                   "`latchkey-cli vault add %1 --git URL`.")
                    .arg(m_vault, m_folder)};
    const Result<QString> top = m_git.topLevel();
    if (!top)
        return {ErrorKind::InvalidInput,
                tr("The folder %1 of team vault \"%2\" is not inside a git working tree (%3).")
                    .arg(m_folder, m_vault, top.error().message)};
    m_gitDir = m_git.gitDir();
    m_store = PassStore(m_folder, *top);
    m_open = true;
    return {};
}

Result<std::shared_ptr<VaultLock>> TeamRepository::lock() const
{
    return VaultLock::acquire(QDir(m_gitDir).filePath(QStringLiteral("latchkey.lock")),
                              std::chrono::seconds(30));
}

Result<QList<Recipient>> TeamRepository::members() const
{
    const Result<QStringList> ids = m_store.recipientIds();
    if (!ids)
        return ids.error();
    m_gpg.importWanted(m_store.publicKeysFolder(), *ids);
    QList<Recipient> all;
    for (const QString& id : *ids)
        all << m_gpg.resolve(id);
    return all;
}

Result<QList<Recipient>> TeamRepository::recipients() const
{
    const Result<QStringList> ids = m_store.recipientIds();
    if (!ids)
        return ids.error();
    m_gpg.importWanted(m_store.publicKeysFolder(), *ids);
    return m_gpg.resolveAll(*ids, m_store.relative(m_store.gpgIdPath()));
}

QString TeamRepository::identity(const QList<Recipient>& recipients) const
{
    for (const Recipient& r : recipients)
        if (r.secret)
            return r.person();
    const QString name =
        m_git.run({QStringLiteral("config"), QStringLiteral("user.name")}).outText();
    const QString email =
        m_git.run({QStringLiteral("config"), QStringLiteral("user.email")}).outText();
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 <%2>").arg(name, email);
    return name.isEmpty() ? email : name;
}

Error TeamRepository::commit(const QStringList& paths, const QString& message,
                             const QList<Recipient>& recipients) const
{
    QStringList relative;
    for (const QString& path : paths)
        relative << m_store.relative(path);
    const GitResult added = m_git.run(
        QStringList{QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--")} + relative);
    if (!added.ok())
        return {ErrorKind::Other, tr("git could not stage the change: %1.").arg(added.reason())};
    const GitResult staged =
        m_git.run(QStringList{QStringLiteral("diff"), QStringLiteral("--cached"),
                              QStringLiteral("--quiet"), QStringLiteral("--")} +
                  relative);
    if (staged.code == 0)
        return {}; // nothing changed
    QStringList arguments = authorOptions(recipients);
    arguments << QStringLiteral("commit") << QStringLiteral("--quiet") << QStringLiteral("-m")
              << message << QStringLiteral("--") << relative;
    const GitResult committed = m_git.run(arguments);
    if (!committed.ok())
        return {ErrorKind::Other,
                tr("git could not commit the change: %1.").arg(committed.reason())};
    return {};
}

QStringList TeamRepository::authorOptions(const QList<Recipient>& recipients) const
{
    if (!m_git.run({QStringLiteral("config"), QStringLiteral("user.email")}).outText().isEmpty())
        return {};
    QString name, email;
    for (const Recipient& r : recipients)
        if (r.secret && !r.email.isEmpty()) {
            name = r.name.isEmpty() ? r.email : r.name;
            email = r.email;
            break;
        }
    if (email.isEmpty())
        email = QStringLiteral("latchkey@localhost");
    if (name.isEmpty())
        name = QStringLiteral("Latchkey");
    return {QStringLiteral("-c"), QStringLiteral("user.name=") + name, QStringLiteral("-c"),
            QStringLiteral("user.email=") + email};
}

PushOutcome TeamRepository::push() const
{
    PushOutcome outcome;
    if (m_git.remoteUrl().isEmpty())
        return outcome;
    QStringList arguments{QStringLiteral("push"), QStringLiteral("--quiet")};
    if (m_git.upstream().isEmpty())
        arguments << QStringLiteral("--set-upstream") << QStringLiteral("origin")
                  << QStringLiteral("HEAD");
    const GitResult pushed = m_git.run(arguments, GitRepo::networkTimeout());
    if (pushed.ok()) {
        outcome.state = PushOutcome::State::Pushed;
        return outcome;
    }
    outcome.detail = pushed.reason();
    outcome.state = GitRepo::notFastForward(pushed) ? PushOutcome::State::Behind
                    : GitRepo::unreachable(pushed)  ? PushOutcome::State::Offline
                                                    : PushOutcome::State::Failed;
    return outcome;
}

void TeamRepository::restore(const QStringList& paths) const
{
    for (const QString& path : paths) {
        const QString relative = m_store.relative(path);
        const bool tracked = m_git
                                 .run({QStringLiteral("cat-file"), QStringLiteral("-e"),
                                       QStringLiteral("HEAD:") + relative})
                                 .ok();
        m_git.run(
            {QStringLiteral("reset"), QStringLiteral("--quiet"), QStringLiteral("--"), relative});
        if (tracked)
            m_git.run({QStringLiteral("checkout"), QStringLiteral("HEAD"), QStringLiteral("--"),
                       relative});
        else
            QFile::remove(path);
    }
}

bool TeamRepository::hasLocalChanges() const
{
    const GitResult status = m_git.run({QStringLiteral("status"), QStringLiteral("--porcelain"),
                                        QStringLiteral("--"), m_store.relative(m_folder)});
    return !status.ok() || !status.out.trimmed().isEmpty();
}

} // namespace latchkey
