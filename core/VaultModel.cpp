#include "VaultModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace latchkey {

VaultModel::VaultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QStringList VaultModel::setEntries(QList<SecretInfo> fresh)
{
    std::sort(fresh.begin(), fresh.end(),
              [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
    QStringList touched;
    if (m_entries.isEmpty() && fresh.isEmpty())
        return touched;
    if (m_entries.isEmpty()) {
        // A vault opening: one insertion for every row, not one per row.
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_entries = std::move(fresh);
        reindex();
        endInsertRows();
        for (const SecretInfo& info : std::as_const(m_entries))
            touched << info.key;
        return touched;
    }

    QSet<QString> kept;
    kept.reserve(fresh.size());
    for (const SecretInfo& info : std::as_const(fresh))
        kept.insert(info.key);
    // Drop rows that are gone, bottom up and a run at a time, so the rows
    // above keep their numbers.
    for (int row = int(m_entries.size()) - 1; row >= 0;) {
        if (kept.contains(m_entries.at(row).key)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !kept.contains(m_entries.at(row).key))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i)
            touched << m_entries.at(i).key;
        m_entries.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
    }
    // Both lists are now sorted and the old one is a subset of the new one:
    // walk them together, inserting each run of new keys at once.
    int row = 0;
    for (qsizetype next = 0; next < fresh.size();) {
        if (row < m_entries.size() && m_entries.at(row).key == fresh.at(next).key) {
            if (!(m_entries.at(row) == fresh.at(next))) {
                m_entries[row] = fresh.at(next);
                touched << fresh.at(next).key;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
            continue;
        }
        qsizetype end = next;
        while (end < fresh.size() &&
               (row >= m_entries.size() || fresh.at(end).key != m_entries.at(row).key))
            ++end;
        const int count = int(end - next);
        beginInsertRows({}, row, row + count - 1);
        m_entries.insert(row, count, SecretInfo());
        for (int i = 0; i < count; ++i) {
            m_entries[row + i] = fresh.at(next + i);
            touched << fresh.at(next + i).key;
        }
        reindex();
        endInsertRows();
        row += count;
        next = end;
    }
    return touched;
}

void VaultModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rows.insert(m_entries.at(row).key, row);
}

void VaultModel::emitRowsChanged(int first, int last)
{
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void VaultModel::emitStatesChanged(int first, int last)
{
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), stateRoles());
}

QList<int> VaultModel::stateRoles()
{
    return {StateRole, DetailRole, Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole};
}

bool VaultModel::changesEntries(const QList<int>& roles)
{
    if (roles.isEmpty())
        return true;
    for (int role : roles)
        if (role == KeyRole || role == DescriptionRole || role == UpdatedRole || role == HintRole ||
            role == SortRole)
            return true;
    return false;
}

void VaultModel::setPresence(const QHash<QString, Presence>& presence)
{
    int first = int(m_entries.size());
    int last = -1;
    // One allocation for a whole listing, not a rehash per doubling.
    m_presence.reserve(m_presence.size() + presence.size());
    for (auto it = presence.cbegin(); it != presence.cend(); ++it) {
        const auto known = m_presence.constFind(it.key());
        if (known != m_presence.cend() && *known == it.value())
            continue;
        m_presence.insert(it.key(), it.value());
        const int row = rowOf(it.key());
        if (row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    emitStatesChanged(first, last);
}

void VaultModel::clearPresence()
{
    if (m_presence.isEmpty())
        return;
    m_presence.clear();
    emitStatesChanged(0, int(m_entries.size()) - 1);
}

void VaultModel::setKeychainState(KeychainState state)
{
    if (m_keychain == state)
        return;
    m_keychain = state;
    emitStatesChanged(0, int(m_entries.size()) - 1);
}

const SecretInfo* VaultModel::find(const QString& key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_entries.at(row);
}

QString VaultModel::keyAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : QString();
}

SecretState VaultModel::stateOf(const QString& key) const
{
    const int row = rowOf(key);
    return row < 0 ? SecretState::Missing : stateAt(row);
}

SecretState VaultModel::stateAt(int row) const
{
    switch (m_keychain) {
    case KeychainState::Locked:
        return SecretState::Locked;
    case KeychainState::Unavailable:
    case KeychainState::NotResponding:
        return SecretState::Unreadable;
    case KeychainState::Unknown:
    case KeychainState::Available:
        break;
    }
    const auto presence = m_presence.constFind(m_entries.at(row).key);
    if (presence == m_presence.cend())
        return SecretState::Checking;
    switch (*presence) {
    case Presence::Present:
        return SecretState::Set;
    case Presence::Locked:
        return SecretState::Locked;
    case Presence::Absent:
    case Presence::Denied: // a team secret not encrypted to this user
        return SecretState::Unreadable;
    case Presence::Unknown:
        // A store that cannot tell locked from absent (QtKeychain on Linux)
        // is believed only once the keychain is known to be unlocked.
        return m_keychain == KeychainState::Available ? SecretState::Unreadable
                                                      : SecretState::Checking;
    }
    return SecretState::Checking;
}

QString VaultModel::detailAt(int row) const
{
    switch (stateAt(row)) {
    case SecretState::Locked:
        return tr("The keychain is locked: unlock it to copy or reveal this value.");
    case SecretState::Unreadable:
        if (m_keychain == KeychainState::Unavailable)
            return tr("No keychain is reachable, so this value cannot be read.");
        if (m_keychain == KeychainState::NotResponding)
            return tr("The keychain is not answering, so this value cannot be read.");
        return tr("The index lists this secret but the keychain did not return its value. "
                  "The entry is kept.");
    default:
        return {};
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
    case StateRole:
        return int(stateAt(index.row()));
    case DetailRole:
        return detailAt(index.row());
    case AgeStateRole:
        return int(ageAt(index.row()).state);
    case RotateRole:
        return info.rotate;
    case SortRole:
        if (index.column() == UpdatedColumn)
            return info.updated;
        if (index.column() == AgeColumn)
            return ageAt(index.row()).ageDays;
        if (index.column() == ValueColumn)
            return info.hint; // not "Locked": the order never depends on the keychain
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return info.key;
        case ValueColumn:
            switch (stateAt(index.row())) {
            case SecretState::Locked:
                return tr("Locked");
            case SecretState::Unreadable:
                return tr("Unreadable");
            default:
                // A team value set elsewhere has no mask here (listing never
                // decrypts): bullets alone, which reveal nothing.
                if (info.hint.isEmpty() && !info.updatedBy.isEmpty())
                    return QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022");
                return info.hint;
            }
        case DescriptionColumn:
            return info.description;
        case UpdatedColumn: {
            const QString when =
                info.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return info.rotate.isEmpty() ? when : tr("%1 · needs rotation").arg(when);
        }
        case AgeColumn: {
            return SecretAge::columnText(ageAt(index.row()));
        }
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueColumn: {
            const QString detail = detailAt(index.row());
            return detail.isEmpty() ? tr("Hidden. Reveal or copy it from the Secret menu.")
                                    : detail;
        }
        case KeyColumn:
            if (!info.rotate.isEmpty())
                return tr("Needs rotation: %1. Set a new value.").arg(info.rotate);
            break;
        case UpdatedColumn: {
            // In the user's language: Qt::TextDate would always be English.
            const QLocale locale;
            QString text =
                tr("Created %1, updated %2")
                    .arg(locale.toString(info.created.toLocalTime(), QLocale::LongFormat),
                         locale.toString(info.updated.toLocalTime(), QLocale::LongFormat));
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
            return stateAt(index.row()) == SecretState::Set ||
                           stateAt(index.row()) == SecretState::Checking
                       ? tr("hidden value")
                       : data(index, Qt::DisplayRole);
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

void VaultModel::setAging(int defaultRotateDays, std::shared_ptr<const Clock> clock)
{
    m_rotateDays = defaultRotateDays;
    m_clock = clock ? std::move(clock) : Clock::system();
    // AgeStateRole is in every column.
    emitRowsChanged(0, int(m_entries.size()) - 1);
}

std::optional<SecretAge> VaultModel::ageOf(const QString& key) const
{
    const int row = rowOf(key);
    if (row < 0)
        return std::nullopt;
    return ageAt(row);
}

SecretAge VaultModel::ageAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return SecretAge::of(m_entries.at(row), m_rotateDays, m_clock->now());
}

QList<AgeState> VaultModel::possibleAgeStates() const
{
    bool flagged = false;
    bool due = m_rotateDays > 0;
    for (const SecretInfo& info : m_entries) {
        flagged = flagged || !info.rotate.isEmpty();
        due = due || info.expires.isValid() || info.rotateDays > 0;
    }
    QList<AgeState> states;
    if (due)
        states << AgeState::Expiring << AgeState::Stale;
    if (flagged)
        states << AgeState::NeedsRotation;
    return states;
}

QHash<int, QByteArray> VaultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(DescriptionRole, "description");
    names.insert(UpdatedRole, "updated");
    names.insert(HintRole, "hint");
    names.insert(StateRole, "state");
    names.insert(DetailRole, "detail");
    names.insert(AgeStateRole, "ageState");
    return names;
}

} // namespace latchkey
