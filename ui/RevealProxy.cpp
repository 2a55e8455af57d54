#include "RevealProxy.h"

#include <QTimer>

namespace latchkey {

RevealProxy::RevealProxy(int keyRole, int valueColumn, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_keyRole(keyRole)
    , m_valueColumn(valueColumn)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RevealProxy::hideValue);
}

void RevealProxy::reveal(const QString& key, const QString& value, int milliseconds)
{
    if (!m_key.isEmpty() && m_key != key)
        hideValue();
    m_key = key;
    m_value = value;
    m_timer->start(milliseconds);
    touch();
    emit revealChanged(m_key, true);
}

void RevealProxy::hideValue()
{
    if (m_key.isEmpty())
        return;
    m_timer->stop();
    const QString key = m_key;
    // Overwrite before releasing, so the text does not linger in this buffer.
    m_value.fill(QLatin1Char(' '));
    m_value.clear();
    touch();
    m_key.clear();
    emit revealChanged(key, false);
}

void RevealProxy::touch()
{
    if (!sourceModel())
        return;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex cell = index(row, m_valueColumn);
        if (cell.data(m_keyRole).toString() == m_key)
            emit dataChanged(cell, cell);
    }
}

QVariant RevealProxy::data(const QModelIndex& index, int role) const
{
    if (!m_key.isEmpty() && index.column() == m_valueColumn &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole) &&
        QIdentityProxyModel::data(index, m_keyRole).toString() == m_key) {
        if (role == Qt::ToolTipRole)
            return tr("Revealed; it will be hidden again in a few seconds.");
        // A table cell shows one line; PEM values show their first line.
        return m_value;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace latchkey
