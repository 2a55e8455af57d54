#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace latchkey {

// What went wrong, as a type the front ends can act on. Messages are one
// sentence for a person and never contain a secret value.
enum class ErrorKind {
    None,
    NotFound,     // the key is not in the vault (the keychain answered, unlocked)
    Unreadable,   // the index lists the key but the keychain would not give it back
    InvalidInput, // bad key, value, description or vault name
    Locked,       // the keychain (or the item) is locked
    Unavailable,  // no keychain reachable (no Secret Service, no session bus)
    AccessDenied, // the keychain refused, or the user dismissed its prompt
    Timeout,      // the keychain did not answer in time (not responding)
    Storage,      // the metadata index could not be read or written
    Other,
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message;

    explicit operator bool() const { return kind != ErrorKind::None; }
    static Error none() { return {}; }
};

// A value or the reason there is none: the one way our functions answer.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The CLI's exit statuses: 1 not found, 2 invalid input, 3 keychain
// unavailable, locked, denied or not responding, 4 anything else (storage).
int exitCodeFor(ErrorKind kind);

// True for the kinds that describe the keychain rather than a key.
bool isKeychainError(ErrorKind kind);

} // namespace latchkey
