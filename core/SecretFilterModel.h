#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace latchkey {

class SecretSortModel;
class VaultModel;

// The vault's secrets filtered by a search and sorted: the one filter the
// window's table and the tray's search both use, so they always agree on
// what matches. Keys and descriptions are searched, never values (the
// models hold none).
//
// Two proxies, as in Qt's item-view examples: this one only filters, over a
// SecretSortModel that only sorts. A keystroke then filters rows already in
// order and never sorts, and the view sees one layout change instead of a
// removal per run of filtered-out rows (README.md, "How fast the window is").
class SecretFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SecretFilterModel(QObject* parent = nullptr);

    // `model` is the vault's model (or any model with its roles); sourceModel()
    // is the sorting proxy over it.
    void setSourceModel(QAbstractItemModel* model) override;
    // Sorts the rows (the sorting proxy does; this model keeps its order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The row showing row `row` of the vault's model, or an invalid index.
    QModelIndex indexOfVaultRow(int row) const;

    // The one matching rule: every word of the query (split at white space)
    // occurs in the key or in the description, ignoring case. "openai key"
    // finds OPENAI_API_KEY; an empty query finds everything.
    static QStringList words(const QString& query);
    static bool matches(const QStringList& words, const QString& key, const QString& description);

    void setQuery(const QString& query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // Keys and descriptions case-folded once per change of the vault's rows,
    // not at every comparison of every keystroke; which rows the query shows.
    void forgetRows();
    void foldRows() const;
    QList<bool> acceptedRows() const; // by row of the vault's model, for the query

    SecretSortModel* m_sorted;
    const VaultModel* m_vault = nullptr; // the vault's model, when it is one
    QString m_query;
    QStringList m_words;             // the query's words, as typed
    QStringList m_folded;            // the same, case-folded
    mutable QStringList m_haystacks; // by row of the vault's model: key, line break, description
    mutable QList<bool> m_accepted;  // by row of the vault's model: shown for the query
};

} // namespace latchkey
