#pragma once

#include "GpgEngine.h"

// GPGME's C++ bindings and the libraries under them (gpgme, assuan) cost every
// process that links them some 2 million instructions of symbol binding at
// start-up, a tenth of a whole `latchkey-cli get`, yet only team vaults use
// them. On Linux they therefore live in a module, latchkey-gpg, that
// GpgEngine loads the first time a team vault needs GnuPG (GpgEngine.cpp);
// elsewhere GpgmeBackend.cpp is linked in. This is the interface between
// the two halves: GpgEngine's GnuPG work, one virtual per operation.

#if defined(LATCHKEY_GPG_MODULE_BUILD)
#define LATCHKEY_GPG_EXPORT __attribute__((visibility("default")))
#else
#define LATCHKEY_GPG_EXPORT
#endif

namespace latchkey {

class GpgBackend {
public:
    virtual ~GpgBackend() = default;

    // Why GnuPG's OpenPGP engine cannot be used (GPGME's words), or empty.
    virtual QString engineProblem() const = 0;
    virtual Recipient resolve(const QString& id) const = 0;
    virtual Result<QByteArray> encrypt(const QByteArray& plaintext,
                                       const QList<Recipient>& to) const = 0;
    virtual Result<QByteArray> decrypt(const QByteArray& ciphertext, const QString& what) const = 0;
    virtual QList<Recipient> ownKeys() const = 0;
    virtual QSet<QString> secretKeyIds() const = 0;
    virtual QStringList importWanted(const QString& folder, const QStringList& wanted) const = 0;
    virtual Result<QStringList> importFile(const QString& path) const = 0;
    virtual Result<QByteArray> exportPublic(const QString& fingerprint) const = 0;
    virtual std::optional<bool> needsPassphrase(const QString& fingerprint) const = 0;
};

using GpgBackendEntry = GpgBackend* (*)();

} // namespace latchkey

// The module's entry point; the backend it answers lives as long as the process.
extern "C" LATCHKEY_GPG_EXPORT latchkey::GpgBackend* latchkey_gpg_backend();
