#pragma once

#include "Clock.h"
#include "VaultIndex.h"

#include <QAbstractTableModel>

#include <memory>

namespace latchkey {

// A vault's trash as a table: key, description, when it was deleted, and
// how many days are left before it is removed for good (the vault's
// Lifecycle::trashDays after the delete, core/VaultTrash.cpp). Metadata only:
// the masked hint at most, never a value. The newest delete comes first.
class TrashModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, DescriptionColumn, DeletedColumn, DaysLeftColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the secret's name, in every column
        DescriptionRole,
        DeletedRole,    // QDateTime (UTC)
        PurgeAfterRole, // QDateTime (UTC): removed for good from then on
        DaysLeftRole,   // int, 0 when it goes at the next check
        HintRole,       // the masked value
    };

    explicit TrashModel(QObject* parent = nullptr);

    // The trash as the index lists it, kept `trashDays` days after a delete;
    // the days left are counted from `clock`'s now.
    void setTrash(QList<SecretInfo> trash, int trashDays, std::shared_ptr<const Clock> clock);
    QString keyAt(int row) const;
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QDateTime purgeAfter(const SecretInfo& info) const;
    int daysLeft(const SecretInfo& info) const;

    QList<SecretInfo> m_trash;
    int m_trashDays = 0;
    std::shared_ptr<const Clock> m_clock = Clock::system();
};

} // namespace latchkey
