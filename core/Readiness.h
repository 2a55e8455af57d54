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
    QString detail;                     // why it is unreadable; never a value
    ErrorKind reason = ErrorKind::None; // why it is unreadable, as a kind (Locked, Timeout, ...)
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

    // Answers whether the index lists `key`; asked only when the store cannot
    // tell a missing item from a locked one.
    using Listed = std::function<bool(const QString& key)>;

    static void evaluate(const Manifest& manifest, Vault& vault, QObject* context, Done done,
                         std::chrono::milliseconds deadline = std::chrono::seconds(15));
    // The same, asking `listed` (e.g. the desktop app's copy of the index)
    // instead of reading the index file.
    static void evaluate(const Manifest& manifest, Vault& vault, const Listed& listed,
                         QObject* context, Done done,
                         std::chrono::milliseconds deadline = std::chrono::seconds(15));
    static void fetch(const Manifest& manifest, Vault& vault, QObject* context, DoneWithValues done,
                      std::chrono::milliseconds deadline = std::chrono::seconds(15));
};

} // namespace latchkey
