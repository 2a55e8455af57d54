#pragma once

#include "Manifest.h"

namespace latchkey {

// The platform's naming and documentation guidance as warnings: a manifest
// that only draws warnings is valid. Appends to `manifest.diagnostics`.
void addManifestWarnings(Manifest& manifest);

// True for names that say nothing about the service, such as API_KEY or KEY1.
bool isGenericSecretName(const QString& key);

} // namespace latchkey
