#include "VaultIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultIndex", text);
}

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 kMaxIndexBytes = 16 * 1024 * 1024;

QString toText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// Parses the document; on failure returns the reason and leaves `out` alone.
QString parse(const QByteArray& bytes, QList<SecretInfo>& out)
{
    if (bytes.trimmed().isEmpty()) {
        out.clear();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("not valid JSON at offset %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isObject())
        return tr("the top level is not a JSON object");
    const QJsonObject root = doc.object();
    const int schema = root.value(QLatin1String("schema")).toInt(-1);
    if (schema < 1)
        return tr("it has no valid schema version");
    if (schema > VaultIndex::kSchemaVersion)
        return tr("it was written by a newer Latchkey (schema %1)").arg(schema);
    const QJsonValue secrets = root.value(QLatin1String("secrets"));
    if (!secrets.isArray())
        return tr("\"secrets\" is not a list");
    QList<SecretInfo> entries;
    for (const QJsonValue& item : secrets.toArray()) {
        const QJsonObject object = item.toObject();
        SecretInfo info;
        info.key = object.value(QLatin1String("key")).toString();
        if (info.key.isEmpty())
            return tr("an entry has no key");
        info.description = object.value(QLatin1String("description")).toString();
        info.created = fromText(object.value(QLatin1String("created")).toString());
        info.updated = fromText(object.value(QLatin1String("updated")).toString());
        info.hint = object.value(QLatin1String("hint")).toString();
        entries.append(info);
    }
    out = entries;
    return {};
}

QByteArray serialize(const QString& vault, const QList<SecretInfo>& entries)
{
    QJsonArray secrets;
    for (const SecretInfo& info : entries) {
        secrets.append(QJsonObject{
            {QLatin1String("key"), info.key},
            {QLatin1String("description"), info.description},
            {QLatin1String("created"), toText(info.created)},
            {QLatin1String("updated"), toText(info.updated)},
            {QLatin1String("hint"), info.hint},
        });
    }
    const QJsonObject root{
        {QLatin1String("schema"), VaultIndex::kSchemaVersion},
        {QLatin1String("vault"), vault},
        {QLatin1String("secrets"), secrets},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

VaultIndex::VaultIndex(const QString& vault, const QString& directory)
    : m_vault(vault)
    , m_directory(directory)
    , m_path(QDir(directory).filePath(vault + QLatin1String(".json")))
{
}

QString VaultIndex::defaultDirectory()
{
    // The generic location plus our own folder gives ~/.local/share/latchkey
    // (XDG_DATA_HOME relocates it) without Qt's organization/application
    // nesting, so the path is the same whatever the front end is called.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("latchkey/vaults"));
}

std::optional<qsizetype> VaultIndex::find(const QList<SecretInfo>& entries, const QString& key)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).key == key)
            return i;
    return std::nullopt;
}

VaultIndex::Snapshot VaultIndex::readUnlocked(bool moveAsideIfCorrupt) const
{
    Snapshot snapshot;
    QFile file(m_path);
    if (!file.exists())
        return snapshot;
    if (file.size() > kMaxIndexBytes) {
        snapshot.error = {
            ErrorKind::Storage,
            tr("The vault index %1 is larger than 16 MiB; it was left as it is.").arg(m_path)};
        return snapshot;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        snapshot.error = {
            ErrorKind::Storage,
            tr("Cannot read the vault index %1: %2.").arg(m_path, file.errorString())};
        return snapshot;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const QString reason = parse(bytes, snapshot.entries);
    if (reason.isEmpty())
        return snapshot;
    if (!moveAsideIfCorrupt) {
        snapshot.error = {ErrorKind::Storage,
                          tr("The vault index %1 is corrupt: %2.").arg(m_path, reason)};
        return snapshot;
    }
    const QString aside =
        m_path + QLatin1String(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(m_path, aside)) {
        snapshot.error = {ErrorKind::Storage,
                          tr("The vault index %1 is corrupt (%2) and could not be moved aside.")
                              .arg(m_path, reason)};
        return snapshot;
    }
    snapshot.entries.clear();
    snapshot.warning = tr("The vault index %1 was corrupt (%2); it was moved to %3 and a new, "
                          "empty index was started. Values in the keychain are untouched.")
                           .arg(m_path, reason, aside);
    return snapshot;
}

Error VaultIndex::writeUnlocked(const QList<SecretInfo>& entries) const
{
    if (!QFile::exists(m_path)) {
        // QSaveFile gives a new file the umask's mode (often 0644); create it
        // owner-only first so the replacement inherits 0600.
        QFile create(m_path);
        if (!create.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return {ErrorKind::Storage,
                    tr("Cannot create the vault index %1: %2.").arg(m_path, create.errorString())};
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {ErrorKind::Storage,
                tr("Cannot write the vault index %1: %2.").arg(m_path, file.errorString())};
    file.write(serialize(m_vault, entries));
    if (!file.commit())
        return {ErrorKind::Storage,
                tr("Cannot write the vault index %1: %2.").arg(m_path, file.errorString())};
    QFile::setPermissions(m_path, kOwnerOnly);
    return {};
}

VaultIndex::Snapshot VaultIndex::load() const
{
    Snapshot snapshot = readUnlocked(false);
    if (snapshot.error.kind != ErrorKind::Storage || !QFile::exists(m_path))
        return snapshot;
    // Corrupt: take the lock before moving the file aside, so a writer that is
    // replacing it right now is not mistaken for corruption.
    QLockFile lock(m_path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return snapshot;
    return readUnlocked(true);
}

Error VaultIndex::update(const std::function<void(QList<SecretInfo>&)>& mutate,
                         QString* warning) const
{
    if (!QDir().mkpath(m_directory))
        return {ErrorKind::Storage, tr("Cannot create the folder %1.").arg(m_directory)};
    QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);
    QLockFile lock(m_path + QLatin1String(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return {ErrorKind::Storage,
                tr("The vault index %1 is locked by another process (lock file %2).")
                    .arg(m_path, lock.fileName())};
    Snapshot snapshot = readUnlocked(true);
    if (snapshot.error)
        return snapshot.error;
    if (warning)
        *warning = snapshot.warning;
    mutate(snapshot.entries);
    return writeUnlocked(snapshot.entries);
}

} // namespace latchkey
