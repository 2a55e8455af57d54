#pragma once

// A small tmpfs mounted over a folder in a private mount namespace, for the
// full-disk and read-only cases (tst_faults_disk.cpp). A holder process
// (private-tmpfs.sh) creates the namespace and the mount and keeps both alive;
// latchkey-cli runs inside it through nsenter, and the test reads and fills
// the tmpfs through /proc/PID/root, so every command of a case sees the same
// mount and nothing outside the namespace does.
//
// As root it uses `unshare --mount`; otherwise a user namespace
// (`unshare --user --map-root-user --mount`), where latchkey-cli is mapped
// back to the caller's own user ID so the session bus still accepts it.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <sys/statvfs.h>
#include <unistd.h>

class PrivateTmpfs {
public:
    PrivateTmpfs() = default;
    PrivateTmpfs(const PrivateTmpfs&) = delete;
    PrivateTmpfs& operator=(const PrivateTmpfs&) = delete;
    ~PrivateTmpfs()
    {
        if (m_holder.state() != QProcess::NotRunning) {
            m_holder.closeWriteChannel(); // the holder's `cat` ends, and the namespace with it
            if (!m_holder.waitForFinished(5000))
                m_holder.kill();
            m_holder.waitForFinished(5000);
        }
    }

    // Mounts a tmpfs of `kib` KiB over `folder` (which must exist). Empty on
    // success, otherwise every way that was tried and why it failed.
    QString mount(const QString& folder, int kib)
    {
        m_folder = QDir(folder).absolutePath();
        const QString script =
            qEnvironmentVariable("LATCHKEY_FAULTS_DIR") + QStringLiteral("/private-tmpfs.sh");
        if (!QFile::exists(script))
            return QStringLiteral("%1 is missing (LATCHKEY_FAULTS_DIR)").arg(script);
        QStringList tried;
        const QList<bool> modes = ::geteuid() == 0 ? QList<bool>{false, true} : QList<bool>{true};
        for (bool user : modes) {
            m_user = user;
            const QStringList flags = user ? QStringList{"--user", "--map-root-user", "--mount"}
                                           : QStringList{"--mount", "--propagation", "private"};
            m_holder.setProcessChannelMode(QProcess::MergedChannels);
            m_holder.start(QStringLiteral("unshare"),
                           flags + QStringList{"--", "sh", script, m_folder, QString::number(kib)});
            QByteArray said;
            if (m_holder.waitForStarted(5000))
                while (!said.contains("ready\n") && m_holder.waitForReadyRead(10000))
                    said += m_holder.readAll();
            if (said.contains("ready\n") && m_holder.state() == QProcess::Running) {
                // Proves that commands see the mount: a tmpfs, the size asked for.
                const CliResult df = inside({"stat", "-f", "-c", "%T %b %S", m_folder});
                if (df.exitCode == 0 && df.out.startsWith("tmpfs"))
                    return {};
                tried << QStringLiteral("unshare %1: the folder is not a tmpfs inside: %2%3")
                             .arg(flags.join(QLatin1Char(' ')), QString::fromUtf8(df.out),
                                  QString::fromUtf8(df.err));
            } else {
                tried << QStringLiteral("unshare %1: %2")
                             .arg(flags.join(QLatin1Char(' ')),
                                  QString::fromUtf8(said + m_holder.readAll()).trimmed() +
                                      m_holder.errorString());
            }
            m_holder.kill();
            m_holder.waitForFinished(5000);
        }
        return QStringLiteral("no private tmpfs could be mounted over %1 (%2)")
            .arg(m_folder, tried.join(QStringLiteral("; ")));
    }

    // `command` inside the namespace, as the caller's own user.
    CliResult inside(const QStringList& command, const QByteArray& input = {}) const
    {
        QStringList arguments{"--target", QString::number(m_holder.processId()), "--mount"};
        if (m_user)
            arguments += QStringList{"--user",
                                     "--preserve-credentials",
                                     "--",
                                     "unshare",
                                     "--user",
                                     QStringLiteral("--map-user=%1").arg(::getuid()),
                                     QStringLiteral("--map-group=%1").arg(::getgid())};
        arguments << QStringLiteral("--");
        return run(arguments + command, input);
    }

    // latchkey-cli inside the namespace.
    CliResult cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return inside(QStringList{cliPath()} + arguments, input);
    }

    // `command` as the namespace's root (mount, remount). Empty on success.
    QString asRoot(const QStringList& command) const
    {
        QStringList arguments{"--target", QString::number(m_holder.processId()), "--mount"};
        // Our own user ID is the namespace's root already; keeping it
        // (rather than nsenter's setgroups, which the namespace denies) keeps
        // its capabilities there.
        if (m_user)
            arguments += QStringList{"--user", "--preserve-credentials"};
        const CliResult result = run(arguments + QStringList{"--"} + command, {});
        if (result.exitCode == 0)
            return {};
        return QStringLiteral("%1 failed (%2): %3")
            .arg(command.join(QLatin1Char(' ')))
            .arg(result.exitCode)
            .arg(QString::fromUtf8(result.err));
    }

    // Makes the tmpfs read-only, or writable again. Empty on success.
    QString remount(bool readOnly) const
    {
        // The mount point's own flag (a bind remount): remounting the tmpfs
        // itself is refused in a user namespace (it repeats uid=/gid=).
        return asRoot({"mount", "-o", readOnly ? "remount,bind,ro" : "remount,bind,rw", m_folder});
    }

    // The path, inside the namespace, of `path` seen from this process.
    QString outside(const QString& path) const
    {
        return QStringLiteral("/proc/%1/root%2").arg(m_holder.processId()).arg(path);
    }
    QString folder() const { return m_folder; }
    bool userNamespace() const { return m_user; }

    // Bytes still free on the tmpfs, or -1.
    qint64 freeBytes() const
    {
        struct statvfs info {};
        if (::statvfs(QFile::encodeName(outside(m_folder)).constData(), &info) != 0)
            return -1;
        return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
    }

private:
    static CliResult run(const QStringList& arguments, const QByteArray& input)
    {
        QProcess process;
        process.start(QStringLiteral("nsenter"), arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        CliResult result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QProcess m_holder;
    QString m_folder;
    bool m_user = false;
};
