#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace latchkey {

// Files that must never be half-written: the vault index and its journal.
// Every step is checked (write, flush, fsync, rename); a failure leaves the
// old file byte-identical and is reported as what it is (disk full,
// read-only file system, permission denied), with the path. Symbolic links
// are refused, never followed. New files are created 0600.
namespace safefile {

// The whole of `path`, at most `limit` bytes; std::nullopt when it does not
// exist. `what` names the file for messages ("the vault index").
Result<std::optional<QByteArray>> read(const QString& path, qint64 limit, const QString& what);

// A new version of a file, written and flushed to disk beside it but not yet
// in its place: commit() renames it over the target, and a PreparedFile that
// is destroyed uncommitted removes itself. Preparing first lets a caller
// prove the new content fits on the disk before it does anything else.
class PreparedFile {
public:
    PreparedFile() = default;
    PreparedFile(PreparedFile&& other) noexcept;
    PreparedFile& operator=(PreparedFile&& other) noexcept;
    PreparedFile(const PreparedFile&) = delete;
    PreparedFile& operator=(const PreparedFile&) = delete;
    ~PreparedFile();

    static Result<PreparedFile> prepare(const QString& path, const QByteArray& bytes,
                                        const QString& what);
    // Puts the new version in place (and makes the rename durable).
    Error commit();
    void discard();
    bool isPending() const { return !m_temporary.isEmpty(); }

private:
    QString m_path;
    QString m_temporary;
    QString m_what;
};

// prepare() + commit().
Error replace(const QString& path, const QByteArray& bytes, const QString& what);

// Removes `path` if it exists. A failure other than "does not exist" is reported.
Error remove(const QString& path, const QString& what);

// Removes what an interrupted prepare() left beside `path`.
void removeLeftovers(const QString& path);

// Why an operation on `path` failed, in words: "the disk is full", …
QString reason(int errorNumber);

// The folder exists (created 0700 when missing, with its parents).
Error ensureFolder(const QString& folder, const QString& what);

} // namespace safefile
} // namespace latchkey
