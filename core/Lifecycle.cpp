#include "Lifecycle.h"

#include "SecretAge.h"

#include <QCoreApplication>
#include <QSettings>

namespace latchkey {

namespace {
// The messages of this file, in the translation context "Lifecycle" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)
};

QString group(const QString& vault)
{
    return QLatin1String("vaults/") + vault + QLatin1Char('/');
}

const QString kHistory = QStringLiteral("history");
const QString kTrashDays = QStringLiteral("trash-days");
const QString kRotateEvery = QStringLiteral("rotate-every");

Error invalid(const QString& message)
{
    return {ErrorKind::InvalidInput, message};
}

std::optional<int> count(const QString& text, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > max)
        return std::nullopt;
    return n;
}
} // namespace

Lifecycle Lifecycle::load(const QString& vault)
{
    // Default-constructed: setApplicationIdentity() names the file.
    const QSettings settings;
    const QString at = group(vault);
    Lifecycle out;
    // A value edited by hand into nonsense falls back to the default.
    auto read = [&](const char* key, int fallback, int max) {
        bool ok = false;
        const int n = settings.value(at + QLatin1String(key), fallback).toInt(&ok);
        return ok && n >= 0 && n <= max ? n : fallback;
    };
    out.history = read("history", kDefaultHistory, kMaxHistory);
    out.trashDays = read("trashDays", kDefaultTrashDays, kMaxTrashDays);
    out.rotateDays = read("rotateEveryDays", 0, 36500);
    return out;
}

QStringList Lifecycle::names()
{
    return {kHistory, kTrashDays, kRotateEvery};
}

QString Lifecycle::text(const QString& name) const
{
    if (name == kHistory)
        return QString::number(history);
    if (name == kTrashDays)
        return QString::number(trashDays);
    if (name == kRotateEvery)
        return periodText(rotateDays);
    return {};
}

Error Lifecycle::store(const QString& vault, const QString& name, const QString& value)
{
    QSettings settings;
    const QString at = group(vault);
    if (name == kHistory) {
        const auto n = count(value, kMaxHistory);
        if (!n)
            return invalid(
                Strings::tr(
                    "history must be a number of earlier values from 0 (none) to %1, not \"%2\".")
                    .arg(kMaxHistory)
                    .arg(value.left(40)));
        settings.setValue(at + QLatin1String("history"), *n);
    } else if (name == kTrashDays) {
        const auto n = count(value, kMaxTrashDays);
        if (!n)
            return invalid(
                Strings::tr(
                    "trash-days must be a number of days from 0 (delete for good at once) to "
                    "%1, not \"%2\".")
                    .arg(kMaxTrashDays)
                    .arg(value.left(40)));
        settings.setValue(at + QLatin1String("trashDays"), *n);
    } else if (name == kRotateEvery) {
        const auto days = parsePeriodDays(value);
        if (!days)
            return invalid(
                Strings::tr("rotate-every must be a period such as 90d, 12w or never, not \"%1\".")
                    .arg(value.left(40)));
        settings.setValue(at + QLatin1String("rotateEveryDays"), *days);
    } else {
        return invalid(Strings::tr("There is no setting named \"%1\"; the settings are %2.")
                           .arg(name.left(40), names().join(QStringLiteral(", "))));
    }
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return {
            ErrorKind::Storage,
            Strings::tr("The preferences file %1 could not be written.").arg(settings.fileName())};
    return {};
}

} // namespace latchkey
