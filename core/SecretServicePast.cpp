// The libsecret store's history and trash: items of their own beside each
// key's current item (their attributes are listed in SecretServiceStore.h).
// A move (current to trash, trash back) changes the attributes of one item,
// so the value never leaves the keychain and there is no moment with two
// copies or none; keeping an earlier value copies it (SecretServiceMoves.cpp).
#include "SecretServiceStore.h"

#include "IsoTime.h"
#include "SecretServiceCall.h"

#include <algorithm>

namespace latchkey {

using namespace sscall;

namespace {

const std::string kVault = "latchkey:vault";
const std::string kKind = "latchkey:kind";
const std::string kHistoryOf = "latchkey:history-of";
const std::string kTrashOf = "latchkey:trash-of";
const std::string kVersion = "latchkey:version";
const std::string kReplaced = "latchkey:replaced";
const std::string kDeleted = "latchkey:deleted";
const std::string kRevision = "latchkey:revision";

std::string utf8(const QString& text)
{
    return text.toStdString();
}

ss::Attributes historyMatch(const QString& vault, const QString& key, int version = 0)
{
    ss::Attributes match{{kVault, utf8(vault)}, {kKind, "history"}, {kHistoryOf, utf8(key)}};
    if (version > 0)
        match[kVersion] = std::to_string(version);
    return match;
}

ss::Attributes trashMatch(const QString& vault, const QString& key)
{
    return {{kVault, utf8(vault)}, {kKind, "trash"}, {kTrashOf, utf8(key)}};
}

ss::Attributes currentAttributes(const QString& server, const QString& key, const QString& revision)
{
    // The same attributes as SecretServiceStore::write().
    ss::Attributes attributes = matchFor(server, key);
    attributes["service"] = utf8(server);
    attributes["username"] = utf8(key);
    attributes["type"] = "plaintext";
    attributes["xdg:schema"] = "org.qt.keychain";
    if (!revision.isEmpty())
        attributes[kRevision] = utf8(revision);
    return attributes;
}

ss::Attributes pastAttributes(const QString& vault, const QString& key, Slot slot, int version,
                              const QDateTime& time, const QString& revision)
{
    ss::Attributes attributes =
        slot == Slot::Trash ? trashMatch(vault, key) : historyMatch(vault, key, version);
    attributes[slot == Slot::Trash ? kDeleted : kReplaced] = isoUtc(time).toStdString();
    if (!revision.isEmpty())
        attributes[kRevision] = utf8(revision);
    return attributes;
}

QString pastLabel(const QString& vault, const QString& key, Slot slot, int version)
{
    if (slot == Slot::Trash)
        return CallText::tr("%1 (Latchkey, vault %2, deleted)").arg(key, vault);
    return CallText::tr("%1 (Latchkey, vault %2, earlier value %3)").arg(key, vault).arg(version);
}

QString text(const ss::Attributes& attributes, const std::string& name)
{
    const auto it = attributes.find(name);
    return it == attributes.end() ? QString() : QString::fromStdString(it->second);
}

std::optional<PastItem> pastFrom(const ss::Item& item)
{
    const QString kind = text(item.attributes, kKind);
    PastItem past;
    past.revision = text(item.attributes, kRevision);
    past.presence = item.locked ? Presence::Locked : Presence::Present;
    if (kind == QLatin1String("history")) {
        past.kind = PastItem::Kind::History;
        past.key = text(item.attributes, kHistoryOf);
        past.version = text(item.attributes, kVersion).toInt();
        past.time = fromIsoUtc(text(item.attributes, kReplaced));
        if (past.version <= 0)
            return std::nullopt;
    } else if (kind == QLatin1String("trash")) {
        past.kind = PastItem::Kind::Trash;
        past.key = text(item.attributes, kTrashOf);
        past.time = fromIsoUtc(text(item.attributes, kDeleted));
    } else {
        return std::nullopt;
    }
    if (past.key.isEmpty())
        return std::nullopt;
    return past;
}

Error lockedAway(const QString& what)
{
    return {ErrorKind::Locked,
            CallText::tr(
                "The keychain is locked, so %1 cannot be reached; unlock it (latchkey-cli status "
                "shows the state) and try again.")
                .arg(what)};
}

// Runs one client request that answers with a status, bound by the deadline.
// `gone` is success when nothing matched (an item that should go is gone).
void run(QObject* context, std::chrono::milliseconds limit, const QString& what,
         const QString& provider, bool gone, SecretStore::Done done,
         const std::function<ss::Client::Handle(ss::Client::Done)>& start)
{
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase));
    });
    call->handle = start([call, done, what, provider, gone](ss::Status status) {
        deliver(call, [status, done, what, provider, gone] {
            if (gone && status.code == ss::Code::NotFound)
                return done({});
            done(toError(status, what, provider));
        });
    });
}

} // namespace

void SecretServiceStore::keyItems(const QString& key, QObject* context,
                                  std::function<void(const Error&, const KeyItems&)> done)
{
    const QString what = tr("the earlier values of %1").arg(key);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().items(
        {matchFor(m_server, key), historyMatch(m_vault, key), trashMatch(m_vault, key)},
        [call, done, what, provider](ss::Status status, std::vector<ss::Item> found) {
            deliver(call, [status, found, done, what, provider] {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                KeyItems items;
                for (const ss::Item& item : found) {
                    if (item.attributes.empty())
                        return done(lockedAway(what), {});
                    if (item.attributes.count("user")) {
                        items.current = true;
                        items.currentRevision = text(item.attributes, kRevision);
                    } else if (const auto past = pastFrom(item)) {
                        if (past->kind == PastItem::Kind::Trash)
                            items.trash = past;
                        else
                            items.history.append(*past);
                    }
                }
                std::sort(
                    items.history.begin(), items.history.end(),
                    [](const PastItem& a, const PastItem& b) { return a.version > b.version; });
                done({}, items);
            });
        });
}

void SecretServiceStore::past(const QStringList& keys, QObject* context, PastDone done)
{
    std::vector<ss::Attributes> matches;
    if (keys.isEmpty())
        matches.push_back({{kVault, utf8(m_vault)}, {kKind, "trash"}});
    for (const QString& key : keys) {
        matches.push_back(historyMatch(m_vault, key));
        matches.push_back(trashMatch(m_vault, key));
    }
    const QString what = keys.isEmpty()
                             ? tr("the trash of vault \"%1\"").arg(m_vault)
                             : tr("the earlier and deleted values in vault \"%1\"").arg(m_vault);
    pastMatching(what, std::move(matches), context, std::move(done));
}

void SecretServiceStore::allHistory(QObject* context, PastDone done)
{
    pastMatching(tr("the earlier values of vault \"%1\"").arg(m_vault),
                 {{{kVault, utf8(m_vault)}, {kKind, "history"}}}, context, std::move(done));
}

void SecretServiceStore::pastMatching(const QString& what, std::vector<ss::Attributes> matches,
                                      QObject* context, PastDone done)
{
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().items(
        matches, [call, done, what, provider](ss::Status status, std::vector<ss::Item> found) {
            deliver(call, [status, found, done, what, provider] {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                QList<PastItem> items;
                bool hidden = false;
                for (const ss::Item& item : found) {
                    hidden = hidden || item.attributes.empty();
                    if (const auto past = pastFrom(item))
                        items.append(*past);
                }
                std::sort(items.begin(), items.end(), [](const PastItem& a, const PastItem& b) {
                    return std::tie(a.key, a.kind, b.version) < std::tie(b.key, b.kind, a.version);
                });
                done(hidden ? lockedAway(what) : Error{}, items);
            });
        });
}

void SecretServiceStore::readPast(const PastItem& item, QObject* context, ReadDone done)
{
    const bool trash = item.kind == PastItem::Kind::Trash;
    const QString what = trash ? tr("the deleted value of %1").arg(item.key)
                               : tr("earlier value %1 of %2").arg(item.version).arg(item.key);
    const QString provider = m_provider;
    const auto limit = timeout();
    auto call = begin(context, limit, [done, limit, what, provider](ss::Phase phase) {
        done(timeoutError(limit, what, provider, phase), {});
    });
    call->handle = ss::Client::instance().read(
        trash ? trashMatch(m_vault, item.key) : historyMatch(m_vault, item.key, item.version),
        [call, done, what, provider](ss::Status status, ss::Bytes bytes) {
            deliver(call, [status, bytes, done, what, provider]() mutable {
                if (!status.ok())
                    return done(toError(status, what, provider), {});
                QString value;
                if (!decodeValue(bytes, value))
                    return done({ErrorKind::Other,
                                 tr("The keychain's copy of %1 is not UTF-8 text.").arg(what)},
                                {});
                done({}, value);
                wipe(value);
            });
        });
}

void SecretServiceStore::archive(const QString& key, const QDateTime& time, QObject* context,
                                 Done done)
{
    const QString what = tr("the current value of %1").arg(key);
    keyItems(key, context,
             [this, key, time, context, done, what](const Error& error, const KeyItems& items) {
                 if (error)
                     return done(error);
                 if (!items.current)
                     return done(
                         {ErrorKind::NotFound, tr("The keychain has no item for %1.").arg(what)});
                 const int version =
                     items.history.isEmpty() ? 1 : items.history.first().version + 1;
                 const ss::Attributes to = pastAttributes(m_vault, key, Slot::History, version,
                                                          time, items.currentRevision);
                 const std::string label = utf8(pastLabel(m_vault, key, Slot::History, version));
                 run(context, timeout(), what, m_provider, false, done,
                     [this, key, version, to, label](ss::Client::Done answer) {
                         return ss::Client::instance().copy(matchFor(m_server, key),
                                                            historyMatch(m_vault, key, version), to,
                                                            label, answer);
                     });
             });
}

void SecretServiceStore::move(const QString& key, Slot from, Slot to, const QDateTime& time,
                              QObject* context, Done done)
{
    const QString what = from == Slot::Trash ? tr("the deleted value of %1").arg(key)
                                             : tr("the current value of %1").arg(key);
    keyItems(key, context, [=, this](const Error& error, const KeyItems& items) {
        if (error)
            return done(error);
        const bool there = from == Slot::Current ? items.current : items.trash.has_value();
        if (!there)
            return done({ErrorKind::NotFound, tr("The keychain has no item for %1.").arg(what)});
        const QString revision =
            from == Slot::Current ? items.currentRevision : items.trash->revision;
        const ss::Attributes source =
            from == Slot::Current ? matchFor(m_server, key) : trashMatch(m_vault, key);
        ss::Attributes target;
        std::string name;
        QList<std::function<void(Done)>> steps;
        if (to == Slot::Current) {
            if (items.current)
                return done({ErrorKind::Other,
                             tr("%1 already has a current value in the keychain.").arg(key)});
            target = currentAttributes(m_server, key, revision);
            name = utf8(label(m_vault, key));
        } else {
            const int version = items.history.isEmpty() ? 1 : items.history.first().version + 1;
            target = pastAttributes(m_vault, key, to, version, time, revision);
            name = utf8(pastLabel(m_vault, key, to, version));
            if (to == Slot::Trash && items.trash && from != Slot::Trash)
                steps << [=, this](Done next) { removePast(key, Slot::Trash, 0, context, next); };
        }
        steps << [=, this](Done next) {
            run(context, timeout(), what, m_provider, false, next,
                [source, target, name](ss::Client::Done answer) {
                    return ss::Client::instance().relabel(source, target, name, answer);
                });
        };
        runInSequence(steps, done);
    });
}

void SecretServiceStore::removePast(const QString& key, Slot slot, int version, QObject* context,
                                    Done done)
{
    const QString what = slot == Slot::Trash ? tr("the deleted value of %1").arg(key)
                         : version > 0       ? tr("earlier value %1 of %2").arg(version).arg(key)
                                             : tr("the earlier values of %1").arg(key);
    const ss::Attributes match =
        slot == Slot::Trash ? trashMatch(m_vault, key) : historyMatch(m_vault, key, version);
    run(context, timeout(), what, m_provider, true, done,
        [match](ss::Client::Done answer) { return ss::Client::instance().remove(match, answer); });
}

void SecretServiceStore::pruneHistory(const QString& key, int keep, QObject* context, Done done)
{
    // Keeping none needs no sorting and no current revision: one search
    // (and the deletions, if any) instead of the three of keyItems().
    if (keep <= 0)
        return removePast(key, Slot::History, 0, context, std::move(done));
    keyItems(key, context, [=, this](const Error& error, const KeyItems& items) {
        if (error)
            return done(error);
        QList<std::function<void(Done)>> steps;
        int kept = 0;
        for (const PastItem& item : items.history) {
            // A copy of the current value: kept by a change that did not
            // complete, or the version a restore brought back.
            const bool copy =
                items.current && !item.revision.isEmpty() && item.revision == items.currentRevision;
            if (!copy && kept < keep) {
                ++kept;
                continue;
            }
            const int version = item.version;
            steps <<
                [=, this](Done next) { removePast(key, Slot::History, version, context, next); };
        }
        runInSequence(steps, done);
    });
}

} // namespace latchkey
