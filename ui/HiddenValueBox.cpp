#include "HiddenValueBox.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace latchkey {

HiddenValueBox::HiddenValueBox(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("hiddenValue"));
    setFocusPolicy(Qt::StrongFocus);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setFrameShape(QFrame::StyledPanel);
    setTextFormat(Qt::PlainText);
}

void HiddenValueBox::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste))
        return emit pasteRequested();
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        return emit clearRequested();
    QLabel::keyPressEvent(event);
}

void HiddenValueBox::contextMenuEvent(QContextMenuEvent* event)
{
    // popup(), not exec(): no event loop of its own.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu->addAction(tr("&Paste")), &QAction::triggered, this,
            &HiddenValueBox::pasteRequested);
    connect(menu->addAction(tr("C&lear")), &QAction::triggered, this,
            &HiddenValueBox::clearRequested);
    menu->popup(event->globalPos());
}

void HiddenValueBox::focusInEvent(QFocusEvent* event)
{
    setFrameShadow(QFrame::Sunken);
    setLineWidth(2);
    QLabel::focusInEvent(event);
}

void HiddenValueBox::focusOutEvent(QFocusEvent* event)
{
    setLineWidth(1);
    QLabel::focusOutEvent(event);
}

} // namespace latchkey
