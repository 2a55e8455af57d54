#include "TeamBanner.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace latchkey {

TeamBanner::TeamBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock Key…"), this))
    , m_sync(new QPushButton(tr("S&ync…"), this))
{
    setObjectName(QStringLiteral("teamBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("teamBannerIcon"));
    m_text->setObjectName(QStringLiteral("teamBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unlock->setObjectName(QStringLiteral("teamBannerUnlock"));
    m_unlock->setToolTip(tr("Let gpg-agent ask for your key's passphrase now (its own prompt)"));
    m_sync->setObjectName(QStringLiteral("teamBannerSync"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unlock, 0, Qt::AlignTop);
    layout->addWidget(m_sync, 0, Qt::AlignTop);
    connect(m_sync, &QPushButton::clicked, this, &TeamBanner::syncRequested);
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (!m_store)
            return;
        m_unlock->setEnabled(false);
        m_store->unlock(this, [this](const Error& error) {
            m_unlock->setEnabled(true);
            if (error)
                m_text->setText(error.message);
            else
                probe();
        });
    });
    hide();
}

void TeamBanner::setStore(TeamStore* store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_health = TeamHealth();
    if (!m_store) {
        hide();
        emit healthChanged();
        return;
    }
    connect(m_store, &SecretStore::stateChanged, this, [this] { probe(); });
    probe();
}

void TeamBanner::probe(bool contactRemote)
{
    if (!m_store)
        return;
    m_probing = true;
    QPointer<TeamStore> asked = m_store;
    m_store->inspect(contactRemote, this, [this, asked](const TeamHealth& health) {
        if (asked != m_store) // the vault changed meanwhile
            return;
        m_probing = false;
        show(health);
    });
}

QString TeamBanner::message() const
{
    const TeamHealth& h = m_health;
    if (!m_store)
        return {};
    if (h.error)
        return h.error.message;
    QStringList lines;
    for (const QString& problem : h.problems)
        lines << problem;
    if (!h.problems.isEmpty())
        lines << tr("Nothing can be saved in this vault until every member's key is present and "
                    "valid: import it, or ask them to share a renewed key in .public-keys.");
    if (!h.sync.conflicts.isEmpty())
        lines << tr("%1 changed here and on the remote. Both versions are kept; sync to choose "
                    "which to keep.")
                     .arg(h.sync.conflicts.join(tr(", ")));
    if (!h.member) {
        const QStringList& mine = h.mine;
        lines << tr("You are not a member of this team vault yet, so its values cannot be read "
                    "here. Ask a member to add your key%1.")
                     .arg(mine.isEmpty() ? QString() : tr(" (%1)").arg(mine.join(tr(", "))));
    }
    if (h.passphraseNeeded.value_or(false))
        lines << tr("gpg-agent will ask for the passphrase of your key to read values.");
    if (h.sync.offline)
        lines << tr("The remote cannot be reached (%1); changes stay here until the next sync.")
                     .arg(h.sync.detail);
    return lines.join(u'\n');
}

void TeamBanner::show(const TeamHealth& health)
{
    m_health = health;
    const QString text = message();
    m_text->setText(text);
    m_unlock->setVisible(health.passphraseNeeded.value_or(false));
    m_sync->setVisible(!health.sync.conflicts.isEmpty() || health.sync.offline);
    // The icon is looked up the first time there is something to show: at
    // start-up the banner is hidden, and the style's warning icon asks the
    // icon theme (ui/IconThemeCache.h).
    if (!text.isEmpty() && m_icon->pixmap().isNull())
        m_icon->setPixmap(Icons::get(Icons::Warning).pixmap(24, 24));
    setVisible(!text.isEmpty());
    emit healthChanged();
}

} // namespace latchkey
