#include "ImportDialog.h"

#include "Mask.h"
#include "Vault.h"
#include "Wipe.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latchkey {

ImportDialog::ImportDialog(const QString& path, Vault* vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_path(path)
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Secrets"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Take"), tr("Key"), tr("Value (masked)"), tr("Line"), tr("What happens")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QPushButton* take = m_buttons->addButton(tr("&Import Ticked"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("importButton"));
    take->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(take, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* source =
        new QLabel(tr("From %1 into vault \"%2\"")
                       .arg(QDir::toNativeSeparators(path), vault ? vault->name() : QString()),
                   this);
    source->setTextFormat(Qt::PlainText);
    layout->addWidget(source);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(720, 420);

    m_file = EnvFile::read(path);
    if (m_file.error) {
        m_message->setText(tr("This file cannot be imported; nothing was stored.\n%1")
                               .arg(m_file.error->toString()));
        m_ready = true;
        QMetaObject::invokeMethod(this, &ImportDialog::ready, Qt::QueuedConnection);
        return;
    }
    m_message->setText(tr("Checking which keys the vault already has…"));
    if (!vault)
        return;
    vault->refresh(this, [this](const Error& error, const VaultListing& listing) {
        if (error || listing.status.error()) {
            m_message->setText(error ? error.message : listing.status.error().message);
            m_ready = true;
            emit ready();
            return;
        }
        QSet<QString> existing;
        for (const SecretInfo& info : listing.entries)
            existing.insert(info.key);
        showPlan(existing);
    });
}

ImportDialog::~ImportDialog()
{
    m_file.wipeValues();
    for (ImportItem& item : m_plan.items)
        wipe(item.entry.value);
}

QAction* ImportDialog::createAction(QWidget* window, std::function<Vault*()> vault)
{
    auto* action = new QAction(tr("&Import…"), window);
    action->setObjectName(QStringLiteral("actionImport"));
    action->setStatusTip(tr("Store the secrets of a .env or JSON file in this vault"));
    // Both dialogs are window-modal and open(): no nested event loop on the GUI thread.
    QObject::connect(action, &QAction::triggered, window, [window, vault] {
        auto* chooser = new QFileDialog(window, tr("Import Secrets"), QDir::currentPath(),
                                        tr("Env files (.env *.env .env.* *.json);;All files (*)"));
        chooser->setObjectName(QStringLiteral("importFileDialog"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setOption(QFileDialog::DontResolveSymlinks);
        QObject::connect(chooser, &QFileDialog::fileSelected, window,
                         [window, vault](const QString& path) {
                             if (path.isEmpty())
                                 return;
                             auto* dialog = new ImportDialog(path, vault(), window);
                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                             dialog->open();
                         });
        chooser->open();
    });
    return action;
}

void ImportDialog::showPlan(const QSet<QString>& existing)
{
    // Every entry is offered; the keys the vault has are not ticked (ticking
    // one overwrites it), so the plan is made as for an overwrite.
    m_plan = ImportPlan::make(m_file, existing, nullptr, true);
    m_file.wipeValues();
    m_table->setRowCount(int(m_plan.items.size()));
    for (int row = 0; row < m_plan.items.size(); ++row) {
        const ImportItem& item = m_plan.items.at(row);
        auto* take = new QTableWidgetItem;
        const bool can = item.stores();
        take->setFlags(can ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable
                           : Qt::ItemIsSelectable);
        take->setCheckState(item.action == ImportItem::Action::Add ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, TakeColumn, take);
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(item.entry.key));
        m_table->setItem(row, ValueColumn,
                         new QTableWidgetItem(
                             item.entry.value.isEmpty() ? QString() : maskValue(item.entry.value)));
        m_table->setItem(row, LineColumn, new QTableWidgetItem(QString::number(item.entry.line)));
        QString status;
        switch (item.action) {
        case ImportItem::Action::Add:
            status = tr("new");
            break;
        case ImportItem::Action::Update:
            status = tr("already in the vault; tick to replace its value");
            break;
        default:
            status = ImportPlan::reason(item);
        }
        m_table->setItem(row, StatusColumn, new QTableWidgetItem(status));
    }
    m_message->setText(
        tr("%n entries read. Tick the keys to store.", nullptr, int(m_plan.items.size())));
    m_buttons->findChild<QPushButton*>(QStringLiteral("importButton"))->setEnabled(true);
    m_ready = true;
    emit ready();
}

void ImportDialog::importChecked()
{
    m_queue.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, TakeColumn)->checkState() == Qt::Checked &&
            m_plan.items.at(row).stores())
            m_queue << row;
    m_buttons->findChild<QPushButton*>(QStringLiteral("importButton"))->setEnabled(false);
    m_added = m_updated = 0;
    storeNext();
}

void ImportDialog::storeNext()
{
    if (!m_vault)
        return;
    if (m_queue.isEmpty()) {
        const QString summary =
            tr("Stored %1 new and %2 replaced secrets. The values are in the keychain now: "
               "delete %3 (and any copy of it).")
                .arg(m_added)
                .arg(m_updated)
                .arg(QDir::toNativeSeparators(m_path));
        m_message->setText(summary);
        emit imported(summary);
        return;
    }
    const int row = m_queue.takeFirst();
    ImportItem& item = m_plan.items[row];
    m_message->setText(tr("Storing %1…").arg(item.entry.key));
    m_vault->set(item.entry.key, item.entry.value, std::nullopt, this,
                 [this, row](const Error& error) {
                     ImportItem& stored = m_plan.items[row];
                     if (error) {
                         m_queue.clear();
                         const QString summary =
                             tr("%1 was not stored: %2 (%3 new and %4 replaced secrets were "
                                "stored before it).")
                                 .arg(stored.entry.key, error.message)
                                 .arg(m_added)
                                 .arg(m_updated);
                         m_message->setText(summary);
                         emit imported(summary);
                         return;
                     }
                     (stored.action == ImportItem::Action::Add ? m_added : m_updated)++;
                     m_table->item(row, StatusColumn)->setText(tr("stored"));
                     m_table->item(row, TakeColumn)->setFlags(Qt::ItemIsSelectable);
                     wipe(stored.entry.value);
                     storeNext();
                 });
}

} // namespace latchkey
