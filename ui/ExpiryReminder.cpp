#include "ExpiryReminder.h"

#include "SecretAge.h"
#include "Session.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QSettings>
#include <QTimer>

namespace latchkey {

namespace {
QString lastShownKey(const QString& vault)
{
    return QStringLiteral("reminders/%1/expiryShownOn").arg(vault);
}
} // namespace

ExpiryReminder::ExpiryReminder(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_soon(new QTimer(this))
    , m_hourly(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(2000);
    connect(m_soon, &QTimer::timeout, this, &ExpiryReminder::check);
    for (auto signal : {&Session::loaded, &Session::vaultChanged})
        connect(m_session, signal, m_soon, qOverload<>(&QTimer::start));
    connect(m_session, &Session::secretsChanged, m_soon, qOverload<>(&QTimer::start));
    m_hourly->setInterval(60 * 60 * 1000);
    connect(m_hourly, &QTimer::timeout, this, &ExpiryReminder::check);
    m_hourly->start();
}

QStringList ExpiryReminder::dueKeys() const
{
    QStringList keys;
    const VaultModel* table = m_session->secrets();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->ageAt(row).state != AgeState::Ok)
            keys << table->keyAt(row);
    return keys;
}

void ExpiryReminder::check()
{
    Vault* vault = m_session->vault();
    if (!vault || !m_session->isLoaded())
        return;
    const QStringList due = dueKeys();
    if (due.isEmpty())
        return;
    const QDate today = vault->sharedClock()->now().toLocalTime().date();
    QSettings settings;
    const QString key = lastShownKey(vault->name());
    if (settings.value(key).toDate() == today)
        return;
    settings.setValue(key, today);

    const VaultModel* table = m_session->secrets();
    QString message;
    if (due.size() == 1) {
        const SecretAge age = table->ageAt(table->rowOf(due.first()));
        message = tr("%1 in vault \u201c%2\u201d: %3. Set a new value.")
                      .arg(due.first(), vault->name(), age.reason);
    } else {
        constexpr int kNamed = 5; // a notification has room for a few names
        QStringList named = due.mid(0, kNamed);
        if (due.size() > kNamed)
            named << tr("and %1 more").arg(due.size() - kNamed);
        message = tr("%1 secrets in vault \u201c%2\u201d are stale, expiring or need rotation: "
                     "%3.")
                      .arg(QString::number(due.size()), vault->name(), named.join(tr(", ")));
    }
    emit remind(tr("Secrets due for a new value"), message);
}

} // namespace latchkey
