#pragma once

#include <QIdentityProxyModel>

class QTimer;

namespace latchkey {

// Shows one secret's value in place of its mask for a limited time, then masks
// it again by itself. The value lives here only while it is on screen; the
// core model underneath never holds one.
class RevealProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    RevealProxy(int keyRole, int valueColumn, QObject* parent = nullptr);

    void reveal(const QString& key, const QString& value, int milliseconds);
    QString revealedKey() const { return m_key; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

public slots:
    void hideValue();

signals:
    void revealChanged(const QString& key, bool revealed);

private:
    void touch();

    int m_keyRole;
    int m_valueColumn;
    QString m_key;
    QString m_value;
    QTimer* m_timer;
};

} // namespace latchkey
