#include "SecretAge.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace latchkey {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SecretAge", text);
}
QString inDays(qint64 n)
{
    return n == 1 ? tr("in 1 day") : tr("in %1 days").arg(n);
}

constexpr int kMaxPeriodDays = 36500;
} // namespace

SecretAge SecretAge::of(const SecretInfo& info, int defaultRotateDays, const QDateTime& now)
{
    SecretAge age;
    const QDate today = now.toLocalTime().date();
    if (info.updated.isValid())
        age.ageDays = std::max<qint64>(0, info.updated.toLocalTime().date().daysTo(today));
    age.rotateDays = info.rotateDays >= 0 ? info.rotateDays : std::max(0, defaultRotateDays);
    if (age.rotateDays > 0 && info.updated.isValid())
        age.rotationDue = info.updated.toLocalTime().date().addDays(age.rotateDays);
    age.due = age.rotationDue;
    if (info.expires.isValid() && (!age.due.isValid() || info.expires < age.due))
        age.due = info.expires;
    if (age.due.isValid()) {
        age.daysLeft = today.daysTo(age.due);
        age.stale = age.daysLeft <= 0;
        age.expiring = !age.stale && age.daysLeft <= kExpiringDays;
    }
    age.needsRotation = !info.rotate.isEmpty();

    const bool byExpiry = info.expires.isValid() && age.due == info.expires;
    const QString day = age.due.toString(Qt::ISODate);
    if (age.stale)
        age.reason =
            byExpiry ? tr("expired on %1").arg(day) : tr("rotation was due on %1").arg(day);
    else if (age.expiring)
        age.reason = byExpiry ? tr("expires %1, on %2").arg(inDays(age.daysLeft), day)
                              : tr("rotation is due %1, on %2").arg(inDays(age.daysLeft), day);
    if (age.needsRotation) {
        const QString flagged = tr("needs rotation: %1").arg(info.rotate);
        age.reason = age.reason.isEmpty() ? flagged : flagged + QStringLiteral("; ") + age.reason;
    }
    age.state = age.needsRotation ? AgeState::NeedsRotation
                : age.stale       ? AgeState::Stale
                : age.expiring    ? AgeState::Expiring
                                  : AgeState::Ok;
    return age;
}

QString SecretAge::stateName(AgeState state)
{
    switch (state) {
    case AgeState::Ok:
        break;
    case AgeState::Expiring:
        return QStringLiteral("expiring");
    case AgeState::Stale:
        return QStringLiteral("stale");
    case AgeState::NeedsRotation:
        return QStringLiteral("needs-rotation");
    }
    return QStringLiteral("ok");
}

QString SecretAge::stateLabel(AgeState state)
{
    switch (state) {
    case AgeState::Expiring:
        return QCoreApplication::translate("SecretAge", "expiring");
    case AgeState::Stale:
        return QCoreApplication::translate("SecretAge", "stale");
    case AgeState::NeedsRotation:
        return QCoreApplication::translate("SecretAge", "needs rotation");
    case AgeState::Ok:
        break;
    }
    return QCoreApplication::translate("SecretAge", "ok");
}

QString SecretAge::columnText(const SecretAge& age)
{
    if (age.state == AgeState::Ok)
        return shortAge(age.ageDays);
    return QCoreApplication::translate("SecretAge", "%1 \u00b7 %2")
        .arg(shortAge(age.ageDays), stateLabel(age.state));
}

QString SecretAge::shortAge(qint64 days)
{
    if (days < 90)
        return QStringLiteral("%1d").arg(days);
    if (days < 730)
        return QStringLiteral("%1mo").arg(days / 30);
    return QStringLiteral("%1y").arg(days / 365);
}

std::optional<int> parsePeriodDays(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("never") || t == QLatin1String("0") || t == QLatin1String("0d"))
        return 0;
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,6})([dw]?)$"));
    const QRegularExpressionMatch m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 days = m.captured(1).toLongLong() * (m.captured(2) == QLatin1String("w") ? 7 : 1);
    if (days <= 0 || days > kMaxPeriodDays)
        return std::nullopt;
    return int(days);
}

QString periodText(int days)
{
    return days <= 0 ? QStringLiteral("never") : QStringLiteral("%1d").arg(days);
}

std::optional<QDate> parseExpiryDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return QDate();
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace latchkey
