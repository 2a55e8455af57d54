#include "SecretState.h"

namespace latchkey {

QString SecretStateText::label(SecretState state)
{
    switch (state) {
    case SecretState::Checking:
        return tr("\u2026 Checking");
    case SecretState::Set:
        return tr("\u2714 Set");
    case SecretState::Missing:
        return tr("\u2718 Missing");
    case SecretState::NotSet:
        return tr("\u2013 Not set (optional)");
    case SecretState::Locked:
        return tr("Locked");
    case SecretState::Unreadable:
        return tr("\u26A0 Unreadable");
    }
    return {};
}

} // namespace latchkey
