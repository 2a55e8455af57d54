#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace latchkey {

class VaultModel;

// Calls `forget` on `receiver`'s thread whenever `model`'s rows change in any
// way (reset, layout, rows added, removed, moved, data other than a change of
// state alone, see VaultModel::stateRoles()): for caches kept by source row.
// Connect before the proxy's own handlers, so they see it first.
void whenRowsChange(QAbstractItemModel* model, QObject* receiver, std::function<void()> forget);

// `text` case-folded (QString::toCaseFolded()), with a quick path for ASCII,
// which keys always are and descriptions mostly are.
QString foldCase(const QString& text);

// The vault's secrets in the order of the table's sorted column (then by key
// ignoring case, then by key exactly); SecretFilterModel filters over it.
// Each row's place in that order is worked out once per change of the
// vault's rows or of the sorted column, so a comparison is two array reads.
class SecretSortModel : public QSortFilterProxyModel {
public:
    explicit SecretSortModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // The source row shown at `row` (the same as mapToSource(index(row, 0)),
    // from the ranks instead of the proxy's mapping: a filter over this model
    // asks it for every row at every keystroke).
    int sourceRowAt(int row) const;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void forgetRanks();
    void rank(int column) const;
    int rankOf(int sourceRow, int column) const;

    const VaultModel* m_vault = nullptr; // the source, when it is a VaultModel
    mutable QList<int> m_ranks;          // by source row: its place in the order
    mutable QList<int> m_order;          // by place: the source row
    mutable int m_rankedColumn = -1;
};

} // namespace latchkey
