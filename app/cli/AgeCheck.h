#pragma once

#include "SecretAge.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace latchkey {
class Vault;
}

namespace latchkey::cli {

// What `check` says about the age of the declared secrets: those that are
// stale, expiring or flagged for rotation are warnings; with --max-age DAYS
// the stale, the flagged and those not updated for more than DAYS days are
// failures (exit 1), for CI.
struct AgeFinding {
    QString key;
    SecretAge age;
    bool failure = false;
    QString reason; // one sentence for people
};

// From the index alone (no keychain): keys it does not list are left out
// (readiness reports them as missing). `maxAgeDays` < 0: no limit.
QList<AgeFinding> ageFindings(const Vault& vault, const QStringList& keys, int maxAgeDays);
void printAgeFindings(const QList<AgeFinding>& findings, int maxAgeDays);
QJsonArray ageFindingsJson(const QList<AgeFinding>& findings);

} // namespace latchkey::cli
