// The GPGME half of GpgEngine (GpgBackend.h says why it is a module of its own).
#include "GpgBackend.h"

#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <gpgme++/context.h>
#include <gpgme++/data.h>
#include <gpgme++/decryptionresult.h>
#include <gpgme++/defaultassuantransaction.h>
#include <gpgme++/encryptionresult.h>
#include <gpgme++/global.h>
#include <gpgme++/importresult.h>
#include <gpgme++/interfaces/dataprovider.h>
#include <gpgme++/key.h>
#include <gpgme++/keylistresult.h>

#include <cstring>
#include <memory>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GpgEngine", text);
}

// The largest pass file we decrypt: values are at most 64 KiB, and a pass
// entry written by hand is a few lines.
constexpr qsizetype kMaxPlaintext = 1024 * 1024;
constexpr qint64 kMaxKeyFile = 1024 * 1024;

std::unique_ptr<GpgME::Context> openContext()
{
    std::unique_ptr<GpgME::Context> context(GpgME::Context::createForProtocol(GpgME::OpenPGP));
    if (context) {
        context->setArmor(false);
        context->setOffline(true); // never reach for a key server on our behalf
    }
    return context;
}

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Plaintext in and out of GPGME through buffers we own and wipe: the
// default memory data objects would leave copies in freed heap memory.
class SecretBuffer : public GpgME::DataProvider {
public:
    explicit SecretBuffer(QByteArray* bytes)
        : m_bytes(bytes)
    {
    }
    bool isSupported(Operation) const override { return true; }
    ssize_t read(void* buffer, size_t size) override
    {
        const size_t left = static_cast<size_t>(m_bytes->size()) - m_at;
        const size_t n = std::min(size, left);
        std::memcpy(buffer, m_bytes->constData() + m_at, n);
        m_at += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const void* buffer, size_t size) override
    {
        // The capacity was reserved up front: appending never reallocates,
        // so no stale copy of the plaintext is left behind.
        if (m_bytes->size() + static_cast<qsizetype>(size) > m_bytes->capacity()) {
            m_overflow = true;
            return -1;
        }
        m_bytes->append(static_cast<const char*>(buffer), static_cast<qsizetype>(size));
        return static_cast<ssize_t>(size);
    }
    off_t seek(off_t offset, int whence) override
    {
        const off_t base = whence == SEEK_SET   ? 0
                           : whence == SEEK_CUR ? static_cast<off_t>(m_at)
                                                : static_cast<off_t>(m_bytes->size());
        if (base + offset < 0 || base + offset > m_bytes->size())
            return -1;
        m_at = static_cast<size_t>(base + offset);
        return static_cast<off_t>(m_at);
    }
    void release() override {}
    bool overflow() const { return m_overflow; }

private:
    QByteArray* m_bytes;
    size_t m_at = 0;
    bool m_overflow = false;
};

bool usableSubkey(const GpgME::Subkey& subkey)
{
    return subkey.canEncrypt() && !subkey.isExpired() && !subkey.isRevoked() &&
           !subkey.isInvalid() && !subkey.isDisabled();
}

Recipient describe(const QString& id, const GpgME::Key& key)
{
    Recipient r;
    r.id = id;
    r.fingerprint = text(key.primaryFingerprint());
    if (key.numUserIDs() > 0) {
        r.name = text(key.userID(0).name());
        r.email = text(key.userID(0).email());
        if (r.email.startsWith(u'<') && r.email.endsWith(u'>'))
            r.email = r.email.mid(1, r.email.size() - 2);
    }
    r.secret = key.hasSecret();
    QDateTime lastExpiry;
    bool usable = false;
    for (const GpgME::Subkey& subkey : key.subkeys()) {
        r.keyIds << text(subkey.keyID()).toUpper();
        if (subkey.canEncrypt() && !subkey.neverExpires())
            lastExpiry = QDateTime::fromSecsSinceEpoch(subkey.expirationTime(), Qt::UTC);
        if (usableSubkey(subkey)) {
            usable = true;
            r.expires = subkey.neverExpires()
                            ? QDateTime()
                            : QDateTime::fromSecsSinceEpoch(subkey.expirationTime(), Qt::UTC);
        }
    }
    const QString who = r.person();
    if (key.isRevoked())
        r.problem = tr("the key of %1 (%2) is revoked").arg(who, r.fingerprint);
    else if (key.isExpired())
        r.problem = tr("the key of %1 (%2) expired on %3")
                        .arg(who, r.fingerprint,
                             QDateTime::fromSecsSinceEpoch(key.subkey(0).expirationTime(), Qt::UTC)
                                 .toString(Qt::ISODate));
    else if (key.isDisabled() || key.isInvalid())
        r.problem = tr("the key of %1 (%2) is disabled or invalid").arg(who, r.fingerprint);
    else if (!usable && lastExpiry.isValid() && lastExpiry < QDateTime::currentDateTimeUtc())
        r.problem = tr("the encryption key of %1 (%2) expired on %3")
                        .arg(who, r.fingerprint, lastExpiry.toString(Qt::ISODate));
    else if (!usable)
        r.problem =
            tr("the key of %1 (%2) has no usable encryption subkey").arg(who, r.fingerprint);
    return r;
}

// The keyring's keys matching `pattern` (public, or secret ones only).
std::vector<GpgME::Key> listKeys(const QString& pattern, bool secretOnly)
{
    std::vector<GpgME::Key> keys;
    auto context = openContext();
    if (!context)
        return keys;
    // Public listings say which keys also have a secret key here.
    if (!secretOnly)
        context->setKeyListMode(GpgME::Local | GpgME::WithSecret);
    const QByteArray utf8 = pattern.toUtf8();
    if (context->startKeyListing(pattern.isEmpty() ? nullptr : utf8.constData(), secretOnly))
        return keys;
    for (;;) {
        GpgME::Error error;
        GpgME::Key key = context->nextKey(error);
        if (error || key.isNull())
            break;
        keys.push_back(key);
    }
    context->endKeyListing();
    return keys;
}

QString searchPattern(const QString& id)
{
    const QString hex = GpgEngine::normalizedHexId(id);
    if (!hex.isEmpty())
        return QStringLiteral("0x") + hex;
    if (id.contains(u'@') && !id.contains(u'<'))
        return u'<' + id + u'>'; // an exact e-mail match, as gpg -r does
    return id;
}

bool matchesId(const Recipient& key, const QString& id)
{
    const QString hex = GpgEngine::normalizedHexId(id);
    if (!hex.isEmpty())
        return key.fingerprint.toUpper().endsWith(hex) || key.keyIds.contains(hex.right(16));
    return key.email.compare(id.trimmed().remove(u'<').remove(u'>'), Qt::CaseInsensitive) == 0;
}

class GpgmeBackend final : public GpgBackend {
public:
    GpgmeBackend() { GpgME::initializeLibrary(); }
    QString engineProblem() const override;
    Recipient resolve(const QString& id) const override;
    Result<QByteArray> encrypt(const QByteArray& plaintext,
                               const QList<Recipient>& to) const override;
    Result<QByteArray> decrypt(const QByteArray& ciphertext, const QString& what) const override;
    QList<Recipient> ownKeys() const override;
    QSet<QString> secretKeyIds() const override;
    QStringList importWanted(const QString& folder, const QStringList& wanted) const override;
    Result<QStringList> importFile(const QString& path) const override;
    Result<QByteArray> exportPublic(const QString& fingerprint) const override;
    std::optional<bool> needsPassphrase(const QString& fingerprint) const override;
};

QString GpgmeBackend::engineProblem() const
{
    if (const GpgME::Error engine = GpgME::checkEngine(GpgME::OpenPGP))
        return QString::fromUtf8(engine.asString());
    return {};
}

Recipient GpgmeBackend::resolve(const QString& id) const
{
    Recipient best;
    best.id = id;
    best.problem = tr("there is no public key for %1 in your keyring or in the store's "
                      ".public-keys folder")
                       .arg(id);
    for (const GpgME::Key& key : listKeys(searchPattern(id), false)) {
        Recipient candidate = describe(id, key);
        if (!matchesId(candidate, id))
            continue;
        if (best.fingerprint.isEmpty() || (candidate.usable() && !best.usable()))
            best = candidate;
    }
    return best;
}

Result<QByteArray> GpgmeBackend::encrypt(const QByteArray& plaintext,
                                         const QList<Recipient>& to) const
{
    auto context = openContext();
    if (!context)
        return Error{ErrorKind::Unavailable, tr("GnuPG could not be started.")};
    std::vector<GpgME::Key> keys;
    for (const Recipient& r : to) {
        GpgME::Error error;
        GpgME::Key key = context->key(r.fingerprint.toLatin1().constData(), error, false);
        if (error || key.isNull())
            return Error{ErrorKind::InvalidInput,
                         tr("The key of recipient %1 (%2) is no longer in the keyring.")
                             .arg(r.person(), r.fingerprint)};
        keys.push_back(key);
    }
    QByteArray input = plaintext; // shared, read only: the provider never writes to it
    SecretBuffer source(&input);
    GpgME::Data plain(&source);
    GpgME::Data cipher;
    const GpgME::EncryptionResult result =
        context->encrypt(keys, plain, cipher,
                         // .gpg-id is the trust decision, as in pass and gopass. (GPGME's C++
                         // bindings refuse NoEncryptTo: a user's own encrypt-to key may be added.)
                         GpgME::Context::AlwaysTrust);
    if (result.error())
        return Error{ErrorKind::Other,
                     tr("GnuPG could not encrypt: %1.").arg(text(result.error().asString()))};
    const std::string bytes = cipher.toString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

Result<QByteArray> GpgmeBackend::decrypt(const QByteArray& ciphertext, const QString& what) const
{
    auto context = openContext();
    if (!context)
        return Error{ErrorKind::Unavailable, tr("GnuPG could not be started.")};
    GpgME::Data cipher(ciphertext.constData(), static_cast<size_t>(ciphertext.size()), false);
    QByteArray plaintext;
    plaintext.reserve(kMaxPlaintext);
    SecretBuffer sink(&plaintext);
    GpgME::Data plain(&sink);
    const GpgME::DecryptionResult result = context->decrypt(cipher, plain);
    const GpgME::Error error = result.error();
    if (!error && !sink.overflow() && !result.isLegacyCipherNoMDC())
        return plaintext;
    wipe(plaintext);
    if (sink.overflow())
        return Error{
            ErrorKind::Other,
            tr("%1 is larger than %2 bytes and was not read.").arg(what).arg(kMaxPlaintext)};
    if (!error)
        return Error{ErrorKind::Other,
                     tr("%1 uses an old cipher without integrity protection and was not "
                        "read; re-encrypt it.")
                         .arg(what)};
    bool noKey = error.code() == GPG_ERR_NO_SECKEY;
    for (const auto& recipient : result.recipients())
        noKey = noKey || recipient.status().code() == GPG_ERR_NO_SECKEY;
    switch (error.code()) {
    case GPG_ERR_CANCELED:
    case GPG_ERR_FULLY_CANCELED:
        return Error{ErrorKind::AccessDenied,
                     tr("The passphrase prompt for %1 was dismissed.").arg(what)};
    case GPG_ERR_BAD_PASSPHRASE:
        return Error{ErrorKind::AccessDenied, tr("Wrong passphrase for %1.").arg(what)};
    case GPG_ERR_NO_PIN:
    case GPG_ERR_NO_PIN_ENTRY:
    case GPG_ERR_PIN_ENTRY:
        return Error{ErrorKind::Locked,
                     tr("gpg-agent needs the passphrase of your key to read %1 and could not ask "
                        "for it (no pinentry); unlock the key and try again.")
                         .arg(what)};
    case GPG_ERR_NO_AGENT:
    case GPG_ERR_AGENT:
        return Error{ErrorKind::Unavailable,
                     tr("gpg-agent is not reachable, so %1 cannot be read.").arg(what)};
    default:
        break;
    }
    if (noKey)
        return Error{ErrorKind::AccessDenied,
                     tr("%1 is not encrypted for any secret key you have.").arg(what)};
    return Error{ErrorKind::Other,
                 tr("GnuPG could not decrypt %1: %2.").arg(what, text(error.asString()))};
}

QList<Recipient> GpgmeBackend::ownKeys() const
{
    QList<Recipient> keys;
    for (const GpgME::Key& key : listKeys(QString(), true))
        keys << describe(text(key.primaryFingerprint()), key);
    return keys;
}

QSet<QString> GpgmeBackend::secretKeyIds() const
{
    QSet<QString> ids;
    for (const GpgME::Key& key : listKeys(QString(), true))
        for (const GpgME::Subkey& subkey : key.subkeys())
            if (subkey.isSecret())
                ids.insert(text(subkey.keyID()).toUpper());
    return ids;
}

QStringList GpgmeBackend::importWanted(const QString& folder, const QStringList& wanted) const
{
    QStringList imported;
    const QDir dir(folder);
    if (!dir.exists())
        return imported;
    auto context = openContext();
    if (!context)
        return imported;
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot)) {
        if (info.isSymLink() || info.size() > kMaxKeyFile)
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        GpgME::Data data(bytes.constData(), static_cast<size_t>(bytes.size()), true);
        const std::vector<GpgME::Key> keys = data.toKeys();
        bool allWanted = !keys.empty();
        for (const GpgME::Key& key : keys) {
            const Recipient r = describe(QString(), key);
            bool match = false;
            for (const QString& id : wanted)
                match = match || matchesId(r, id);
            allWanted = allWanted && match;
        }
        if (!allWanted)
            continue;
        GpgME::Data again(bytes.constData(), static_cast<size_t>(bytes.size()), true);
        const GpgME::ImportResult result = context->importKeys(again);
        for (const GpgME::Import& import : result.imports())
            if (!import.error() && import.status() != 0)
                imported << text(import.fingerprint());
    }
    return imported;
}

Result<QStringList> GpgmeBackend::importFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::InvalidInput,
                     tr("The key file %1 cannot be read: %2.").arg(path, file.errorString())};
    const QByteArray bytes = file.read(kMaxKeyFile);
    auto context = openContext();
    if (!context)
        return Error{ErrorKind::Unavailable, tr("GnuPG could not be started.")};
    GpgME::Data data(bytes.constData(), static_cast<size_t>(bytes.size()), true);
    const GpgME::ImportResult result = context->importKeys(data);
    QStringList fingerprints;
    for (const GpgME::Import& import : result.imports())
        if (!import.error() && !fingerprints.contains(text(import.fingerprint())))
            fingerprints << text(import.fingerprint());
    if (fingerprints.isEmpty())
        return Error{ErrorKind::InvalidInput,
                     tr("The file %1 holds no OpenPGP public key.").arg(path)};
    return fingerprints;
}

Result<QByteArray> GpgmeBackend::exportPublic(const QString& fingerprint) const
{
    auto context = openContext();
    if (!context)
        return Error{ErrorKind::Unavailable, tr("GnuPG could not be started.")};
    context->setArmor(true);
    GpgME::Data data;
    const QByteArray pattern = fingerprint.toLatin1();
    if (const GpgME::Error error = context->exportPublicKeys(pattern.constData(), data))
        return Error{
            ErrorKind::Other,
            tr("GnuPG could not export the key %1: %2.").arg(fingerprint, text(error.asString()))};
    const std::string bytes = data.toString();
    if (bytes.empty())
        return Error{ErrorKind::InvalidInput,
                     tr("There is no public key %1 in your keyring.").arg(fingerprint)};
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

std::optional<bool> GpgmeBackend::needsPassphrase(const QString& fingerprint) const
{
    QStringList grips;
    for (const GpgME::Key& key : listKeys(QStringLiteral("0x") + fingerprint, true))
        for (const GpgME::Subkey& subkey : key.subkeys())
            if (subkey.isSecret() && subkey.canEncrypt() && subkey.keyGrip())
                grips << text(subkey.keyGrip());
    if (grips.isEmpty())
        return std::nullopt;
    GpgME::Error error;
    auto agent = GpgME::Context::createForEngine(GpgME::AssuanEngine, &error);
    if (!agent || error)
        return std::nullopt;
    for (const QString& grip : std::as_const(grips)) {
        const QByteArray command = "KEYINFO " + grip.toLatin1();
        if (agent->assuanTransact(command.constData(),
                                  std::make_unique<GpgME::DefaultAssuanTransaction>()))
            return std::nullopt;
        auto* answer =
            dynamic_cast<GpgME::DefaultAssuanTransaction*>(agent->lastAssuanTransaction());
        if (!answer)
            return std::nullopt;
        // "KEYINFO <grip> <type> <serial> <idstr> <cached> <protection> ...":
        // cached is "1" when the passphrase is cached, protection "P" when
        // the key has one.
        const QStringList fields =
            QString::fromStdString(answer->firstStatusLine("KEYINFO")).split(u' ');
        if (fields.size() < 6)
            return std::nullopt;
        if (fields.at(5) == QLatin1String("P") && fields.at(4) != QLatin1String("1"))
            return true;
    }
    return false;
}

} // namespace

} // namespace latchkey

// The module's one entry point (GpgBackend.h). A function-local static: GPGME
// is initialized once, on first use, and the backend lives as long as the process.
extern "C" LATCHKEY_GPG_EXPORT latchkey::GpgBackend* latchkey_gpg_backend()
{
    static latchkey::GpgmeBackend backend;
    return &backend;
}
