#include "PgpPackets.h"

namespace latchkey {

namespace {

constexpr int kSessionKeyTag = 1; // public-key encrypted session key
constexpr int kMarkerTag = 10;

quint32 bigEndian(const QByteArray& bytes, qsizetype at, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

} // namespace

PgpRecipients pgpRecipients(const QByteArray& message)
{
    PgpRecipients result;
    qsizetype at = 0;
    while (at < message.size()) {
        const quint8 header = static_cast<quint8>(message.at(at++));
        if (!(header & 0x80))
            return result; // not a packet: armor, text or garbage
        int tag = 0;
        qint64 length = -1;
        if (header & 0x40) { // new format
            tag = header & 0x3f;
            if (at >= message.size())
                return result;
            const quint8 first = static_cast<quint8>(message.at(at++));
            if (first < 192) {
                length = first;
            } else if (first < 224) {
                if (at >= message.size())
                    return result;
                length = ((first - 192) << 8) + static_cast<quint8>(message.at(at++)) + 192;
            } else if (first == 255) {
                if (at + 4 > message.size())
                    return result;
                length = bigEndian(message, at, 4);
                at += 4;
            }
            // 224..254: a partial length, only used by data packets.
        } else { // old format
            tag = (header >> 2) & 0x0f;
            const int type = header & 0x03;
            const int bytes = type == 0 ? 1 : type == 1 ? 2 : type == 2 ? 4 : 0;
            if (bytes > 0) {
                if (at + bytes > message.size())
                    return result;
                length = bigEndian(message, at, bytes);
                at += bytes;
            }
        }
        result.ok = true;
        if (tag != kSessionKeyTag && tag != kMarkerTag)
            return result; // the encrypted data begins: no more recipients
        if (length < 0 || at + length > message.size()) {
            result.ok = false;
            return result;
        }
        if (tag == kSessionKeyTag && length >= 9 && message.at(at) == 3)
            result.keyIds << QString::fromLatin1(message.mid(at + 1, 8).toHex().toUpper());
        at += length;
    }
    return result;
}

} // namespace latchkey
