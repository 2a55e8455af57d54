#include "VaultShared.h"

namespace latchkey {

void adoptShared(Reconciliation& out, const KeychainView& view)
{
    if (!view.shared)
        return;
    for (SecretInfo& info : out.entries) {
        const auto item = view.items.constFind(info.key);
        if (item == view.items.constEnd() || !item->shared)
            continue;
        const SharedInfo& shared = *item->shared;
        SecretInfo next = info;
        if (shared.updated.isValid() && shared.updated != info.updated) {
            next.updated = shared.updated;
            next.hint.clear();
        }
        if (shared.created.isValid())
            next.created = shared.created;
        next.description = shared.description;
        next.updatedBy = shared.updatedBy;
        next.rotate = shared.rotate;
        out.needHint.remove(info.key); // never decrypt to list
        if (next != info) {
            info = next;
            out.entriesChanged = true;
        }
    }
}

} // namespace latchkey
