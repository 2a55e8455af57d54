#include "Mask.h"

#include <QList>

namespace latchkey {

QString maskValue(const QString& value)
{
    static const QString bullets(8, QChar(0x2022));
    // Count characters as the user sees them (code points), so a value made of
    // emoji is not cut in the middle of a surrogate pair.
    const QList<uint> codePoints = value.toUcs4();
    if (codePoints.size() < 16)
        return bullets;
    const QString tail = QString::fromUcs4(
        reinterpret_cast<const char32_t*>(codePoints.constData()) + codePoints.size() - 4, 4);
    // A PEM key ends in "----\n"; a line break in a table cell helps nobody.
    for (QChar c : tail)
        if (c.category() == QChar::Other_Control)
            return bullets;
    return bullets + tail;
}

} // namespace latchkey
