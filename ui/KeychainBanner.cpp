#include "KeychainBanner.h"

#include "Icons.h"
#include "Session.h"
#include "Vault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace latchkey {

KeychainBanner::KeychainBanner(Session* session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
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
    connect(m_retry, &QPushButton::clicked, m_session, &Session::probeKeychain);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        m_unlockError.clear();
        m_session->unlockKeychain(this, [this](const Error& error) {
            m_unlockError = error ? error.message : QString();
            update();
        });
    });
    connect(m_session, &Session::keychainChanged, this, &KeychainBanner::update);
    hide();
    update();
}

void KeychainBanner::update()
{
    const KeychainStatus& status = m_session->keychain();
    const bool problem = !status.usable() && status.state != KeychainState::Unknown;
    // Built the first time there is something to show, not at start-up.
    if (problem && m_icon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
        m_icon->setPixmap(Icons::get(Icons::Warning).pixmap(size, size));
    }
    const bool unlocking = m_session->isUnlocking();
    m_unlock->setVisible(status.state == KeychainState::Locked);
    m_unlock->setEnabled(!unlocking);
    m_unlock->setText(unlocking ? tr("Waiting for the keychain\u2026") : tr("&Unlock"));
    m_retry->setEnabled(!m_session->isProbing());
    QString text = message();
    if (!m_unlockError.isEmpty() && status.state == KeychainState::Locked)
        text += QStringLiteral("<br>") +
                tr("Unlocking did not succeed: %1").arg(m_unlockError.toHtmlEscaped());
    m_text->setText(text);
    setVisible(problem);
    emit summaryChanged(summary());
}

QString KeychainBanner::message() const
{
    const KeychainStatus& status = m_session->keychain();
    const QString where = status.where().toHtmlEscaped();
    const QString detail = status.detail.toHtmlEscaped();
    switch (status.state) {
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
    const Vault* vault = m_session->vault();
    if (!vault)
        return tr("Keychain: none");
    KeychainStatus shown = m_session->keychain();
    if (shown.store.isEmpty())
        shown.store = vault->store()->description();
    if (shown.state == KeychainState::Unknown)
        return tr("Keychain: %1 (checking\u2026)").arg(shown.where());
    if (shown.usable())
        return tr("Keychain: %1").arg(shown.where());
    return tr("Keychain: %1 \u2014 %2").arg(shown.where(), KeychainStatus::stateText(shown.state));
}

} // namespace latchkey
