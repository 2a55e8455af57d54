#pragma once

#include "VaultReconcile.h"

namespace latchkey {

// Brings the index entries in line with the metadata a store shares (a team
// vault: SharedInfo in SecretStore.h), so that every member lists the same
// descriptions, dates, authors and rotation flags. A value changed elsewhere
// (its shared `updated` differs from the entry's) loses its mask: masks come
// only from values this machine has read, and listing never decrypts.
void adoptShared(Reconciliation& out, const KeychainView& view);

} // namespace latchkey
