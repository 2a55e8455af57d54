#pragma once

#include "Error.h"

#include <QString>

namespace latchkey {

// The one keychain state both front ends show (the GUI's banner and status
// bar, `latchkey-cli status` and the exit codes).
enum class KeychainState {
    Unknown,       // not asked yet
    Available,     // reachable and unlocked
    Locked,        // reachable, its default collection is locked
    Unavailable,   // nothing to talk to (no Secret Service, no session bus, no keyring)
    NotResponding, // something is there but did not answer in time
};

struct KeychainStatus {
    KeychainState state = KeychainState::Unknown;
    QString provider;       // the program behind the store, e.g. "gnome-keyring"; may be empty
    QString store;          // which store Latchkey uses, e.g. "Secret Service"
    QString detail;         // one sentence: what is wrong and how to fix it; empty when available
    bool noKeyring = false; // unavailable because no keyring exists yet; saving may create one

    bool usable() const { return state == KeychainState::Available; }
    // The state as an error, for exit codes and messages; none when available.
    Error error() const;
    // "gnome-keyring (Secret Service)" or just the store.
    QString where() const;

    // Stable names for scripts (`status --json`): available, locked, …
    static QString stateName(KeychainState state);
    // Translated words for people.
    static QString stateText(KeychainState state);
};

// A person's name for the program that owns the Secret Service bus name:
// "gnome-keyring-daemon" → "gnome-keyring", "keepassxc" → "KeePassXC".
QString providerDisplayName(const QString& program);

} // namespace latchkey
