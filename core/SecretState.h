#pragma once

#include <QCoreApplication>
#include <QString>

namespace latchkey {

// What a row of the vault table or of a manifest's readiness table can say
// about one secret. The front ends give each state its own icon and words,
// so that a locked keychain is never shown as "missing" or "set".
enum class SecretState {
    Checking,   // not known yet: the keychain has not answered
    Set,        // the keychain holds a value
    Missing,    // required, and the keychain (unlocked) answered that it has none
    NotSet,     // optional, and the keychain (unlocked) answered that it has none
    Locked,     // the keychain holds it behind a lock: unlock to use it
    Unreadable, // listed, but the keychain did not give it back (unreachable, refused, gone)
};

class SecretStateText {
    Q_DECLARE_TR_FUNCTIONS(SecretStateText)
public:
    // A symbol and a word, so the state reads without colour or icon.
    static QString label(SecretState state);
};

} // namespace latchkey
