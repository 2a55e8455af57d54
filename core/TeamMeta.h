#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

// The non-secret metadata of one secret of a team store, in the store's git
// repository beside the secret: `.latchkey/<KEY>.json`, one small file per
// key so that git merges changes of different keys without a conflict, in a
// dot folder that pass and gopass do not list. Never a value, never a hint
// of one (no mask, no length): only what a member may see in `git log -p`.
//
//   {"schema":1,"key":"API_TOKEN","description":"…","created":"…","updated":"…",
//    "updatedBy":"Alice <alice@example.org>","revision":"…","file":"<sha256 of KEY.gpg>",
//    "rotate":"Bob <bob@example.org> was removed on …"}
//
// `file` ties the metadata to the ciphertext it describes: when KEY.gpg was
// changed by another tool (pass insert, pass edit), the digest no longer
// matches, and the value is treated as changed (the rotation flag is dropped,
// the time is the file's).
struct TeamMeta {
    static constexpr int kSchemaVersion = 1;

    QString key;
    QString description;
    QDateTime created;
    QDateTime updated;
    QString updatedBy;
    QString revision;
    QString fileDigest;
    QString rotate; // why the value must be rotated; empty when it need not be

    bool operator==(const TeamMeta&) const = default;

    QByteArray toJson() const;
    // std::nullopt when the bytes are not metadata we can read (a newer
    // schema, another key, not JSON).
    static std::optional<TeamMeta> fromJson(const QByteArray& bytes, const QString& key);
    // The digest `fileDigest` records, of a KEY.gpg's bytes.
    static QString digestOf(const QByteArray& ciphertext);
};

} // namespace latchkey
