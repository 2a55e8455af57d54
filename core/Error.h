#pragma once

#include <QString>

namespace latchkey {

// What went wrong, as a type the front ends can act on. Messages are one
// sentence for a person and never contain a secret value.
enum class ErrorKind {
    None,
    NotFound,     // the key is not in the vault
    Unreadable,   // the index lists the key but the keychain would not give it back
    InvalidInput, // bad key, value or vault name
    Unavailable,  // no keychain reachable (no Secret Service, no session bus)
    AccessDenied, // keychain locked or access refused
    Timeout,      // the keychain did not answer in time
    Storage,      // the metadata index could not be read or written
    Other,
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;

    explicit operator bool() const { return kind != ErrorKind::None; }
    static Error none() { return {}; }
};

// The CLI's exit statuses (DESIGN.md): 1 not found, 2 invalid input,
// 3 keychain unavailable, locked or denied.
int exitCodeFor(ErrorKind kind);

} // namespace latchkey
