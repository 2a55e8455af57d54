#pragma once

#include "Manifest.h"
#include "Readiness.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace latchkey {

class Vault;

// A readiness report as a table: key, required/optional, status, description.
// It re-evaluates by itself when the manifest is replaced or the vault
// changes (also from another process), and updates rows in place. Holds no
// values: Readiness answers with statuses only.
class ReadinessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, NeedColumn, StatusColumn, DescriptionColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        OptionalRole,    // bool
        StatusRole,      // int(SecretStatus), or kChecking before the first answer
        DescriptionRole, // the manifest's description of the key
        DetailRole,      // why a key is unreadable
        SortRole,
    };
    static constexpr int kChecking = -1;

    explicit ReadinessModel(QObject* parent = nullptr);

    void setVault(Vault* vault);
    Vault* vault() const { return m_vault; }
    void setManifest(const Manifest& manifest);
    const Manifest& manifest() const { return m_manifest; }
    const ReadinessReport& report() const { return m_report; }
    // True until the first evaluation of the current manifest has answered.
    bool isEvaluating() const { return m_pending > 0; }
    bool hasReport() const { return m_hasReport; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOf(const QString& key) const;
    // Required keys that are not set, in manifest order.
    QStringList missingRequired() const;

    static QString statusText(int status, bool optional);

public slots:
    void evaluate();

signals:
    // A fresh report arrived (verdict, statuses or keychain error changed).
    void reportChanged();

private:
    void apply(const ReadinessReport& report);

    QPointer<Vault> m_vault;
    Manifest m_manifest;
    ReadinessReport m_report; // items in manifest order
    bool m_hasReport = false;
    int m_pending = 0;
    quint64 m_generation = 0;
    QTimer* m_debounce = nullptr;
};

} // namespace latchkey
