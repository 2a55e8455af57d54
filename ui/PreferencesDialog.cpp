#include "PreferencesDialog.h"

#include "Autostart.h"
#include "Lifecycle.h"
#include "SecretAge.h"
#include "Session.h"
#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace latchkey {

PreferencesDialog::PreferencesDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_clipboard(new QSpinBox(this))
    , m_reveal(new QSpinBox(this))
    , m_closeToTray(new QCheckBox(tr("&Close to the system tray"), this))
    , m_startMinimized(new QCheckBox(tr("Start &minimized"), this))
    , m_autostart(new QCheckBox(tr("Start Latchkey when I &log in"), this))
    , m_session(session)
    , m_vault(session ? session->vaultName() : QString())
    , m_history(new QSpinBox(this))
    , m_trashDays(new QSpinBox(this))
    , m_rotateDays(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_clipboard->setObjectName(QStringLiteral("clipboardDelay"));
    m_reveal->setObjectName(QStringLiteral("revealDuration"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    m_autostart->setObjectName(QStringLiteral("startAtLogin"));
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_clipboard->setRange(0, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never (only on quit)"));
    m_clipboard->setValue(Settings::clipboardClearSeconds());
    m_clipboard->setToolTip(tr("A copied value is removed from the clipboard after this delay, "
                               "unless you have copied something else since."));
    m_reveal->setRange(1, 600);
    m_reveal->setSuffix(tr(" s"));
    m_reveal->setValue(Settings::revealSeconds());
    m_reveal->setToolTip(tr("How long a revealed value stays visible before it is hidden again."));
    m_closeToTray->setChecked(Settings::closeToTray());
    m_closeToTray->setToolTip(tr("Closing the window keeps Latchkey running in the tray, when "
                                 "the desktop has one."));
    m_startMinimized->setChecked(Settings::startMinimized());
    m_autostart->setChecked(Autostart::isEnabled());
    m_autostart->setVisible(Autostart::isSupported());
    m_autostart->setToolTip(
        tr("Adds Latchkey to your desktop's autostart programs (%1).").arg(Autostart::entryPath()));

    const Lifecycle lifecycle = Lifecycle::load(m_vault);
    m_history->setObjectName(QStringLiteral("historyVersions"));
    m_history->setRange(0, Lifecycle::kMaxHistory);
    m_history->setSpecialValueText(tr("None"));
    m_history->setValue(lifecycle.history);
    m_history->setToolTip(tr("How many earlier values of each secret the keychain keeps, so that "
                             "a value replaced by mistake can be restored."));
    m_trashDays->setObjectName(QStringLiteral("trashDays"));
    m_trashDays->setRange(0, Lifecycle::kMaxTrashDays);
    m_trashDays->setSuffix(tr(" days"));
    m_trashDays->setSpecialValueText(tr("Delete at once"));
    m_trashDays->setValue(lifecycle.trashDays);
    m_trashDays->setToolTip(tr("A deleted secret stays in the vault's trash this long and can be "
                               "restored; then it is removed for good."));
    m_rotateDays->setObjectName(QStringLiteral("rotateEveryDays"));
    m_rotateDays->setRange(0, 36500);
    m_rotateDays->setSuffix(tr(" days"));
    m_rotateDays->setSpecialValueText(tr("Never"));
    m_rotateDays->setValue(lifecycle.rotateDays);
    m_rotateDays->setToolTip(tr("A secret without a rotation period of its own is stale once its "
                                "value is this old."));
    auto* vaultBox = new QGroupBox(tr("Vault \u201c%1\u201d").arg(m_vault), this);
    vaultBox->setObjectName(QStringLiteral("vaultLifecycle"));
    auto* vaultForm = new QFormLayout(vaultBox);
    vaultForm->addRow(tr("Keep earlier &values:"), m_history);
    vaultForm->addRow(tr("Keep deleted secrets for:"), m_trashDays);
    vaultForm->addRow(tr("&Rotate secrets every:"), m_rotateDays);
    vaultBox->setVisible(m_session && !m_vault.isEmpty());

    auto* form = new QFormLayout;
    form->addRow(tr("Clear the clipboard after:"), m_clipboard);
    form->addRow(tr("Hide a revealed value after:"), m_reveal);
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), m_startMinimized);
    form->addRow(QString(), m_autostart);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(vaultBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    if (m_session && !m_vault.isEmpty()) {
        const Lifecycle before = Lifecycle::load(m_vault);
        const QList<std::pair<QString, QString>> wanted = {
            {QStringLiteral("history"), QString::number(m_history->value())},
            {QStringLiteral("trash-days"), QString::number(m_trashDays->value())},
            {QStringLiteral("rotate-every"), periodText(m_rotateDays->value())},
        };
        for (const auto& [name, value] : wanted) {
            if (before.text(name) == value)
                continue;
            if (const Error error = Lifecycle::store(m_vault, name, value)) {
                m_error->setText(error.message);
                m_error->show();
                return;
            }
        }
        // The vault open now applies them at once (another vault reads its
        // own when it is opened).
        if (m_session->vaultName() == m_vault)
            m_session->setLifecycle(Lifecycle::load(m_vault));
    }
    Settings::setClipboardClearSeconds(m_clipboard->value());
    Settings::setRevealSeconds(m_reveal->value());
    Settings::setCloseToTray(m_closeToTray->isChecked());
    Settings::setStartMinimized(m_startMinimized->isChecked());
    if (Autostart::isSupported() && m_autostart->isChecked() != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(m_autostart->isChecked(), &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace latchkey
