#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

// Moves `item` to the front of a most-recent-first list that keeps at most
// `max` entries.
QStringList withRecent(QStringList list, const QString& item, int max);

// Remembers which keys were copied last (names only), per vault, in QSettings.
class RecentKeys {
public:
    explicit RecentKeys(const QString& vault);
    QStringList keys() const;
    void touch(const QString& key);
    void forget(const QString& key);

    static constexpr int kMaxRemembered = 30;

private:
    QString m_settingsKey;
};

} // namespace latchkey
