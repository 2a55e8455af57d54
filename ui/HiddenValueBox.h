#pragma once

#include <QLabel>

namespace latchkey {

// A hidden multi-line value: a summary that takes the keyboard focus and a
// paste (Ctrl+V, Shift+Insert, its context menu) and can be cleared, so a
// value is replaced without being drawn.
class HiddenValueBox : public QLabel {
    Q_OBJECT
public:
    explicit HiddenValueBox(QWidget* parent);

signals:
    void pasteRequested();
    void clearRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace latchkey
