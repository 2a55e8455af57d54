#pragma once

#include "Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

// A vault's lifecycle preferences: how many earlier values it keeps, how
// long deleted secrets stay in its trash, and the rotation period of secrets
// that declare none. Kept per vault in the QSettings that the desktop app
// and latchkey-cli share (~/.config/latchkey/latchkey.conf), group
// "vaults/<name>"; `latchkey-cli config` reads and writes them.
struct Lifecycle {
    static constexpr int kDefaultHistory = 5;
    static constexpr int kDefaultTrashDays = 30;
    static constexpr int kMaxHistory = 100;
    static constexpr int kMaxTrashDays = 3650;

    int history = kDefaultHistory;     // earlier values kept per secret; 0: none
    int trashDays = kDefaultTrashDays; // days in the trash; 0: delete for good at once
    int rotateDays = 0;                // the vault's default rotation period; 0: none

    bool operator==(const Lifecycle&) const = default;

    static Lifecycle load(const QString& vault);

    // The names `latchkey-cli config` knows: history, trash-days, rotate-every.
    static QStringList names();
    // The setting's value as text ("5", "30", "90d" or "never").
    QString text(const QString& name) const;
    // Sets one setting from text and saves it. InvalidInput (one sentence,
    // nothing saved) for an unknown name or a bad value; Storage when the
    // file cannot be written.
    static Error store(const QString& vault, const QString& name, const QString& value);
};

} // namespace latchkey
