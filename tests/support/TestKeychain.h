#pragma once

// Helpers shared by the suites that use the real keychain: blocking wrappers
// over the asynchronous vault (a test has nothing else to do meanwhile) and
// locking this test's private keyring over D-Bus.
#include "Vault.h"

#include <QEventLoop>
#include <QProcess>

#include <optional>

namespace testsupport {

inline latchkey::Error setSync(latchkey::Vault& vault, const QString& key, const QString& value,
                               const std::optional<QString>& description = std::nullopt)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    QEventLoop loop;
    vault.set(key, value, description, &loop, [&](const latchkey::Error& e) {
        result = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

inline latchkey::Error valueSync(latchkey::Vault& vault, const QString& key, QString& value)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    QEventLoop loop;
    vault.value(key, &loop, [&](const latchkey::Error& e, const QString& v) {
        result = e;
        value = v;
        loop.quit();
    });
    loop.exec();
    return result;
}

inline latchkey::Error removeSync(latchkey::Vault& vault, const QString& key)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    QEventLoop loop;
    vault.remove(key, &loop, [&](const latchkey::Error& e) {
        result = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

// Locks the login collection of the private keyring tests/with-keyring.sh
// started for this process (DESIGN.md's recipe). There is no unlocking it
// without a prompt, so a test that calls this runs last in its suite.
inline bool lockKeyring()
{
    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    return gdbus.waitForFinished(30000) && gdbus.exitStatus() == QProcess::NormalExit &&
           gdbus.exitCode() == 0;
}

} // namespace testsupport
