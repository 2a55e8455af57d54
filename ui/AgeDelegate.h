#pragma once

#include <QStyledItemDelegate>

namespace latchkey {

// Draws an icon by the secret's age state (an int(AgeState) under `role`:
// VaultModel::AgeStateRole, ReadinessModel::AgeStateRole) in an age column: a warning when it is
// stale or flagged for rotation, a notice when it expires soon, none when it is fine. The text
// beside it says the same without the icon. A delegate rather than a proxy model, like
// StateDelegate.h, so a large table has no extra mapping.
class AgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    AgeDelegate(int role, QObject* parent);

    // The icon drawn for `index`; null when none is.
    QIcon iconFor(const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace latchkey
