#include "StateDelegate.h"

#include "Icons.h"
#include "SecretState.h"

namespace latchkey {

StateDelegate::StateDelegate(int stateRole, bool everyState, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
    , m_everyState(everyState)
{
}

void StateDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = SecretState(index.data(m_stateRole).toInt());
    if (!m_everyState && state != SecretState::Locked && state != SecretState::Unreadable)
        return;
    const QIcon icon = Icons::state(state);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (state == SecretState::Missing || state == SecretState::Unreadable) {
        const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
        const QColor colour = state == SecretState::Missing
                                  ? (dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28))
                                  : (dark ? QColor(0xf8, 0xe4, 0x5c) : QColor(0x9c, 0x6d, 0x00));
        option->palette.setColor(QPalette::Text, colour);
    }
}

} // namespace latchkey
