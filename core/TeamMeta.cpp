#include "TeamMeta.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey {

namespace {

QString toText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QByteArray TeamMeta::toJson() const
{
    // One field per line, in a fixed order: a change reads as a small diff.
    QJsonObject object{
        {QLatin1String("schema"), kSchemaVersion},   {QLatin1String("key"), key},
        {QLatin1String("description"), description}, {QLatin1String("created"), toText(created)},
        {QLatin1String("updated"), toText(updated)}, {QLatin1String("updatedBy"), updatedBy},
        {QLatin1String("revision"), revision},       {QLatin1String("file"), fileDigest},
    };
    if (!rotate.isEmpty())
        object.insert(QLatin1String("rotate"), rotate);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<TeamMeta> TeamMeta::fromJson(const QByteArray& bytes, const QString& key)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const int schema = o.value(QLatin1String("schema")).toInt(-1);
    if (schema < 1 || schema > kSchemaVersion || o.value(QLatin1String("key")).toString() != key)
        return std::nullopt;
    TeamMeta meta;
    meta.key = key;
    meta.description = o.value(QLatin1String("description")).toString();
    meta.created =
        QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    meta.updated =
        QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
    meta.updatedBy = o.value(QLatin1String("updatedBy")).toString();
    meta.revision = o.value(QLatin1String("revision")).toString();
    meta.fileDigest = o.value(QLatin1String("file")).toString();
    meta.rotate = o.value(QLatin1String("rotate")).toString();
    return meta;
}

QString TeamMeta::digestOf(const QByteArray& ciphertext)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(ciphertext, QCryptographicHash::Sha256).toHex());
}

} // namespace latchkey
