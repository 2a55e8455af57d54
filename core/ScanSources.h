#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace latchkey {

// What a leak scan reads, and how it reads it.
//
// The working tree: each PATH (a file, or a folder, "." by default). Inside a
// git work tree a folder's files are those `git ls-files -co
// --exclude-standard` lists (tracked, plus untracked files .gitignore does
// not exclude); elsewhere every file below it, hidden ones included, and
// never a .git folder. Symbolic links met in a folder are not followed (what
// they point to inside the tree is scanned as itself); a file named on the
// command line is read even through a link. Only regular files are read: a
// FIFO or device is skipped, never opened in a way that could block.
//
// The index (--staged): the staged version of every file added, copied,
// modified, renamed or changed in type since HEAD (`git diff --cached`),
// read from the object database (`git cat-file --batch`), so what is
// checked is exactly what the next commit will contain.
namespace scansources {

struct Source {
    QString shown;             // the path as printed: relative to the current folder, or to the
                               // repository's top for --staged
    QString path;              // where to read it (working tree), empty for a staged blob
    QByteArray blob;           // the staged blob's object id
    bool explicitFile = false; // named on the command line: a link may be followed
};

// The sources of the working tree under `paths` (relative to `directory`).
Result<QList<Source>> workingTree(const QStringList& paths, const QString& directory);

// The staged files under `paths` of the repository around `directory`, and
// that repository's top folder in `top`.
Result<QList<Source>> staged(const QStringList& paths, const QString& directory, QString& top);

// Calls `read(source, bytes)` with the content of each staged source, in order.
Error readStaged(const QList<Source>& sources, const QString& top,
                 const std::function<void(const Source& source, const QByteArray& bytes)>& read);

// Maps a working-tree file and calls `read` with its bytes; an empty string
// when it was read (or empty), else why it was skipped.
QString readFile(const Source& source,
                 const std::function<void(const char* data, qsizetype size)>& read);

} // namespace scansources
} // namespace latchkey
