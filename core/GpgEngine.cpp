// GpgEngine's own logic, and the way to its GnuPG half: the module
// latchkey-gpg on Linux, linked in elsewhere (GpgBackend.h says why).
#include "GpgEngine.h"

#include "GpgBackend.h"

#include <QCoreApplication>

#ifdef LATCHKEY_GPG_MODULE
#include "ModuleLoader.h"
#endif

namespace latchkey {

namespace {

// The messages of this file, in the translation context "GpgEngine" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(GpgEngine)
};

// Loaded once per process, on the first call that needs GnuPG.
const Result<const GpgBackend*>& backend()
{
#ifdef LATCHKEY_GPG_MODULE
    static const Result<const GpgBackend*> loaded = []() -> Result<const GpgBackend*> {
        const Result<QFunctionPointer> entry =
            moduleEntry(QStringLiteral("latchkey-gpg"), "latchkey_gpg_backend");
        if (!entry)
            return Error{
                ErrorKind::Unavailable,
                Strings::tr("Team vaults cannot use GnuPG because Latchkey's module latchkey-gpg "
                            "is not installed (%1).")
                    .arg(entry.error().message)};
        return reinterpret_cast<GpgBackendEntry>(*entry)();
    }();
#else
    static const Result<const GpgBackend*> loaded = latchkey_gpg_backend();
#endif
    return loaded;
}

} // namespace

QString GpgEngine::problem() const
{
    if (!backend())
        return backend().error().message;
    if (const QString engine = (*backend())->engineProblem(); !engine.isEmpty())
        return Strings::tr("GnuPG is not usable here (%1); install gnupg.").arg(engine);
    return {};
}

Recipient GpgEngine::resolve(const QString& id) const
{
    if (backend())
        return (*backend())->resolve(id);
    Recipient none;
    none.id = id;
    none.problem = backend().error().message;
    return none;
}

Result<QList<Recipient>> GpgEngine::resolveAll(const QStringList& ids, const QString& source) const
{
    if (ids.isEmpty())
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 names no recipients, so nothing can be encrypted.").arg(source)};
    if (!backend())
        return backend().error();
    QList<Recipient> all;
    for (const QString& id : ids) {
        Recipient r = resolve(id);
        if (!r.usable())
            return Error{ErrorKind::InvalidInput,
                         Strings::tr("Cannot encrypt for recipient %1 listed in %2: %3.")
                             .arg(id, source, r.problem)};
        all << r;
    }
    return all;
}

Result<QByteArray> GpgEngine::encrypt(const QByteArray& plaintext, const QList<Recipient>& to) const
{
    if (!backend())
        return backend().error();
    return (*backend())->encrypt(plaintext, to);
}

Result<QByteArray> GpgEngine::decrypt(const QByteArray& ciphertext, const QString& what) const
{
    if (!backend())
        return backend().error();
    return (*backend())->decrypt(ciphertext, what);
}

QList<Recipient> GpgEngine::ownKeys() const
{
    return backend() ? (*backend())->ownKeys() : QList<Recipient>();
}

QSet<QString> GpgEngine::secretKeyIds() const
{
    return backend() ? (*backend())->secretKeyIds() : QSet<QString>();
}

QStringList GpgEngine::importWanted(const QString& folder, const QStringList& wanted) const
{
    return backend() ? (*backend())->importWanted(folder, wanted) : QStringList();
}

Result<QStringList> GpgEngine::importFile(const QString& path) const
{
    if (!backend())
        return backend().error();
    return (*backend())->importFile(path);
}

Result<QByteArray> GpgEngine::exportPublic(const QString& fingerprint) const
{
    if (!backend())
        return backend().error();
    return (*backend())->exportPublic(fingerprint);
}

std::optional<bool> GpgEngine::needsPassphrase(const QString& fingerprint) const
{
    if (!backend())
        return std::nullopt;
    return (*backend())->needsPassphrase(fingerprint);
}

} // namespace latchkey
