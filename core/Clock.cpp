#include "Clock.h"

namespace latchkey {

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const Clock>();
    return clock;
}

} // namespace latchkey
