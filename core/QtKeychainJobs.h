#pragma once

// The seam between QtKeychainStore and QtKeychain itself.
//
// On Linux the Secret Service store (libsecret) is the default, and linking
// QtKeychain (with Qt DBus and its dependencies) into every process would cost
// each `latchkey-cli` command about a tenth of its start-up for a store it
// does not use. There, the code that calls QtKeychain (QtKeychainJobs.cpp) is
// a module, latchkey-qtkeychain.so, loaded when LATCHKEY_KEYCHAIN=qtkeychain
// selects it; elsewhere it is linked in. Either way the store reaches it
// through start().
#include "Error.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

class QObject;

namespace latchkey::qtkeychain {

// Probe reads an item that cannot exist, to learn whether the keychain answers.
enum class Op { Read, Write, Remove, Probe };

// Called once, on the thread that started the job, unless `context` is gone.
// `data` is the value read (UTF-8), empty for writes and removals.
using Finished = std::function<void(const Error& error, const QByteArray& data)>;

using StartFunction = void (*)(Op op, const QString& service, const QString& key,
                               const QByteArray& data, std::chrono::milliseconds timeout,
                               QObject* context, const Finished& done);

// The job starter, or nullptr with `why` set when the module cannot be loaded.
StartFunction starter(QString& why);

} // namespace latchkey::qtkeychain
