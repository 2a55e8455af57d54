#include "Mask.h"

#include "MaskRule.h"
#include "Wipe.h"

namespace latchkey {

QString maskValue(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    const std::string mask =
        maskUtf8(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    return QString::fromUtf8(mask.data(), static_cast<qsizetype>(mask.size()));
}

} // namespace latchkey
