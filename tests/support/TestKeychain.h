#pragma once

// Helpers shared by the suites that use the real keychain: blocking wrappers
// over the asynchronous vault (a test has nothing else to do meanwhile), the
// independent view of libsecret's own `secret-tool`, and control of this
// test's private keyring (tests/with-keyring.sh started it): lock, unlock
// without a prompt (tests/support/keyringctl.cpp), restart.
#include "InheritedDescriptors.h"
#include "KeychainFactory.h"
#include "Vault.h"

#include <QEventLoop>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <optional>

namespace testsupport {

template <typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start(
        [&] {
            done = true;
            loop.quit();
        },
        &loop);
    if (!done)
        loop.exec();
}

inline latchkey::Error setSync(latchkey::Vault& vault, const QString& key, const QString& value,
                               const std::optional<QString>& description = std::nullopt)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        vault.set(key, value, description, context, [&, finish](const latchkey::Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

// With a schedule (expiry, rotation period) as `set --expires` gives one.
inline latchkey::Error setSync(latchkey::Vault& vault, const QString& key, const QString& value,
                               const latchkey::SecretChange& change)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        vault.set(key, value, change, context, [&, finish](const latchkey::Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

inline latchkey::Error valueSync(latchkey::Vault& vault, const QString& key, QString& value)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        vault.value(key, context, [&, finish](const latchkey::Error& e, const QString& v) {
            result = e;
            value = v;
            finish();
        });
    });
    return result;
}

inline latchkey::Error removeSync(latchkey::Vault& vault, const QString& key)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        vault.remove(key, context, [&, finish](const latchkey::Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

inline latchkey::Error describeSync(latchkey::Vault& vault, const QString& key,
                                    const QString& description)
{
    latchkey::Error result{latchkey::ErrorKind::Other, QStringLiteral("no answer")};
    waitFor([&](auto finish, QObject* context) {
        vault.setDescription(key, description, context, [&, finish](const latchkey::Error& e) {
            result = e;
            finish();
        });
    });
    return result;
}

inline latchkey::VaultListing refreshSync(latchkey::Vault& vault, latchkey::Error* error = nullptr)
{
    latchkey::VaultListing result;
    waitFor([&](auto finish, QObject* context) {
        vault.refresh(context,
                      [&, finish](const latchkey::Error& e, const latchkey::VaultListing& listing) {
                          if (error)
                              *error = e;
                          result = listing;
                          finish();
                      });
    });
    return result;
}

inline latchkey::KeychainStatus statusSync(latchkey::Vault& vault)
{
    latchkey::KeychainStatus result;
    waitFor([&](auto finish, QObject* context) {
        vault.status(context, [&, finish](const latchkey::KeychainStatus& s) {
            result = s;
            finish();
        });
    });
    return result;
}

inline QList<latchkey::Presence> presenceSync(latchkey::Vault& vault, const QStringList& keys,
                                              latchkey::Error* error = nullptr)
{
    QList<latchkey::Presence> result;
    waitFor([&](auto finish, QObject* context) {
        vault.presence(keys, context,
                       [&, finish](const latchkey::Error& e, const QList<latchkey::Presence>& p) {
                           if (error)
                               *error = e;
                           result = p;
                           finish();
                       });
    });
    return result;
}

inline bool isLibsecret()
{
    return latchkey::keychainBackend() == QLatin1String("libsecret");
}

// keyringctl COMMAND; its standard output, or std::nullopt when it failed.
inline std::optional<QByteArray> keyringctl(const QString& command)
{
    QProcess tool;
    tool.start(qEnvironmentVariable("LATCHKEY_KEYRINGCTL"), {command});
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit ||
        tool.exitCode() != 0)
        return std::nullopt;
    return tool.readAllStandardOutput().trimmed();
}

inline bool lockKeyring()
{
    return keyringctl(QStringLiteral("lock")).has_value();
}

inline bool unlockKeyring()
{
    return keyringctl(QStringLiteral("unlock")).has_value();
}

inline bool keyringLocked()
{
    return keyringctl(QStringLiteral("locked")).value_or(QByteArray()) == "true";
}

// Freezes the keyring daemon (SIGSTOP): it stays on the bus and answers
// nothing, as a provider stuck on something would; thawKeyring() resumes it.
inline bool freezeKeyring(bool frozen = true)
{
    const auto pid = keyringctl(QStringLiteral("pid"));
    return pid && pid->toInt() > 0 &&
           QProcess::execute(QStringLiteral("kill"),
                             {frozen ? QStringLiteral("-STOP") : QStringLiteral("-CONT"),
                              QString::fromLatin1(*pid)}) == 0;
}

inline bool thawKeyring()
{
    return freezeKeyring(false);
}

// Stops the keyring daemon and starts a new one on the same keyring files,
// as a crash and restart would: unlocked with the same password, or (with
// `unlock` false) locked, as D-Bus activation starts it. Such a daemon has
// never opened the keyring, so it shows its items only by digests of their
// attributes until it is unlocked.
inline bool restartKeyring(bool unlock = true)
{
    const auto pid = keyringctl(QStringLiteral("pid"));
    if (!pid || pid->toInt() <= 0)
        return false;
    QProcess::execute(QStringLiteral("kill"), {QString::fromLatin1(*pid)});
    for (int i = 0;
         i < 100 && QProcess::execute(QStringLiteral("kill"),
                                      {QStringLiteral("-0"), QString::fromLatin1(*pid)}) == 0;
         ++i)
        QThread::msleep(50);
    QProcess daemon;
    latchkey::inheritOnlyStdio(daemon);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // never a prompt on the test X server
    daemon.setProcessEnvironment(env);
    QStringList arguments{QStringLiteral("--components=secrets"), QStringLiteral("--daemonize")};
    if (unlock)
        arguments.prepend(QStringLiteral("--unlock"));
    daemon.start(QStringLiteral("gnome-keyring-daemon"), arguments);
    if (unlock)
        daemon.write(qgetenv("LATCHKEY_TEST_KEYRING_PASSWORD"));
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(30000))
        return false;
    const QByteArray locked = unlock ? "false" : "true";
    for (int i = 0; i < 100; ++i) {
        const auto now = keyringctl(QStringLiteral("pid"));
        if (now && *now != *pid && keyringctl(QStringLiteral("locked")) == locked)
            return true;
        QThread::msleep(50);
    }
    return false;
}

// The keys libsecret's own tool finds in a vault: the independent truth the
// vault must agree with.
inline QSet<QString> secretToolKeys(const QString& vault)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                latchkey::Vault::serviceFor(vault)});
    tool.waitForFinished(30000);
    QSet<QString> keys;
    const QList<QByteArray> lines =
        (tool.readAllStandardOutput() + tool.readAllStandardError()).split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("attribute.user = "))
            keys.insert(QString::fromUtf8(line.mid(17).trimmed()));
    return keys;
}

inline QByteArray secretToolLookup(const QString& vault, const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"),
                latchkey::Vault::serviceFor(vault), QStringLiteral("user"), key});
    tool.waitForFinished(30000);
    return tool.readAllStandardOutput();
}

} // namespace testsupport
