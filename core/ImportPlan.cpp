#include "ImportPlan.h"

#include <QCoreApplication>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ImportPlan", text);
}
} // namespace

ImportPlan ImportPlan::make(const EnvFile& file, const QSet<QString>& existing,
                            const Manifest* manifest, bool overwrite)
{
    ImportPlan plan;
    for (const EnvEntry& entry : file.entries) {
        ImportItem item{entry, ImportItem::Action::Add, std::nullopt};
        const bool has = existing.contains(entry.key);
        if (!entry.invalid.isEmpty())
            item.action = ImportItem::Action::Invalid;
        else if (entry.value.isEmpty())
            item.action = ImportItem::Action::SkipEmpty;
        else if (has)
            item.action = overwrite ? ImportItem::Action::Update : ImportItem::Action::SkipExisting;
        if (item.stores() && manifest) {
            const SecretRequirement* declared = manifest->secret(entry.key);
            if (declared && (!declared->description.isEmpty() || !has))
                item.description = declared->description;
        }
        plan.items.append(std::move(item));
    }
    return plan;
}

int ImportPlan::count(ImportItem::Action action) const
{
    int n = 0;
    for (const ImportItem& item : items)
        n += item.action == action;
    return n;
}

int ImportPlan::skipped() const
{
    return count(ImportItem::Action::SkipExisting) + count(ImportItem::Action::SkipEmpty);
}

QString ImportPlan::summary(bool dryRun) const
{
    const int added = count(ImportItem::Action::Add);
    const int updated = count(ImportItem::Action::Update);
    const int invalid = count(ImportItem::Action::Invalid);
    if (dryRun)
        return tr("%1 would be added, %2 updated, %3 skipped, %4 invalid")
            .arg(added)
            .arg(updated)
            .arg(skipped())
            .arg(invalid);
    return tr("%1 added, %2 updated, %3 skipped, %4 invalid")
        .arg(added)
        .arg(updated)
        .arg(skipped())
        .arg(invalid);
}

QString ImportPlan::reason(const ImportItem& item)
{
    switch (item.action) {
    case ImportItem::Action::SkipExisting:
        return tr("already in the vault");
    case ImportItem::Action::SkipEmpty:
        return tr("the value is empty, and the keychain cannot hold an empty secret");
    case ImportItem::Action::Invalid:
        return item.entry.invalid;
    case ImportItem::Action::Add:
    case ImportItem::Action::Update:
        break;
    }
    return {};
}

} // namespace latchkey
