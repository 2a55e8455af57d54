#include "AgeDelegate.h"

#include "Icons.h"
#include "SecretAge.h"

namespace latchkey {

AgeDelegate::AgeDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

QIcon AgeDelegate::iconFor(const QModelIndex& index) const
{
    switch (AgeState(index.data(m_role).toInt())) {
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
