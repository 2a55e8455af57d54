#include "TrashDialog.h"

#include "Session.h"
#include "TrashModel.h"
#include "Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace latchkey {

TrashDialog::TrashDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TrashModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_purge(new QPushButton(tr("Delete for &Good\u2026"), this))
    , m_empty(new QPushButton(tr("&Empty Trash\u2026"), this))
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TrashModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_status->setObjectName(QStringLiteral("trashStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("trashRestoreButton"));
    m_restore->setToolTip(tr("Bring the selected secret back, with its value and description"));
    m_purge->setObjectName(QStringLiteral("trashPurgeButton"));
    m_purge->setToolTip(tr("Remove the selected secret and its earlier values from the keychain "
                           "for good"));
    m_empty->setObjectName(QStringLiteral("emptyTrashButton"));
    m_empty->setToolTip(tr("Remove every secret in the trash from the keychain for good"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    buttons->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::confirmPurge);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::confirmEmpty);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &TrashDialog::restoreSelected);
    if (m_session) {
        connect(m_session, &Session::trashChanged, this, &TrashDialog::reload);
        connect(m_session, &Session::vaultChanged, this, &TrashDialog::reload);
    }
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 22);
    reload();
}

QString TrashDialog::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void TrashDialog::reload()
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    const QString selected = selectedKey();
    m_model->setTrash(m_session ? m_session->trash() : QList<SecretInfo>{},
                      vault ? vault->lifecycle().trashDays : 0,
                      vault ? vault->sharedClock() : Clock::system());
    setWindowTitle(vault ? tr("Trash of %1").arg(vault->name()) : tr("Trash"));
    // The reset forgot the selection: keep it on the same secret.
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectRow(row);
    m_table->resizeColumnToContents(TrashModel::KeyColumn);
    m_table->resizeColumnToContents(TrashModel::DeletedColumn);
    m_table->resizeColumnToContents(TrashModel::DaysLeftColumn);
    if (m_busy == 0) {
        if (vault && !vault->store()->keepsPast())
            m_status->setText(tr("This vault keeps no trash: a deleted secret is gone at once."));
        else if (m_model->rowCount() == 0)
            m_status->setText(tr("The trash is empty."));
        else if (vault)
            m_status->setText(tr("Days a deleted secret stays here before it is removed for "
                                 "good: %1.")
                                  .arg(vault->lifecycle().trashDays));
        m_status->setPalette(palette());
    }
    updateButtons();
}

void TrashDialog::updateButtons()
{
    const bool idle = m_busy == 0 && m_session && m_session->vault();
    const bool chosen = !selectedKey().isEmpty();
    m_restore->setEnabled(idle && chosen);
    m_purge->setEnabled(idle && chosen);
    m_empty->setEnabled(idle && m_model->rowCount() > 0);
}

void TrashDialog::settle(const Error& error, const QString& done)
{
    --m_busy;
    if (error) {
        QPalette red = palette();
        red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_status->setPalette(red);
        m_status->setText(error.message);
        updateButtons();
        return emit failed(error);
    }
    emit notice(done);
    reload();
}

void TrashDialog::restoreSelected()
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    const QString key = selectedKey();
    if (!vault || key.isEmpty() || m_busy > 0)
        return;
    ++m_busy;
    updateButtons();
    m_status->setText(tr("Restoring %1\u2026").arg(key));
    vault->restore(key, this, [this, key](const Error& error) {
        settle(error, tr("Restored %1 from the trash.").arg(key));
    });
}

void TrashDialog::confirmPurge()
{
    const QString key = selectedKey();
    if (key.isEmpty() || m_busy > 0)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete for Good"),
                                tr("Delete %1 for good?").arg(key), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmPurge"));
    box->setInformativeText(tr("Its value and its earlier values are removed from the keychain. "
                               "This cannot be undone."));
    QPushButton* remove = box->addButton(tr("Delete for &Good"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmPurgeButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the answer comes through finished().
    connect(box, &QMessageBox::finished, this, [this, box, remove, key] {
        if (box->clickedButton() == remove)
            purge(key);
    });
    box->open();
}

void TrashDialog::purge(const QString& key)
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    if (!vault || m_busy > 0)
        return;
    ++m_busy;
    updateButtons();
    m_status->setText(tr("Deleting %1 for good\u2026").arg(key));
    vault->purge(key, this, [this, key](const Error& error) {
        settle(error, tr("Deleted %1 for good.").arg(key));
    });
}

void TrashDialog::confirmEmpty()
{
    if (m_model->rowCount() == 0 || m_busy > 0)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Empty Trash"),
                                tr("Delete every secret in the trash for good?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmEmptyTrash"));
    box->setInformativeText(tr("Secrets in the trash: %1. Their values are removed from the "
                               "keychain. This cannot be undone.")
                                .arg(m_model->rowCount()));
    QPushButton* empty = box->addButton(tr("&Empty Trash"), QMessageBox::DestructiveRole);
    empty->setObjectName(QStringLiteral("confirmEmptyTrashButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, empty] {
        if (box->clickedButton() == empty)
            emptyTrash();
    });
    box->open();
}

void TrashDialog::emptyTrash()
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    if (!vault || m_busy > 0)
        return;
    ++m_busy;
    updateButtons();
    m_status->setText(tr("Emptying the trash\u2026"));
    vault->emptyTrash(this,
                      [this](const Error& error) { settle(error, tr("Emptied the trash.")); });
}

} // namespace latchkey
