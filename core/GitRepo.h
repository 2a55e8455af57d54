#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

namespace latchkey {

struct GitResult {
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;

    bool ok() const { return code == 0 && !timedOut; }
    // git's own words (its last lines of stderr), for a message.
    QString reason() const;
    QString outText() const { return QString::fromUtf8(out).trimmed(); }
};

// The `git` program, run synchronously in a working tree, so that the user's
// remotes, credentials, SSH agent, hooks and signing all apply. It never
// prompts on a terminal (GIT_TERMINAL_PROMPT=0) and nothing secret is ever
// on its command line or standard input: only key names, paths and
// ciphertext files already in the working tree.
class GitRepo {
public:
    GitRepo() = default;
    explicit GitRepo(const QString& directory);

    QString directory() const { return m_directory; }

    GitResult run(const QStringList& arguments,
                  std::chrono::milliseconds timeout = std::chrono::seconds(30)) const;
    // For `clone` and `init`, which run before there is a working tree.
    static GitResult runIn(const QString& directory, const QStringList& arguments,
                           std::chrono::milliseconds timeout = std::chrono::seconds(30));

    // The working tree's top folder, or an error when `directory` is not in one.
    Result<QString> topLevel() const;
    // The absolute .git folder.
    QString gitDir() const;
    // The configured upstream of the current branch ("origin/main"), if any.
    QString upstream() const;
    QString remoteUrl() const;
    // The commit a revision names, or an empty string.
    QString revision(const QString& name) const;
    // Whether the working tree is in the middle of a merge or rebase.
    bool operationInProgress() const;

    // Bounded by LATCHKEY_GIT_TIMEOUT seconds (default 30) for fetch, push and clone.
    static std::chrono::milliseconds networkTimeout();
    // Whether a failed push or fetch means the remote could not be reached,
    // rather than that it refused (a push that is not a fast-forward, or
    // one a hook on the server rejected).
    static bool unreachable(const GitResult& result);
    // Whether a push was refused because the remote has commits we lack.
    static bool notFastForward(const GitResult& result);

private:
    QString m_directory;
};

} // namespace latchkey
