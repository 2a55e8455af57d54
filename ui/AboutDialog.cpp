#include "AboutDialog.h"

#include "KeychainFactory.h"
#include "Licenses.h"
#include "Session.h"
#include "Vault.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace latchkey {

AboutDialog::AboutDialog(const Session* session, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Latchkey"));
    KeychainStatus status = session->keychain();
    if (status.store.isEmpty() && session->vault())
        status.store = session->vault()->store()->description();
    const QString keychain =
        status.state == KeychainState::Unknown
            ? status.where()
            : tr("%1, %2").arg(status.where(), KeychainStatus::stateText(status.state));
    m_text = tr("<h2>Latchkey %1</h2>"
                "<p>Keeps the secrets your apps declare in inf.yml in the system keychain, and "
                "tells you whether an app is ready to run.</p>"
                "<p><b>Keychain:</b> %2 (backend: %3)<br><b>Vault:</b> %4<br><b>Qt:</b> %5</p>"
                "%6"
                "<p><a href=\"https://latchkey.dev\">latchkey.dev</a> &mdash; the command line: "
                "<code>latchkey-cli --help</code>, <code>man latchkey-cli</code></p>")
                 .arg(QApplication::applicationVersion().toHtmlEscaped(), keychain.toHtmlEscaped(),
                      keychainBackend().toHtmlEscaped(), session->vaultName().toHtmlEscaped(),
                      QString::fromLatin1(qVersion()), Licenses::licenceHtml());
    auto* label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace latchkey
