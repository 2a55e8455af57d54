#pragma once

#include "ImportPlan.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QAction;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace latchkey {

class Vault;

// File ▸ Import…: the entries of a .env or JSON file in a masked preview
// (ImportPlan.h decides what each one would do), where the user ticks the
// keys to take. New keys are ticked; ticking a key the vault already has
// replaces its value; empty and invalid entries cannot be ticked. Values
// are shown only masked (Mask.h) and wiped when the dialog closes.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { TakeColumn, KeyColumn, ValueColumn, LineColumn, StatusColumn };

    ImportDialog(const QString& path, Vault* vault, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The File menu's "Import…" action: asks for a file, then shows the
    // dialog for the vault `vault()` returns at that moment.
    static QAction* createAction(QWidget* window, std::function<Vault*()> vault);

    bool isReady() const { return m_ready; }

public slots:
    // Stores the ticked keys, one after another; emits finished() at the end.
    void importChecked();

signals:
    void ready();                          // the preview is filled in
    void imported(const QString& summary); // the ticked keys were stored (or one failed)

private:
    void showPlan(const QSet<QString>& existing);
    void storeNext();

    QPointer<Vault> m_vault;
    QString m_path;
    EnvFile m_file;
    ImportPlan m_plan;
    QList<int> m_queue; // rows still to store
    int m_added = 0, m_updated = 0;
    bool m_ready = false;
    QLabel* m_message;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace latchkey
