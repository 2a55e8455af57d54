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
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("keychainBanner"));
    m_unlock->setObjectName(QStringLiteral("keychainUnlock"));
    m_retry->setObjectName(QStringLiteral("keychainRetry"));
    m_text->setObjectName(QStringLiteral("keychainMessage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning tint derived from the palette so it reads in light and dark themes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor tint = base.lightness() > 128 ? QColor(255, 236, 179) : QColor(102, 77, 0);
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, base.lightness() > 128 ? Qt::black : Qt::white);
    setPalette(pal);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unlock, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &KeychainBanner::probe);
    connect(m_unlock, &QPushButton::clicked, this, &KeychainBanner::unlock);
    QFrame::hide();
}

void KeychainBanner::setStore(SecretStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_status = {};
    if (m_store)
        connect(m_store, &SecretStore::stateChanged, this, &KeychainBanner::probe);
    probe();
}

void KeychainBanner::probe()
{
    if (!m_store)
        return;
    if (m_probing) {
        m_again = true; // the state changed while we were asking: ask once more
        return;
    }
    m_probing = true;
    m_retry->setEnabled(false);
    m_store->status(this, [this](const KeychainStatus& status) {
        m_probing = false;
        m_retry->setEnabled(true);
        show(status);
        if (m_again) {
            m_again = false;
            probe();
        }
    });
}

void KeychainBanner::report(const Error& error)
{
    // Only errors about the keychain itself belong here; a bad key does not.
    if (isKeychainError(error.kind))
        probe();
}

void KeychainBanner::unlock()
{
    if (!m_store || m_unlocking)
        return;
    m_unlocking = true;
    m_unlock->setEnabled(false);
    m_unlock->setText(tr("Waiting for the keychain…"));
    // No deadline: the provider's prompt waits for the user.
    m_store->unlock(this, [this](const Error& error) {
        m_unlocking = false;
        m_unlock->setEnabled(true);
        m_unlock->setText(tr("&Unlock"));
        if (error)
            m_text->setText(message() + QStringLiteral("<br>") +
                            tr("Unlocking did not succeed: %1").arg(error.message.toHtmlEscaped()));
        probe();
    });
}

void KeychainBanner::show(const KeychainStatus& status)
{
    m_status = status;
    const bool problem = !status.usable() && status.state != KeychainState::Unknown;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    if (problem && m_icon->pixmap().isNull())
        m_icon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size, QIcon::Normal));
    m_unlock->setVisible(status.state == KeychainState::Locked);
    m_text->setText(message());
    setVisible(problem);
    emit statusChanged();
}

QString KeychainBanner::message() const
{
    const QString where = m_status.where().toHtmlEscaped();
    const QString detail = m_status.detail.toHtmlEscaped();
    switch (m_status.state) {
    case KeychainState::Unknown:
    case KeychainState::Available:
        return {};
    case KeychainState::Locked:
        return tr("<b>The keychain (%1) is locked.</b> Secrets cannot be read or saved until it "
                  "is unlocked: press Unlock, or unlock it in your keyring manager.")
            .arg(where);
    case KeychainState::NotResponding:
        return tr("<b>The keychain (%1) is not answering.</b> Nothing can be saved right now. "
                  "It may be waiting for a prompt; otherwise restart the keyring service, then "
                  "press Retry. %2")
            .arg(where, detail);
    case KeychainState::Unavailable:
        break;
    }
    return tr("<b>No keychain is available (%1).</b> Secrets cannot be saved or read, and "
              "nothing will be stored until one is. %2")
        .arg(where, detail);
}

QString KeychainBanner::summary() const
{
    if (!m_store)
        return tr("Keychain: none");
    KeychainStatus shown = m_status;
    if (shown.store.isEmpty())
        shown.store = m_store->description();
    if (m_status.state == KeychainState::Unknown)
        return tr("Keychain: %1 (checking…)").arg(shown.where());
    if (m_status.usable())
        return tr("Keychain: %1").arg(shown.where());
    return tr("Keychain: %1 — %2").arg(shown.where(), KeychainStatus::stateText(m_status.state));
}

} // namespace latchkey
