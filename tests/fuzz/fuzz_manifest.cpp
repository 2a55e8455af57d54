// libFuzzer target: any bytes into the manifest parser must give a manifest
// (valid or with located diagnostics), never a crash, hang or sanitizer report.
#include "ManifestParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const latchkey::Manifest manifest =
        latchkey::ManifestParser::parse(bytes, QStringLiteral("fuzz.yml"));
    // Invariants a user relies on: an invalid manifest says why, and every
    // diagnostic carries a message.
    bool hasError = false;
    for (const latchkey::Diagnostic& d : manifest.diagnostics) {
        if (d.message.isEmpty() || d.line < 0 || d.column < 0)
            std::abort();
        hasError = hasError || d.isError();
    }
    if (manifest.isValid() == hasError)
        std::abort();
    return 0;
}
