#include "ManifestFile.h"

#include "InputFile.h"

#include <QCoreApplication>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ManifestParser", text);
}

// A manifest's own wording of why InputFile could not read it.
QString describe(const InputFile& file, qint64 maxBytes)
{
    using Problem = InputFile::Problem;
    switch (file.problem) {
    case Problem::None:
        return {};
    case Problem::Missing:
        return tr("cannot read the manifest: no such file");
    case Problem::Folder:
        return tr("this is a folder, not an inf.yml file");
    case Problem::Fifo:
        return tr("this is a named pipe (FIFO), not a regular file; a manifest must be a "
                  "regular file");
    case Problem::Device:
        return tr("this is a device, not a regular file; a manifest must be a regular file");
    case Problem::Socket:
        return tr("this is a socket, not a regular file; a manifest must be a regular file");
    case Problem::NotRegular:
        return tr("this is not a regular file; a manifest must be a regular file");
    case Problem::TooBig:
        return tr("the file is %1 bytes long; a manifest may be at most %2 bytes (1 MiB)")
            .arg(file.size)
            .arg(maxBytes);
    case Problem::Unreadable:
        return tr("cannot read the manifest: %1").arg(file.detail);
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
