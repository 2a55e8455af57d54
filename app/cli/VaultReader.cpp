#include "VaultReader.h"

#include "Console.h"
#include "TerminalText.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace latchkey::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VaultReader", text);
}

template <typename Start> ValueRead awaitValues(Start start)
{
    ValueRead result;
    QEventLoop loop;
    bool finished = false;
    start(&loop, [&](ValueRead& read) {
        result = std::move(read);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace

VaultReader::VaultReader(Context& context)
    : m_context(context)
{
}

VaultReader::~VaultReader() = default;

Vault& VaultReader::vault(const QString& name)
{
    if (name == m_context.vaultName)
        return m_context.vault();
    std::unique_ptr<Vault>& slot = m_others[name];
    if (!slot) {
        slot = std::make_unique<Vault>(name);
        slot->store()->setTimeout(m_context.timeout);
        QObject::connect(slot.get(), &Vault::warning, [](const QString& message) {
            err(tr("latchkey-cli: warning: %1").arg(message));
        });
    }
    return *slot;
}

ValueRead VaultReader::read(const QString& name, const QStringList& keys)
{
    Vault& v = vault(name);
    // A little past the keychain's own deadline, so that a stuck keychain is
    // reported as such rather than as a generic expiry.
    const auto deadline = m_context.timeout + std::chrono::milliseconds(500);
    return awaitValues(
        [&](QObject* ctx, auto done) { VaultValues::read(v, keys, ctx, done, deadline); });
}

ValueRead VaultReader::readAll(const QString& name)
{
    Vault& v = vault(name);
    const auto deadline = m_context.timeout + std::chrono::milliseconds(500);
    return awaitValues(
        [&](QObject* ctx, auto done) { VaultValues::readAll(v, ctx, done, deadline); });
}

int VaultReader::resolve(const QList<LocatedReference>& references, QHash<QString, QString>& values)
{
    // One bulk read per vault.
    QHash<QString, QStringList> wanted;
    for (const LocatedReference& r : references) {
        QStringList& keys = wanted[r.reference.vaultOr(m_context.vaultName)];
        if (!keys.contains(r.reference.key))
            keys << r.reference.key;
    }
    int status = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        ValueRead read = this->read(it.key(), it.value());
        for (const LocatedReference& r : references) {
            const QString name = r.reference.vaultOr(m_context.vaultName);
            if (name != it.key())
                continue;
            const auto found = read.values.constFind(r.reference.key);
            if (found != read.values.constEnd()) {
                values.insert(r.reference.toString(), found.value());
                continue;
            }
            const Error error = read.errors.value(
                r.reference.key, {ErrorKind::Other, tr("The keychain gave no answer.")});
            const int code = exitCodeFor(error.kind);
            const QString where =
                QStringLiteral("%1:%2:%3").arg(terminalSafe(r.file)).arg(r.line).arg(r.column);
            if (error.kind == ErrorKind::NotFound)
                err(tr("%1: error: %2 names no stored secret: there is no %3 in vault \"%4\".")
                        .arg(where, r.reference.toString(), r.reference.key, name));
            else
                err(tr("%1: error: %2 could not be read: %3")
                        .arg(where, r.reference.toString(), error.message));
            status = std::max(status, code);
        }
        read.wipe();
    }
    if (status != 0)
        wipe(values);
    return status;
}

} // namespace latchkey::cli
