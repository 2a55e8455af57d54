#pragma once

#include "TeamRepository.h"

namespace latchkey {

// What adding or removing a member did.
struct MemberChange {
    Recipient member;
    bool unchanged = false; // already a member: nothing was done
    int reencrypted = 0;    // secrets encrypted anew for the new set of members
    QStringList rotate;     // secrets the removed member could read: they need new values
    PushOutcome pushed;
};

// The members of a team store: the recipients of its .gpg-id. A change
// re-encrypts every secret for the new set (the values are decrypted in
// memory only, never written anywhere) and commits .gpg-id, the members'
// public keys (.public-keys/) and the new files together. Removing a member
// cannot take back what they already read, nor the old files in git's
// history: every secret their key could decrypt is marked *needs rotation*
// (TeamMeta::rotate) until its value changes.
class TeamMembers {
public:
    explicit TeamMembers(TeamRepository& repository);

    Result<QList<Recipient>> list() const;
    // `who`: a fingerprint, key id or e-mail of a key in the keyring, or the
    // path of a public key file (imported first).
    Result<MemberChange> add(const QString& who);
    Result<MemberChange> remove(const QString& who);
    // After a sync replayed this clone's own changes on a remote whose
    // members changed meanwhile: of `keys`, those not encrypted for exactly
    // the current members are encrypted anew for them and committed (so a
    // value set concurrently reaches a new member, and not a removed one).
    // Returns the keys encrypted anew. Call with the store locked.
    Result<QStringList> encryptForCurrentMembers(const QStringList& keys);

private:
    // Encrypts every secret of the store anew for `to`, flagging for
    // rotation those `removed` could read; appends the files it wrote.
    Error reencrypt(const QList<Recipient>& to, const Recipient* removed, MemberChange& change,
                    QStringList& paths);
    Error reencryptKey(const QString& key, const QList<Recipient>& to, const Recipient* removed,
                       MemberChange& change, QStringList& paths);
    Error writeGpgId(const QStringList& ids, QStringList& paths) const;
    Error prepare() const;

    TeamRepository& m_repo;
};

} // namespace latchkey
