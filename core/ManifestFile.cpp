#include "ManifestFile.h"

#include "InputFile.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

// The messages of this file, in the translation context "ManifestParser" that lupdate
// finds through Q_DECLARE_TR_FUNCTIONS (a plain helper function hid it).
struct Strings {
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
};

// A manifest's own wording of why InputFile could not read it.
QString describe(const InputFile& file, qint64 maxBytes)
{
    using Problem = InputFile::Problem;
    switch (file.problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return Strings::tr("cannot read the manifest: no such file");
    case Problem::Folder:
        return Strings::tr("this is a folder, not an inf.yml file");
    case Problem::Fifo:
        return Strings::tr("this is a named pipe (FIFO), not a regular file; a manifest must be a "
                           "regular file");
    case Problem::Device:
        return Strings::tr(
            "this is a device, not a regular file; a manifest must be a regular file");
    case Problem::Socket:
        return Strings::tr(
            "this is a socket, not a regular file; a manifest must be a regular file");
    case Problem::NotRegular:
        return Strings::tr("this is not a regular file; a manifest must be a regular file");
    case Problem::TooBig:
        return Strings::tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
            .arg(file.size)
            .arg(maxBytes);
    case Problem::Unreadable:
        return Strings::tr("cannot read the manifest: %1").arg(file.detail);
    }
    return {};
}

} // namespace

ManifestFile ManifestFile::read(const QString& path, qint64 maxBytes)
{
    InputFile input = InputFile::read(path, maxBytes);
    ManifestFile result;
    result.error = describe(input, maxBytes);
    result.bytes = std::move(input.bytes);
    return result;
}

} // namespace latchkey
