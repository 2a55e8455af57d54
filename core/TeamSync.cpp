#include "TeamSync.h"

#include "Mask.h"
#include "SecretValue.h"
#include "TeamMembers.h"
#include "TeamRepository.h"
#include "VaultLock.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "TeamSync" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(TeamSync)
};

QStringList lines(const GitResult& result)
{
    QStringList out;
    for (const QByteArray& line : result.out.split('\n'))
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line);
    return out;
}

const QString kMetaFolder = QStringLiteral(".latchkey");

} // namespace

QString SyncState::name() const
{
    if (!hasRemote)
        return QStringLiteral("local");
    if (!conflicts.isEmpty() || !otherConflicts.isEmpty())
        return QStringLiteral("conflict");
    if (offline)
        return QStringLiteral("offline");
    if (ahead > 0 && behind > 0)
        return QStringLiteral("diverged");
    if (ahead > 0)
        return QStringLiteral("ahead");
    if (behind > 0)
        return QStringLiteral("behind");
    return QStringLiteral("in-sync");
}

QString SyncState::text() const
{
    if (!hasRemote)
        return Strings::tr("local only (no remote)");
    QStringList parts;
    if (!conflicts.isEmpty() || !otherConflicts.isEmpty())
        parts << Strings::tr("conflict: %1")
                     .arg((conflicts + otherConflicts).join(QStringLiteral(", ")));
    if (offline)
        parts << Strings::tr("offline");
    if (ahead > 0)
        parts << Strings::tr("%1 to push").arg(ahead);
    if (behind > 0)
        parts << Strings::tr("%1 to pull").arg(behind);
    return parts.isEmpty() ? Strings::tr("in sync") : parts.join(QStringLiteral(", "));
}

std::optional<Keep> SyncChoices::choiceFor(const QString& key) const
{
    const auto it = keys.constFind(key);
    if (it != keys.constEnd())
        return *it;
    return all;
}

TeamSync::TeamSync(TeamRepository& repository)
    : m_repo(repository)
{
}

QString TeamSync::upstream() const
{
    const QString configured = m_repo.git().upstream();
    if (!configured.isEmpty())
        return configured;
    // A clone of an empty remote has no upstream until its first push; once
    // another member pushed, origin/<branch> is there to compare with.
    const QString branch = m_repo.git()
                               .run({QStringLiteral("symbolic-ref"), QStringLiteral("--short"),
                                     QStringLiteral("HEAD")})
                               .outText();
    const QString remote = QStringLiteral("origin/") + branch;
    if (!branch.isEmpty() && !m_repo.git().revision(remote).isEmpty()) {
        m_repo.git().run({QStringLiteral("branch"), QStringLiteral("--set-upstream-to"), remote});
        return remote;
    }
    return {};
}

void TeamSync::count(SyncState& state, const QString& up) const
{
    const GitRepo& git = m_repo.git();
    if (up.isEmpty()) {
        // Nothing on the remote yet: every local commit is still to push.
        const GitResult all = git.run(
            {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")});
        state.ahead = all.ok() ? all.outText().toInt() : 0;
        return;
    }
    const GitResult counts = git.run({QStringLiteral("rev-list"), QStringLiteral("--left-right"),
                                      QStringLiteral("--count"), QStringLiteral("HEAD...") + up});
    const QStringList numbers = counts.outText().split(u'\t');
    if (counts.ok() && numbers.size() == 2) {
        state.ahead = numbers.at(0).toInt();
        state.behind = numbers.at(1).toInt();
    }
}

QStringList TeamSync::conflictingPaths(const QString& up) const
{
    const GitRepo& git = m_repo.git();
    const QString base =
        git.run({QStringLiteral("merge-base"), QStringLiteral("HEAD"), up}).outText();
    if (base.isEmpty())
        return {};
    auto changed = [&](const QString& to) {
        return lines(git.run({QStringLiteral("diff"), QStringLiteral("--name-only"),
                              QStringLiteral("--no-renames"), base, to}));
    };
    const QStringList mine = changed(QStringLiteral("HEAD"));
    const QSet<QString> ours(mine.begin(), mine.end());
    QStringList both;
    for (const QString& path : changed(up))
        if (ours.contains(path))
            both << path;
    if (both.isEmpty())
        return {};
    // Changed on both sides, but to the same result, is no conflict.
    return lines(git.run(QStringList{QStringLiteral("diff"), QStringLiteral("--name-only"),
                                     QStringLiteral("--no-renames"), QStringLiteral("HEAD"), up,
                                     QStringLiteral("--")} +
                         both));
}

void TeamSync::classify(SyncState& state, const QStringList& paths) const
{
    for (const QString& path : paths) {
        const QString key = m_repo.store().keyOfPath(path);
        if (key.isEmpty())
            state.otherConflicts << path;
        else if (!state.conflicts.contains(key))
            state.conflicts << key;
    }
}

SyncState TeamSync::state(bool contact)
{
    SyncState state;
    if (m_repo.open())
        return state;
    state.remote = m_repo.git().remoteUrl();
    state.hasRemote = !state.remote.isEmpty();
    if (!state.hasRemote)
        return state;
    if (contact) {
        const GitResult fetched = m_repo.git().run(
            {QStringLiteral("fetch"), QStringLiteral("--quiet"), QStringLiteral("origin")},
            GitRepo::networkTimeout());
        state.offline = !fetched.ok();
        state.detail = fetched.ok() ? QString() : fetched.reason();
    }
    const QString up = upstream();
    count(state, up);
    if (state.ahead > 0 && state.behind > 0)
        classify(state, conflictingPaths(up));
    return state;
}

ConflictSide TeamSync::side(const QString& revision, const QString& key) const
{
    ConflictSide side;
    const PassStore& store = m_repo.store();
    const GitResult file =
        m_repo.git().run({QStringLiteral("cat-file"), QStringLiteral("blob"),
                          revision + u':' + store.relative(store.secretPath(key))});
    if (!file.ok()) {
        side.deleted = true;
        return side;
    }
    const GitResult metaFile =
        m_repo.git().run({QStringLiteral("cat-file"), QStringLiteral("blob"),
                          revision + u':' + store.relative(store.metaPath(key))});
    const std::optional<TeamMeta> meta =
        metaFile.ok() ? TeamMeta::fromJson(metaFile.out, key) : std::nullopt;
    if (meta) {
        side.updated = meta->updated;
        side.updatedBy = meta->updatedBy;
    }
    auto plain = m_repo.gpg().decrypt(file.out, key);
    if (!plain) {
        side.problem = plain.error().message;
        return side;
    }
    const bool ours = meta && meta->fileDigest == TeamMeta::digestOf(file.out);
    QByteArray bytes = PassStore::valueBytesOf(std::move(plain.value()), ours);
    QString value = secretValueFromStored(bytes);
    side.masked = maskValue(value);
    wipe(value);
    wipe(bytes);
    return side;
}

Error TeamSync::integrate(const QString& up, const QStringList& author)
{
    const GitRepo& git = m_repo.git();
    const GitResult rebased =
        git.run(author + QStringList{QStringLiteral("rebase"), QStringLiteral("--quiet"), up});
    if (rebased.ok())
        return {};
    git.run({QStringLiteral("rebase"), QStringLiteral("--abort")});
    const GitResult merged =
        git.run(author + QStringList{QStringLiteral("merge"), QStringLiteral("--quiet"),
                                     QStringLiteral("--no-edit"), up});
    if (merged.ok())
        return {};
    git.run({QStringLiteral("merge"), QStringLiteral("--abort")});
    return {ErrorKind::Other,
            Strings::tr("git could not bring the remote's changes together with the local "
                        "ones (%1); nothing was changed.")
                .arg(rebased.reason())};
}

Error TeamSync::mergeWith(const QString& up, const SyncState& state, const SyncChoices& choices,
                          const QStringList& author)
{
    const GitRepo& git = m_repo.git();
    const PassStore& store = m_repo.store();
    // Conflicts are expected (exit status 1): git stops with them, and each
    // is resolved below. Anything else is a failure.
    const GitResult started = git.run(
        author + QStringList{QStringLiteral("merge"), QStringLiteral("--no-ff"),
                             QStringLiteral("--no-commit"), QStringLiteral("--no-edit"), up});
    if (started.code != 0 && started.code != 1) {
        git.run({QStringLiteral("merge"), QStringLiteral("--abort")});
        return {ErrorKind::Other,
                Strings::tr("git could not merge the remote's changes: %1.").arg(started.reason())};
    }
    auto take = [&](const QString& path, Keep keep) {
        const QString revision = keep == Keep::Mine ? QStringLiteral("HEAD") : up;
        if (git.run({QStringLiteral("cat-file"), QStringLiteral("-e"), revision + u':' + path})
                .ok())
            return git.run({QStringLiteral("checkout"), revision, QStringLiteral("--"), path}).ok();
        git.run({QStringLiteral("rm"), QStringLiteral("--quiet"), QStringLiteral("--cached"),
                 QStringLiteral("--ignore-unmatch"), QStringLiteral("--"), path});
        QFile::remove(QDir(store.top()).filePath(path));
        return true;
    };
    QStringList kept;
    bool ok = true;
    for (const QString& key : state.conflicts) {
        const Keep keep = *choices.choiceFor(key);
        ok = take(store.relative(store.secretPath(key)), keep) && ok;
        ok = take(store.relative(store.metaPath(key)), keep) && ok;
        kept << (keep == Keep::Mine ? QStringLiteral("kept mine for %1")
                                    : QStringLiteral("kept theirs for %1"))
                    .arg(key);
    }
    for (const QString& path : state.otherConflicts) {
        ok = take(path, *choices.all) && ok;
        kept << (*choices.all == Keep::Mine ? QStringLiteral("kept mine for %1")
                                            : QStringLiteral("kept theirs for %1"))
                    .arg(path);
    }
    const QStringList unmerged =
        lines(git.run({QStringLiteral("diff"), QStringLiteral("--name-only"),
                       QStringLiteral("--diff-filter=U")}));
    if (!ok || !unmerged.isEmpty()) {
        git.run({QStringLiteral("merge"), QStringLiteral("--abort")});
        return {ErrorKind::Other,
                Strings::tr("The remote's changes could not be merged (%1); nothing was changed.")
                    .arg(unmerged.isEmpty() ? Strings::tr("git failed")
                                            : unmerged.join(QStringLiteral(", ")))};
    }
    QStringList arguments = author;
    arguments << QStringLiteral("commit") << QStringLiteral("--quiet")
              << QStringLiteral("-m")
              // English, like git's own merge messages: the history is shared by the team.
              << QStringLiteral("Merge the remote: %1").arg(kept.join(QStringLiteral("; ")));
    const GitResult committed = git.run(arguments);
    if (!committed.ok()) {
        git.run({QStringLiteral("merge"), QStringLiteral("--abort")});
        return {ErrorKind::Other,
                Strings::tr("git could not commit the merge: %1.").arg(committed.reason())};
    }
    return {};
}

bool TeamSync::reencrypted(const QString& key, const QString& from,
                           const std::optional<TeamMeta>& now) const
{
    // Same revision before and after: the value was not set again, only
    // encrypted anew (members changed).
    const PassStore& store = m_repo.store();
    const GitResult before = m_repo.git().run({QStringLiteral("cat-file"), QStringLiteral("blob"),
                                               from + u':' + store.relative(store.metaPath(key))});
    const std::optional<TeamMeta> old =
        before.ok() ? TeamMeta::fromJson(before.out, key) : std::nullopt;
    return old && now && !old->revision.isEmpty() && old->revision == now->revision;
}

QStringList TeamSync::describeChanges(const QString& from, const QString& to) const
{
    const PassStore& store = m_repo.store();
    // Per key, what happened to its encrypted file ('A', 'M', 'D'), or only
    // its metadata (' ').
    QStringList order;
    QHash<QString, QChar> what;
    bool members = false;
    const QStringList changes = lines(m_repo.git().run(
        {QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("--no-renames"),
         from, to, QStringLiteral("--"), store.relative(store.folder())}));
    for (const QString& line : changes) {
        const QChar status = line.at(0);
        const QString path = line.section(u'\t', 1);
        const QString key = store.keyOfPath(path);
        if (key.isEmpty()) {
            members = members || path.endsWith(QLatin1String(".gpg-id"));
            continue;
        }
        if (!what.contains(key)) {
            order << key;
            what.insert(key, u' ');
        }
        if (path.endsWith(QLatin1String(".gpg")))
            what[key] = status;
    }
    QStringList sentences;
    if (members)
        sentences << Strings::tr("The members changed.");
    for (const QString& key : std::as_const(order)) {
        const std::optional<TeamMeta> meta = store.readMeta(key);
        const QString by =
            meta && !meta->updatedBy.isEmpty() ? meta->updatedBy : Strings::tr("a member");
        const QChar status = what.value(key);
        if (status == u'D')
            sentences << Strings::tr("%1 was deleted.").arg(key);
        else if (status == u'A')
            sentences << Strings::tr("%1 was added by %2.").arg(key, by);
        else if (status == u'M' && reencrypted(key, from, meta))
            sentences << Strings::tr("%1 was re-encrypted for the new members.").arg(key);
        else if (status == u'M')
            sentences << Strings::tr("%1 was changed by %2.").arg(key, by);
        else
            sentences << Strings::tr("The description of %1 changed.").arg(key);
    }
    return sentences;
}

Error TeamSync::encryptLocalChangesForMembers(const QString& up)
{
    // The secrets this clone changed were encrypted for the members it knew
    // then; the remote may have changed them meanwhile (a member added or
    // removed while this clone was offline or behind).
    if (up.isEmpty())
        return {};
    const PassStore& store = m_repo.store();
    QStringList keys;
    for (const QString& path : lines(m_repo.git().run(
             {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"),
              up, QStringLiteral("HEAD"), QStringLiteral("--"), store.relative(store.folder())}))) {
        const QString key = store.keyOfPath(path);
        if (!key.isEmpty() && path.endsWith(QLatin1String(".gpg")) && !keys.contains(key))
            keys << key;
    }
    if (keys.isEmpty())
        return {};
    const Result<QStringList> done = TeamMembers(m_repo).encryptForCurrentMembers(keys);
    return done ? Error() : done.error();
}

SyncReport TeamSync::sync(const SyncChoices& choices)
{
    SyncReport report;
    if ((report.error = m_repo.open()))
        return report;
    auto lock = m_repo.lock();
    if (!lock) {
        report.error = lock.error();
        return report;
    }
    const GitRepo& git = m_repo.git();
    const QString folder = m_repo.folder();
    if (git.operationInProgress()) {
        report.error = {
            ErrorKind::Other,
            Strings::tr("git is in the middle of a merge or rebase in %1; finish or abort it "
                        "(e.g. git merge --abort) and sync again.")
                .arg(folder)};
        return report;
    }
    if (m_repo.hasLocalChanges()) {
        report.error = {
            ErrorKind::Other,
            Strings::tr("%1 has changes that are not committed; commit or discard them with "
                        "git, then sync again.")
                .arg(folder)};
        return report;
    }
    const QString start = git.revision(QStringLiteral("HEAD"));
    const Result<QList<Recipient>> members = m_repo.members();
    const QStringList author = m_repo.authorOptions(members ? *members : QList<Recipient>());
    for (int attempt = 0; attempt < 3; ++attempt) {
        report.state = state(true);
        SyncState& now = report.state;
        if (!now.hasRemote)
            return report;
        if (now.offline) {
            report.error = {
                ErrorKind::Unavailable,
                Strings::tr("The remote of team vault \"%1\" could not be reached (%2); the "
                            "local changes stay here until it can.")
                    .arg(m_repo.vault(), now.detail)};
            return report;
        }
        const QString up = upstream();
        if (now.behind > 0 && now.ahead == 0) {
            const GitResult merged =
                git.run(author + QStringList{QStringLiteral("merge"), QStringLiteral("--ff-only"),
                                             QStringLiteral("--quiet"), up});
            if (!merged.ok()) {
                report.error = {ErrorKind::Other,
                                Strings::tr("git could not bring in the remote's changes: %1.")
                                    .arg(merged.reason())};
                return report;
            }
        } else if (now.behind > 0) {
            const bool conflicted = !now.conflicts.isEmpty() || !now.otherConflicts.isEmpty();
            bool chosen = now.otherConflicts.isEmpty() || choices.all.has_value();
            for (const QString& key : now.conflicts)
                chosen = chosen && choices.choiceFor(key).has_value();
            if (conflicted && !chosen) {
                for (const QString& key : now.conflicts)
                    if (!choices.choiceFor(key))
                        report.conflicts
                            << SyncConflict{key, side(QStringLiteral("HEAD"), key), side(up, key)};
                return report;
            }
            report.error = conflicted ? mergeWith(up, now, choices, author) : integrate(up, author);
            if (report.error)
                return report;
        }
        SyncState after;
        after.hasRemote = true;
        count(after, upstream());
        if (after.ahead == 0 && !up.isEmpty())
            break;
        if ((report.error = encryptLocalChangesForMembers(up)))
            break;
        const PushOutcome pushed = m_repo.push();
        if (pushed.state == PushOutcome::State::Pushed) {
            report.pushed = true;
            break;
        }
        if (pushed.state != PushOutcome::State::Behind) {
            const bool offline = pushed.state == PushOutcome::State::Offline;
            report.error = {
                offline ? ErrorKind::Unavailable : ErrorKind::Other,
                Strings::tr("The changes could not be pushed (%1); they stay here until the "
                            "next sync.")
                    .arg(pushed.detail)};
            break;
        }
        // Someone pushed in between: fetch and replay again.
    }
    report.pulled = describeChanges(start, QStringLiteral("HEAD"));
    report.state = state(false);
    return report;
}

} // namespace latchkey
