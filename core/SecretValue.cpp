#include "SecretValue.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretValue", text);
}
} // namespace

QString secretValueError(const QString& value)
{
    if (value.isEmpty())
        return tr("the value is empty");
    if (value.contains(QChar(u'\0')))
        return tr("the value contains a NUL character, which an environment variable cannot hold");
    // Its UTF-8 size, counted rather than converted: no copy of the value.
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i;
            bytes += 4;
            continue;
        }
        if (c.isSurrogate())
            return tr("the value is not valid Unicode text");
        bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3;
    }
    if (bytes > kMaxSecretValueBytes)
        return tr("the value is larger than 64 KiB");
    return {};
}

QString secretValueFromStored(const QByteArray& utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

bool secretValueFromUtf8(const QByteArray& bytes, QString& value, QString& error)
{
    if (bytes.size() > kMaxSecretValueBytes) {
        error = tr("the value is larger than 64 KiB");
        return false;
    }
    if (bytes.contains('\0')) {
        error = tr("the value contains a NUL byte, which an environment variable cannot hold");
        return false;
    }
    // Byte for byte: without ConvertInitialBom the decoder drops a leading
    // UTF-8 byte order mark (EF BB BF), which can be part of a value.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        error = tr("the value is not valid UTF-8 text");
        return false;
    }
    error = secretValueError(decoded);
    if (!error.isEmpty())
        return false;
    value = decoded;
    return true;
}

} // namespace latchkey
