#include "AgeDelegate.h"

#include "Icons.h"
#include "SecretAge.h"
#include "VaultModel.h"

namespace latchkey {

QIcon AgeDelegate::iconFor(const QModelIndex& index) const
{
    switch (AgeState(index.data(VaultModel::AgeStateRole).toInt())) {
    case AgeState::Stale:
    case AgeState::NeedsRotation:
        return Icons::get(Icons::Warning);
    case AgeState::Expiring:
        return Icons::get(Icons::Information);
    case AgeState::Ok:
        break;
    }
    return {};
}

void AgeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon icon = iconFor(index);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace latchkey
