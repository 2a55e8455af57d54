// Test helper: parses one manifest file and reports what it cost.
//
//   manifest_peak FILE
//
// Prints one line: "PEAK_BEFORE_KIB PEAK_AFTER_KIB MILLISECONDS ERRORS FIRST_ERROR".
// Peak resident memory only grows, so it is read in a fresh process before
// and after the parse; the difference is what the manifest cost at most. On
// Linux it is VmHWM of /proc/self/status: getrusage's ru_maxrss survives
// execve and would start at the peak of the process that started this one.
// tst_manifestbounds runs it on hostile inputs; the figures are in the README.
#include "ManifestParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux, bytes on macOS
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: manifest_peak FILE\n";
        return 2;
    }
    const long before = peakKiB();
    QElapsedTimer timer;
    timer.start();
    const latchkey::Manifest manifest = latchkey::ManifestParser::parseFile(arguments.at(1));
    const qint64 elapsed = timer.elapsed();
    const long after = peakKiB();
    const QList<latchkey::Diagnostic> errors = manifest.errors();
    QTextStream(stdout) << before << ' ' << after << ' ' << elapsed << ' ' << errors.size() << ' '
                        << (errors.isEmpty() ? QString() : errors.first().toString().left(200))
                        << '\n';
    return 0;
}
