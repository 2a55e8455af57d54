#include "SecretFilterModel.h"

#include "SecretSortModel.h"
#include "VaultModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace latchkey {

SecretFilterModel::SecretFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_sorted(new SecretSortModel(this))
{
}

void SecretFilterModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_sorted->sourceModel())
        disconnect(m_sorted->sourceModel(), nullptr, this, nullptr);
    forgetRows();
    m_vault = qobject_cast<const VaultModel*>(model);
    // Connected before the sorting proxy connects its handlers, so the folded
    // rows are forgotten before changed rows reach this filter.
    if (model)
        whenRowsChange(model, this, [this] { forgetRows(); });
    m_sorted->setSourceModel(model);
    QSortFilterProxyModel::setSourceModel(m_sorted);
}

void SecretFilterModel::sort(int column, Qt::SortOrder order)
{
    m_sorted->sort(column, order);
}

QModelIndex SecretFilterModel::indexOfVaultRow(int row) const
{
    const QAbstractItemModel* vault = m_sorted->sourceModel();
    if (!vault || row < 0)
        return {};
    return mapFromSource(m_sorted->mapFromSource(vault->index(row, 0)));
}

void SecretFilterModel::forgetRows()
{
    m_haystacks.clear();
    m_accepted.clear();
}

QList<bool> SecretFilterModel::acceptedRows() const
{
    // matches() with the folding done once per row, not per comparison:
    // case-folded text contains a case-folded word exactly when the text
    // contains the word ignoring case. A plain search, as QString::contains()
    // costs more on texts this short.
    foldRows();
    QList<bool> accepted(m_haystacks.size(), true);
    if (m_folded.isEmpty())
        return accepted;
    for (qsizetype row = 0; row < m_haystacks.size(); ++row) {
        const QString& text = m_haystacks.at(row);
        for (const QString& word : m_folded)
            if (std::search(text.cbegin(), text.cend(), word.cbegin(), word.cend()) ==
                text.cend()) {
                accepted[row] = false;
                break;
            }
    }
    return accepted;
}

void SecretFilterModel::foldRows() const
{
    const QList<SecretInfo>& entries = m_vault->entries();
    if (m_haystacks.size() == entries.size())
        return;
    m_haystacks.clear();
    m_haystacks.reserve(entries.size());
    // Key and description in one text: a word is split at white space, so it
    // never spans the line break between them.
    for (const SecretInfo& info : entries)
        m_haystacks.append(foldCase(info.key) + QLatin1Char('\n') + foldCase(info.description));
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
    m_folded.clear();
    for (const QString& word : std::as_const(m_words))
        m_folded.append(foldCase(word));
    if (m_vault) {
        // A keystroke that shows the same rows (most of them, while a word is
        // typed) changes nothing the view has to redraw.
        const bool known = m_accepted.size() == m_vault->entries().size();
        QList<bool> accepted = acceptedRows();
        const bool same = known && accepted == m_accepted;
        m_accepted = std::move(accepted);
        if (same)
            return;
    }
    // One layout change for the whole table rather than a removal or an
    // insertion per run of rows (each of which the view's header walks in
    // full). The rows come in sorted from m_sorted, so nothing is sorted here.
    invalidate();
}

bool SecretFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    if (m_vault) {
        if (m_accepted.size() != m_vault->entries().size())
            m_accepted = acceptedRows();
        return m_accepted.at(m_sorted->sourceRowAt(sourceRow));
    }
    const QModelIndex index = m_sorted->index(sourceRow, 0, sourceParent);
    return matches(m_words, index.data(VaultModel::KeyRole).toString(),
                   index.data(VaultModel::DescriptionRole).toString());
}

} // namespace latchkey
