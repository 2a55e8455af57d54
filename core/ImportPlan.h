#pragma once

#include "EnvFile.h"

#include <QList>
#include <QSet>

#include <optional>

namespace latchkey {

// What importing an env file into a vault does with each of its entries:
// the one decision `import` and the GUI's Import dialog share.
//  - a key the vault does not have is added;
//  - a key it has is skipped, or updated with `overwrite`;
//  - an empty value (`KEY=`) is skipped: the keychain cannot hold an empty
//    secret, and an empty variable is configuration, not a secret;
//  - an invalid entry (EnvFile.h) is reported, never stored.
// Descriptions come from the manifest when one is given and declares the key;
// an update without one keeps the existing description.
struct ImportItem {
    enum class Action { Add, Update, SkipExisting, SkipEmpty, Invalid };
    EnvEntry entry;
    Action action = Action::Add;
    std::optional<QString> description;

    bool stores() const { return action == Action::Add || action == Action::Update; }
};

struct ImportPlan {
    QList<ImportItem> items;

    static ImportPlan make(const EnvFile& file, const QSet<QString>& existing,
                           const Manifest* manifest, bool overwrite);

    int count(ImportItem::Action action) const;
    int skipped() const;
    // "2 added, 1 updated, 2 skipped, 1 invalid" (`dryRun`: "would be added", …).
    QString summary(bool dryRun = false) const;
    // Why an entry is not stored, for people ("already in the vault", …).
    static QString reason(const ImportItem& item);
};

} // namespace latchkey
