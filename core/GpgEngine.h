#pragma once

#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace latchkey {

// One recipient of a team store (a line of its .gpg-id), looked up in the
// user's keyring.
struct Recipient {
    QString id;          // as written in .gpg-id: a fingerprint, key id or e-mail address
    QString fingerprint; // of the primary key; empty when no key was found
    QString name;
    QString email;
    QDateTime expires;   // of the usable encryption subkey; invalid when it never expires
    QStringList keyIds;  // the 16-hex-digit ids of every subkey (to match PgpRecipients)
    QString problem;     // why nothing can be encrypted to it; empty when usable
    bool secret = false; // this user holds its secret key

    bool usable() const { return problem.isEmpty(); }
    // "Alice <alice@example.org>", or the id when the key is unknown.
    QString person() const
    {
        if (!name.isEmpty() && !email.isEmpty())
            return QStringLiteral("%1 <%2>").arg(name, email);
        return !email.isEmpty() ? email : !name.isEmpty() ? name : id;
    }
};

// GnuPG through GPGME's C++ bindings, in this process, with the user's own
// keyring (GNUPGHOME), gpg-agent and pinentry. Every call is synchronous:
// TeamStore runs them on its own thread. Plaintext only ever lives in
// buffers this class fills and the caller wipes (Wipe.h); GPGME is given
// our buffers through a data provider, never a file. The GPGME work itself
// is in a module loaded on first use (GpgBackend.h); when it cannot be
// loaded every call fails as Unavailable, saying so.
class GpgEngine {
public:
    // Why GnuPG cannot be used here (one sentence), or empty when it can.
    QString problem() const;

    // Looks `id` up and says whether values can be encrypted to it.
    Recipient resolve(const QString& id) const;
    // Every id resolved; InvalidInput naming the first one that is missing,
    // expired, revoked or cannot encrypt (`source` names the .gpg-id file).
    Result<QList<Recipient>> resolveAll(const QStringList& ids, const QString& source) const;

    Result<QByteArray> encrypt(const QByteArray& plaintext, const QList<Recipient>& to) const;
    // The plaintext of `ciphertext` (`what` names it in errors): AccessDenied
    // when this user is not a recipient or refused the passphrase prompt,
    // Locked when gpg-agent needs a passphrase it cannot ask for.
    Result<QByteArray> decrypt(const QByteArray& ciphertext, const QString& what) const;

    // The keys whose secret key this user holds (to tell them how to join).
    QList<Recipient> ownKeys() const;
    // Ids (16 hex digits) of the subkeys whose secret key this user holds.
    QSet<QString> secretKeyIds() const;
    // Imports the key files of `folder` (e.g. a store's .public-keys) whose
    // every key is one of `wanted` (.gpg-id lines); other files are skipped,
    // so a store cannot slip unrelated keys into the keyring. Answers the
    // fingerprints imported.
    QStringList importWanted(const QString& folder, const QStringList& wanted) const;
    // Imports a key file the user chose; answers its keys' fingerprints.
    Result<QStringList> importFile(const QString& path) const;
    // The ASCII-armored public key.
    Result<QByteArray> exportPublic(const QString& fingerprint) const;
    // Whether using the secret key of `fingerprint` would make gpg-agent ask
    // for a passphrase (nothing cached); std::nullopt when the agent cannot
    // be asked (it is started on first use).
    std::optional<bool> needsPassphrase(const QString& fingerprint) const;

    // A fingerprint or key id (optionally 0x-prefixed) in upper case, or an
    // empty string when `id` is neither.
    // (Inline: the GnuPG module uses it too.)
    static QString normalizedHexId(const QString& id)
    {
        QString hex = id.trimmed().toUpper();
        if (hex.startsWith(QLatin1String("0X")))
            hex = hex.mid(2);
        hex.remove(u' ');
        if (hex.size() != 8 && hex.size() != 16 && hex.size() != 40 && hex.size() != 64)
            return {};
        for (const QChar c : hex)
            if (!c.isDigit() && (c < u'A' || c > u'F'))
                return {};
        return hex;
    }
};

} // namespace latchkey
