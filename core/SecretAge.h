#pragma once

#include "VaultIndex.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

// How old a secret is and whether it is due for a new value, computed from
// the index alone (never the keychain) at a given time, so that the CLI's
// `list` and `check`, the table and the tests apply one rule:
//
// - stale: past its expiry date, or past its rotation period (its own, or
//   the vault's default) counted from the last update;
// - expiring: due (the earlier of the two) within kExpiringDays;
// - needs rotation: flagged (SecretInfo::rotate), e.g. when a team member
//   who could read it was removed.
//
// Days are calendar days in local time: a secret that expires on 2027-03-01
// is stale from the start of that day.
enum class AgeState { Ok, Expiring, Stale, NeedsRotation };

struct SecretAge {
    static constexpr int kExpiringDays = 14;

    AgeState state = AgeState::Ok; // the most urgent of the flags below
    bool stale = false;
    bool expiring = false;
    bool needsRotation = false;
    qint64 ageDays = 0;  // whole days since the last update
    int rotateDays = 0;  // the period that applies (0: none)
    QDate rotationDue;   // updated + rotateDays (invalid: no period)
    QDate due;           // the earlier of expiry and rotationDue (invalid: neither)
    qint64 daysLeft = 0; // until `due`; negative once past

    // A sentence for people: "expired on 2027-03-01", "rotation was due on …",
    // "expires in 9 days", "needs rotation: a member left". Empty when Ok.
    QString reason;

    static SecretAge of(const SecretInfo& info, int defaultRotateDays, const QDateTime& now);

    // "ok", "expiring", "stale", "needs-rotation": the words of `list --json`.
    static QString stateName(AgeState state);
    // The same for people, translated: "expiring", "stale", "needs rotation".
    static QString stateLabel(AgeState state);
    // What an age column shows: "45d", or "45d · stale" when not Ok.
    static QString columnText(const SecretAge& age);
    // A compact age for a table column: "0d", "45d", "4mo", "2y".
    static QString shortAge(qint64 days);
};

// A rotation period as people write it: "90d", "90", "12w", or "never"
// (0). Negative, zero-length or absurd periods (over 100 years) are refused
// with std::nullopt.
std::optional<int> parsePeriodDays(const QString& text);
// "90d", or "never" for 0.
QString periodText(int days);
// An expiry date: YYYY-MM-DD, or "never" (an invalid QDate).
std::optional<QDate> parseExpiryDate(const QString& text);

} // namespace latchkey
