#include "EnvFile.h"

#include "InputFile.h"
#include "SecretName.h"
#include "SecretValue.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QHash>

namespace latchkey {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EnvFile", text);
}

// The offset of the first byte that is not part of valid UTF-8, or -1.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0, code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, code = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Line and column (from 1, columns in characters) of a byte offset.
std::pair<int, int> locateByte(const QByteArray& bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

void checkEntries(EnvFile& file)
{
    // A key assigned again replaces the earlier entry, in the later place.
    QHash<QString, qsizetype> seen;
    QList<bool> dropped(file.entries.size(), false);
    for (qsizetype i = 0; i < file.entries.size(); ++i) {
        EnvEntry& entry = file.entries[i];
        if (entry.invalid.isEmpty()) {
            if (const QString reason = secretNameError(entry.key); !reason.isEmpty())
                entry.invalid = tr("invalid key \"%1\": %2").arg(entry.key, reason);
        }
        if (entry.invalid.isEmpty() && !entry.value.isEmpty()) {
            if (const QString reason = secretValueError(entry.value); !reason.isEmpty())
                entry.invalid = tr("the value of %1 cannot be stored: %2").arg(entry.key, reason);
        }
        if (!entry.invalid.isEmpty())
            continue;
        if (const auto earlier = seen.constFind(entry.key); earlier != seen.constEnd()) {
            EnvEntry& previous = file.entries[earlier.value()];
            file.warnings.append({Diagnostic::Severity::Warning, file.path, entry.line,
                                  entry.column,
                                  tr("%1 is assigned again (first on line %2); the last value "
                                     "is used")
                                      .arg(entry.key)
                                      .arg(previous.line)});
            wipe(previous.value);
            dropped[earlier.value()] = true;
        }
        seen.insert(entry.key, i);
    }
    QList<EnvEntry> kept;
    for (qsizetype i = 0; i < file.entries.size(); ++i)
        if (!dropped.at(i))
            kept.append(std::move(file.entries[i]));
    file.entries = std::move(kept);
}

} // namespace

int envfile::columnAt(const QString& text, qsizetype lineStart, qsizetype at)
{
    int column = 1;
    for (qsizetype i = lineStart; i < at && i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate())
            ++column;
    return column;
}

EnvFile EnvFile::read(const QString& path)
{
    InputFile input = InputFile::read(path, kMaxEnvFileBytes);
    if (!input.error.isEmpty()) {
        EnvFile file;
        file.path = path;
        file.error = Diagnostic{Diagnostic::Severity::Error, path, 0, 0,
                                tr("cannot read the file: %1").arg(input.error)};
        return file;
    }
    Format format =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Dotenv;
    for (const char c : std::as_const(input.bytes)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{')
            format = Format::Json;
        break;
    }
    EnvFile file = parse(input.bytes, path, format);
    wipe(input.bytes);
    return file;
}

EnvFile EnvFile::parse(const QByteArray& bytes, const QString& path, Format format)
{
    EnvFile file;
    file.path = path;
    file.format = format;
    auto fail = [&](qsizetype offset, const QString& message) {
        const auto [line, column] = locateByte(bytes, offset);
        file.error = Diagnostic{Diagnostic::Severity::Error, path, line, column, message};
    };
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        fail(nul, tr("the file contains a NUL byte; env files are text"));
        return file;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        fail(bad, tr("the file is not valid UTF-8 text here"));
        return file;
    }
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QString text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    if (text.contains(u'\r'))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (format == Format::Json)
        envfile::parseJson(text, file);
    else
        envfile::parseDotenv(text, file);
    wipe(text);
    if (file.error) {
        file.wipeValues();
        file.entries.clear();
        return file;
    }
    checkEntries(file);
    return file;
}

QList<EnvEntry> EnvFile::valid() const
{
    QList<EnvEntry> result;
    for (const EnvEntry& entry : entries)
        if (entry.invalid.isEmpty())
            result.append(entry);
    return result;
}

QList<EnvEntry> EnvFile::invalidEntries() const
{
    QList<EnvEntry> result;
    for (const EnvEntry& entry : entries)
        if (!entry.invalid.isEmpty())
            result.append(entry);
    return result;
}

void EnvFile::wipeValues()
{
    for (EnvEntry& entry : entries)
        wipe(entry.value);
}

} // namespace latchkey
