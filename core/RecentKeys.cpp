#include "RecentKeys.h"

#include <QSettings>

namespace latchkey {

QStringList withRecent(QStringList list, const QString& item, int max)
{
    list.removeAll(item);
    list.prepend(item);
    while (list.size() > max)
        list.removeLast();
    return list;
}

RecentKeys::RecentKeys(const QString& vault)
    : m_settingsKey(QStringLiteral("recent/") + vault)
{
}

QStringList RecentKeys::keys() const
{
    return QSettings().value(m_settingsKey).toStringList();
}

void RecentKeys::touch(const QString& key)
{
    QSettings().setValue(m_settingsKey, withRecent(keys(), key, kMaxRemembered));
}

void RecentKeys::forget(const QString& key)
{
    QStringList list = keys();
    if (list.removeAll(key) > 0)
        QSettings().setValue(m_settingsKey, list);
}

} // namespace latchkey
