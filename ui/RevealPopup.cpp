#include "RevealPopup.h"

#include "Wipe.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace latchkey {

// Paints the value's lines itself: no text document, no undo history, no
// selection (so nothing reaches the X PRIMARY selection), nothing cached
// beyond the lines it wipes.
class ValueView : public QWidget {
public:
    explicit ValueView(QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("revealedValue"));
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setAttribute(Qt::WA_OpaquePaintEvent);
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
    }

    void setValue(const QString& value)
    {
        clear();
        // One buffer per line, each of its own; the caller's is never kept.
        qsizetype start = 0;
        while (true) {
            const qsizetype end = value.indexOf(QLatin1Char('\n'), start);
            const qsizetype stop = end < 0 ? value.size() : end;
            m_lines.append(QString(value.constData() + start, stop - start));
            if (end < 0)
                break;
            start = end + 1;
        }
        const QFontMetrics metrics(font());
        int width = 0;
        for (const QString& line : std::as_const(m_lines))
            width = std::max(width, metrics.horizontalAdvance(line));
        m_size =
            QSize(width + 2 * kMargin, int(m_lines.size()) * metrics.lineSpacing() + 2 * kMargin);
        setFixedSize(m_size);
        update();
    }

    void clear()
    {
        for (QString& line : m_lines)
            wipe(line);
        m_lines.clear();
        m_size = {};
        update();
    }

    QString text() const { return m_lines.join(QLatin1Char('\n')); }
    QSize sizeHint() const override { return m_size; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        painter.setPen(palette().color(QPalette::Text));
        const QFontMetrics metrics(font());
        int y = kMargin + metrics.ascent();
        for (const QString& line : std::as_const(m_lines)) {
            painter.drawText(kMargin, y, line);
            y += metrics.lineSpacing();
        }
    }

private:
    static constexpr int kMargin = 6;
    QStringList m_lines;
    QSize m_size;
};

RevealPopup::RevealPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_title(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new ValueView(m_scroll))
    , m_countdown(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("revealPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_countdown->setObjectName(QStringLiteral("revealCountdown"));
    m_countdown->setForegroundRole(QPalette::PlaceholderText);
    auto* hide = new QPushButton(tr("&Hide"), this);
    hide->setObjectName(QStringLiteral("revealHide"));
    connect(hide, &QPushButton::clicked, this, &RevealPopup::conceal);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countdown, 1);
    bottom->addWidget(hide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(bottom);
    m_timer->setSingleShot(true);
    // A coarse timer may be scheduled up to 5 % late, and its remainingTime()
    // says so: the countdown would start above the setting ("3 s" for 2 s).
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RevealPopup::conceal);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RevealPopup::updateCountdown);
}

RevealPopup::~RevealPopup()
{
    m_view->clear();
}

void RevealPopup::reveal(const QString& key, const QString& value, const QRect& anchor,
                         std::chrono::milliseconds duration)
{
    m_key = key;
    m_title->setText(key);
    m_view->setValue(value);
    // Big enough for an API key at a glance and a PEM block with scrolling,
    // never bigger than a third of the screen.
    const QScreen* screen = QGuiApplication::screenAt(anchor.center());
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize wanted = m_view->sizeHint() + QSize(4, 4);
    const QSize most(available.width() / 2, available.height() / 3);
    // A scroll bar takes its room from the value's: a line too long for the
    // width gets the height of a bar below it, so the line stays readable.
    const int bar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    QSize size = wanted;
    if (size.width() > most.width())
        size.rheight() += bar;
    if (size.height() > most.height())
        size.rwidth() += bar;
    if (size.width() > most.width() && wanted.width() <= most.width())
        size.rheight() += bar; // the vertical bar made the lines too long
    m_scroll->setFixedSize(std::min(size.width(), most.width()),
                           std::min(size.height(), most.height()));
    adjustSize();
    QPoint at = anchor.bottomLeft() + QPoint(0, 2);
    if (at.y() + height() > available.bottom())
        at.setY(anchor.top() - height() - 2);
    at.setX(std::clamp(at.x(), available.left(),
                       std::max(available.left(), available.right() - width())));
    move(at);
    m_timer->start(duration);
    m_tick->start();
    updateCountdown();
    show();
}

int RevealPopup::secondsLeft() const
{
    return m_timer->isActive() ? (m_timer->remainingTime() + 999) / 1000 : 0;
}

QString RevealPopup::shownText() const
{
    return m_view->text();
}

void RevealPopup::updateCountdown()
{
    m_countdown->setText(tr("Hidden again in %n s", nullptr, secondsLeft()));
}

void RevealPopup::conceal()
{
    if (m_key.isEmpty())
        return;
    m_timer->stop();
    m_tick->stop();
    m_view->clear();
    const QString key = m_key;
    m_key.clear();
    m_title->clear();
    hide();
    emit concealed(key);
}

void RevealPopup::hideEvent(QHideEvent* event)
{
    // Closed by a click elsewhere or Escape: the value goes with it.
    QFrame::hideEvent(event);
    conceal();
}

} // namespace latchkey
