#pragma once

#include "Error.h"
#include "Manifest.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace latchkey {

class Vault;

enum class SecretStatus { Set, Missing, Unreadable };

struct ReadinessItem {
    QString key;
    QString description;
    bool optional = false;
    SecretStatus status = SecretStatus::Missing;
    QString detail; // why it is unreadable; never a value
};

// Manifest x vault: per-key status and the verdict. Holds no values.
struct ReadinessReport {
    QString appName;
    QList<ReadinessItem> items;
    Error keychainError; // set when the keychain was unavailable or locked

    bool ready() const;          // every required key is Set
    int missingRequired() const; // required keys that are not Set
    QString verdict() const;     // "Ready to run" / "2 required secrets missing"
};

// Looks up every declared secret concurrently (never one after another) and
// answers once, within `deadline` even if the keychain is stuck.
class Readiness {
public:
    using Done = std::function<void(const ReadinessReport& report)>;
    // For `run`: the values of the declared secrets that are set.
    using DoneWithValues =
        std::function<void(const ReadinessReport& report, const QHash<QString, QString>& values)>;

    static void evaluate(const Manifest& manifest, Vault& vault, QObject* context, Done done,
                         std::chrono::milliseconds deadline = std::chrono::seconds(15));
    static void fetch(const Manifest& manifest, Vault& vault, QObject* context, DoneWithValues done,
                      std::chrono::milliseconds deadline = std::chrono::seconds(15));
};

} // namespace latchkey
