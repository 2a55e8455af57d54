#include "ReadinessModel.h"

#include "Vault.h"

#include <utility>

namespace latchkey {

ReadinessModel::ReadinessModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReadinessModel::setVault(Vault* vault)
{
    if (m_vault == vault)
        return;
    m_vault = vault;
    evaluate();
}

Vault* ReadinessModel::vault() const
{
    return m_vault;
}

void ReadinessModel::setAges(Ages ages)
{
    m_agesOf = std::move(ages);
    refreshAges();
}

std::optional<SecretAge> ReadinessModel::computeAge(int row) const
{
    if (!m_agesOf || !m_hasReport || row < 0 || row >= m_report.items.size())
        return std::nullopt;
    const ReadinessItem& item = m_report.items.at(row);
    if (item.status != SecretStatus::Set)
        return std::nullopt;
    return m_agesOf(item.key);
}

std::optional<SecretAge> ReadinessModel::ageAt(int row) const
{
    return m_ages.value(row);
}

namespace {
bool sameAge(const std::optional<SecretAge>& a, const std::optional<SecretAge>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->state == b->state && a->ageDays == b->ageDays && a->reason == b->reason);
}
} // namespace

QList<std::optional<SecretAge>> ReadinessModel::computeAges() const
{
    QList<std::optional<SecretAge>> ages;
    for (int row = 0; row < m_report.items.size(); ++row)
        ages.append(computeAge(row));
    return ages;
}

bool ReadinessModel::updateAges()
{
    const QList<std::optional<SecretAge>> fresh = computeAges();
    const QList<std::optional<SecretAge>> old = std::exchange(m_ages, fresh);
    bool changed = false;
    for (int row = 0; row < fresh.size(); ++row)
        if (row >= old.size() || !sameAge(old.at(row), fresh.at(row))) {
            changed = true;
            emit dataChanged(index(row, AgeColumn), index(row, AgeColumn));
        }
    return changed;
}

void ReadinessModel::refreshAges()
{
    if (updateAges())
        emit reportChanged();
}

QStringList ReadinessModel::dueForRotation() const
{
    QStringList keys;
    for (int row = 0; row < m_ages.size(); ++row) {
        const std::optional<SecretAge>& age = m_ages.at(row);
        if (age && age->state != AgeState::Ok && stateAt(row) == SecretState::Set)
            keys << m_report.items.at(row).key;
    }
    return keys;
}

void ReadinessModel::setManifest(const Manifest& manifest)
{
    // Until the new report arrives, show the declared keys as "checking".
    beginResetModel();
    m_manifest = manifest;
    m_report = {};
    m_report.appName = manifest.name;
    for (const SecretRequirement& req : manifest.secrets) {
        bool seen = false; // an invalid manifest may repeat a key; Readiness lists it once
        for (const ReadinessItem& item : std::as_const(m_report.items))
            seen = seen || item.key == req.key;
        if (!seen)
            m_report.items.append(
                {req.key, req.description, req.optional, SecretStatus::Missing, {}, {}});
    }
    m_hasReport = false;
    m_ages.clear();
    endResetModel();
    evaluate();
}

void ReadinessModel::setKeychainState(KeychainState state)
{
    if (m_keychain == state)
        return;
    m_keychain = state;
    if (!m_report.items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit reportChanged();
}

void ReadinessModel::evaluate()
{
    if (!m_vault)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    auto answer = [this, generation](const ReadinessReport& report) {
        --m_pending;
        // An older evaluation answering late must not overwrite a newer one.
        if (generation == m_generation)
            apply(report);
    };
    if (m_listed)
        Readiness::evaluate(m_manifest, *m_vault, m_listed, this, answer);
    else
        Readiness::evaluate(m_manifest, *m_vault, this, answer);
}

void ReadinessModel::apply(const ReadinessReport& report)
{
    bool sameKeys = report.items.size() == m_report.items.size();
    for (int i = 0; sameKeys && i < report.items.size(); ++i)
        sameKeys = report.items.at(i).key == m_report.items.at(i).key;
    const bool wasChecking = !m_hasReport;
    if (!sameKeys) {
        beginResetModel();
        m_report = report;
        m_hasReport = true;
        m_ages = computeAges();
        endResetModel();
    } else {
        const ReadinessReport old = m_report;
        m_report = report;
        m_hasReport = true;
        for (int row = 0; row < report.items.size(); ++row) {
            const ReadinessItem& a = old.items.at(row);
            const ReadinessItem& b = report.items.at(row);
            if (wasChecking || a.status != b.status || a.description != b.description ||
                a.optional != b.optional || a.detail != b.detail || a.reason != b.reason)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        updateAges(); // reported with the rest, just below
    }
    emit reportChanged();
    if (report.keychainError && isKeychainError(report.keychainError.kind))
        emit keychainFailed(report.keychainError);
}

SecretState ReadinessModel::stateAt(int row) const
{
    if (!m_hasReport || row < 0 || row >= m_report.items.size())
        return SecretState::Checking;
    const ReadinessItem& item = m_report.items.at(row);
    if (m_keychain == KeychainState::Unavailable || m_keychain == KeychainState::NotResponding)
        return SecretState::Unreadable;
    switch (item.status) {
    case SecretStatus::Set:
        return m_keychain == KeychainState::Locked ? SecretState::Locked : SecretState::Set;
    case SecretStatus::Missing:
        return item.optional ? SecretState::NotSet : SecretState::Missing;
    case SecretStatus::Unreadable:
        return item.reason == ErrorKind::Locked ? SecretState::Locked : SecretState::Unreadable;
    }
    return SecretState::Checking;
}

ReadinessReport ReadinessModel::shownReport() const
{
    ReadinessReport shown = m_report;
    for (int row = 0; row < shown.items.size(); ++row) {
        ReadinessItem& item = shown.items[row];
        switch (stateAt(row)) {
        case SecretState::Locked:
            item.status = SecretStatus::Unreadable;
            item.reason = ErrorKind::Locked;
            break;
        case SecretState::Unreadable:
            item.status = SecretStatus::Unreadable;
            break;
        default:
            break;
        }
    }
    if (!shown.keychainError && m_keychain == KeychainState::Locked)
        shown.keychainError = {ErrorKind::Locked, tr("The keychain is locked.")};
    return shown;
}

int ReadinessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int ReadinessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadinessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReadinessItem& item = m_report.items.at(index.row());
    const SecretState state = stateAt(index.row());
    switch (role) {
    case KeyRole:
        return item.key;
    case OptionalRole:
        return item.optional;
    case StatusRole:
        return m_hasReport ? int(item.status) : kChecking;
    case StateRole:
        return int(state);
    case AgeStateRole: {
        const std::optional<SecretAge> age = m_ages.value(index.row());
        return int(age && state == SecretState::Set ? age->state : AgeState::Ok);
    }
    case DescriptionRole:
        return item.description;
    case DetailRole:
        return item.detail;
    case SortRole:
        if (index.column() == StatusColumn)
            return int(state);
        if (index.column() == AgeColumn) {
            const std::optional<SecretAge> age = m_ages.value(index.row());
            return age ? age->ageDays : qint64(-1);
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return item.key;
        case NeedColumn:
            return item.optional ? tr("Optional") : tr("Required");
        case StatusColumn:
            return SecretStateText::label(state);
        case AgeColumn: {
            const std::optional<SecretAge> age = m_ages.value(index.row());
            return age && state == SecretState::Set ? SecretAge::columnText(*age) : QString();
        }
        case DescriptionColumn:
            return item.description;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgeColumn) {
            const std::optional<SecretAge> age = m_ages.value(index.row());
            if (!age || state != SecretState::Set)
                return {};
            if (age->state == AgeState::Ok)
                return age->ageDays == 1 ? tr("Last set 1 day ago.")
                                         : tr("Last set %1 days ago.").arg(age->ageDays);
            return tr("%1: %2. Set a new value.").arg(item.key, age->reason);
        }
        switch (state) {
        case SecretState::Locked:
            return tr("%1 is in the keychain, which is locked: unlock it to use the secret.")
                .arg(item.key);
        case SecretState::Unreadable:
            return item.detail.isEmpty() ? tr("The keychain cannot be asked right now.")
                                         : item.detail;
        case SecretState::Missing:
        case SecretState::NotSet:
            return tr("Double-click or press Enter to set %1.").arg(item.key);
        default:
            return item.description;
        }
    }
    return {};
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NeedColumn:
        return tr("Needed");
    case StatusColumn:
        return tr("Status");
    case AgeColumn:
        return tr("Age");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QString ReadinessModel::keyAt(int row) const
{
    return row >= 0 && row < m_report.items.size() ? m_report.items.at(row).key : QString();
}

int ReadinessModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_report.items.size(); ++row)
        if (m_report.items.at(row).key == key)
            return row;
    return -1;
}

QStringList ReadinessModel::missingRequired() const
{
    QStringList keys;
    for (int row = 0; row < m_report.items.size(); ++row)
        if (stateAt(row) == SecretState::Missing)
            keys << m_report.items.at(row).key;
    return keys;
}

} // namespace latchkey
