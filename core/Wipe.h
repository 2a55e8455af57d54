#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace latchkey {

// Overwrites the bytes of a buffer that held secret values with zeros, then
// empties the container, so that no copy of a value outlives its use (run's
// environment once the child has started, a store's answer once delivered). A Qt container whose
// data is shared with another owner is only released, never wiped: writing through a shared buffer
// would change the other owner's copy behind its back, and wiping a detached copy would leave the
// original in place. The callers make sure they hold the only reference and never shorten a buffer
// that held a value (only its size is wiped).
void wipe(QByteArray& bytes);
void wipe(QString& text);
void wipe(QStringList& list);
void wipe(QHash<QString, QString>& values); // the values; keys are names
void wipe(void* data, size_t size);

} // namespace latchkey
