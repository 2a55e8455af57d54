// Benchmark, not a test: `latchkey-cli scan` over a tree of generated text
// with many stored values, against the real Secret Service. Run it inside a
// private keyring:
//   tests/with-keyring.sh build/tests/bench/bench_scan [MEGABYTES] [VALUES] [CLI]
// (defaults: 50 MB, 1,000 values, the latchkey-cli next to this build).
// Prints the wall time of the whole command (start, reading every value
// from the keychain, listing the files, searching them) and of the search
// alone, and, for scale, one pass per value over 1 MB of the same text.
#include "LeakScan.h"
#include "ValueMatcher.h"
#include "Vault.h"
#include "VaultValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace latchkey;

namespace {

QByteArray randomWord(QRandomGenerator& random, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray word(length, 'a');
    for (char& c : word)
        c = alphabet[random.bounded(62)];
    return word;
}

// Source-like text: lines of words, identifiers and the odd token-shaped string.
QByteArray textBlock(QRandomGenerator& random, qsizetype size)
{
    QByteArray text;
    text.reserve(size + 200);
    while (text.size() < size) {
        const int words = 3 + random.bounded(10);
        for (int w = 0; w < words; ++w) {
            text += randomWord(random, 2 + random.bounded(12));
            text += w + 1 < words ? ' ' : '\n';
        }
        if (random.bounded(40) == 0)
            text += "token = \"sk-" + randomWord(random, 24) + "\"\n";
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? std::atoi(argv[1]) : 50;
    const int count = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QString cli = argc > 3 ? QString::fromLocal8Bit(argv[3])
                                 : QCoreApplication::applicationDirPath() +
                                       QStringLiteral("/../../app/cli/latchkey-cli");
    QRandomGenerator random(1313);

    // The values, stored straight into the keychain (20 writes in flight at
    // a time: gnome-keyring rewrites its file on every store, and a thousand
    // at once run into D-Bus timeouts); the vault's next refresh adopts them
    // into its index.
    Vault vault(QStringLiteral("bench-scan"));
    vault.store()->setTimeout(std::chrono::minutes(5));
    QList<QByteArray> values;
    QElapsedTimer timer;
    timer.start();
    int failed = 0;
    for (int first = 0; first < count; first += 20) {
        QEventLoop loop;
        int pending = std::min(20, count - first);
        for (int i = first; i < first + 20 && i < count; ++i) {
            values << "sk-" + randomWord(random, 8 + random.bounded(40));
            vault.store()->write(QStringLiteral("BENCH_%1").arg(i),
                                 QString::fromUtf8(values.last()), QString(), &loop,
                                 [&](const Error& e) {
                                     failed += bool(e);
                                     if (--pending == 0)
                                         loop.quit();
                                 });
        }
        loop.exec();
    }
    std::printf("stored %d values in %.1f s (%d failed)\n", count, timer.elapsed() / 1000.0,
                failed);
    {
        QEventLoop loop;
        timer.restart();
        vault.refresh(&loop, [&](const Error&, const VaultListing& listing) {
            std::printf("the vault's index adopted %lld of them in %.1f s\n",
                        qlonglong(listing.entries.size()), timer.elapsed() / 1000.0);
            loop.quit();
        });
        loop.exec();
    }
    for (int round = 1; round <= 2; ++round) {
        QEventLoop loop;
        timer.restart();
        VaultValues::readAll(
            vault, &loop,
            [&](ValueRead& read) {
                std::printf("reading every value in bulk (VaultValues::readAll): %lld ms, %lld "
                            "values\n",
                            timer.elapsed(), qlonglong(read.values.size()));
                loop.quit();
            },
            std::chrono::minutes(5));
        loop.exec();
    }

    // The tree: files of 64 KiB to 1 MiB, 10 values planted in it.
    QTemporaryDir dir;
    const QString tree = dir.filePath(QStringLiteral("tree"));
    qint64 total = 0;
    int files = 0;
    while (total < qint64(megabytes) * 1024 * 1024) {
        const QString folder = tree + QStringLiteral("/d%1").arg(files / 50);
        QDir().mkpath(folder);
        QByteArray text = textBlock(random, 64 * 1024 + random.bounded(960 * 1024));
        if (files % 7 == 3 && files / 7 < 10)
            text.insert(random.bounded(int(text.size())), values.at(random.bounded(count)));
        QFile file(folder + QStringLiteral("/f%1.txt").arg(files++));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return std::fprintf(stderr, "cannot write the tree\n"), 1;
        total += text.size();
    }
    std::printf("tree: %d files, %.1f MB\n", files, double(total) / 1e6);

    // The whole command, as a user runs it.
    for (int round = 1; round <= 3; ++round) {
        QProcess scan;
        timer.restart();
        scan.start(cli, {QStringLiteral("--vault"), QStringLiteral("bench-scan"),
                         QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("scan"),
                         tree});
        scan.waitForFinished(-1);
        const qint64 ms = timer.elapsed();
        const int findings = int(scan.readAllStandardOutput().count('\n'));
        std::printf("latchkey-cli scan, round %d: %lld ms, exit %d, %d findings\n", round, ms,
                    scan.exitCode(), findings);
    }

    // The search alone, in this process.
    QList<Needle> needles;
    for (int i = 0; i < count; ++i)
        needles.append(
            {vault.name(), QStringLiteral("BENCH_%1").arg(i), QString::fromUtf8(values.at(i))});
    LeakScanOptions options;
    options.paths = {tree};
    timer.restart();
    const LeakScanResult result = scanForLeaks(needles, options);
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("search alone: %.0f ms for %.1f MB in %d files (%.0f MB/s), %lld findings\n",
                searchMs, double(result.bytes) / 1e6, result.files,
                double(result.bytes) / 1e6 / (searchMs / 1000.0),
                qlonglong(result.findings.size()));

    // For scale: one pass per value over 1 MB.
    const QByteArray sample = textBlock(random, 1024 * 1024);
    timer.restart();
    qsizetype hits = 0;
    for (const QByteArray& v : values)
        hits += sample.count(v);
    const double naiveMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("one pass per value over 1 MB: %.0f ms, %lld hits (about %.1f s for %.0f MB)\n",
                naiveMs, qlonglong(hits), naiveMs * double(total) / (1024.0 * 1024.0) / 1000.0,
                double(total) / 1e6);
    return 0;
}
