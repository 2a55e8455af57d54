#include "TeamSecrets.h"

#include "PgpPackets.h"
#include "SecretValue.h"
#include "VaultLock.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TeamSecrets", text);
}

Error notFound(const QString& key, const QString& vault)
{
    return {ErrorKind::NotFound,
            tr("There is no secret named %1 in team vault \"%2\".").arg(key, vault)};
}

Error lockError(const Error& error, const QString& what)
{
    return {error.kind, tr("%1: the team store is busy (%2).").arg(what, error.message)};
}

} // namespace

TeamSecrets::TeamSecrets(TeamRepository& repository)
    : m_repo(repository)
{
}

Presence TeamSecrets::presenceIn(const QByteArray& ciphertext, const QSet<QString>& secretKeyIds)
{
    const PgpRecipients recipients = pgpRecipients(ciphertext);
    if (!recipients.ok || recipients.keyIds.isEmpty())
        return Presence::Present; // armored or unusual: let GnuPG decide when it is read
    for (const QString& id : recipients.keyIds)
        if (id == kHiddenRecipient || secretKeyIds.contains(id))
            return Presence::Present;
    return Presence::Denied;
}

SharedInfo TeamSecrets::sharedInfo(const QString& key, const QByteArray& ciphertext,
                                   QString* revision) const
{
    SharedInfo shared;
    const std::optional<TeamMeta> meta = m_repo.store().readMeta(key);
    const bool current = meta && meta->fileDigest == TeamMeta::digestOf(ciphertext);
    if (meta)
        shared.description = meta->description;
    if (current) {
        shared.created = meta->created;
        shared.updated = meta->updated;
        shared.updatedBy = meta->updatedBy;
        shared.rotate = meta->rotate;
        if (revision)
            *revision = meta->revision;
        return shared;
    }
    // Written or changed by another tool (pass insert, pass edit): the value
    // is as new as the file, and whatever needed rotation was replaced.
    const QDateTime modified = QFileInfo(m_repo.store().secretPath(key)).lastModified().toUTC();
    shared.created = meta && meta->created.isValid() ? meta->created : modified;
    shared.updated = modified;
    return shared;
}

Result<QString> TeamSecrets::read(const QString& key) const
{
    if (Error error = m_repo.open())
        return error;
    auto file = m_repo.store().readSecret(key);
    if (!file)
        return file.error();
    if (!file.value())
        return notFound(key, m_repo.vault());
    const QByteArray& ciphertext = **file;
    const QString what = tr("%1 of team vault \"%2\"").arg(key, m_repo.vault());
    if (presenceIn(ciphertext, m_repo.gpg().secretKeyIds()) == Presence::Denied) {
        QStringList mine;
        for (const Recipient& own : m_repo.gpg().ownKeys())
            mine << own.fingerprint;
        return Error{ErrorKind::AccessDenied,
                     tr("%1 is not encrypted for your key; ask a member to run `latchkey-cli "
                        "vault members %2 add %3`.")
                         .arg(what, m_repo.vault(),
                              mine.isEmpty() ? tr("YOUR-KEY") : mine.join(QStringLiteral(" or ")))};
    }
    auto plain = m_repo.gpg().decrypt(ciphertext, what);
    if (!plain)
        return plain.error();
    const std::optional<TeamMeta> meta = m_repo.store().readMeta(key);
    const bool ours = meta && meta->fileDigest == TeamMeta::digestOf(ciphertext);
    QByteArray bytes = PassStore::valueBytesOf(std::move(plain.value()), ours);
    QString value;
    QString problem;
    const bool text = secretValueFromUtf8(bytes, value, problem);
    wipe(bytes);
    if (!text)
        return Error{ErrorKind::Other, tr("%1 cannot be used as a value: %2.").arg(what, problem)};
    return value;
}

Error TeamSecrets::write(const QString& key, const QString& value, const QString& revision,
                         const WriteInfo& info, PushOutcome& pushed)
{
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty())
        return {ErrorKind::InvalidInput, tr("Cannot store the value: %1.").arg(invalid)};
    if (Error error = m_repo.open())
        return error;
    auto lock = m_repo.lock();
    if (!lock)
        return lockError(lock.error(), key);
    const Result<QList<Recipient>> recipients = m_repo.recipients();
    if (!recipients)
        return recipients.error();
    QByteArray plaintext = value.toUtf8();
    const Result<QByteArray> cipher = m_repo.gpg().encrypt(plaintext, *recipients);
    wipe(plaintext);
    if (!cipher)
        return cipher.error();

    const PassStore& store = m_repo.store();
    const bool existed = QFile::exists(store.secretPath(key));
    const std::optional<TeamMeta> old = store.readMeta(key);
    TeamMeta meta;
    meta.key = key;
    meta.description = info.description ? *info.description : (old ? old->description : QString());
    meta.created = existed && old && old->created.isValid() ? old->created : info.time;
    meta.updated = info.time;
    meta.updatedBy = m_repo.identity(*recipients);
    meta.revision = revision;
    meta.fileDigest = TeamMeta::digestOf(*cipher);

    const QStringList paths{store.secretPath(key), store.metaPath(key)};
    Error error =
        PassStore::writeFile(paths.at(0), *cipher, tr("the encrypted file of %1").arg(key));
    if (!error)
        error = PassStore::writeFile(paths.at(1), meta.toJson(), tr("the metadata of %1").arg(key));
    if (!error)
        error =
            m_repo.commit(paths, (existed ? tr("Update %1") : tr("Add %1")).arg(key), *recipients);
    if (error) {
        m_repo.restore(paths);
        return error;
    }
    pushed = m_repo.push();
    return {};
}

Error TeamSecrets::remove(const QString& key, PushOutcome& pushed)
{
    if (Error error = m_repo.open())
        return error;
    auto lock = m_repo.lock();
    if (!lock)
        return lockError(lock.error(), key);
    const PassStore& store = m_repo.store();
    if (!QFile::exists(store.secretPath(key)))
        return notFound(key, m_repo.vault());
    const QStringList paths{store.secretPath(key), store.metaPath(key)};
    for (const QString& path : paths)
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_repo.restore(paths);
            return {ErrorKind::Storage, tr("%1 could not be removed.").arg(path)};
        }
    const Result<QList<Recipient>> members = m_repo.members();
    if (Error error = m_repo.commit(paths, tr("Delete %1").arg(key),
                                    members ? *members : QList<Recipient>())) {
        m_repo.restore(paths);
        return error;
    }
    pushed = m_repo.push();
    return {};
}

Error TeamSecrets::describe(const QString& key, const QString& description, PushOutcome& pushed)
{
    if (Error error = m_repo.open())
        return error;
    auto lock = m_repo.lock();
    if (!lock)
        return lockError(lock.error(), key);
    const PassStore& store = m_repo.store();
    auto file = store.readSecret(key);
    if (!file)
        return file.error();
    if (!file.value())
        return notFound(key, m_repo.vault());
    QString revision;
    const SharedInfo shared = sharedInfo(key, **file, &revision);
    TeamMeta meta;
    meta.key = key;
    meta.description = description;
    meta.created = shared.created;
    meta.updated = shared.updated;
    meta.updatedBy = shared.updatedBy;
    meta.revision = revision;
    meta.rotate = shared.rotate;
    meta.fileDigest = TeamMeta::digestOf(**file);
    const QString path = store.metaPath(key);
    Error error = PassStore::writeFile(path, meta.toJson(), tr("the metadata of %1").arg(key));
    const Result<QList<Recipient>> members = m_repo.members();
    if (!error)
        error = m_repo.commit({path}, tr("Describe %1").arg(key),
                              members ? *members : QList<Recipient>());
    if (error) {
        m_repo.restore({path});
        return error;
    }
    pushed = m_repo.push();
    return {};
}

QList<Presence> TeamSecrets::presence(const QStringList& keys) const
{
    QList<Presence> answer;
    if (m_repo.open())
        return answer;
    const QSet<QString> mine = m_repo.gpg().secretKeyIds();
    for (const QString& key : keys) {
        auto file = m_repo.store().readSecret(key);
        if (!file)
            answer << Presence::Unknown;
        else if (!file.value())
            answer << Presence::Absent;
        else
            answer << presenceIn(**file, mine);
    }
    return answer;
}

QList<ItemState> TeamSecrets::items(const QStringList& keys) const
{
    QList<ItemState> answer;
    if (m_repo.open())
        return answer;
    const QSet<QString> mine = m_repo.gpg().secretKeyIds();
    for (const QString& key : keys.isEmpty() ? m_repo.store().keys() : keys) {
        auto file = m_repo.store().readSecret(key);
        if (!file || !file.value())
            continue; // absent: the vault fills that in for the keys it asked about
        ItemState item;
        item.key = key;
        item.presence = presenceIn(**file, mine);
        item.shared = sharedInfo(key, **file, &item.revision);
        answer << item;
    }
    return answer;
}

KeychainStatus TeamSecrets::status() const
{
    KeychainStatus status;
    status.provider = QStringLiteral("GnuPG");
    status.store = tr("team store %1 (pass format, git)").arg(m_repo.folder());
    if (const QString problem = GpgEngine().problem(); !problem.isEmpty()) {
        status.state = KeychainState::Unavailable;
        status.detail = problem;
        return status;
    }
    if (const Error error = m_repo.open()) {
        status.state = KeychainState::Unavailable;
        status.detail = error.message;
        return status;
    }
    status.state = KeychainState::Available;
    return status;
}

Error TeamSecrets::unlock() const
{
    if (Error error = m_repo.open())
        return error;
    const QSet<QString> mine = m_repo.gpg().secretKeyIds();
    for (const QString& key : m_repo.store().keys()) {
        auto file = m_repo.store().readSecret(key);
        if (!file || !file.value() || presenceIn(**file, mine) != Presence::Present)
            continue;
        auto plain = m_repo.gpg().decrypt(**file, key);
        if (!plain)
            return plain.error();
        wipe(plain.value());
        return {};
    }
    return {};
}

} // namespace latchkey
