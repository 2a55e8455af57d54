#include "Vault.h"

#include "Keychain.h"
#include "Mask.h"
#include "SecretName.h"
#include "SecretValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Vault", text);
}

// Reports an error through `done` on the next turn of the event loop, so that
// every answer arrives asynchronously whatever the path.
template <typename Callback, typename... Args>
void later(QObject* context, Callback done, Args... args)
{
    QTimer::singleShot(0, context, [done, args...] { done(args...); });
}

Error notFound(const QString& key, const QString& vault)
{
    return {ErrorKind::NotFound,
            tr("There is no secret named %1 in vault \"%2\".").arg(key, vault)};
}

Error keyError(const QString& key)
{
    const QString reason = secretNameError(key);
    if (reason.isEmpty())
        return {};
    return {ErrorKind::InvalidInput, tr("Invalid key \"%1\": %2.").arg(key, reason)};
}
} // namespace

Vault::Vault(const QString& name, const QString& indexDirectory, QObject* parent)
    : Vault(name, new Keychain(serviceFor(name)), indexDirectory, parent)
{
    m_store->setParent(this);
}

Vault::Vault(const QString& name, SecretStore* store, const QString& indexDirectory,
             QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_store(store)
    , m_index(name, indexDirectory)
{
}

void Vault::report(const QString& warningText)
{
    if (!warningText.isEmpty())
        emit warning(warningText);
}

void Vault::set(const QString& key, const QString& value, const std::optional<QString>& description,
                QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    const QString invalid = secretValueError(value);
    if (!invalid.isEmpty())
        return later(context, done,
                     Error{ErrorKind::InvalidInput, tr("Cannot store %1: %2.").arg(key, invalid)});
    const QString hint = maskValue(value);
    QPointer<Vault> self(this);
    m_store->write(key, value, context, [self, key, hint, description, done](const Error& error) {
        if (error)
            return done(error);
        if (!self)
            return done({ErrorKind::Other, tr("The vault was closed while saving %1.").arg(key)});
        QString notice;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Error indexError = self->m_index.update(
            [&](QList<SecretInfo>& entries) {
                const auto at = VaultIndex::find(entries, key);
                if (at) {
                    SecretInfo& info = entries[*at];
                    info.updated = now;
                    info.hint = hint;
                    if (description)
                        info.description = *description;
                } else {
                    entries.append({key, description.value_or(QString()), now, now, hint});
                }
            },
            &notice);
        self->report(notice);
        if (indexError)
            return done({ErrorKind::Storage,
                         tr("The value of %1 was saved in the keychain, but its entry could not "
                            "be recorded: %2")
                             .arg(key, indexError.message)});
        emit self->changed();
        done({});
    });
}

void Vault::value(const QString& key, QObject* context, ReadDone done)
{
    if (Error error = keyError(key))
        return later(context, done, error, QString());
    // The index only matters when the store says "not found" (a locked
    // collection says that too), so it is read then and not for every lookup:
    // a manifest's readiness asks for all its keys at once.
    QPointer<Vault> self(this);
    const VaultIndex index = m_index;
    m_store->read(key, context, [self, index, done, key](const Error& error, const QString& v) {
        if (error.kind != ErrorKind::NotFound)
            return done(error, v);
        const VaultIndex::Snapshot snapshot = index.load();
        if (self)
            self->report(snapshot.warning);
        if (VaultIndex::find(snapshot.entries, key))
            return done({ErrorKind::Unreadable,
                         tr("%1 is listed in vault \"%2\" but the keychain did not return its "
                            "value; the keychain may be locked. The entry was kept.")
                             .arg(key, index.vault())},
                        QString());
        done(notFound(key, index.vault()), QString());
    });
}

void Vault::remove(const QString& key, QObject* context, Done done)
{
    if (Error error = keyError(key))
        return later(context, done, error);
    const VaultIndex::Snapshot snapshot = m_index.load();
    report(snapshot.warning);
    if (snapshot.error)
        return later(context, done, snapshot.error);
    QPointer<Vault> self(this);
    auto removeBoth = [self, key, context, done] {
        if (!self)
            return done({ErrorKind::Other, tr("The vault was closed.")});
        self->m_store->remove(key, context, [self, key, done](const Error& error) {
            if (error)
                return done(error);
            if (!self)
                return done({});
            const Error indexError = self->m_index.update([&](QList<SecretInfo>& entries) {
                if (const auto at = VaultIndex::find(entries, key))
                    entries.removeAt(*at);
            });
            if (indexError)
                return done(indexError);
            emit self->changed();
            done({});
        });
    };
    if (VaultIndex::find(snapshot.entries, key))
        return removeBoth();
    // The store answers success for deleting a missing item, so existence of
    // an unlisted key is checked by reading it first.
    const QString vault = m_name;
    m_store->read(key, context, [removeBoth, done, key, vault](const Error& error, const QString&) {
        if (error.kind == ErrorKind::NotFound)
            return done(notFound(key, vault));
        if (error)
            return done(error);
        removeBoth();
    });
}

Error Vault::setDescription(const QString& key, const QString& description)
{
    if (Error error = keyError(key))
        return error;
    bool found = false;
    QString notice;
    const Error error = m_index.update(
        [&](QList<SecretInfo>& entries) {
            if (const auto at = VaultIndex::find(entries, key)) {
                entries[*at].description = description;
                found = true;
            }
        },
        &notice);
    report(notice);
    if (error)
        return error;
    if (!found)
        return notFound(key, m_name);
    emit changed();
    return {};
}

void Vault::watch()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    QDir().mkpath(QFileInfo(m_index.path()).absolutePath());
    // QSaveFile replaces the file by renaming, which drops a watch on the file
    // itself; watching the folder catches the rename, and rewatch() re-adds it.
    auto onChange = [this] {
        rewatch();
        emit changed();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);
    rewatch();
}

void Vault::rewatch()
{
    const QString dir = QFileInfo(m_index.path()).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_index.path()) && !m_watcher->files().contains(m_index.path()))
        m_watcher->addPath(m_index.path());
}

} // namespace latchkey
