// Programs Latchkey starts keep only their standard channels
// (core/InheritedDescriptors.h): a pipe end another library left inheritable
// must not live on in them, or that library's reader waits for an end of
// file as long as the program runs.
#include "GitRepo.h"
#include "InheritedDescriptors.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace latchkey;

namespace {

// A pipe made the way GPGME makes its pipes to gpg: pipe(), no close-on-exec.
// The write end is moved to a high, known number.
struct LeakyPipe {
    int read = -1;
    int write = -1;
    LeakyPipe()
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return;
        read = fds[0];
        write = ::fcntl(fds[1], F_DUPFD, 200);
        ::close(fds[1]);
        ::fcntl(read, F_SETFL, O_NONBLOCK);
    }
    ~LeakyPipe()
    {
        if (read >= 0)
            ::close(read);
        closeWrite();
    }
    void closeWrite()
    {
        if (write >= 0)
            ::close(write);
        write = -1;
    }
    // Whether the reader sees end of file now, as GPGME would once gpg is done.
    bool atEnd() const
    {
        char byte;
        return ::read(read, &byte, 1) == 0;
    }
};

// Exit 0 when descriptor `fd` is open in the child.
int childHas(int fd, bool onlyStdio)
{
    QProcess child;
    if (onlyStdio)
        inheritOnlyStdio(child);
    child.start(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("test -e /proc/$$/fd/%1").arg(fd)});
    if (!child.waitForFinished(10000))
        return -1;
    return child.exitCode();
}

} // namespace

class TestInheritedDescriptors : public QObject {
    Q_OBJECT

private slots:
    void aPlainChildKeepsALeakyPipe()
    {
        // The hazard itself, so the next checks could fail.
        LeakyPipe pipe;
        QVERIFY(pipe.write >= 0);
        QCOMPARE(childHas(pipe.write, false), 0);
    }

    void aChildStartedByLatchkeyDoesNot()
    {
        LeakyPipe pipe;
        QVERIFY(pipe.write >= 0);
        QCOMPARE(childHas(pipe.write, true), 1);
        // Our own descriptor is untouched in this process.
        QVERIFY(::fcntl(pipe.write, F_GETFD) >= 0);
        QCOMPARE(::fcntl(pipe.write, F_GETFD) & FD_CLOEXEC, 0);
    }

    void theReaderSeesEndOfFileWhileTheChildRuns()
    {
        for (const bool onlyStdio : {false, true}) {
            LeakyPipe pipe;
            QProcess child;
            if (onlyStdio)
                inheritOnlyStdio(child);
            child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
            QVERIFY(child.waitForStarted());
            pipe.closeWrite(); // what the library does once its own child has started
            QCOMPARE(pipe.atEnd(), onlyStdio);
            child.kill();
            child.waitForFinished();
        }
    }

    void standardChannelsStillWork()
    {
        QProcess child;
        inheritOnlyStdio(child);
        child.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("cat; echo err >&2")});
        QVERIFY(child.waitForStarted());
        child.write("through stdin\n");
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(child.readAllStandardOutput(), QByteArray("through stdin\n"));
        QCOMPARE(child.readAllStandardError(), QByteArray("err\n"));
    }

    void aMissingProgramIsStillReported()
    {
        // Qt reports a failed exec through its own close-on-exec pipe.
        QProcess child;
        inheritOnlyStdio(child);
        child.start(QStringLiteral("/nonexistent/latchkey-no-such-program"), {});
        QVERIFY(!child.waitForStarted(10000));
        QCOMPARE(child.error(), QProcess::FailedToStart);
    }

    void olderKernelsListTheOpenDescriptors()
    {
        // The fallback without close_range(CLOSE_RANGE_CLOEXEC), run where it
        // runs: in a forked child, just before exec.
        LeakyPipe pipe;
        QVERIFY(pipe.write >= 0);
        const pid_t child = ::fork();
        if (child == 0) {
            if (!markListedDescriptorsCloseOnExec())
                ::_exit(3);
            const QByteArray script = "test -e /proc/$$/fd/" + QByteArray::number(pipe.write);
            ::execl("/bin/sh", "sh", "-c", script.constData(), static_cast<char*>(nullptr));
            ::_exit(4);
        }
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 1); // 0: inherited; 3: no /proc; 4: no exec
        // The standard descriptors are left alone.
        for (int fd = 0; fd <= 2; ++fd)
            if (::fcntl(fd, F_GETFD) >= 0)
                QCOMPARE(::fcntl(fd, F_GETFD) & FD_CLOEXEC, 0);
    }

    void gitRunsWithoutTheLeakyPipe()
    {
        // A `git` first on PATH that says whether it got descriptor 200.
        LeakyPipe pipe;
        QCOMPARE(pipe.write, 200);
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QFile git(bin.filePath(QStringLiteral("git")));
        QVERIFY(git.open(QIODevice::WriteOnly));
        git.write(
            "#!/bin/sh\nif test -e /proc/$$/fd/200; then echo inherited; else echo private; fi\n");
        git.close();
        git.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        const GitResult result = GitRepo::runIn(bin.path(), {QStringLiteral("status")});
        qputenv("PATH", path);
        QVERIFY(result.ok());
        QCOMPARE(result.outText(), QStringLiteral("private"));
    }
};

QTEST_GUILESS_MAIN(TestInheritedDescriptors)
#include "tst_inheriteddescriptors.moc"
