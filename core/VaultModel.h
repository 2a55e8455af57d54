#pragma once

#include "SecretAge.h"
#include "VaultIndex.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace latchkey {

class Vault;

// The secrets of one vault as a table: key, masked value, description, last
// updated, age and status (SecretAge: "45d · stale"). It holds metadata only; the value column
// shows the index's hint (the masking rule's output). It follows the vault, including writes by
// other processes, and updates rows in place so selection and scroll survive.
class VaultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        ValueColumn,
        DescriptionColumn,
        UpdatedColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the secret's name, in every column
        DescriptionRole,
        UpdatedRole,  // QDateTime (UTC), also the sort key of the updated column
        HintRole,     // the masked value
        SortRole,     // the age column sorts by days since the last update
        RotateRole,   // why the value must be rotated (a team vault's member left); empty if not
        AgeStateRole, // int(AgeState), in every column (the UI picks an icon by it)
    };

    explicit VaultModel(QObject* parent = nullptr);

    // The model does not own the vault. Null shows an empty table.
    void setVault(Vault* vault);
    Vault* vault() const { return m_vault; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString& key) const;
    QString keyAt(int row) const;
    const QList<SecretInfo>& entries() const { return m_entries; }
    SecretAge ageAt(int row) const;
    // The last index error, if the index could not be read.
    QString loadError() const { return m_loadError; }

public slots:
    // Re-reads the index now and merges it into the rows.
    void reload();

signals:
    void loadErrorChanged(const QString& message);

private:
    void merge(QList<SecretInfo> fresh);

    QPointer<Vault> m_vault;
    QList<SecretInfo> m_entries; // sorted by key
    QString m_loadError;
    QTimer* m_debounce = nullptr;
};

} // namespace latchkey
