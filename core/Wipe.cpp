#include "Wipe.h"

#include <cstring>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace latchkey {

void wipe(void* data, size_t size)
{
    if (!data || size == 0)
        return;
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
    explicit_bzero(data, size);
#else
    // A store through a volatile pointer may not be optimized away.
    auto* p = static_cast<volatile unsigned char*>(data);
    while (size--)
        *p++ = 0;
#endif
}

void wipe(QByteArray& bytes)
{
    // isDetached() is false for literals (read-only data) and shared buffers.
    if (bytes.isDetached())
        wipe(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes = QByteArray();
}

void wipe(QString& text)
{
    if (text.isDetached())
        wipe(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

void wipe(QStringList& list)
{
    if (list.isDetached())
        for (QString& text : list)
            wipe(text);
    list = QStringList();
}

void wipe(QHash<QString, QString>& values)
{
    if (values.isDetached())
        for (auto it = values.begin(); it != values.end(); ++it)
            wipe(it.value());
    values = QHash<QString, QString>();
}

} // namespace latchkey
