#pragma once

#include <QByteArray>
#include <QStringList>

namespace latchkey {

// The recipients an OpenPGP message was encrypted to, read from its
// public-key encrypted session key packets (packet tag 1, version 3: a key id
// after the version byte) without decrypting anything: the 64-bit key ids, as 16 upper-case hex
// digits. A hidden recipient (gpg --throw-keyids) is "0000000000000000". Reading stops at the first
// packet that is not a session key (or marker) packet, so only the head of a file is needed. `ok`
// is false when the bytes are not an OpenPGP message (e.g. ASCII armor or garbage).
struct PgpRecipients {
    QStringList keyIds;
    bool ok = false;
};

PgpRecipients pgpRecipients(const QByteArray& message);

inline const QString kHiddenRecipient = QStringLiteral("0000000000000000");

} // namespace latchkey
