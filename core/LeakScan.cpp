#include "LeakScan.h"

#include "ScanSources.h"
#include "ValueMatcher.h"
#include "Wipe.h"

#include <QCoreApplication>
#include <QDir>

#include <cstring>

namespace latchkey {

namespace {

// Turns byte offsets (in increasing order) into lines and columns, counting
// lines once over the file.
class Locator {
public:
    Locator(const char* data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {
    }

    std::pair<int, int> locate(qsizetype offset)
    {
        if (offset < m_counted) { // an earlier offset: count again from the start
            m_counted = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        while (m_counted < offset) {
            const void* nl =
                std::memchr(m_data + m_counted, '\n', static_cast<size_t>(offset - m_counted));
            if (!nl) {
                m_counted = offset;
                break;
            }
            const qsizetype at = static_cast<const char*>(nl) - m_data;
            ++m_line;
            m_lineStart = at + 1;
            m_counted = at + 1;
        }
        int column = 1;
        for (qsizetype i = m_lineStart; i < offset && i < m_size; ++i)
            if ((static_cast<unsigned char>(m_data[i]) & 0xC0) != 0x80)
                ++column;
        return {m_line, column};
    }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_counted = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace

LeakScanResult scanForLeaks(const QList<Needle>& needles, const LeakScanOptions& options,
                            const std::atomic_bool* cancel)
{
    LeakScanResult result;
    QList<QByteArray> patterns;
    QList<int> owner; // pattern -> needle
    for (qsizetype i = 0; i < needles.size(); ++i) {
        QByteArray bytes = needles.at(i).value.toUtf8();
        qsizetype characters = 0;
        for (const char c : std::as_const(bytes))
            characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (characters < ValueMatcher::kMinLength) {
            ++result.tooShort;
            wipe(bytes);
            continue;
        }
        patterns.append(bytes);
        owner.append(static_cast<int>(i));
    }
    const ValueMatcher matcher(patterns);
    for (QByteArray& bytes : patterns)
        wipe(bytes);
    result.needles = static_cast<int>(owner.size());

    const QString directory = options.directory.isEmpty() ? QDir::currentPath() : options.directory;
    auto scanBytes = [&](const QString& shown, const char* data, qsizetype size) {
        ++result.files;
        result.bytes += size;
        Locator locator(data, size);
        matcher.find(data, size, [&](qsizetype offset, int pattern) {
            const Needle& needle = needles.at(owner.at(pattern));
            const auto [line, column] = locator.locate(offset);
            result.findings.append({shown, line, column, needle.key, needle.vault});
        });
    };

    if (options.staged) {
        QString top;
        Result<QList<scansources::Source>> sources =
            scansources::staged(options.paths, directory, top);
        if (!sources) {
            result.error = sources.error();
            return result;
        }
        result.error = scansources::readStaged(
            *sources, top, [&](const scansources::Source& source, const QByteArray& bytes) {
                scanBytes(source.shown, bytes.constData(), bytes.size());
            });
        return result;
    }

    Result<QList<scansources::Source>> sources = scansources::workingTree(options.paths, directory);
    if (!sources) {
        result.error = sources.error();
        return result;
    }
    for (const scansources::Source& source : *sources) {
        if (cancel && cancel->load())
            break;
        const QString why = scansources::readFile(
            source, [&](const char* data, qsizetype size) { scanBytes(source.shown, data, size); });
        if (!why.isEmpty())
            result.skipped << source.shown + QStringLiteral(": ") + why;
    }
    return result;
}

} // namespace latchkey
