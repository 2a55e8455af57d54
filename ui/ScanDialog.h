#pragma once

#include "LeakScan.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace latchkey {

class Vault;

// "Scan this app's folder": the manifest view's leak scan (LeakScan.h) of
// one folder for the values of one vault, with the same result list as
// `latchkey-cli scan`: file, line, column, key and vault, never a value.
// The values are read from the keychain, searched for on a worker thread
// and wiped when the scan is over.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { FileColumn, LineColumn, ColumnColumn, KeyColumn, VaultColumn };

    ScanDialog(const QString& folder, Vault* vault, QWidget* parent = nullptr);
    ~ScanDialog() override;

    // The manifest view's button: scans the folder `folder()` names with the
    // vault `vault()` returns when clicked.
    static QPushButton* createButton(QWidget* parent, std::function<QString()> folder,
                                     std::function<Vault*()> vault);

    bool isFinished() const { return m_finished; }

public slots:
    void start();

signals:
    void finished();

private:
    void showResult(const LeakScanResult& result);
    void failWith(const QString& message);

    QPointer<Vault> m_vault;
    QString m_folder;
    QLabel* m_summary;
    QTableWidget* m_table;
    std::atomic_bool m_cancel{false};
    bool m_finished = false;
    QThread* m_worker = nullptr;
};

} // namespace latchkey
