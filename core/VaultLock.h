#pragma once

#include "Error.h"

#include <QString>

#include <chrono>
#include <memory>

namespace latchkey {

// The cross-process lock of one vault (`<vault>.lock` beside its index),
// held around a whole change: the keychain operation and the index update.
// On POSIX it is flock(2) on that file, so the kernel releases it when its
// holder dies, even by SIGKILL: a crash never leaves a vault locked. Two
// VaultLocks in one process exclude each other too.
class VaultLock {
public:
    // Waits up to `wait` (blocking this thread). The folder must exist. In a
    // folder this process cannot write that has no lock file yet, the lock
    // holds nothing (see VaultLock.cpp).
    static Result<std::shared_ptr<VaultLock>> acquire(const QString& path,
                                                      std::chrono::milliseconds wait);
    ~VaultLock();

    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

private:
    VaultLock() = default;
    int m_fd = -1;
    void* m_fallback = nullptr; // QLockFile where flock(2) does not exist
};

} // namespace latchkey
