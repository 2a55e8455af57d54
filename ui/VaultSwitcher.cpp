#include "VaultSwitcher.h"

#include "Session.h"

#include <QInputDialog>

namespace latchkey {

namespace {
// The data of the "New Vault…" entry: not a valid vault name, so never a vault.
const QString kNewVaultItem = QStringLiteral("\x01new");
} // namespace

VaultSwitcher::VaultSwitcher(Session* session, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("vaultSwitcher"));
    setToolTip(tr("Vault: a separate set of secrets, e.g. for staging or production"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_session, &Session::vaultNamesChanged, this, &VaultSwitcher::populate);
    connect(m_session, &Session::vaultChanged, this, &VaultSwitcher::populate);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString name = itemData(index).toString();
        if (name == kNewVaultItem) {
            populate(); // back to the open vault while the name is asked for
            return askForNewVault();
        }
        m_session->openVault(name);
    });
    populate();
}

void VaultSwitcher::populate()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const QString& name : m_session->vaultNames())
        addItem(m_session->vaultLabel(name), name);
    insertSeparator(count());
    addItem(tr("New Vault\u2026"), kNewVaultItem);
    setCurrentIndex(findData(m_session->vaultName()));
}

void VaultSwitcher::askForNewVault()
{
    auto* dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("newVaultDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Vault"));
    dialog->setLabelText(tr("Name of the new vault (letters, digits, '-', '_' and '.'):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (name.isEmpty())
            return;
        if (const Error error = m_session->createVault(name))
            emit refused(error.message);
    });
    dialog->open();
}

} // namespace latchkey
