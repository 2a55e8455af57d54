#pragma once

#include <QStyledItemDelegate>

namespace latchkey {

// Draws an icon by the secret's age state (VaultModel::AgeStateRole) in the
// age column: a warning when it is stale or flagged for rotation, a notice
// when it expires soon, none when it is fine. The text beside it says the
// same without the icon. A delegate rather than a proxy model, like
// StateDelegate.h, so a large table has no extra mapping.
class AgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The icon drawn for `index`; null when none is.
    QIcon iconFor(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace latchkey
