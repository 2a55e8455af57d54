#include "MessageBar.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace latchkey {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setObjectName(QStringLiteral("messageClose"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        Icons::get(kind == Kind::Error ? Icons::Error : Icons::Information).pixmap(size, size));
    QPalette pal = palette();
    const bool light = pal.color(QPalette::Window).lightness() > 128;
    const QColor tint = kind == Kind::Error
                            ? (light ? QColor(0xfd, 0xde, 0xdc) : QColor(0x5c, 0x1f, 0x1f))
                            : (light ? QColor(0xdd, 0xe9, 0xf7) : QColor(0x1f, 0x3a, 0x5c));
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
    show();
    // A notice is read in passing; an error waits to be read and closed.
    if (kind == Kind::Notice)
        m_timer->start(10000);
    else
        m_timer->stop();
}

void MessageBar::dismiss()
{
    m_timer->stop();
    m_text->clear();
    hide();
}

} // namespace latchkey
