#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace latchkey {

class Session;

// Tells the user at most once a day, per vault, that secrets of the open vault
// are stale, expiring or flagged for rotation (the age rule of SecretAge.h, as
// the table shows it). It decides when and what; the tray shows it
// (TrayIcon.h). "Today" is the vault's clock's local date, so tests move time
// on; the last day a reminder was given is kept in the settings the app
// shares with latchkey-cli, so a restart the same day stays quiet.
class ExpiryReminder : public QObject {
    Q_OBJECT
public:
    explicit ExpiryReminder(Session* session, QObject* parent = nullptr);

    // The keys a reminder would name now, in table order.
    QStringList dueKeys() const;

public slots:
    // Reminds if something is due and no reminder was given today.
    void check();

signals:
    // One reminder: a title and a sentence naming the keys, never a value.
    void remind(const QString& title, const QString& message);

private:
    Session* m_session;
    QTimer* m_soon;   // gathers the session's bursts of changes into one check
    QTimer* m_hourly; // a day may turn while the app runs
};

} // namespace latchkey
