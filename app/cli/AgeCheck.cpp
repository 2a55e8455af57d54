#include "AgeCheck.h"

#include "Console.h"
#include "TerminalText.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace latchkey::cli {

namespace {
// The messages of this file, in the translation context "AgeCheck" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(AgeCheck)
};
} // namespace

QList<AgeFinding> ageFindings(const Vault& vault, const QStringList& keys, int maxAgeDays)
{
    const VaultIndex::Snapshot snapshot = vault.list();
    const QDateTime now = vault.clock().now();
    QList<AgeFinding> findings;
    for (const QString& key : keys) {
        const auto at = VaultIndex::find(snapshot.entries, key);
        if (!at)
            continue;
        AgeFinding finding{
            key, SecretAge::of(snapshot.entries.at(*at), vault.lifecycle().rotateDays, now), false,
            QString()};
        const bool tooOld = maxAgeDays >= 0 && finding.age.ageDays > maxAgeDays;
        finding.reason = finding.age.reason;
        if (tooOld && finding.reason.isEmpty())
            finding.reason = Strings::tr("last updated %1 days ago, more than --max-age %2")
                                 .arg(finding.age.ageDays)
                                 .arg(maxAgeDays);
        finding.failure =
            maxAgeDays >= 0 && (tooOld || finding.age.stale || finding.age.needsRotation);
        if (finding.failure || finding.age.state != AgeState::Ok)
            findings << finding;
    }
    return findings;
}

void printAgeFindings(const QList<AgeFinding>& findings, int maxAgeDays)
{
    if (findings.isEmpty())
        return;
    outLine(QString());
    for (const AgeFinding& finding : findings)
        outLine(
            (finding.failure ? Strings::tr("Too old: %1: %2.") : Strings::tr("Warning: %1: %2."))
                .arg(terminalSafe(finding.key), terminalSafe(finding.reason)));
    if (maxAgeDays < 0)
        outLine(
            Strings::tr("Give them a new value (latchkey-cli set KEY); --max-age DAYS makes stale "
                        "secrets fail the check."));
}

QJsonArray ageFindingsJson(const QList<AgeFinding>& findings)
{
    QJsonArray array;
    for (const AgeFinding& finding : findings)
        array.append(
            QJsonObject{{QStringLiteral("key"), finding.key},
                        {QStringLiteral("status"), SecretAge::stateName(finding.age.state)},
                        {QStringLiteral("ageDays"), finding.age.ageDays},
                        {QStringLiteral("failure"), finding.failure},
                        {QStringLiteral("reason"), finding.reason}});
    return array;
}

} // namespace latchkey::cli
