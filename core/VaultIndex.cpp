#include "VaultIndex.h"

#include "IndexJson.h"
#include "IsoTime.h"
#include "SecretName.h"
#include "VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "VaultIndex" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(VaultIndex)
};

constexpr qint64 kMaxIndexBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxJournalBytes = 1024 * 1024;

QString toText(const QDateTime& time)
{
    return QString::fromLatin1(isoUtc(time));
}
QDateTime fromText(const QString& text)
{
    return fromIsoUtc(text);
}

// Why the document is not one we can read, or empty; fills `root`.
QString openDocument(const QByteArray& bytes, QJsonObject& root, const QString& listName,
                     QJsonArray& list)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Strings::tr("not valid JSON at offset %1: %2")
            .arg(parseError.offset)
            .arg(parseError.errorString());
    if (!doc.isObject())
        return Strings::tr("the top level is not a JSON object");
    root = doc.object();
    const int schema = root.value(QLatin1String("schema")).toInt(-1);
    if (schema < 1)
        return Strings::tr("it has no valid schema version");
    const QJsonValue value = root.value(listName);
    if (value.isUndefined() && listName == QLatin1String("pending"))
        return {};
    if (!value.isArray())
        return Strings::tr("\"%1\" is not a list").arg(listName);
    list = value.toArray();
    return {};
}

int schemaOf(const QJsonObject& root)
{
    return root.value(QLatin1String("schema")).toInt(-1);
}

Error newerSchema(const QString& what, const QString& path, int schema)
{
    return {ErrorKind::Storage,
            Strings::tr(
                "%1 %2 was written by a newer version of Latchkey (schema %3, this one reads up to "
                "%4); it was left untouched. Update Latchkey to use this vault.")
                .arg(what, path)
                .arg(schema)
                .arg(VaultIndex::kSchemaVersion)};
}

// Two entries for one key (a hand merge, an old bug) become one: the most
// recently updated wins, keeping the earliest creation and any description.
// `positions` maps each key already in `entries` to its index, so that a
// large index is read in linear time.
void mergeInto(QList<SecretInfo>& entries, QHash<QString, qsizetype>& positions,
               const SecretInfo& info)
{
    const auto at = positions.constFind(info.key);
    if (at == positions.constEnd()) {
        positions.insert(info.key, entries.size());
        entries.append(info);
        return;
    }
    SecretInfo& kept = entries[*at];
    const SecretInfo older = kept.updated > info.updated ? info : kept;
    if (info.updated > kept.updated) {
        const QString description = kept.description;
        const QDateTime created = kept.created;
        kept = info;
        kept.description = info.description.isEmpty() ? description : info.description;
        kept.created = created;
    }
    if (kept.description.isEmpty())
        kept.description = older.description;
    if (older.created.isValid() && (!kept.created.isValid() || older.created < kept.created))
        kept.created = older.created;
}

QDate dateFrom(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

SecretInfo infoFrom(const IndexJson::Entry& raw)
{
    SecretInfo info{raw.key, raw.description, raw.created, raw.updated, raw.hint};
    info.expires = dateFrom(raw.expires);
    info.rotateDays = raw.rotateEvery >= 0 ? raw.rotateEvery : -1;
    info.updatedBy = raw.updatedBy;
    info.rotate = raw.rotate;
    info.deleted = raw.deleted;
    return info;
}

IndexJson::Entry entryFrom(const QJsonObject& object)
{
    auto text = [&](const char* name) { return object.value(QLatin1String(name)).toString(); };
    auto time = [&](const char* name) { return fromText(text(name)); };
    return {text("key"),       text("description"),
            time("created"),   time("updated"),
            text("hint"),      text("expires"),
            text("rotate"),    time("deleted"),
            text("updatedBy"), object.value(QLatin1String("rotateEvery")).toInt(-1)};
}

const char* const kOpNames[] = {"set", "delete", "trash", "untrash", "purge", "expunge"};

QString opName(Intent::Op op)
{
    return QLatin1String(kOpNames[static_cast<int>(op)]);
}

std::optional<Intent::Op> opFrom(const QString& name)
{
    for (int i = 0; i < int(std::size(kOpNames)); ++i)
        if (name == QLatin1String(kOpNames[i]))
            return static_cast<Intent::Op>(i);
    return std::nullopt;
}

} // namespace

// The bytes of the last index read that parsed, and what they parsed to.
// Parsing is a pure function of the bytes (the path aside, which is fixed),
// so equal bytes give the same snapshot without the cost of parsing (a few
// milliseconds per thousand entries); comparing bytes, unlike comparing file
// times, cannot be fooled by a write within the clock's resolution. The
// mutex is held while parsing, so that two threads reading the same file at
// once (the window's first listing and its vault's first transaction) parse
// it once.
struct VaultIndex::LastRead {
    QMutex mutex;
    QByteArray bytes;
    Snapshot snapshot;
};

VaultIndex::VaultIndex(const QString& vault, const QString& directory)
    : m_vault(vault)
    , m_directory(directory)
    , m_path(QDir(directory).filePath(vault + QLatin1String(".json")))
    , m_lastRead(std::make_shared<LastRead>())
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

QString VaultIndex::journalPath() const
{
    return QDir(m_directory).filePath(m_vault + QLatin1String(".journal"));
}

QString VaultIndex::lockPath() const
{
    return QDir(m_directory).filePath(m_vault + QLatin1String(".lock"));
}

QString VaultIndex::descriptionError(const QString& description)
{
    if (description.toUtf8().size() > kMaxDescriptionBytes)
        return Strings::tr("the description is longer than %1 bytes").arg(kMaxDescriptionBytes);
    return {};
}

std::optional<qsizetype> VaultIndex::find(const QList<SecretInfo>& entries, const QString& key)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).key == key)
            return i;
    return std::nullopt;
}

VaultIndex::Snapshot VaultIndex::read(bool moveAsideIfCorrupt) const
{
    Snapshot snapshot;
    // The vault name is part of the path: a name that could leave the folder
    // is refused here too, whoever let it through.
    if (const QString reason = vaultNameError(m_vault); !reason.isEmpty()) {
        snapshot.error = {ErrorKind::InvalidInput,
                          Strings::tr("Invalid vault name \"%1\": %2.").arg(m_vault, reason)};
        return snapshot;
    }
    snapshot.pending = QFile::exists(journalPath());
    const QString what = Strings::tr("The vault index");
    auto bytes = safefile::read(m_path, kMaxIndexBytes, what);
    if (!bytes) {
        snapshot.error = bytes.error();
        return snapshot;
    }
    if (!bytes.value() || bytes.value()->trimmed().isEmpty())
        return snapshot;
    QMutexLocker parsing(&m_lastRead->mutex);
    if (**bytes == m_lastRead->bytes) {
        const bool pending = snapshot.pending;
        snapshot = m_lastRead->snapshot;
        snapshot.pending = pending;
        return snapshot;
    }
    // The fast reader knows the shape Latchkey writes; anything else is read
    // by QJsonDocument, whose errors say what is wrong.
    std::optional<IndexJson> parsed = IndexJson::parse(**bytes);
    QString reason;
    if (!parsed) {
        QJsonObject root;
        QJsonArray secrets;
        reason = openDocument(**bytes, root, QStringLiteral("secrets"), secrets);
        const QJsonValue trash = root.value(QLatin1String("trash"));
        if (reason.isEmpty() && !trash.isUndefined() && !trash.isArray())
            reason = Strings::tr("\"trash\" is not a list");
        if (reason.isEmpty()) {
            parsed = IndexJson{};
            parsed->schema = schemaOf(root);
            for (const QJsonValue& item : std::as_const(secrets))
                parsed->secrets.append(entryFrom(item.toObject()));
            const QJsonArray deleted = trash.toArray();
            for (const QJsonValue& item : deleted)
                parsed->trash.append(entryFrom(item.toObject()));
        }
    }
    if (reason.isEmpty() && parsed->schema > kSchemaVersion) {
        snapshot.error = newerSchema(what, m_path, parsed->schema);
        return snapshot;
    }
    QStringList skipped;
    auto readList = [&](const QList<IndexJson::Entry>& list, QList<SecretInfo>& into) {
        QHash<QString, qsizetype> positions;
        into.reserve(list.size());
        for (const IndexJson::Entry& raw : list) {
            if (raw.key.isEmpty()) {
                reason = Strings::tr("an entry has no key");
                return;
            }
            if (!isValidSecretName(raw.key)) {
                skipped << raw.key.left(40);
                continue;
            }
            mergeInto(into, positions, infoFrom(raw));
        }
    };
    if (reason.isEmpty())
        readList(parsed->secrets, snapshot.entries);
    if (reason.isEmpty())
        readList(parsed->trash, snapshot.trash);
    if (reason.isEmpty()) {
        if (!skipped.isEmpty())
            snapshot.warning =
                Strings::tr("The vault index %1 lists %2 entries whose names are not valid "
                            "keys; they were ignored.")
                    .arg(m_path)
                    .arg(skipped.size());
        m_lastRead->bytes = **bytes;
        m_lastRead->snapshot = snapshot;
        return snapshot;
    }
    snapshot.entries.clear();
    snapshot.trash.clear();
    snapshot.corrupt = true;
    if (!moveAsideIfCorrupt) {
        snapshot.error = {ErrorKind::Storage,
                          Strings::tr("The vault index %1 is corrupt: %2.").arg(m_path, reason)};
        return snapshot;
    }
    const QString aside =
        m_path + QLatin1String(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(m_path, aside)) {
        snapshot.error = {
            ErrorKind::Storage,
            Strings::tr("The vault index %1 is corrupt (%2) and could not be moved aside.")
                .arg(m_path, reason)};
        return snapshot;
    }
    snapshot.warning =
        Strings::tr("The vault index %1 was corrupt (%2); it was moved to %3 and a new, "
                    "empty index was started. Values in the keychain are untouched.")
            .arg(m_path, reason, aside);
    return snapshot;
}

VaultIndex::Snapshot VaultIndex::load() const
{
    Snapshot snapshot = read(false);
    if (!snapshot.corrupt)
        return snapshot;
    // Possibly corrupt: look again under the lock, so that a writer replacing
    // the file right now is not mistaken for corruption.
    auto lock = VaultLock::acquire(lockPath(), std::chrono::seconds(10));
    if (!lock)
        return snapshot;
    return read(true);
}

Result<QString> VaultIndex::update(const std::function<void(QList<SecretInfo>&)>& mutate) const
{
    if (Error error = safefile::ensureFolder(m_directory, Strings::tr("The vault folder")))
        return error;
    auto lock = VaultLock::acquire(lockPath(), std::chrono::seconds(10));
    if (!lock)
        return lock.error();
    Snapshot snapshot = readLocked();
    if (snapshot.error)
        return snapshot.error;
    mutate(snapshot.entries);
    if (Error error = write(snapshot.entries, snapshot.trash))
        return error;
    return snapshot.warning;
}

VaultIndex::Snapshot VaultIndex::readLocked() const
{
    return read(true);
}

Result<QList<Intent>> VaultIndex::readJournal() const
{
    auto bytes = safefile::read(journalPath(), kMaxJournalBytes, Strings::tr("The vault journal"));
    if (!bytes)
        return bytes.error();
    QList<Intent> intents;
    if (!bytes.value() || bytes.value()->trimmed().isEmpty())
        return intents;
    QJsonObject root;
    QJsonArray pending;
    const QString reason = openDocument(**bytes, root, QStringLiteral("pending"), pending);
    if (reason.isEmpty() && schemaOf(root) > kSchemaVersion)
        return newerSchema(Strings::tr("The vault journal"), journalPath(), schemaOf(root));
    if (!reason.isEmpty())
        // A journal that cannot be read names no intents; what it could have
        // said is recovered by comparing the index with the keychain.
        return intents;
    for (const QJsonValue& value : pending) {
        const QJsonObject object = value.toObject();
        Intent intent;
        const std::optional<Intent::Op> op = opFrom(object.value(QLatin1String("op")).toString());
        if (!op)
            continue; // not an operation this version knows: nothing it could settle
        intent.op = *op;
        intent.key = object.value(QLatin1String("key")).toString();
        if (!isValidSecretName(intent.key))
            continue;
        intent.revision = object.value(QLatin1String("revision")).toString();
        intent.time = fromText(object.value(QLatin1String("time")).toString());
        intent.hint = object.value(QLatin1String("hint")).toString();
        if (object.contains(QLatin1String("description")))
            intent.description = object.value(QLatin1String("description")).toString();
        if (object.contains(QLatin1String("expires")))
            intent.schedule.expires = dateFrom(object.value(QLatin1String("expires")).toString());
        if (object.contains(QLatin1String("rotateEvery")))
            intent.schedule.rotateDays =
                std::max(-1, object.value(QLatin1String("rotateEvery")).toInt(-1));
        intents.append(intent);
    }
    return intents;
}

Error VaultIndex::writeJournal(const QList<Intent>& intents) const
{
    if (intents.isEmpty())
        return safefile::remove(journalPath(), Strings::tr("the vault journal"));
    QJsonArray pending;
    for (const Intent& intent : intents) {
        QJsonObject object{
            {QLatin1String("op"), opName(intent.op)},
            {QLatin1String("key"), intent.key},
            {QLatin1String("revision"), intent.revision},
            {QLatin1String("time"), toText(intent.time)},
        };
        if (intent.op == Intent::Op::Set) {
            object.insert(QLatin1String("hint"), intent.hint);
            if (intent.description)
                object.insert(QLatin1String("description"), *intent.description);
            if (intent.schedule.expires)
                object.insert(QLatin1String("expires"),
                              intent.schedule.expires->toString(Qt::ISODate));
            if (intent.schedule.rotateDays)
                object.insert(QLatin1String("rotateEvery"), *intent.schedule.rotateDays);
        }
        pending.append(object);
    }
    const QByteArray bytes = QJsonDocument(QJsonObject{{QLatin1String("schema"), kSchemaVersion},
                                                       {QLatin1String("vault"), m_vault},
                                                       {QLatin1String("pending"), pending}})
                                 .toJson(QJsonDocument::Compact);
    return safefile::replace(journalPath(), bytes, Strings::tr("the vault journal"));
}

Result<safefile::PreparedFile> VaultIndex::prepare(const QList<SecretInfo>& entries,
                                                   const QList<SecretInfo>& trash) const
{
    return safefile::PreparedFile::prepare(
        m_path, IndexJson::serialize(kSchemaVersion, m_vault, entries, trash),
        Strings::tr("the vault index"));
}

Error VaultIndex::write(const QList<SecretInfo>& entries, const QList<SecretInfo>& trash) const
{
    Result<safefile::PreparedFile> prepared = prepare(entries, trash);
    if (!prepared)
        return prepared.error();
    return prepared.value().commit();
}

} // namespace latchkey
