#include "MembersDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latchkey {

namespace {

enum Column { PersonColumn, FingerprintColumn, StateColumn, ColumnCount };

} // namespace

MembersDialog::MembersDialog(TeamStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_id(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_file(new QPushButton(tr("From Key &File…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members — %1").arg(store ? store->vault() : QString()));
    resize(680, 380);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Fingerprint"), tr("Key")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_id->setObjectName(QStringLiteral("memberId"));
    m_id->setPlaceholderText(tr("Key id, fingerprint or e-mail of a key in your keyring"));
    m_status->setObjectName(QStringLiteral("membersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_file->setObjectName(QStringLiteral("addMemberFromFile"));

    auto* intro = new QLabel(tr("Every secret of this vault is encrypted for each member. Adding "
                                "or removing one encrypts them all again and commits the change."),
                             this);
    intro->setWordWrap(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_id, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_file);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!m_id->text().trimmed().isEmpty())
            add(m_id->text().trimmed());
    });
    connect(m_id, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_file, &QPushButton::clicked, this, &MembersDialog::addFromFile);
    connect(m_remove, &QPushButton::clicked, this, &MembersDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_busy && !m_table->selectedItems().isEmpty()); });
    reload();
}

void MembersDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_add->setEnabled(!busy);
    m_file->setEnabled(!busy);
    m_remove->setEnabled(!busy && !m_table->selectedItems().isEmpty());
    if (busy)
        m_status->setText(tr("Encrypting every secret for the new members…"));
}

void MembersDialog::reload()
{
    if (!m_store)
        return;
    m_busy = true;
    m_store->members(this, [this](const Result<QList<Recipient>>& members) {
        m_busy = false;
        m_table->setRowCount(0);
        if (!members) {
            m_status->setText(members.error().message);
            emit settled();
            return;
        }
        for (const Recipient& r : *members) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            QString state = r.usable() ? tr("valid") : r.problem;
            if (r.usable() && r.expires.isValid())
                state = tr("valid until %1").arg(QLocale().toString(r.expires.date()));
            if (r.secret)
                state += tr(" — you");
            auto* person = new QTableWidgetItem(r.person());
            person->setData(Qt::UserRole, r.fingerprint.isEmpty() ? r.id : r.fingerprint);
            m_table->setItem(row, PersonColumn, person);
            m_table->setItem(row, FingerprintColumn,
                             new QTableWidgetItem(r.fingerprint.isEmpty() ? r.id : r.fingerprint));
            m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
        }
        m_table->resizeColumnsToContents();
        m_remove->setEnabled(false);
        emit settled();
    });
}

void MembersDialog::report(const Result<MemberChange>& change, bool added)
{
    setBusy(false);
    if (!change) {
        m_status->setText(change.error().message);
        emit settled();
        return;
    }
    const MemberChange& c = *change;
    QString text;
    if (c.unchanged)
        text = tr("%1 is already a member; nothing was changed.").arg(c.member.person());
    else if (added)
        text = tr("Added %1; %n secret(s) encrypted for them.", nullptr, c.reencrypted)
                   .arg(c.member.person());
    else
        text = tr("Removed %1. %n secret(s) they could read now need new values: set them again.",
                  nullptr, static_cast<int>(c.rotate.size()))
                   .arg(c.member.person());
    const QString pushed = c.pushed.notice(m_store ? m_store->vault() : QString());
    if (!pushed.isEmpty())
        text += u' ' + pushed;
    m_status->setText(text);
    m_id->clear();
    if (!c.unchanged)
        emit changed(text);
    reload();
}

void MembersDialog::add(const QString& who)
{
    if (!m_store || m_busy)
        return;
    setBusy(true);
    m_store->addMember(who, this,
                       [this](const Result<MemberChange>& change) { report(change, true); });
}

void MembersDialog::addFromFile()
{
    // open(), not the static getOpenFileName(): the team store answers on this
    // event loop, and a nested one would run its answers under the chooser.
    auto* chooser = new QFileDialog(this, tr("A Member's Public Key"), QString(),
                                    tr("OpenPGP keys (*.asc *.gpg *.pub *.key);;All files (*)"));
    chooser->setObjectName(QStringLiteral("memberKeyChooser"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString& file) {
        if (!file.isEmpty())
            add(file);
    });
    chooser->open();
}

void MembersDialog::remove(const QString& fingerprint)
{
    if (!m_store || m_busy)
        return;
    setBusy(true);
    m_store->removeMember(fingerprint, this,
                          [this](const Result<MemberChange>& change) { report(change, false); });
}

void MembersDialog::removeSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem* person = m_table->item(selected.first()->row(), PersonColumn);
    const QString who = person->text();
    const QString fingerprint = person->data(Qt::UserRole).toString();
    // open(), not exec(): the keychain and git answer on this event loop.
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Remove Member"),
        tr("Remove %1 from this vault?\n\nThey will not be able to read new values. They may have "
           "kept the current ones, and the old files stay in git's history: every secret they "
           "could read will be marked as needing rotation until you set a new value.")
            .arg(who),
        QMessageBox::Cancel | QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("confirmRemoveMember"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, fingerprint](int answer) {
        if (answer == QMessageBox::Ok)
            remove(fingerprint);
    });
    box->open();
}

} // namespace latchkey
