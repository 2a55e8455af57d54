#include "Error.h"

namespace latchkey {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::NotFound:
        return 1;
    case ErrorKind::InvalidInput:
        return 2;
    case ErrorKind::Unreadable:
    case ErrorKind::Locked:
    case ErrorKind::Unavailable:
    case ErrorKind::AccessDenied:
    case ErrorKind::Timeout:
        return 3;
    case ErrorKind::Storage:
    case ErrorKind::Other:
        return 4;
    }
    return 4;
}

bool isKeychainError(ErrorKind kind)
{
    return kind == ErrorKind::Unreadable || kind == ErrorKind::Locked ||
           kind == ErrorKind::Unavailable || kind == ErrorKind::AccessDenied ||
           kind == ErrorKind::Timeout;
}

} // namespace latchkey
