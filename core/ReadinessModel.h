#pragma once

#include "KeychainStatus.h"
#include "Manifest.h"
#include "Readiness.h"
#include "SecretAge.h"
#include "SecretState.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>
#include <optional>

namespace latchkey {

class Vault;

// A readiness report as a table: key, required/optional, status, age,
// description. The age column says how old a set key's value is and whether
// it is stale, expiring or flagged for rotation (SecretAge.h), by the rule of
// the vault's own table (VaultModel), which the owner passes as setAges().
// Whoever owns it says when to evaluate (OpenManifest does, when the manifest,
// one of its keys or the keychain's state changes); rows are updated in place.
// Holds no values: Readiness answers with statuses only.
class ReadinessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, NeedColumn, StatusColumn, AgeColumn, DescriptionColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        OptionalRole,    // bool
        StatusRole,      // int(SecretStatus), or kChecking before the first answer
        DescriptionRole, // the manifest's description of the key
        DetailRole,      // why a key is unreadable
        SortRole,
        StateRole,    // int(SecretState): what the row shows, keychain state included
        AgeStateRole, // int(AgeState) of a set key; Ok when not set or not known
    };
    // The age of a key the vault lists; none when it lists no such key.
    using Ages = std::function<std::optional<SecretAge>(const QString& key)>;
    static constexpr int kChecking = -1;

    explicit ReadinessModel(QObject* parent = nullptr);

    void setVault(Vault* vault);
    Vault* vault() const;
    // Answers whether the index lists a key, for stores that cannot tell
    // locked from missing (see Readiness::evaluate).
    void setListed(Readiness::Listed listed) { m_listed = std::move(listed); }
    // Where the age column's ages come from; every row is shown afresh.
    void setAges(Ages ages);
    // Shows `manifest`'s keys as checking, then evaluates.
    void setManifest(const Manifest& manifest);
    const Manifest& manifest() const { return m_manifest; }
    // The keychain as a whole. A locked or unreachable keychain changes the
    // rows at once, before the next evaluation answers.
    void setKeychainState(KeychainState state);
    KeychainState keychainState() const { return m_keychain; }

    // The report as the keychain last answered it.
    const ReadinessReport& report() const { return m_report; }
    // The report as the rows show it: with the keychain's state applied.
    ReadinessReport shownReport() const;
    bool isEvaluating() const { return m_pending > 0; }
    bool hasReport() const { return m_hasReport; }
    SecretState stateAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOf(const QString& key) const;
    // Required keys the keychain (unlocked) says it does not have, in
    // manifest order. A locked or unreadable key is never listed: it exists.
    QStringList missingRequired() const;
    // Declared keys whose value is set and stale, expiring or flagged for
    // rotation, in manifest order.
    QStringList dueForRotation() const;
    // The age shown for `row`; none when its key has no value (or no ages).
    std::optional<SecretAge> ageAt(int row) const;

public slots:
    void evaluate();
    // Asks setAges() again (the vault's table changed): rows whose age
    // changed are updated.
    void refreshAges();

signals:
    // A fresh report arrived, or the keychain's state changed what the rows show.
    void reportChanged();
    // A check failed because of the keychain (not answering, locked, gone):
    // the session asks the keychain for its state and checks again once it
    // answers.
    void keychainFailed(const latchkey::Error& error);

private:
    void apply(const ReadinessReport& report);
    std::optional<SecretAge> computeAge(int row) const;
    QList<std::optional<SecretAge>> computeAges() const; // one per row
    // Takes the ages afresh and updates the rows whose age changed; says
    // whether any did.
    bool updateAges();

    QPointer<Vault> m_vault;
    Readiness::Listed m_listed;
    Manifest m_manifest;
    ReadinessReport m_report; // items in manifest order
    Ages m_agesOf;
    QList<std::optional<SecretAge>> m_ages; // per row, as last computed
    KeychainState m_keychain = KeychainState::Unknown;
    bool m_hasReport = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace latchkey
