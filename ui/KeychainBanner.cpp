#include "KeychainBanner.h"

#include "SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace latchkey {

KeychainBanner::KeychainBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("keychainBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning tint derived from the palette so it reads in light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = base.lightness() > 128 ? QColor(255, 236, 179) : QColor(102, 77, 0);
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, base.lightness() > 128 ? Qt::black : Qt::white);
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size, QIcon::Normal));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &KeychainBanner::probe);
    hide();
}

void KeychainBanner::setStore(SecretStore* store)
{
    m_store = store;
    m_known = false;
    probe();
}

void KeychainBanner::probe()
{
    if (!m_store || m_probing)
        return;
    m_probing = true;
    m_retry->setEnabled(false);
    m_store->probe(this, [this](const Error& error) {
        m_probing = false;
        m_retry->setEnabled(true);
        // NotFound answers for the probe key: the store is there and open.
        report(error.kind == ErrorKind::NotFound ? Error{} : error);
    });
}

void KeychainBanner::report(const Error& error)
{
    // Only errors about the keychain itself belong here; a bad key does not.
    const bool keychainProblem = error.kind == ErrorKind::Unavailable ||
                                 error.kind == ErrorKind::AccessDenied ||
                                 error.kind == ErrorKind::Timeout;
    if (error && !keychainProblem)
        return;
    m_known = true;
    m_status = error;
    m_text->setText(message());
    setVisible(bool(m_status));
    emit statusChanged();
}

QString KeychainBanner::message() const
{
    const QString store = m_store ? m_store->description() : tr("keychain");
    switch (m_status.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::AccessDenied:
        return tr("<b>The keychain (%1) is locked.</b> Secrets cannot be read or saved until you "
                  "unlock it, for example in Passwords and Keys, then press Retry. Details: %2")
            .arg(store.toHtmlEscaped(), m_status.message.toHtmlEscaped());
    case ErrorKind::Timeout:
        return tr("<b>The keychain (%1) is not answering.</b> Nothing can be saved right now. "
                  "Restart the keyring service or log out and in again, then press Retry.")
            .arg(store.toHtmlEscaped());
    default:
        return tr("<b>No keychain is available (%1).</b> Secrets cannot be saved or read, and "
                  "nothing will be stored until one is. Details: %2")
            .arg(store.toHtmlEscaped(), m_status.message.toHtmlEscaped());
    }
}

QString KeychainBanner::summary() const
{
    const QString store = m_store ? m_store->description() : tr("no keychain");
    if (m_probing && !m_known)
        return tr("Keychain: %1 (checking…)").arg(store);
    switch (m_status.kind) {
    case ErrorKind::None:
        return m_known ? tr("Keychain: %1").arg(store) : tr("Keychain: %1 (checking…)").arg(store);
    case ErrorKind::AccessDenied:
        return tr("Keychain: %1 — locked").arg(store);
    default:
        return tr("Keychain: %1 — unavailable").arg(store);
    }
}

} // namespace latchkey
