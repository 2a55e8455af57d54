#include "TeamMembers.h"

#include "PgpPackets.h"
#include "TeamSecrets.h"
#include "TeamSync.h"
#include "VaultLock.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

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
    // A member change re-encrypts every file as this clone has it. On a clone
    // behind its remote it would encrypt anew the old version of a secret a
    // teammate has set since, and the next sync would stop on that key as if
    // both had changed its value. So the remote's changes come in first; when
    // it cannot be reached the change is made here and pushed by a later sync.
    TeamSync sync(m_repo);
    const SyncReport synced = sync.sync(SyncChoices());
    if (!synced.conflicts.isEmpty() || !synced.state.otherConflicts.isEmpty()) {
        QStringList keys = synced.state.otherConflicts; // e.g. .gpg-id itself
        for (const SyncConflict& c : synced.conflicts)
            keys << c.key;
        return {ErrorKind::Other,
                Strings::tr("%1 changed here and on the remote; choose which version to keep "
                            "with `latchkey-cli --vault %2 sync` first, then change the members. "
                            "Nothing was changed.")
                    .arg(keys.join(QStringLiteral(", ")), m_repo.vault())};
    }
    if (synced.error && synced.error.kind != ErrorKind::Unavailable)
        return {synced.error.kind,
                Strings::tr("The remote's changes could not be brought in first, so the members "
                            "were not changed: %1")
                    .arg(synced.error.message)};
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
    for (const QString& key : m_repo.store().keys())
        if (Error error = reencryptKey(key, to, removed, change, paths))
            return {error.kind,
                    Strings::tr("%1 cannot be re-encrypted, so the members were not changed: %2")
                        .arg(key, error.message)};
    return {};
}

Error TeamMembers::reencryptKey(const QString& key, const QList<Recipient>& to,
                                const Recipient* removed, MemberChange& change, QStringList& paths)
{
    const PassStore& store = m_repo.store();
    const TeamSecrets secrets(m_repo);
    auto file = store.readSecret(key);
    if (!file || !file.value())
        return {};
    const QByteArray old = **file;
    QString revision;
    const SharedInfo shared = secrets.sharedInfo(key, old, &revision);
    const std::optional<TeamMeta> meta = store.readMeta(key);
    const bool ours = meta && meta->fileDigest == TeamMeta::digestOf(old);
    auto plain = m_repo.gpg().decrypt(old, key);
    if (!plain)
        return plain.error();
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
                              .arg(removed->person(), QDate::currentDate().toString(Qt::ISODate));
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
    return {};
}

Result<QStringList> TeamMembers::encryptForCurrentMembers(const QStringList& keys)
{
    const Result<QList<Recipient>> to = m_repo.recipients();
    if (!to)
        return to.error();
    MemberChange change;
    QStringList paths, done;
    for (const QString& key : keys) {
        auto file = m_repo.store().readSecret(key);
        if (!file || !file.value())
            continue;
        // Read from the packet headers, without decrypting: every member and
        // nobody else (a hidden recipient cannot be checked: encrypt anew).
        const QStringList readers = pgpRecipients(**file).keyIds;
        QSet<QString> expected;
        bool right = !readers.contains(kHiddenRecipient);
        for (const Recipient& r : *to) {
            bool reads = false;
            for (const QString& id : r.keyIds) {
                expected.insert(id);
                reads = reads || readers.contains(id);
            }
            right = right && reads;
        }
        for (const QString& id : readers)
            right = right && expected.contains(id);
        if (right)
            continue;
        if (Error error = reencryptKey(key, *to, nullptr, change, paths)) {
            m_repo.restore(paths);
            return Error{error.kind,
                         Strings::tr("%1 was encrypted for the members this clone knew before "
                                     "the sync and cannot be encrypted for the current ones, so "
                                     "it was not pushed: %2")
                             .arg(key, error.message)};
        }
        done << key;
    }
    if (done.isEmpty())
        return done;
    // English: the shared history (see add()).
    const QString message = QStringLiteral("Re-encrypt %1 for the current members")
                                .arg(done.join(QStringLiteral(", ")));
    if (Error error = m_repo.commit(paths, message, *to)) {
        m_repo.restore(paths);
        return error;
    }
    return done;
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
