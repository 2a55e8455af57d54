#pragma once

#include <QWidget>

class QLineEdit;
class QListView;

namespace latchkey {

class SecretFilterModel;
class VaultModel;

// A small search box for large vaults, opened from the tray: type to filter
// (the same filter and matching rule as the window's search), Enter copies
// the highlighted secret. Shows key names and descriptions only.
class QuickSearchPopup : public QWidget {
    Q_OBJECT
public:
    explicit QuickSearchPopup(VaultModel* secrets, QWidget* parent = nullptr);

    void popup();
    SecretFilterModel* filter() const { return m_filter; }

signals:
    void chosen(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();
    void selectFirst();

    SecretFilterModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
};

} // namespace latchkey
