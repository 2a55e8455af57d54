#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace latchkey {

// UTC times as the index writes them, "2026-11-29T10:42:07.123Z", converted
// without QDateTime's general formatter and parser: a 10,000-entry index has
// 20,000 of them, and each `set` reads and writes them all.
QByteArray isoUtc(const QDateTime& time);  // empty for an invalid time
QDateTime fromIsoUtc(const QString& text); // any ISO 8601 form QDateTime reads; "": invalid
// Only the forms isoUtc() writes, with or without the milliseconds, read
// from bytes; std::nullopt for anything else (then decode and use fromIsoUtc).
std::optional<QDateTime> fromExactIsoUtc(QByteArrayView text);

} // namespace latchkey
