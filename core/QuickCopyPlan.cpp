#include "QuickCopyPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "QuickCopyPlan" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(QuickCopyPlan)
};

QString manifestTitle(const ReadinessReport& report)
{
    const QString name = report.appName.isEmpty() ? Strings::tr("Unnamed app") : report.appName;
    if (report.ready())
        return Strings::tr("%1 — ready").arg(name);
    // Only what the keychain said it does not have is missing; a key it would
    // not show (locked, unreachable) is not.
    int missing = 0;
    bool locked = report.keychainError.kind == ErrorKind::Locked;
    for (const ReadinessItem& item : report.items) {
        if (item.optional)
            continue;
        missing += item.status == SecretStatus::Missing ? 1 : 0;
        locked = locked || item.reason == ErrorKind::Locked;
    }
    if (missing > 0)
        return Strings::tr("%1 — %n missing", nullptr, missing).arg(name);
    return locked ? Strings::tr("%1 — locked").arg(name)
                  : Strings::tr("%1 — cannot check").arg(name);
}
} // namespace

QuickCopyPlan QuickCopyPlan::build(const QList<SecretInfo>& secrets,
                                   const QList<ReadinessReport>& manifests,
                                   const QStringList& recent, int limit)
{
    // Only the manifests' keys are looked up by name.
    QHash<QString, const SecretInfo*> byKey;
    if (!manifests.isEmpty()) {
        byKey.reserve(secrets.size());
        for (const SecretInfo& info : secrets)
            byKey.insert(info.key, &info);
    }

    QuickCopyPlan plan;
    QSet<QString> grouped;
    for (const ReadinessReport& report : manifests) {
        Group group{manifestTitle(report), {}};
        for (const ReadinessItem& item : report.items) {
            const bool inVault = byKey.contains(item.key);
            const QString description = inVault && !byKey.value(item.key)->description.isEmpty()
                                            ? byKey.value(item.key)->description
                                            : item.description;
            group.entries.append({item.key, description, inVault});
            grouped.insert(item.key);
        }
        plan.groups.append(group);
    }

    // The rest of the vault: recently used first, then alphabetical. Only the
    // first `limit` are shown, so only they are put in order: the menu is
    // rebuilt after every change, whatever the size of the vault.
    QHash<QString, int> rank;
    for (int i = 0; i < recent.size(); ++i)
        rank.insert(recent.at(i), i);
    QList<std::pair<int, const SecretInfo*>> used;
    QList<const SecretInfo*> unused;
    for (const SecretInfo& info : secrets) {
        if (grouped.contains(info.key))
            continue;
        if (const auto at = rank.constFind(info.key); at != rank.constEnd())
            used.append({*at, &info});
        else
            unused.append(&info);
    }
    std::sort(used.begin(), used.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    const qsizetype alphabetical =
        std::clamp<qsizetype>(qsizetype(limit) - used.size(), 0, unused.size());
    std::partial_sort(unused.begin(), unused.begin() + alphabetical, unused.end(),
                      [](const SecretInfo* a, const SecretInfo* b) { return a->key < b->key; });
    QList<const SecretInfo*> rest;
    for (const auto& entry : std::as_const(used))
        rest.append(entry.second);
    rest.append(unused.mid(0, alphabetical));
    const qsizetype total = used.size() + unused.size();
    if (!rest.isEmpty()) {
        Group others{manifests.isEmpty() ? Strings::tr("Secrets") : Strings::tr("Other secrets"),
                     {}};
        for (qsizetype i = 0; i < rest.size() && i < limit; ++i)
            others.entries.append({rest.at(i)->key, rest.at(i)->description, true});
        plan.hiddenCount = static_cast<int>(std::max<qsizetype>(0, total - limit));
        plan.groups.append(others);
    }
    return plan;
}

} // namespace latchkey
