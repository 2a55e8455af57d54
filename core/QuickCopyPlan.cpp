#include "QuickCopyPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace latchkey {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("QuickCopyPlan", text, nullptr, n);
}

QString manifestTitle(const ReadinessReport& report)
{
    const QString name = report.appName.isEmpty() ? tr("Unnamed app") : report.appName;
    if (report.ready())
        return tr("%1 — ready").arg(name);
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
        return tr("%1 — %n missing", missing).arg(name);
    return locked ? tr("%1 — locked").arg(name) : tr("%1 — cannot check").arg(name);
}
} // namespace

QuickCopyPlan QuickCopyPlan::build(const QList<SecretInfo>& secrets,
                                   const QList<ReadinessReport>& manifests,
                                   const QStringList& recent, int limit)
{
    QHash<QString, const SecretInfo*> byKey;
    for (const SecretInfo& info : secrets)
        byKey.insert(info.key, &info);

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

    // The rest of the vault: recently used first, then alphabetical.
    QHash<QString, int> rank;
    for (int i = 0; i < recent.size(); ++i)
        rank.insert(recent.at(i), i);
    QList<const SecretInfo*> rest;
    for (const SecretInfo& info : secrets)
        if (!grouped.contains(info.key))
            rest.append(&info);
    std::sort(rest.begin(), rest.end(), [&](const SecretInfo* a, const SecretInfo* b) {
        const int ra = rank.value(a->key, INT_MAX), rb = rank.value(b->key, INT_MAX);
        if (ra != rb)
            return ra < rb;
        return a->key < b->key;
    });
    if (!rest.isEmpty()) {
        Group others{manifests.isEmpty() ? tr("Secrets") : tr("Other secrets"), {}};
        for (qsizetype i = 0; i < rest.size() && i < limit; ++i)
            others.entries.append({rest.at(i)->key, rest.at(i)->description, true});
        plan.hiddenCount = static_cast<int>(std::max<qsizetype>(0, rest.size() - limit));
        plan.groups.append(others);
    }
    return plan;
}

} // namespace latchkey
