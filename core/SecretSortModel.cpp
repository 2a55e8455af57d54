#include "SecretSortModel.h"

#include "VaultModel.h"

#include <algorithm>

namespace latchkey {

void whenRowsChange(QAbstractItemModel* model, QObject* receiver, std::function<void()> forget)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, forget);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, receiver, forget);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, forget);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, forget);
    QObject::connect(model, &QAbstractItemModel::rowsMoved, receiver, forget);
    // A change of keychain state or presence alone leaves every row's key,
    // description, dates and hint as they were.
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver,
                     [forget](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                         if (VaultModel::changesEntries(roles))
                             forget();
                     });
}

QString foldCase(const QString& text)
{
    QString folded(text.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(folded.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80)
            return text.toCaseFolded();
        out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    }
    return folded;
}

namespace {

// The order of the table: by the column, then by key ignoring case, then by
// key exactly. `foldedA`/`foldedB` are the keys case-folded, which compare as
// the keys do ignoring case.
bool before(const SecretInfo& a, const SecretInfo& b, const QString& foldedA,
            const QString& foldedB, int column)
{
    int order = 0;
    switch (column) {
    case VaultModel::UpdatedColumn:
        if (a.updated != b.updated)
            return a.updated < b.updated;
        break;
    case VaultModel::AgeColumn:
        // Age is the time since the last update: the younger, the later the
        // update (the same order as VaultModel's SortRole, without a SecretAge
        // per comparison).
        if (a.updated != b.updated)
            return a.updated > b.updated;
        break;
    case VaultModel::DescriptionColumn:
        order = a.description.compare(b.description, Qt::CaseInsensitive);
        break;
    case VaultModel::ValueColumn:
        order = a.hint.compare(b.hint);
        break;
    default:
        break;
    }
    if (order != 0)
        return order < 0;
    order = foldedA.compare(foldedB);
    return order != 0 ? order < 0 : a.key < b.key;
}

} // namespace

SecretSortModel::SecretSortModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VaultModel::SortRole);
}

void SecretSortModel::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetRanks();
    m_vault = qobject_cast<const VaultModel*>(model);
    // Connected before the base class connects its own handlers, so the ranks
    // are forgotten before it sorts changed rows.
    if (model)
        whenRowsChange(model, this, [this] { forgetRanks(); });
    QSortFilterProxyModel::setSourceModel(model);
}

void SecretSortModel::forgetRanks()
{
    m_ranks.clear();
    m_order.clear();
    m_rankedColumn = -1;
}

void SecretSortModel::rank(int column) const
{
    if (m_rankedColumn == column && m_ranks.size() == m_vault->entries().size())
        return;
    const QList<SecretInfo>& entries = m_vault->entries();
    QStringList folded;
    folded.reserve(entries.size());
    for (const SecretInfo& info : entries)
        folded.append(foldCase(info.key));
    m_order.resize(entries.size());
    for (qsizetype i = 0; i < m_order.size(); ++i)
        m_order[i] = int(i);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return before(entries.at(a), entries.at(b), folded.at(a), folded.at(b), column);
    });
    m_ranks.resize(entries.size());
    for (qsizetype place = 0; place < m_order.size(); ++place)
        m_ranks[m_order.at(place)] = int(place);
    m_rankedColumn = column;
}

int SecretSortModel::rankOf(int sourceRow, int column) const
{
    rank(column);
    return m_ranks.at(sourceRow);
}

int SecretSortModel::sourceRowAt(int row) const
{
    // The ranks are a total order (the key breaks every tie), so the sorted
    // rows are exactly m_order, or m_order backwards when descending.
    if (!m_vault || sortColumn() < 0)
        return row;
    rank(sortColumn());
    return sortOrder() == Qt::AscendingOrder ? m_order.at(row)
                                             : m_order.at(m_order.size() - 1 - row);
}

bool SecretSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_vault)
        return QSortFilterProxyModel::lessThan(left, right);
    return rankOf(left.row(), left.column()) < rankOf(right.row(), left.column());
}

} // namespace latchkey
