#include "PassStore.h"

#include "SafeFile.h"
#include "SecretName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PassStore", text);
}

constexpr qint64 kMaxSecretFile = 1024 * 1024;
constexpr qint64 kMaxMetaFile = 64 * 1024;
const QString kSuffix = QStringLiteral(".gpg");

} // namespace

PassStore::PassStore(const QString& folder, const QString& top)
    : m_folder(QDir::cleanPath(folder))
    , m_top(QDir::cleanPath(top))
{
}

QString PassStore::secretPath(const QString& key) const
{
    return QDir(m_folder).filePath(key + kSuffix);
}

QString PassStore::metaFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral(".latchkey"));
}

QString PassStore::metaPath(const QString& key) const
{
    return QDir(metaFolder()).filePath(key + QStringLiteral(".json"));
}

QStringList PassStore::keys() const
{
    QStringList keys;
    const QDir dir(m_folder);
    for (const QFileInfo& info :
         dir.entryInfoList({QStringLiteral("*.gpg")}, QDir::Files | QDir::Hidden, QDir::Name)) {
        const QString key = info.fileName().chopped(kSuffix.size());
        if (!info.isSymLink() && isValidSecretName(key))
            keys << key;
    }
    return keys;
}

QString PassStore::relative(const QString& path) const
{
    const QString relative = QDir(m_top).relativeFilePath(path);
    return relative.isEmpty() ? QStringLiteral(".") : relative;
}

QString PassStore::keyOfPath(const QString& relativePath) const
{
    const QString path = QDir::cleanPath(QDir(m_top).filePath(relativePath));
    const QFileInfo info(path);
    QString key;
    if (info.absolutePath() == m_folder && path.endsWith(kSuffix))
        key = info.fileName().chopped(kSuffix.size());
    else if (info.absolutePath() == metaFolder() && path.endsWith(QLatin1String(".json")))
        key = info.completeBaseName();
    return isValidSecretName(key) ? key : QString();
}

QString PassStore::gpgIdPath() const
{
    // Like pass: the .gpg-id nearest to the secret, going up; never above
    // the working tree.
    QDir dir(m_folder);
    for (;;) {
        if (dir.exists(QStringLiteral(".gpg-id")))
            return dir.filePath(QStringLiteral(".gpg-id"));
        if (QDir::cleanPath(dir.absolutePath()) == m_top || !dir.cdUp())
            break;
    }
    return QDir(m_folder).filePath(QStringLiteral(".gpg-id"));
}

QString PassStore::publicKeysFolder() const
{
    return QFileInfo(gpgIdPath()).dir().filePath(QStringLiteral(".public-keys"));
}

Result<QStringList> PassStore::recipientIds() const
{
    const QString path = gpgIdPath();
    auto bytes = safefile::read(path, kMaxMetaFile, tr("The recipients file"));
    if (!bytes)
        return bytes.error();
    if (!bytes.value())
        return Error{ErrorKind::InvalidInput,
                     tr("%1 has no .gpg-id file, so it is not a pass store; create one with "
                        "`pass init ID` or `latchkey-cli vault init`.")
                         .arg(m_folder)};
    return parseGpgId(**bytes);
}

QStringList PassStore::parseGpgId(const QByteArray& text)
{
    QStringList ids;
    for (const QByteArray& raw : text.split('\n')) {
        QByteArray line = raw;
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

Result<std::optional<QByteArray>> PassStore::readSecret(const QString& key) const
{
    return safefile::read(secretPath(key), kMaxSecretFile, tr("The encrypted file of %1").arg(key));
}

std::optional<TeamMeta> PassStore::readMeta(const QString& key) const
{
    auto bytes = safefile::read(metaPath(key), kMaxMetaFile, QString());
    if (!bytes || !bytes.value())
        return std::nullopt;
    return TeamMeta::fromJson(**bytes, key);
}

Error PassStore::writeFile(const QString& path, const QByteArray& bytes, const QString& what)
{
    if (Error error = safefile::ensureFolder(QFileInfo(path).absolutePath(), what))
        return error;
    return safefile::replace(path, bytes, what);
}

QByteArray PassStore::valueBytesOf(QByteArray plaintext, bool writtenByLatchkey)
{
    if (writtenByLatchkey)
        return plaintext;
    // Shortening keeps the buffer (and its capacity): the caller wipes it whole.
    if (plaintext.endsWith("\r\n"))
        plaintext.chop(2);
    else if (plaintext.endsWith('\n'))
        plaintext.chop(1);
    return plaintext;
}

} // namespace latchkey
