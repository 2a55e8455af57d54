#include "Readiness.h"

#include "Vault.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Readiness", text);
}

bool isKeychainFailure(ErrorKind kind)
{
    return isKeychainError(kind);
}

int countRequired(const ReadinessReport& report, SecretStatus status)
{
    int count = 0;
    for (const ReadinessItem& item : report.items)
        if (!item.optional && item.status == status)
            ++count;
    return count;
}

// One evaluation in flight. Answers are counted, not awaited in turn: every
// lookup starts at once, and the deadline settles whatever is still open.
struct Lookup {
    ReadinessReport report;
    QHash<QString, QString> values;
    std::vector<bool> answered;
    int pending = 0;
    bool finished = false;
    bool keepValues = false; // only `run` needs them; a report never does
    Readiness::DoneWithValues done;
    QPointer<QObject> guard;

    void finish()
    {
        if (finished)
            return;
        finished = true;
        // Dropping the guard drops the late answers of a stuck keychain.
        if (guard)
            guard->deleteLater();
        done(report, values);
        values.clear();
    }

    void answer(size_t i, const Error& error, const QString& value)
    {
        if (finished || answered[i])
            return;
        answered[i] = true;
        ReadinessItem& item = report.items[static_cast<qsizetype>(i)];
        if (!error) {
            item.status = SecretStatus::Set;
            if (keepValues)
                values.insert(item.key, value);
        } else if (error.kind == ErrorKind::NotFound) {
            item.status = SecretStatus::Missing;
        } else {
            item.status = SecretStatus::Unreadable;
            item.detail = error.message;
            item.reason = error.kind;
            if (isKeychainFailure(error.kind) && !report.keychainError)
                report.keychainError = error;
        }
        if (--pending == 0)
            finish();
    }

    void expire(std::chrono::milliseconds deadline)
    {
        const QString why = tr("the keychain did not answer within %1 seconds")
                                .arg(static_cast<double>(deadline.count()) / 1000.0);
        for (size_t i = 0; i < answered.size(); ++i) {
            if (answered[i])
                continue;
            ReadinessItem& item = report.items[static_cast<qsizetype>(i)];
            item.status = SecretStatus::Unreadable;
            item.detail = why;
            item.reason = ErrorKind::Timeout;
        }
        if (!report.keychainError)
            report.keychainError = {ErrorKind::Timeout, tr("The keychain did not answer in time; "
                                                           "it may be stuck or waiting for an "
                                                           "unlock prompt.")};
        finish();
    }
};

void start(const Manifest& manifest, Vault& vault, QObject* context, Readiness::DoneWithValues done,
           std::chrono::milliseconds deadline, bool keepValues, Readiness::Listed listed = {})
{
    auto lookup = std::make_shared<Lookup>();
    lookup->done = std::move(done);
    lookup->keepValues = keepValues;
    lookup->report.appName = manifest.name;
    for (const SecretRequirement& secret : manifest.secrets) {
        bool seen = false; // an invalid manifest may repeat a key
        for (const ReadinessItem& item : lookup->report.items)
            seen = seen || item.key == secret.key;
        if (!seen)
            lookup->report.items.append(
                {secret.key, secret.description, secret.optional, SecretStatus::Missing, {}});
    }
    const size_t count = static_cast<size_t>(lookup->report.items.size());
    lookup->answered.assign(count, false);
    lookup->pending = static_cast<int>(count);

    // Answers are delivered to `guard`, a child of `context`: if the caller
    // goes away nothing is delivered, and after finish() late answers are dropped.
    QObject* guard = new QObject(context);
    lookup->guard = guard;
    if (count == 0) {
        QTimer::singleShot(0, guard, [lookup] { lookup->finish(); });
        return;
    }
    QTimer::singleShot(deadline, guard, [lookup, deadline] { lookup->expire(deadline); });
    if (keepValues) {
        // `run` needs the values: one read per key, all started at once.
        for (size_t i = 0; i < count; ++i) {
            const QString key = lookup->report.items[static_cast<qsizetype>(i)].key;
            vault.value(key, guard, [lookup, i](const Error& error, const QString& value) {
                lookup->answer(i, error, value);
            });
        }
        return;
    }
    // A report needs to know which keys exist, not their values: one batch
    // of searches, sent together.
    QStringList keys;
    for (const ReadinessItem& item : std::as_const(lookup->report.items))
        keys << item.key;
    if (!listed) {
        const VaultIndex index = vault.index();
        auto snapshot = std::make_shared<std::optional<VaultIndex::Snapshot>>();
        listed = [index, snapshot](const QString& key) {
            if (!*snapshot)
                *snapshot = index.load();
            return VaultIndex::find((*snapshot)->entries, key).has_value();
        };
    }
    vault.presence(keys, guard,
                   [lookup, listed, count](const Error& error, const QList<Presence>& presence) {
                       if (error) {
                           for (size_t i = 0; i < count; ++i)
                               lookup->answer(i, error, {});
                           return;
                       }
                       for (size_t i = 0; i < count; ++i) {
                           const qsizetype at = static_cast<qsizetype>(i);
                           const QString& key = lookup->report.items[at].key;
                           switch (at < presence.size() ? presence.at(at) : Presence::Unknown) {
                           case Presence::Present:
                               lookup->answer(i, {}, {});
                               break;
                           case Presence::Absent:
                               lookup->answer(i, {ErrorKind::NotFound, {}}, {});
                               break;
                           case Presence::Denied:
                               lookup->answer(i,
                                              // Not the keychain's state: nothing to unlock.
                                              {ErrorKind::Other,
                                               tr("%1 exists but is not encrypted for your key; "
                                                  "ask a member of the team vault to add you.")
                                                   .arg(key)},
                                              {});
                               break;
                           case Presence::Locked:
                               lookup->answer(i,
                                              {ErrorKind::Locked,
                                               tr("%1 is in the keychain, which is locked; unlock "
                                                  "it to use the secret.")
                                                   .arg(key)},
                                              {});
                               break;
                           case Presence::Unknown:
                               // The store cannot tell missing from locked:
                               // what the index lists is unreadable, not missing.
                               if (listed(key))
                                   lookup->answer(i,
                                                  {ErrorKind::Unreadable,
                                                   tr("%1 is listed but the keychain did not "
                                                      "return it; it may be locked.")
                                                       .arg(key)},
                                                  {});
                               else
                                   lookup->answer(i, {ErrorKind::NotFound, {}}, {});
                               break;
                           }
                       }
                   });
}

} // namespace

bool ReadinessReport::ready() const
{
    return missingRequired() == 0;
}

int ReadinessReport::missingRequired() const
{
    int count = 0;
    for (const ReadinessItem& item : items)
        if (!item.optional && item.status != SecretStatus::Set)
            ++count;
    return count;
}

QString ReadinessReport::verdict() const
{
    const int missing = countRequired(*this, SecretStatus::Missing);
    const int unreadable = countRequired(*this, SecretStatus::Unreadable);
    if (missing == 0 && unreadable == 0)
        return tr("Ready to run");
    QStringList parts;
    if (missing > 0)
        parts << (missing == 1 ? tr("1 required secret missing")
                               : tr("%1 required secrets missing").arg(missing));
    if (unreadable > 0)
        parts << (unreadable == 1 ? tr("1 required secret unreadable")
                                  : tr("%1 required secrets unreadable").arg(unreadable));
    return parts.join(tr(", "));
}

void Readiness::evaluate(const Manifest& manifest, Vault& vault, QObject* context, Done done,
                         std::chrono::milliseconds deadline)
{
    start(
        manifest, vault, context,
        [done](const ReadinessReport& report, const QHash<QString, QString>&) { done(report); },
        deadline, false);
}

void Readiness::evaluate(const Manifest& manifest, Vault& vault, const Listed& listed,
                         QObject* context, Done done, std::chrono::milliseconds deadline)
{
    start(
        manifest, vault, context,
        [done](const ReadinessReport& report, const QHash<QString, QString>&) { done(report); },
        deadline, false, listed);
}

void Readiness::fetch(const Manifest& manifest, Vault& vault, QObject* context, DoneWithValues done,
                      std::chrono::milliseconds deadline)
{
    start(manifest, vault, context, std::move(done), deadline, true);
}

} // namespace latchkey
