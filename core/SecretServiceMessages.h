// Internal to SecretServiceStore (SecretServiceStore.cpp, SecretServiceMessages.cpp):
// the sentences a Secret Service failure becomes, naming the provider.
#pragma once

#include "Error.h"
#include "SecretServiceClient.h"

#include <QString>

#include <chrono>

namespace latchkey::secretservice {

QString seconds(std::chrono::milliseconds timeout);
// The provider's display name: `learnt` (what status() learnt), else the
// program the client found owning the Secret Service; empty when this process
// never reached one. Remembers it for later commands. Application thread only.
QString knownProvider(const QString& learnt);
// The provider that served Latchkey last (any process), or empty.
QString rememberedProvider();
// "No keychain is reachable", naming the provider that served last if any.
QString noKeychainText(const QString& detail);
Error toError(const Status& status, const QString& what, const QString& learnt);
// A deadline passed while the request waited for `phase`.
Error timeoutError(std::chrono::milliseconds timeout, const QString& what, const QString& learnt,
                   Phase phase);

} // namespace latchkey::secretservice
