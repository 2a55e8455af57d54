#include "SecretFilterModel.h"

#include "VaultModel.h"

#include <QRegularExpression>

namespace latchkey {

SecretFilterModel::SecretFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VaultModel::SortRole);
}

void SecretFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_vault = qobject_cast<const VaultModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QStringList SecretFilterModel::words(const QString& query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return query.split(space, Qt::SkipEmptyParts);
}

bool SecretFilterModel::matches(const QStringList& words, const QString& key,
                                const QString& description)
{
    for (const QString& word : words)
        if (!key.contains(word, Qt::CaseInsensitive) &&
            !description.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

void SecretFilterModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_words = words(query);
    // Only the filter changed: the rows that stay keep their sorted order, so
    // there is no re-sort (which would cost a full sort per keystroke).
    invalidateFilter();
}

bool SecretFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (m_vault) {
        const SecretInfo& info = m_vault->entryAt(sourceRow);
        return matches(m_words, info.key, info.description);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return matches(m_words, index.data(VaultModel::KeyRole).toString(),
                   index.data(VaultModel::DescriptionRole).toString());
}

bool SecretFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_vault)
        return QSortFilterProxyModel::lessThan(left, right);
    // Straight from the entries: no QVariant, no lowered copies per comparison.
    const SecretInfo& a = m_vault->entryAt(left.row());
    const SecretInfo& b = m_vault->entryAt(right.row());
    int order = 0;
    switch (left.column()) {
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
    order = a.key.compare(b.key, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a.key < b.key;
}

} // namespace latchkey
