#include "VaultRegistry.h"

#include "SafeFile.h"
#include "SecretName.h"
#include "VaultIndex.h"
#include "VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultRegistry", text);
}

constexpr int kSchemaVersion = 1;

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("latchkey"));
}

Result<QList<TeamVaultEntry>> parse(const QByteArray& bytes, const QString& path)
{
    QList<TeamVaultEntry> entries;
    if (bytes.trimmed().isEmpty())
        return entries;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const int schema = doc.object().value(QLatin1String("schema")).toInt(-1);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || schema < 1)
        return Error{ErrorKind::Storage,
                     tr("The list of team vaults %1 is corrupt; fix or remove it.").arg(path)};
    if (schema > kSchemaVersion)
        return Error{ErrorKind::Storage,
                     tr("The list of team vaults %1 was written by a newer Latchkey; update "
                        "Latchkey to use it.")
                         .arg(path)};
    for (const QJsonValue& value : doc.object().value(QLatin1String("vaults")).toArray()) {
        const QJsonObject o = value.toObject();
        TeamVaultEntry entry{
            o.value(QLatin1String("name")).toString(), o.value(QLatin1String("store")).toString(),
            o.value(QLatin1String("remote")).toString(), o.value(QLatin1String("cloned")).toBool()};
        if (vaultNameError(entry.name).isEmpty() && QDir::isAbsolutePath(entry.store))
            entries << entry;
    }
    return entries;
}

QByteArray serialize(const QList<TeamVaultEntry>& entries)
{
    QJsonArray vaults;
    for (const TeamVaultEntry& e : entries)
        vaults.append(QJsonObject{{QLatin1String("name"), e.name},
                                  {QLatin1String("store"), e.store},
                                  {QLatin1String("remote"), e.remote},
                                  {QLatin1String("cloned"), e.cloned}});
    return QJsonDocument(QJsonObject{{QLatin1String("schema"), kSchemaVersion},
                                     {QLatin1String("vaults"), vaults}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

QString VaultRegistry::path()
{
    return QDir(dataFolder()).filePath(QStringLiteral("team-vaults.json"));
}

QString VaultRegistry::storesFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("stores"));
}

Result<QList<TeamVaultEntry>> VaultRegistry::load()
{
    const QString file = path();
    auto bytes = safefile::read(file, 1024 * 1024, tr("The list of team vaults"));
    if (!bytes)
        return bytes.error();
    if (!bytes.value())
        return QList<TeamVaultEntry>();
    return parse(**bytes, file);
}

Result<std::optional<TeamVaultEntry>> VaultRegistry::find(const QString& name)
{
    const Result<QList<TeamVaultEntry>> all = load();
    if (!all)
        return all.error();
    for (const TeamVaultEntry& entry : *all)
        if (entry.name == name)
            return std::optional<TeamVaultEntry>(entry);
    return std::optional<TeamVaultEntry>();
}

Error VaultRegistry::add(const TeamVaultEntry& entry)
{
    if (Error error = safefile::ensureFolder(dataFolder(), tr("The Latchkey data folder")))
        return error;
    auto lock = VaultLock::acquire(path() + QStringLiteral(".lock"), std::chrono::seconds(10));
    if (!lock)
        return lock.error();
    Result<QList<TeamVaultEntry>> all = load();
    if (!all)
        return all.error();
    for (const TeamVaultEntry& existing : *all)
        if (existing.name == entry.name)
            return {ErrorKind::InvalidInput, tr("There is already a team vault named \"%1\" (%2).")
                                                 .arg(entry.name, existing.store)};
    all.value() << entry;
    return safefile::replace(path(), serialize(*all), tr("the list of team vaults"));
}

QStringList VaultRegistry::localVaults()
{
    QStringList team;
    if (const auto all = load())
        for (const TeamVaultEntry& entry : *all)
            team << entry.name;
    QStringList names;
    const QDir dir(VaultIndex::defaultDirectory());
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        if (vaultNameError(info.completeBaseName()).isEmpty() &&
            !team.contains(info.completeBaseName()))
            names << info.completeBaseName();
    return names;
}

} // namespace latchkey
