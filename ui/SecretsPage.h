#pragma once

#include "KeyPage.h"

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace latchkey {

class SecretFilterModel;
class Session;

// The vault's secrets: a search field over a sortable table (key, masked
// value, description, last updated, age), a message when the vault is empty and
// another when nothing matches. The search field leads into the results:
// Enter or Down moves to them, Ctrl+C copies the one match. Filtering keeps
// the selected secret selected while it is still shown and never moves the
// selection to another one.
class SecretsPage : public KeyPage {
    Q_OBJECT
public:
    SecretsPage(Session* session, QWidget* parent = nullptr);

    QString currentKey() const override;
    SecretState stateOf(const QString& key) const override;
    QAbstractItemView* view() const override;

    // Selects `key` if it is shown; false when it is not.
    bool selectKey(const QString& key);
    // Selects `key` now, or as soon as its row arrives (a secret just saved:
    // the index is read again on another thread).
    void selectWhenShown(const QString& key);
    // Buttons of the empty vault's message.
    void setEmptyStateActions(QAction* add, QAction* open);

public slots:
    void focusSearch();

signals:
    // Ctrl+C in the search field while exactly one secret matches.
    void copyRequested(const QString& key);
    // How many secrets are shown and how many the vault has.
    void countChanged(int shown, int total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setQuery(const QString& text);
    void updateState();
    void fitColumns();
    void fitAgeColumn();
    void fitColumnsWhenShown();

    Session* m_session;
    SecretFilterModel* m_filter;
    QLineEdit* m_search;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QWidget* m_empty;
    QLabel* m_noMatches;
    QTimer* m_fit;
    bool m_fitOwed = false; // rows changed while the table was hidden
    QString m_pending;      // to select once shown
};

} // namespace latchkey
