#pragma once

// A team for the team-vault tests, with real parts only: each member has a
// throw-away GNUPGHOME holding their own key (ed25519 + cv25519, generated
// without a passphrase) and a gpg-agent started for the test, their own XDG
// folders (so their own vault registry, index and clones), and git without
// any user configuration (as on a fresh CI machine); the remote is a real
// bare git repository. Members run the real latchkey-cli (CliRunner.h).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

struct TeamMember {
    QString name;
    QString home;
    QString fingerprint;
    QString publicKey; // the exported (armored) public key file

    QString gnupg() const { return home + QStringLiteral("/gnupg"); }
    QString data() const { return home + QStringLiteral("/data"); }
    QString store(const QString& vault) const
    {
        return data() + QStringLiteral("/latchkey/stores/") + vault;
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), gnupg());
        env.insert(QStringLiteral("XDG_DATA_HOME"), data());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        env.insert(QStringLiteral("LATCHKEY_GIT_TIMEOUT"), QStringLiteral("20"));
        env.remove(QStringLiteral("LATCHKEY_VAULT"));
        return env;
    }
    CliResult cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runCli(arguments, input, env());
    }
    // Another program (gpg, git, pass) as this member.
    CliResult tool(const QString& program, const QStringList& arguments,
                   const QByteArray& input = {}, QProcessEnvironment extra = {}) const
    {
        QProcessEnvironment environment = env();
        for (const QString& name : extra.keys())
            environment.insert(name, extra.value(name));
        return runProgram(program, arguments, input, environment);
    }
    CliResult git(const QString& vault, const QStringList& arguments) const
    {
        return tool(QStringLiteral("git"),
                    QStringList{QStringLiteral("-C"), store(vault)} + arguments);
    }
};

class TeamFixture {
public:
    QTemporaryDir root;
    QString remote; // the bare repository's path
    QList<TeamMember> members;

    QString remoteUrl() const { return QStringLiteral("file://") + remote; }

    // Makes the bare remote. Call from initTestCase and check the result.
    bool start()
    {
        if (!root.isValid())
            return false;
        remote = root.filePath(QStringLiteral("remote.git"));
        QProcess git;
        git.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("--quiet"),
                                          QStringLiteral("--bare"), remote});
        return git.waitForFinished(30000) && git.exitCode() == 0;
    }

    // A member with a fresh key; `expired` makes it a key that expired in
    // 2020; `passphrase` protects it (gpg-agent forgets it at once).
    TeamMember add(const QString& name, bool expired = false, const QString& passphrase = {})
    {
        TeamMember m;
        m.name = name;
        m.home = root.filePath(name);
        QDir().mkpath(m.gnupg());
        QFile::setPermissions(m.gnupg(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString uid = QStringLiteral("%1 <%2@example.test>").arg(name, name.toLower());
        // An expired member's key was made in 2020 and lasted a day.
        QStringList batch{QStringLiteral("--batch"), QStringLiteral("--pinentry-mode"),
                          QStringLiteral("loopback"), QStringLiteral("--passphrase"), passphrase};
        if (expired)
            batch << QStringLiteral("--faked-system-time=20200101T000000");
        const QString lasts = expired ? QStringLiteral("1d") : QStringLiteral("never");
        m.tool(QStringLiteral("gpgconf"),
               {QStringLiteral("--launch"), QStringLiteral("gpg-agent")});
        m.tool(QStringLiteral("gpg"),
               batch + QStringList{QStringLiteral("--quick-gen-key"), uid,
                                   QStringLiteral("ed25519"), QStringLiteral("cert"), lasts});
        const QByteArray listing = m.tool(QStringLiteral("gpg"), {QStringLiteral("--list-keys"),
                                                                  QStringLiteral("--with-colons")})
                                       .out;
        for (const QByteArray& line : listing.split('\n'))
            if (line.startsWith("fpr:")) {
                m.fingerprint = QString::fromLatin1(line.split(':').value(9));
                break;
            }
        m.tool(QStringLiteral("gpg"),
               batch + QStringList{QStringLiteral("--quick-add-key"), m.fingerprint,
                                   QStringLiteral("cv25519"), QStringLiteral("encr"), lasts});
        if (!passphrase.isEmpty()) // not cached: a read would have to ask for it
            m.tool(QStringLiteral("gpgconf"),
                   {QStringLiteral("--reload"), QStringLiteral("gpg-agent")});
        m.publicKey = root.filePath(name + QStringLiteral(".asc"));
        QFile out(m.publicKey);
        if (out.open(QIODevice::WriteOnly))
            out.write(m.tool(QStringLiteral("gpg"),
                             {QStringLiteral("--armor"), QStringLiteral("--export"), m.fingerprint})
                          .out);
        members << m;
        return m;
    }

    // `member` imports `other`'s public key, as a teammate sharing it would.
    static void importKey(const TeamMember& member, const TeamMember& other)
    {
        member.tool(QStringLiteral("gpg"),
                    {QStringLiteral("--batch"), QStringLiteral("--import"), other.publicKey});
    }

    // `owner` starts team vault `vault` on the remote for `owner` and `other`
    // (whose key `owner` imports first), as `vault init` does.
    CliResult share(const TeamMember& owner, const TeamMember& other, const QString& vault) const
    {
        importKey(owner, other);
        return owner.cli({QStringLiteral("vault"), QStringLiteral("init"), vault,
                          QStringLiteral("--git"), remoteUrl(), QStringLiteral("--recipient"),
                          owner.fingerprint, QStringLiteral("--recipient"), other.fingerprint});
    }

    // `member` joins team vault `vault` from the remote, as `vault add --git`
    // does.
    CliResult join(const TeamMember& member, const QString& vault) const
    {
        return member.cli({QStringLiteral("vault"), QStringLiteral("add"), vault,
                           QStringLiteral("--git"), remoteUrl()});
    }

    // From here on this process is `member`: its keys, data and git setup
    // (for a window under test that works on the member's vaults).
    static void becomeMember(const TeamMember& member)
    {
        const QProcessEnvironment env = member.env();
        for (const QString& name :
             {QStringLiteral("GNUPGHOME"), QStringLiteral("XDG_DATA_HOME"),
              QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("GIT_CONFIG_NOSYSTEM")})
            qputenv(name.toLatin1(), env.value(name).toUtf8());
    }

    // Makes the remote unreachable (offline) or reachable again.
    bool setOnline(bool online) const
    {
        const QString away = remote + QStringLiteral(".away");
        return online ? QDir().rename(away, remote) : QDir().rename(remote, away);
    }

    ~TeamFixture()
    {
        for (const TeamMember& m : std::as_const(members))
            m.tool(QStringLiteral("gpgconf"),
                   {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    // The files under the team's folder and /tmp that contain any of
    // `values` in plain text (grep -F, binary files read as text). A control
    // file holding a marker proves the search ran: it is the only file
    // expected in the answer.
    QStringList filesContaining(const QList<QByteArray>& values) const
    {
        const QString patterns = root.filePath(QStringLiteral("patterns"));
        const QString control = root.filePath(QStringLiteral("control"));
        const QByteArray marker = canary("CTRL");
        QFile p(patterns), c(control);
        if (!p.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
            return {QStringLiteral("(cannot write the patterns)")};
        for (const QByteArray& value : values)
            p.write(value + '\n');
        p.write(marker + '\n');
        c.write("control " + marker + '\n');
        p.close();
        c.close();
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-r"), QStringLiteral("-l"), QStringLiteral("-s"),
                    QStringLiteral("-F"), QStringLiteral("--binary-files=text"),
                    QStringLiteral("--exclude=patterns"), QStringLiteral("-f"), patterns,
                    root.path(), QStringLiteral("/tmp")});
        if (!grep.waitForFinished(120000))
            return {QStringLiteral("(grep did not finish)")};
        QStringList found;
        for (const QByteArray& line : grep.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                found << QString::fromUtf8(line);
        // Found once through the root, and once more when the root is in /tmp.
        const qsizetype controls = found.removeAll(control);
        if (controls == 0)
            found << QStringLiteral("(the control file was not found: the search did not run)");
        return found;
    }

    // A value no file may ever contain in plain text, ending in `tag` (four
    // characters: what the mask shows of it).
    static QByteArray canary(const char* tag)
    {
        return "canary-" +
               QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                   .rightJustified(16, '0') +
               "-" + tag;
    }
};
