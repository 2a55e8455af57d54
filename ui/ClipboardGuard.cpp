#include "ClipboardGuard.h"

#include "Wipe.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace latchkey {

namespace {
// A hash of the text, computed without leaving an unwiped UTF-8 copy behind.
QByteArray hashOf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    wipe(utf8);
    return hash;
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clearTimer(new QTimer(this))
    , m_tick(new QTimer(this))
{
    // Precise: a coarse timer may run up to 5 % late, and the countdown would
    // then start above the delay (6 s for a 5 s setting).
    m_clearTimer->setTimerType(Qt::PreciseTimer);
    m_clearTimer->setSingleShot(true);
    connect(m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clear);
    m_tick->setInterval(1000);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] { emit countdown(secondsLeft()); });
    // Something else was copied: nothing of ours left to clear.
    connect(m_clipboard, &QClipboard::dataChanged, this, [this] {
        if (!m_hash.isEmpty() && !holdsCopiedValue())
            stop();
    });
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &ClipboardGuard::clear);
}

ClipboardGuard::~ClipboardGuard()
{
    clear();
    release();
}

void ClipboardGuard::setClearDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
}

void ClipboardGuard::copy(const QString& text)
{
    release();
    // A buffer of our own: the caller's copy is wiped by the caller, this one
    // by us once the clipboard lets it go.
    m_held = QString(text.constData(), text.size());
    auto* mime = new QMimeData;
    mime->setText(m_held);
    // The hints each platform's clipboard managers honour (core/README.md, "Clipboard").
#if defined(Q_OS_MACOS)
    QByteArray utf8 = m_held.toUtf8();
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), utf8);
    wipe(utf8);
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value="
                                 "\"ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArrayLiteral("1"));
#else
    mime->setData(QLatin1String(kKdeHint), QByteArrayLiteral("secret"));
#endif
    m_hash = hashOf(m_held);
    m_mime = mime;
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (m_delay.count() > 0) {
        m_deadline.setRemainingTime(m_delay, Qt::PreciseTimer);
        m_clearTimer->start(m_delay);
        m_tick->start();
        emit countdown(secondsLeft());
    } else {
        m_clearTimer->stop();
        m_tick->stop();
    }
}

bool ClipboardGuard::holdsCopiedValue() const
{
    if (m_hash.isEmpty())
        return false;
    const QMimeData* mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime)
        return false;
    if (m_mime && mime == m_mime)
        return true;
    // Another client's data (or ours, as the platform hands it back).
    if (!mime->hasText())
        return false;
    QString text = mime->text();
    const bool same = hashOf(text) == m_hash;
    wipe(text);
    return same;
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_clearTimer->isActive())
        return 0;
    const qint64 left = (m_deadline.remainingTime() + 999) / 1000;
    return int(std::min<qint64>(left, (m_delay.count() + 999) / 1000));
}

void ClipboardGuard::clear()
{
    const bool ours = holdsCopiedValue();
    stop();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
    release();
}

void ClipboardGuard::stop()
{
    // The tick runs exactly while a clear is pending (the clear timer has
    // already stopped when it fires).
    const bool wasCounting = m_tick->isActive();
    m_hash.clear();
    m_clearTimer->stop();
    m_tick->stop();
    if (wasCounting)
        emit countdown(0);
    // The clipboard no longer holds our value (replaced or cleared): our
    // copy is the last one.
    if (!m_mime || m_clipboard->mimeData(QClipboard::Clipboard) != m_mime)
        release();
}

void ClipboardGuard::release()
{
    if (m_mime && m_clipboard->mimeData(QClipboard::Clipboard) == m_mime)
        return; // still on the clipboard (copied with no delay): kept until cleared
    m_mime.clear();
    wipe(m_held);
}

} // namespace latchkey
