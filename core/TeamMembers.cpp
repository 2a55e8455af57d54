#include "TeamMembers.h"

#include "PgpPackets.h"
#include "TeamSecrets.h"
#include "VaultLock.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "TeamMembers" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(TeamMembers)
};

bool sameKey(const Recipient& a, const Recipient& b)
{
    return !a.fingerprint.isEmpty() &&
           a.fingerprint.compare(b.fingerprint, Qt::CaseInsensitive) == 0;
}

// "1 secret", "3 secrets", for the commit messages (English: see add()).
QString secrets(int n)
{
    return n == 1 ? QStringLiteral("1 secret") : QStringLiteral("%1 secrets").arg(n);
}

// Whether the .gpg-id line `line` (resolved as `resolved`) is the member `who` names.
bool names(const QString& who, const QString& line, const Recipient& resolved)
{
    if (who.compare(line, Qt::CaseInsensitive) == 0)
        return true;
    const QString hex = GpgEngine::normalizedHexId(who);
    if (!hex.isEmpty())
        return resolved.fingerprint.toUpper().endsWith(hex) ||
               resolved.keyIds.contains(hex.right(16));
    return !resolved.email.isEmpty() && resolved.email.compare(who, Qt::CaseInsensitive) == 0;
}

QString publicKeyPath(const PassStore& store, const QString& fingerprint)
{
    return QDir(store.publicKeysFolder()).filePath(fingerprint + QStringLiteral(".asc"));
}

} // namespace

TeamMembers::TeamMembers(TeamRepository& repository)
    : m_repo(repository)
{
}

Result<QList<Recipient>> TeamMembers::list() const
{
    if (Error error = m_repo.open())
        return error;
    return m_repo.members();
}

Error TeamMembers::prepare() const
{
    if (Error error = m_repo.open())
        return error;
    if (m_repo.hasLocalChanges())
        return {ErrorKind::Other,
                Strings::tr("%1 has changes that are not committed; commit or discard "
                            "them with git first. Nothing was changed.")
                    .arg(m_repo.folder())};
    return {};
}

Error TeamMembers::writeGpgId(const QStringList& ids, QStringList& paths) const
{
    const QString path = m_repo.store().gpgIdPath();
    paths << path;
    return PassStore::writeFile(path, ids.join(u'\n').toUtf8() + '\n',
                                Strings::tr("the recipients file"));
}

Error TeamMembers::reencrypt(const QList<Recipient>& to, const Recipient* removed,
                             MemberChange& change, QStringList& paths)
{
    const PassStore& store = m_repo.store();
    const TeamSecrets secrets(m_repo);
    const QString when = QDate::currentDate().toString(Qt::ISODate);
    for (const QString& key : store.keys()) {
        auto file = store.readSecret(key);
        if (!file || !file.value())
            continue;
        const QByteArray old = **file;
        QString revision;
        const SharedInfo shared = secrets.sharedInfo(key, old, &revision);
        const std::optional<TeamMeta> meta = store.readMeta(key);
        const bool ours = meta && meta->fileDigest == TeamMeta::digestOf(old);
        auto plain = m_repo.gpg().decrypt(old, key);
        if (!plain)
            return {plain.error().kind,
                    Strings::tr("%1 cannot be re-encrypted, so the members were not changed: %2")
                        .arg(key, plain.error().message)};
        // A pass entry's trailing newline is dropped now that Latchkey
        // records the metadata that says the bytes are exact.
        QByteArray bytes = PassStore::valueBytesOf(std::move(plain.value()), ours);
        const Result<QByteArray> cipher = m_repo.gpg().encrypt(bytes, to);
        wipe(bytes);
        if (!cipher)
            return cipher.error();
        TeamMeta next;
        next.key = key;
        next.description = shared.description;
        next.created = shared.created;
        next.updated = shared.updated;
        next.updatedBy = shared.updatedBy;
        next.revision = revision;
        next.rotate = shared.rotate;
        next.fileDigest = TeamMeta::digestOf(*cipher);
        if (removed) {
            // Without the removed key we cannot tell what it could read: all of it.
            const QStringList readers = pgpRecipients(old).keyIds;
            bool couldRead = removed->keyIds.isEmpty() || readers.contains(kHiddenRecipient);
            for (const QString& id : removed->keyIds)
                couldRead = couldRead || readers.contains(id);
            if (couldRead) {
                next.rotate = Strings::tr("%1 could read it and was removed on %2")
                                  .arg(removed->person(), when);
                change.rotate << key;
            }
        }
        paths << store.secretPath(key) << store.metaPath(key);
        if (Error error = PassStore::writeFile(store.secretPath(key), *cipher,
                                               Strings::tr("the encrypted file of %1").arg(key)))
            return error;
        if (Error error = PassStore::writeFile(store.metaPath(key), next.toJson(),
                                               Strings::tr("the metadata of %1").arg(key)))
            return error;
        ++change.reencrypted;
    }
    return {};
}

Result<MemberChange> TeamMembers::add(const QString& who)
{
    if (Error error = prepare())
        return error;
    auto lock = m_repo.lock();
    if (!lock)
        return lock.error();
    QString id = who;
    if (QFileInfo(who).isFile()) {
        const Result<QStringList> imported = m_repo.gpg().importFile(who);
        if (!imported)
            return imported.error();
        if (imported->size() != 1)
            return Error{
                ErrorKind::InvalidInput,
                Strings::tr("The file %1 holds %2 keys; give a file with one member's key.")
                    .arg(who)
                    .arg(imported->size())};
        id = imported->first();
    }
    MemberChange change;
    change.member = m_repo.gpg().resolve(id);
    if (!change.member.usable())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("Cannot add %1: %2. Nothing was changed.").arg(who, change.member.problem)};
    const Result<QStringList> ids = m_repo.store().recipientIds();
    if (!ids)
        return ids.error();
    for (const QString& line : *ids)
        if (sameKey(m_repo.gpg().resolve(line), change.member)) {
            change.unchanged = true;
            return change;
        }
    Result<QList<Recipient>> current = m_repo.recipients();
    if (!current)
        return Error{current.error().kind,
                     Strings::tr("%1 Nothing was changed.").arg(current.error().message)};
    QList<Recipient> to = *current;
    to << change.member;

    QStringList paths;
    auto undo = [&](const Error& error) -> Result<MemberChange> {
        m_repo.restore(paths);
        return error;
    };
    const Result<QByteArray> key = m_repo.gpg().exportPublic(change.member.fingerprint);
    if (!key)
        return key.error();
    const QString keyPath = publicKeyPath(m_repo.store(), change.member.fingerprint);
    paths << keyPath;
    if (Error error = PassStore::writeFile(keyPath, *key, Strings::tr("the member's public key")))
        return undo(error);
    if (Error error = writeGpgId(*ids + QStringList{change.member.fingerprint}, paths))
        return undo(error);
    if (Error error = reencrypt(to, nullptr, change, paths))
        return undo(error);
    // Commit messages stay English, like git's own: the history is shared by
    // every member, whatever language each one's Latchkey speaks.
    const QString message =
        QStringLiteral("Add member %1 (%2); re-encrypt %3")
            .arg(change.member.person(), change.member.fingerprint, secrets(change.reencrypted));
    if (Error error = m_repo.commit(paths, message, to))
        return undo(error);
    change.pushed = m_repo.push();
    return change;
}

Result<MemberChange> TeamMembers::remove(const QString& who)
{
    if (Error error = prepare())
        return error;
    auto lock = m_repo.lock();
    if (!lock)
        return lock.error();
    const Result<QStringList> ids = m_repo.store().recipientIds();
    if (!ids)
        return ids.error();
    m_repo.gpg().importWanted(m_repo.store().publicKeysFolder(), *ids);
    MemberChange change;
    QStringList remaining;
    bool found = false;
    for (const QString& line : *ids) {
        const Recipient resolved = m_repo.gpg().resolve(line);
        if (!found && names(who, line, resolved)) {
            change.member = resolved;
            found = true;
        } else {
            remaining << line;
        }
    }
    if (!found)
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 is not a member of team vault \"%2\"; `latchkey-cli vault members %2` "
                        "lists them.")
                .arg(who, m_repo.vault())};
    if (remaining.isEmpty())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 is the last member of team vault \"%2\" and cannot be removed.")
                .arg(who, m_repo.vault())};
    const Result<QList<Recipient>> to =
        m_repo.gpg().resolveAll(remaining, m_repo.store().relative(m_repo.store().gpgIdPath()));
    if (!to)
        return Error{to.error().kind,
                     Strings::tr("%1 Nothing was changed.").arg(to.error().message)};

    QStringList paths;
    auto undo = [&](const Error& error) -> Result<MemberChange> {
        m_repo.restore(paths);
        return error;
    };
    if (Error error = writeGpgId(remaining, paths))
        return undo(error);
    if (!change.member.fingerprint.isEmpty()) {
        const QString keyPath = publicKeyPath(m_repo.store(), change.member.fingerprint);
        if (QFile::exists(keyPath)) {
            paths << keyPath;
            QFile::remove(keyPath);
        }
    }
    if (Error error = reencrypt(*to, &change.member, change, paths))
        return undo(error);
    const QString message = // English: the shared history (see "Add member" above)
        QStringLiteral("Remove member %1 (%2); re-encrypt %3, %4 need rotation")
            .arg(change.member.person(),
                 change.member.fingerprint.isEmpty() ? change.member.id : change.member.fingerprint,
                 secrets(change.reencrypted))
            .arg(change.rotate.size());
    if (Error error = m_repo.commit(paths, message, *to))
        return undo(error);
    change.pushed = m_repo.push();
    return change;
}

} // namespace latchkey
