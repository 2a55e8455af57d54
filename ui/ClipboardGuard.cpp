#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>
#include <QTimer>

namespace latchkey {

namespace {
QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clearTimer(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_clearTimer->setSingleShot(true);
    connect(m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clear);
    m_tick->setInterval(1000);
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
}

void ClipboardGuard::setClearDelay(std::chrono::milliseconds delay)
{
    m_delay = delay;
}

void ClipboardGuard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    // The hints each platform's clipboard managers honour (core/README.md, "Clipboard").
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
    mime->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value="
                                 "\"ExcludeClipboardContentFromMonitorProcessing\""),
                  QByteArrayLiteral("1"));
#else
    mime->setData(QLatin1String(kKdeHint), QByteArrayLiteral("secret"));
#endif
    m_hash = hashOf(text);
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);
    if (m_delay.count() > 0) {
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
    return mime && mime->hasText() && hashOf(mime->text()) == m_hash;
}

int ClipboardGuard::secondsLeft() const
{
    if (!m_clearTimer->isActive())
        return 0;
    return (m_clearTimer->remainingTime() + 999) / 1000;
}

void ClipboardGuard::clear()
{
    const bool ours = holdsCopiedValue();
    stop();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    }
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
}

} // namespace latchkey
