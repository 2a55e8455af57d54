#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace latchkey {

// A stored value to look for, and whose it is. The value is wiped by
// whoever owns the Needle (Wipe.h) once the scan is over.
struct Needle {
    QString vault;
    QString key;
    QString value;
};

// Where a stored value was found: never the value itself.
struct LeakFinding {
    QString file; // as the user would type it (ScanSources.h)
    int line = 0;
    int column = 0; // characters from 1, counting UTF-8 sequences
    QString key;
    QString vault;
};

struct LeakScanOptions {
    QStringList paths;   // files or folders; empty means the current folder
    bool staged = false; // the git index instead of the working tree
    QString directory;   // the current folder; empty means the process's
};

struct LeakScanResult {
    QList<LeakFinding> findings; // by file, then by position
    int files = 0;               // files read
    qint64 bytes = 0;            // bytes read
    int needles = 0;             // values searched for (at least 8 characters)
    int tooShort = 0;            // values not searched for: shorter than 8 characters
    QStringList skipped;         // "PATH: why" for files that could not be read
    Error error;                 // the scan could not run at all
};

// Searches the files of a working tree or of the git index for the values
// of `needles` (one pass per file, whatever their number: ValueMatcher.h).
// Values shorter than 8 characters are not searched for: they would match
// everywhere. Blocking; safe on any thread. `cancel`, when set, stops it
// between files.
LeakScanResult scanForLeaks(const QList<Needle>& needles, const LeakScanOptions& options,
                            const std::atomic_bool* cancel = nullptr);

} // namespace latchkey
