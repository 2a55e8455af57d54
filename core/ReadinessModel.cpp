#include "ReadinessModel.h"

#include "Vault.h"

#include <QTimer>

namespace latchkey {

ReadinessModel::ReadinessModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &ReadinessModel::evaluate);
}

void ReadinessModel::setVault(Vault* vault)
{
    if (m_vault == vault)
        return;
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (m_vault) {
        connect(m_vault, &Vault::changed, m_debounce, qOverload<>(&QTimer::start));
        // Unlocked, locked, or the provider restarted: the verdict may have changed.
        connect(m_vault, &Vault::stateChanged, m_debounce, qOverload<>(&QTimer::start));
        m_vault->watch();
    }
    evaluate();
}

void ReadinessModel::setManifest(const Manifest& manifest)
{
    // Until the new report arrives, show the declared keys as "checking".
    beginResetModel();
    m_manifest = manifest;
    m_report = {};
    m_report.appName = manifest.name;
    for (const SecretRequirement& req : manifest.secrets)
        m_report.items.append({req.key, req.description, req.optional, SecretStatus::Missing, {}});
    m_hasReport = false;
    endResetModel();
    evaluate();
}

void ReadinessModel::evaluate()
{
    if (!m_vault)
        return;
    const quint64 generation = ++m_generation;
    ++m_pending;
    Readiness::evaluate(m_manifest, *m_vault, this,
                        [this, generation](const ReadinessReport& report) {
                            --m_pending;
                            // An older evaluation answering late must not
                            // overwrite a newer one.
                            if (generation == m_generation)
                                apply(report);
                        });
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
        endResetModel();
    } else {
        const ReadinessReport old = m_report;
        m_report = report;
        m_hasReport = true;
        for (int row = 0; row < report.items.size(); ++row) {
            const ReadinessItem& a = old.items.at(row);
            const ReadinessItem& b = report.items.at(row);
            if (wasChecking || a.status != b.status || a.description != b.description ||
                a.optional != b.optional || a.detail != b.detail)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    emit reportChanged();
}

int ReadinessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int ReadinessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReadinessModel::statusText(int status, bool optional)
{
    // A symbol and a word, so the status reads without colour.
    switch (status) {
    case int(SecretStatus::Set):
        return tr("\u2714 Set");
    case int(SecretStatus::Missing):
        return optional ? tr("\u2013 Not set (optional)") : tr("\u2718 Missing");
    case int(SecretStatus::Unreadable):
        return tr("\u26A0 Unreadable");
    default:
        return tr("\u2026 Checking");
    }
}

QVariant ReadinessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReadinessItem& item = m_report.items.at(index.row());
    const int status = m_hasReport ? int(item.status) : kChecking;
    switch (role) {
    case KeyRole:
        return item.key;
    case OptionalRole:
        return item.optional;
    case StatusRole:
        return status;
    case DescriptionRole:
        return item.description;
    case DetailRole:
        return item.detail;
    case SortRole:
        if (index.column() == StatusColumn)
            return status;
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return item.key;
        case NeedColumn:
            return item.optional ? tr("Optional") : tr("Required");
        case StatusColumn:
            return statusText(status, item.optional);
        case DescriptionColumn:
            return item.description;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !item.detail.isEmpty())
            return item.detail;
        if (status == int(SecretStatus::Missing))
            return tr("Double-click or press Enter to set %1.").arg(item.key);
        return item.description;
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
    for (const ReadinessItem& item : m_report.items)
        if (!item.optional && item.status != SecretStatus::Set)
            keys << item.key;
    return keys;
}

} // namespace latchkey
