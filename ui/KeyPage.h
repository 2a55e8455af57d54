#pragma once

#include "SecretState.h"

#include <QWidget>

class QAbstractItemView;

namespace latchkey {

// A page of the main window whose rows are secrets by key: the vault's table
// or a manifest's readiness table. SecretActions act on the current page's
// current key, whichever page it is, so a toolbar button never acts on a row
// the user cannot see.
class KeyPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The key of the selected row, or empty.
    virtual QString currentKey() const = 0;
    // What the page knows about `key` for an editor that adds it (a
    // manifest's description), or empty.
    virtual QString descriptionFor(const QString& key) const
    {
        Q_UNUSED(key);
        return {};
    }
    // What the page shows for `key` (a manifest row knows a key the vault
    // does not list may still be in the keychain, behind a lock).
    virtual SecretState stateOf(const QString& key) const = 0;
    // The table the keys are in (for the context menu and shortcuts).
    virtual QAbstractItemView* view() const = 0;
    // The current row on screen, in global coordinates (where a revealed
    // value is shown), or an empty rectangle.
    QRect currentRowRect() const;

signals:
    void currentKeyChanged();
    // The user opened a row (double-click, Enter).
    void keyActivated(const QString& key);
};

} // namespace latchkey
