#include "PreferencesDialog.h"

#include "Autostart.h"
#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace latchkey {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_clipboard(new QSpinBox(this))
    , m_reveal(new QSpinBox(this))
    , m_closeToTray(new QCheckBox(tr("&Close to the system tray"), this))
    , m_startMinimized(new QCheckBox(tr("Start &minimized"), this))
    , m_autostart(new QCheckBox(tr("Start Latchkey when I &log in"), this))
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
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
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
