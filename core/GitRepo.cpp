#include "GitRepo.h"

#include "InheritedDescriptors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace latchkey {

namespace {

QProcessEnvironment gitEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never wait for a password typed on a terminal nobody watches; a
    // credential helper or SSH agent still answers.
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    // Messages in English, so that a refused push is told from an
    // unreachable remote; the user sees git's words in our sentences.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_MERGE_AUTOEDIT"), QStringLiteral("no"));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
    // The working tree is the one we name, whatever the caller's environment says.
    for (const char* name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"})
        env.remove(QString::fromLatin1(name));
    return env;
}

GitResult execute(const QString& directory, const QStringList& arguments,
                  std::chrono::milliseconds timeout)
{
    GitResult result;
    QProcess git;
    inheritOnlyStdio(git);
    git.setProcessEnvironment(gitEnvironment());
    git.setWorkingDirectory(directory);
    git.setStandardInputFile(QProcess::nullDevice());
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForStarted(10000)) {
        result.err = QCoreApplication::translate(
                         "GitRepo", "the git program could not be started; install git")
                         .toUtf8();
        return result;
    }
    if (!git.waitForFinished(static_cast<int>(timeout.count()))) {
        git.kill();
        git.waitForFinished(5000);
        result.timedOut = true;
        result.err = QCoreApplication::translate("GitRepo", "git did not finish in time").toUtf8();
        return result;
    }
    result.code = git.exitStatus() == QProcess::NormalExit ? git.exitCode() : -1;
    result.out = git.readAllStandardOutput();
    result.err = git.readAllStandardError();
    return result;
}

} // namespace

QString GitResult::reason() const
{
    // git's first "fatal:" or "error:" line says what went wrong; the lines
    // after it are advice.
    QString first, last;
    for (const QByteArray& line : err.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1String("hint:")))
            continue;
        last = text;
        if (first.isEmpty() &&
            (text.startsWith(QLatin1String("fatal:")) || text.startsWith(QLatin1String("error:"))))
            first = text.section(u':', 1).trimmed();
    }
    QString text = !first.isEmpty() ? first : !last.isEmpty() ? last : outText().section(u'\n', -1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.left(300);
}

GitRepo::GitRepo(const QString& directory)
    : m_directory(directory)
{
}

GitResult GitRepo::run(const QStringList& arguments, std::chrono::milliseconds timeout) const
{
    return execute(m_directory, arguments, timeout);
}

GitResult GitRepo::runIn(const QString& directory, const QStringList& arguments,
                         std::chrono::milliseconds timeout)
{
    return execute(directory, arguments, timeout);
}

Result<QString> GitRepo::topLevel() const
{
    if (!QFileInfo(m_directory).isDir())
        return Error{ErrorKind::Unavailable,
                     QCoreApplication::translate("GitRepo", "the folder %1 does not exist")
                         .arg(m_directory)};
    const GitResult result = run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!result.ok())
        return Error{ErrorKind::InvalidInput, result.reason()};
    return QDir::cleanPath(result.outText());
}

QString GitRepo::gitDir() const
{
    const GitResult result =
        run({QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")});
    return result.ok() ? result.outText() : QString();
}

QString GitRepo::upstream() const
{
    const GitResult result = run({QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                                  QStringLiteral("--symbolic-full-name"), QStringLiteral("@{u}")});
    return result.ok() ? result.outText() : QString();
}

QString GitRepo::remoteUrl() const
{
    const GitResult result =
        run({QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")});
    return result.ok() ? result.outText() : QString();
}

QString GitRepo::revision(const QString& name) const
{
    const GitResult result = run({QStringLiteral("rev-parse"), QStringLiteral("--verify"),
                                  QStringLiteral("--quiet"), name + QStringLiteral("^{commit}")});
    return result.ok() ? result.outText() : QString();
}

bool GitRepo::operationInProgress() const
{
    const QDir dir(gitDir());
    for (const char* name : {"MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD"})
        if (dir.exists(QString::fromLatin1(name)))
            return true;
    return false;
}

std::chrono::milliseconds GitRepo::networkTimeout()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("LATCHKEY_GIT_TIMEOUT").toDouble(&ok);
    if (ok && seconds > 0 && seconds <= 3600)
        return std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    return std::chrono::seconds(30);
}

bool GitRepo::unreachable(const GitResult& result)
{
    if (result.timedOut)
        return true;
    return !notFastForward(result) && !result.err.contains("[remote rejected]") &&
           !result.err.contains("[rejected]");
}

bool GitRepo::notFastForward(const GitResult& result)
{
    return result.err.contains("non-fast-forward") || result.err.contains("fetch first");
}

} // namespace latchkey
