#include "ScanSources.h"

#include "InheritedDescriptors.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QFile>
#endif

namespace latchkey::scansources {

namespace {

// The messages of this file, in the translation context "ScanSources" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ScanSources)
};

struct GitRun {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

GitRun git(const QStringList& arguments, const QString& directory, const QByteArray& input = {})
{
    GitRun run;
    QProcess process;
    inheritOnlyStdio(process);
    process.setWorkingDirectory(directory);
    // Never a pager, a prompt or a translated message.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForStarted(30000))
        return run;
    run.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList nulSeparated(const QByteArray& bytes)
{
    QStringList result;
    for (const QByteArray& part : bytes.split('\0'))
        if (!part.isEmpty())
            result << QFile::decodeName(part);
    return result;
}

QString joined(const QString& base, const QString& relative)
{
    if (base.isEmpty() || base == QLatin1String("."))
        return relative;
    return QDir::cleanPath(base + u'/' + relative);
}

void walk(const QString& shownBase, const QString& folder, QList<Source>& into)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(folder);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (relative == QLatin1String(".git") || relative.startsWith(QLatin1String(".git/")) ||
            relative.contains(QLatin1String("/.git/")))
            continue;
        if (it.fileInfo().isSymLink())
            continue;
        into.append({joined(shownBase, relative), path, {}, false});
    }
}

} // namespace

Result<QList<Source>> workingTree(const QStringList& paths, const QString& directory)
{
    QList<Source> result;
    const QDir cwd(directory);
    const QStringList roots = paths.isEmpty() ? QStringList{QStringLiteral(".")} : paths;
    for (const QString& root : roots) {
        const QString absolute = cwd.absoluteFilePath(root);
        const QFileInfo info(absolute);
        if (!info.exists() && !info.isSymLink())
            return Error{ErrorKind::InvalidInput, Strings::tr("%1 does not exist.").arg(root)};
        if (!info.isDir()) {
            result.append({root, absolute, {}, true});
            continue;
        }
        const GitRun inside =
            git({QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree")}, absolute);
        if (inside.exitCode == 0 && inside.out.trimmed() == "true") {
            const GitRun listed =
                git({QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("-c"),
                     QStringLiteral("-o"), QStringLiteral("--exclude-standard")},
                    absolute);
            if (listed.exitCode != 0)
                return Error{ErrorKind::Other,
                             Strings::tr("git could not list the files of %1: %2")
                                 .arg(root, QString::fromLocal8Bit(listed.err).trimmed())};
            for (const QString& relative : nulSeparated(listed.out))
                result.append(
                    {joined(root, relative), QDir(absolute).filePath(relative), {}, false});
        } else {
            walk(root, absolute, result);
        }
    }
    // A file reached from two roots is read once.
    QSet<QString> seen;
    QList<Source> unique;
    for (const Source& source : std::as_const(result)) {
        const QString key = QDir::cleanPath(source.path);
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(source);
        }
    }
    return unique;
}

Result<QList<Source>> staged(const QStringList& paths, const QString& directory, QString& top)
{
    const GitRun where =
        git({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, directory);
    if (!where.started)
        return Error{ErrorKind::Other,
                     Strings::tr("git could not be started; --staged needs git.")};
    if (where.exitCode != 0)
        return Error{
            ErrorKind::InvalidInput,
            Strings::tr("%1 is not inside a git work tree; --staged reads a repository's index.")
                .arg(QDir::toNativeSeparators(QDir(directory).absolutePath()))};
    top = QFile::decodeName(where.out.trimmed());
    // Paths are relative to the top, whatever the current folder; pathspecs
    // are relative to the current folder.
    QStringList diff{QStringLiteral("diff"),
                     QStringLiteral("--cached"),
                     QStringLiteral("--name-only"),
                     QStringLiteral("-z"),
                     QStringLiteral("--no-renames"),
                     QStringLiteral("--diff-filter=ACMT"),
                     QStringLiteral("--")};
    diff += paths;
    const GitRun changed = git(diff, directory);
    if (changed.exitCode != 0)
        return Error{ErrorKind::Other, Strings::tr("git could not list the staged files: %1")
                                           .arg(QString::fromLocal8Bit(changed.err).trimmed())};
    const QStringList names = nulSeparated(changed.out);
    const QSet<QString> wanted(names.begin(), names.end());
    const GitRun index =
        git({QStringLiteral("ls-files"), QStringLiteral("--stage"), QStringLiteral("-z")}, top);
    if (index.exitCode != 0)
        return Error{ErrorKind::Other, Strings::tr("git could not read the index: %1")
                                           .arg(QString::fromLocal8Bit(index.err).trimmed())};
    QList<Source> result;
    for (const QByteArray& record : index.out.split('\0')) {
        // "<mode> <object> <stage>\t<path>"
        const qsizetype tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const QList<QByteArray> fields = record.left(tab).split(' ');
        const QString path = QFile::decodeName(record.mid(tab + 1));
        if (fields.size() != 3 || !wanted.contains(path))
            continue;
        // Regular files only: not a symbolic link (120000) or a submodule (160000).
        if (fields.at(0) != "100644" && fields.at(0) != "100755")
            continue;
        result.append({path, {}, fields.at(1), false});
    }
    return result;
}

Error readStaged(const QList<Source>& sources, const QString& top,
                 const std::function<void(const Source& source, const QByteArray& bytes)>& read)
{
    if (sources.isEmpty())
        return {};
    QByteArray input;
    for (const Source& source : sources)
        input += source.blob + '\n';
    const GitRun batch = git({QStringLiteral("cat-file"), QStringLiteral("--batch")}, top, input);
    if (batch.exitCode != 0)
        return {ErrorKind::Other, Strings::tr("git could not read the staged files: %1")
                                      .arg(QString::fromLocal8Bit(batch.err).trimmed())};
    // "<object> blob <size>\n<content>\n" for each object, in order.
    qsizetype at = 0;
    for (const Source& source : sources) {
        const qsizetype eol = batch.out.indexOf('\n', at);
        if (eol < 0)
            return {ErrorKind::Other, Strings::tr("git cat-file gave a short answer.")};
        const QList<QByteArray> header = batch.out.mid(at, eol - at).split(' ');
        if (header.size() != 3 || header.at(1) != "blob")
            return {ErrorKind::Other,
                    Strings::tr("git could not read the staged version of %1.").arg(source.shown)};
        const qsizetype size = header.at(2).toLongLong();
        if (eol + 1 + size > batch.out.size())
            return {ErrorKind::Other, Strings::tr("git cat-file gave a short answer.")};
        read(source, QByteArray::fromRawData(batch.out.constData() + eol + 1, size));
        at = eol + 1 + size + 1;
    }
    return {};
}

QString readFile(const Source& source,
                 const std::function<void(const char* data, qsizetype size)>& read)
{
#ifdef Q_OS_UNIX
    int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
    if (!source.explicitFile)
        flags |= O_NOFOLLOW;
    const int fd = ::open(QFile::encodeName(source.path).constData(), flags);
    if (fd < 0) {
        if (errno == ELOOP)
            return {}; // a link met in a folder: not followed, nothing to read
        if (errno == ENOENT)
            return {}; // tracked but deleted in the working tree
        return QString::fromLocal8Bit(std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return S_ISDIR(info.st_mode) ? QString() : Strings::tr("not a regular file");
    }
    if (info.st_size == 0) {
        ::close(fd);
        return {};
    }
    void* data = ::mmap(nullptr, static_cast<size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED)
        return QString::fromLocal8Bit(std::strerror(errno));
    ::madvise(data, static_cast<size_t>(info.st_size), MADV_SEQUENTIAL);
    read(static_cast<const char*>(data), static_cast<qsizetype>(info.st_size));
    ::munmap(data, static_cast<size_t>(info.st_size));
    return {};
#else
    QFile file(source.path);
    if (!QFileInfo(source.path).isFile())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const QByteArray bytes = file.readAll();
    read(bytes.constData(), bytes.size());
    return {};
#endif
}

} // namespace latchkey::scansources
