#pragma once

#include <QStyledItemDelegate>

namespace latchkey {

// Draws the state icon (SecretState, from the model's `stateRole`) in the
// cells of one column: locked and unreadable rows are told apart at a glance,
// and the word beside the icon says the same without colour. A delegate
// rather than a proxy model, so a table of 10,000 rows has no extra mapping.
class StateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `everyState`: an icon for every state (readiness), or only for the
    // states that stop a value from being used (the vault's value column).
    StateDelegate(int stateRole, bool everyState, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_stateRole;
    bool m_everyState;
};

} // namespace latchkey
