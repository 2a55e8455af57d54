#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace latchkey {

// A small search box for large vaults: type to filter the keys, Enter copies
// the highlighted one. Shows key names and descriptions only.
class QuickSearchPopup : public QWidget {
    Q_OBJECT
public:
    explicit QuickSearchPopup(QWidget* parent = nullptr);

    // key -> description
    void setEntries(const QList<QPair<QString, QString>>& entries);
    void popup();

    QLineEdit* searchField() const { return m_search; }
    QListWidget* list() const { return m_list; }

signals:
    void chosen(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void choose();

    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace latchkey
