// list: the vault's secrets with their age and status, never values.
#include "Cli.h"
#include "Console.h"
#include "KeychainStatus.h"
#include "SecretAge.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace latchkey::cli {

namespace {

// The messages of this file, in the translation context "ListCommand" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
};

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

QString presenceName(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return QStringLiteral("present");
    case Presence::Locked:
        return QStringLiteral("locked");
    case Presence::Absent:
        return QStringLiteral("absent");
    case Presence::Denied:
        return QStringLiteral("not-a-recipient");
    case Presence::Unknown:
        break;
    }
    return QStringLiteral("unverified");
}

QString statusText(const SecretAge& age)
{
    switch (age.state) {
    case AgeState::Ok:
        break;
    case AgeState::Expiring:
        return Strings::tr("expiring");
    case AgeState::Stale:
        return Strings::tr("stale");
    case AgeState::NeedsRotation:
        return Strings::tr("needs rotation");
    }
    return Strings::tr("ok");
}

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject secretJson(const SecretInfo& info, const SecretAge& age, const QString& state)
{
    QJsonObject secret{
        {QStringLiteral("key"), info.key},
        {QStringLiteral("description"), info.description},
        {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("updated"), info.updated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("state"), state},
        {QStringLiteral("ageDays"), age.ageDays},
        {QStringLiteral("expires"), dateOrNull(info.expires)},
        {QStringLiteral("rotateEveryDays"), age.rotateDays},
        {QStringLiteral("rotationDue"), dateOrNull(age.rotationDue)},
        {QStringLiteral("status"), SecretAge::stateName(age.state)},
        {QStringLiteral("stale"), age.stale},
        {QStringLiteral("expiring"), age.expiring},
        {QStringLiteral("needsRotation"), age.needsRotation},
    };
    if (!age.reason.isEmpty())
        secret.insert(QStringLiteral("reason"), age.reason);
    if (!info.updatedBy.isEmpty())
        secret.insert(QStringLiteral("updatedBy"), info.updatedBy);
    if (!info.rotate.isEmpty())
        secret.insert(QStringLiteral("rotate"), info.rotate);
    return secret;
}

int list(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Strings::tr("Print JSON for scripts."));
    const QCommandLineOption staleOnly(
        QStringLiteral("stale"),
        Strings::tr(
            "Only the secrets that need a new value: stale (past their expiry date or rotation "
            "period) or flagged as needing rotation."));
    parser.addOptions({json, staleOnly});
    int exitCode = 0;
    if (!parseCommand(parser, QStringLiteral("list"), arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(Strings::tr("list takes no arguments"), QStringLiteral("list"));
    // The listing is the index checked against the keychain: interrupted
    // changes are resolved and strays repaired before anything is printed.
    const Result<VaultListing> result = context.refresh();
    if (!result)
        return fail(result.error());
    const VaultListing& listing = *result;
    if (!listing.warning.isEmpty())
        context.warn(listing.warning);
    for (const QString& notice : listing.notices)
        err(Strings::tr("latchkey-cli: note: %1").arg(notice));
    const QDateTime now = context.vault().clock().now();
    const int rotateDays = context.vault().lifecycle().rotateDays;
    QList<SecretInfo> entries;
    QHash<QString, SecretAge> ages;
    for (const SecretInfo& info : listing.entries) {
        const SecretAge age = SecretAge::of(info, rotateDays, now);
        if (parser.isSet(staleOnly) && !age.stale && !age.needsRotation)
            continue;
        ages.insert(info.key, age);
        entries << info;
    }
    std::sort(entries.begin(), entries.end(),
              [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
    const Error keychain = listing.status.error();
    auto stateOf = [&](const QString& key) {
        return presenceName(listing.presence.value(key, Presence::Unknown));
    };

    if (parser.isSet(json)) {
        QJsonArray secrets;
        for (const SecretInfo& info : entries)
            secrets.append(secretJson(info, ages.value(info.key), stateOf(info.key)));
        const QJsonObject root{
            {QStringLiteral("vault"), context.vaultName},
            {QStringLiteral("keychain"),
             QJsonObject{{QStringLiteral("state"), KeychainStatus::stateName(listing.status.state)},
                         {QStringLiteral("provider"), listing.status.provider}}},
            {QStringLiteral("defaultRotateEveryDays"), rotateDays},
            {QStringLiteral("inTrash"), listing.trash.size()},
            {QStringLiteral("secrets"), secrets}};
        outRaw(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return keychain ? fail(keychain) : 0;
    }
    if (entries.isEmpty()) {
        if (keychain)
            return fail(keychain);
        if (parser.isSet(staleOnly))
            err(Strings::tr("No secret of vault \"%1\" needs a new value.").arg(context.vaultName));
        else
            err(Strings::tr("No secrets in vault \"%1\". Add one with: latchkey-cli set KEY")
                    .arg(context.vaultName));
        return 0;
    }
    // The state column only appears when something is not plainly there.
    bool showState = false;
    for (const SecretInfo& info : entries)
        showState = showState || listing.presence.value(info.key) != Presence::Present;
    // Keys and descriptions come from the index file: shown escaped for the
    // terminal (TerminalText.h), and measured as shown.
    auto shown = [](const QString& text) { return terminalSafe(text.simplified()); };
    const QString keyHeader = Strings::tr("KEY"), descriptionHeader = Strings::tr("DESCRIPTION");
    qsizetype keyWidth = keyHeader.size(), descriptionWidth = descriptionHeader.size();
    qsizetype statusWidth = Strings::tr("STATUS").size();
    for (const SecretInfo& info : entries) {
        keyWidth = std::max(keyWidth, shown(info.key).size());
        descriptionWidth = std::max(descriptionWidth, shown(info.description).size());
        statusWidth = std::max(statusWidth, statusText(ages.value(info.key)).size());
    }
    descriptionWidth = std::min<qsizetype>(descriptionWidth, 60);
    auto row = [&](const QString& key, QString description, const QString& updated,
                   const QString& age, const QString& status, const QString& state) {
        description = shown(description);
        if (description.size() > descriptionWidth)
            description = description.left(descriptionWidth - 1) + QChar(0x2026);
        QString line =
            QStringLiteral("%1  %2  %3  %4  %5")
                .arg(shown(key).leftJustified(keyWidth),
                     description.leftJustified(descriptionWidth), updated.leftJustified(16),
                     age.leftJustified(4), status.leftJustified(statusWidth));
        if (showState)
            line += QStringLiteral("  ") + state;
        outLine(line.trimmed());
    };
    row(keyHeader, descriptionHeader, Strings::tr("UPDATED"), Strings::tr("AGE"),
        Strings::tr("STATUS"), Strings::tr("STATE"));
    QStringList reasons;
    for (const SecretInfo& info : entries) {
        const SecretAge age = ages.value(info.key);
        row(info.key, info.description, localTime(info.updated), SecretAge::shortAge(age.ageDays),
            statusText(age), stateOf(info.key));
        if (!age.reason.isEmpty())
            reasons << Strings::tr("%1: %2.").arg(shown(info.key), shown(age.reason));
    }
    if (!reasons.isEmpty()) {
        outLine(QString());
        for (const QString& reason : std::as_const(reasons))
            outLine(reason);
    }
    if (const QStringList conflicts = teamConflicts(context); !conflicts.isEmpty())
        err(Strings::tr(
                "latchkey-cli: note: %1 changed here and on the remote; run `latchkey-cli --vault "
                "%2 sync` to see both versions and choose.")
                .arg(conflicts.join(QStringLiteral(", ")), context.vaultName));
    return keychain ? fail(keychain) : 0;
}

} // namespace

Command listCommand()
{
    return {QStringLiteral("list"), QStringLiteral("[--json] [--stale]"),
            Strings::tr("List the secrets of the vault: names, descriptions, dates, age and status "
                        "(ok, expiring within 14 days, stale, needs rotation); never values."),
            list};
}

} // namespace latchkey::cli
