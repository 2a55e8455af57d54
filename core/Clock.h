#pragma once

#include <QDateTime>

#include <memory>

namespace latchkey {

// Where the vault and the age rules get the time from. A collaborator, so
// that tests can move time on (trash expiry, stale secrets) without waiting
// or touching the files behind the vault's back.
class Clock {
public:
    virtual ~Clock() = default;
    // The current time, in UTC.
    virtual QDateTime now() const;

    // The real clock, shared.
    static std::shared_ptr<const Clock> system();
};

} // namespace latchkey
