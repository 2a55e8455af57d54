#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace latchkey {

class VaultModel;

// The vault's secrets filtered by a search and sorted: the one filter the
// window's table and the tray's search both use, so they always agree on
// what matches. Keys and descriptions are searched, never values (the
// models hold none).
class SecretFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SecretFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;

    // The one matching rule: every word of the query (split at white space)
    // occurs in the key or in the description, ignoring case. "openai key"
    // finds OPENAI_API_KEY; an empty query finds everything.
    static QStringList words(const QString& query);
    static bool matches(const QStringList& words, const QString& key, const QString& description);

    void setQuery(const QString& query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const VaultModel* m_vault = nullptr; // the source, when it is a VaultModel
    QString m_query;
    QStringList m_words;
};

} // namespace latchkey
