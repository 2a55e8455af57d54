#include "TrashModel.h"

#include <QLocale>

#include <algorithm>

namespace latchkey {

TrashModel::TrashModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrashModel::setTrash(QList<SecretInfo> trash, int trashDays,
                          std::shared_ptr<const Clock> clock)
{
    // A few rows at most, changed by a whole delete or restore: reset rather
    // than diff (the view keeps its selection by key, ui/TrashDialog.cpp).
    std::stable_sort(trash.begin(), trash.end(), [](const SecretInfo& a, const SecretInfo& b) {
        return a.deleted != b.deleted ? a.deleted > b.deleted : a.key < b.key;
    });
    beginResetModel();
    m_trash = std::move(trash);
    m_trashDays = trashDays;
    m_clock = clock ? std::move(clock) : Clock::system();
    endResetModel();
}

QString TrashModel::keyAt(int row) const
{
    return row >= 0 && row < m_trash.size() ? m_trash.at(row).key : QString();
}

int TrashModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_trash.size(); ++row)
        if (m_trash.at(row).key == key)
            return row;
    return -1;
}

int TrashModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_trash.size());
}

int TrashModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime TrashModel::purgeAfter(const SecretInfo& info) const
{
    return info.deleted.addDays(m_trashDays);
}

int TrashModel::daysLeft(const SecretInfo& info) const
{
    // Whole days, rounded up: "1 day" until the moment it goes.
    const qint64 seconds = m_clock->now().secsTo(purgeAfter(info));
    return seconds <= 0 ? 0 : int((seconds + 86399) / 86400);
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretInfo& info = m_trash.at(index.row());
    switch (role) {
    case KeyRole:
        return info.key;
    case DescriptionRole:
        return info.description;
    case DeletedRole:
        return info.deleted;
    case PurgeAfterRole:
        return purgeAfter(info);
    case DaysLeftRole:
        return daysLeft(info);
    case HintRole:
        return info.hint;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return info.key;
        case DescriptionColumn:
            return info.description;
        case DeletedColumn:
            return QLocale().toString(info.deleted.toLocalTime(), QLocale::ShortFormat);
        case DaysLeftColumn: {
            // A bare number under "Days Left": no plural form to get wrong.
            const int days = daysLeft(info);
            return days > 0 ? QString::number(days) : tr("none");
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DaysLeftColumn || index.column() == DeletedColumn)
            return tr("Removed for good after %1")
                .arg(QLocale().toString(purgeAfter(info).toLocalTime(), QLocale::ShortFormat));
        break;
    }
    return {};
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case DescriptionColumn:
        return tr("Description");
    case DeletedColumn:
        return tr("Deleted");
    case DaysLeftColumn:
        return tr("Days Left");
    }
    return {};
}

QHash<int, QByteArray> TrashModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(DescriptionRole, "description");
    names.insert(DeletedRole, "deleted");
    names.insert(PurgeAfterRole, "purgeAfter");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(HintRole, "hint");
    return names;
}

} // namespace latchkey
