#include "VaultModel.h"

#include "Vault.h"

#include <QTimer>

#include <algorithm>

namespace latchkey {

namespace {
QString stateText(const SecretAge& age)
{
    switch (age.state) {
    case AgeState::Expiring:
        return VaultModel::tr("expiring");
    case AgeState::Stale:
        return VaultModel::tr("stale");
    case AgeState::NeedsRotation:
        return VaultModel::tr("needs rotation");
    case AgeState::Ok:
        break;
    }
    return VaultModel::tr("ok");
}
} // namespace

VaultModel::VaultModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_debounce(new QTimer(this))
{
    // A CLI write touches the file and its folder several times in a row;
    // one re-read after the burst is enough.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &VaultModel::reload);
}

void VaultModel::setVault(Vault* vault)
{
    if (m_vault == vault)
        return;
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    if (m_vault) {
        connect(m_vault, &Vault::changed, m_debounce, qOverload<>(&QTimer::start));
        m_vault->watch();
    }
    reload();
}

void VaultModel::reload()
{
    if (!m_vault) {
        merge({});
        return;
    }
    const VaultIndex::Snapshot snapshot = m_vault->list();
    const QString error = snapshot.error ? snapshot.error.message : QString();
    if (error != m_loadError) {
        m_loadError = error;
        emit loadErrorChanged(error);
    }
    // An unreadable index says nothing about the secrets: keep what is shown.
    if (!snapshot.error)
        merge(snapshot.entries);
}

void VaultModel::merge(QList<SecretInfo> fresh)
{
    std::sort(fresh.begin(), fresh.end(),
              [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
    // Drop rows that are gone, bottom up so the rows above keep their numbers.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(fresh.cbegin(), fresh.cend(), [&](const SecretInfo& s) {
            return s.key == m_entries.at(row).key;
        });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are now sorted and the old one is a subset of the new one.
    for (int row = 0; row < fresh.size(); ++row) {
        const SecretInfo& info = fresh.at(row);
        if (row < m_entries.size() && m_entries.at(row).key == info.key) {
            if (!(m_entries.at(row) == info)) {
                m_entries[row] = info;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_entries.insert(row, info);
        endInsertRows();
    }
}

int VaultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VaultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VaultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretInfo& info = m_entries.at(index.row());
    switch (role) {
    case KeyRole:
        return info.key;
    case DescriptionRole:
        return info.description;
    case UpdatedRole:
        return info.updated;
    case HintRole:
        return info.hint;
    case AgeStateRole:
        return static_cast<int>(ageAt(index.row()).state);
    case RotateRole:
        return info.rotate;
    case SortRole:
        if (index.column() == UpdatedColumn)
            return info.updated;
        if (index.column() == AgeColumn)
            return ageAt(index.row()).ageDays;
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return info.key;
        case ValueColumn:
            // A team value set elsewhere has no mask here (listing never
            // decrypts): bullets alone, which reveal nothing.
            if (info.hint.isEmpty() && !info.updatedBy.isEmpty())
                return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");
            return info.hint;
        case DescriptionColumn:
            return info.description;
        case UpdatedColumn: {
            const QString when =
                info.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return info.rotate.isEmpty() ? when : tr("%1 · needs rotation").arg(when);
        }
        case AgeColumn: {
            const SecretAge age = ageAt(index.row());
            return age.state == AgeState::Ok
                       ? SecretAge::shortAge(age.ageDays)
                       : tr("%1 \u00b7 %2").arg(SecretAge::shortAge(age.ageDays), stateText(age));
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueColumn:
            return tr("Hidden. Reveal or copy it from the Secret menu.");
        case KeyColumn:
            if (!info.rotate.isEmpty())
                return tr("Needs rotation: %1. Set a new value.").arg(info.rotate);
            break;
        case UpdatedColumn: {
            QString text = tr("Created %1, updated %2")
                               .arg(info.created.toLocalTime().toString(Qt::TextDate),
                                    info.updated.toLocalTime().toString(Qt::TextDate));
            if (!info.updatedBy.isEmpty())
                text += tr(" by %1").arg(info.updatedBy);
            if (!info.rotate.isEmpty())
                text += u'\n' + tr("Needs rotation: %1. Set a new value.").arg(info.rotate);
            return text;
        }
        case DescriptionColumn:
            return info.description;
        case AgeColumn: {
            const SecretAge age = ageAt(index.row());
            return age.reason.isEmpty() ? tr("Last set %n day(s) ago", nullptr, int(age.ageDays))
                                        : age.reason;
        }
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ValueColumn)
            return tr("hidden value");
        break;
    }
    return {};
}

QVariant VaultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Description");
    case UpdatedColumn:
        return tr("Updated");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

SecretAge VaultModel::ageAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const int rotateDays = m_vault ? m_vault->lifecycle().rotateDays : 0;
    const QDateTime now = m_vault ? m_vault->clock().now() : QDateTime::currentDateTimeUtc();
    return SecretAge::of(m_entries.at(row), rotateDays, now);
}

QHash<int, QByteArray> VaultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(DescriptionRole, "description");
    names.insert(UpdatedRole, "updated");
    names.insert(HintRole, "hint");
    return names;
}

int VaultModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).key == key)
            return row;
    return -1;
}

QString VaultModel::keyAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : QString();
}

} // namespace latchkey
