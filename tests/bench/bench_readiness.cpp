// Benchmark, not a test: how long a readiness check of an N-key manifest
// takes against the real Secret Service, with Latchkey's concurrent lookups
// and with the same lookups done one after another. Run it inside a private
// keyring:
//   tests/with-keyring.sh build/tests/bench/bench_readiness [KEYS] [ROUNDS]
#include "ManifestParser.h"
#include "Readiness.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace latchkey;

namespace {
void waitSet(Vault& vault, const QString& key)
{
    QEventLoop loop;
    vault.set(key, QStringLiteral("bench-value-") + key, std::nullopt, &loop, [&](const Error& e) {
        if (e)
            std::fprintf(stderr, "set failed: %s\n", qPrintable(e.message));
        loop.quit();
    });
    loop.exec();
}

double concurrentMs(const Manifest& manifest, Vault& vault)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    Readiness::evaluate(manifest, vault, &loop, [&](const ReadinessReport&) { loop.quit(); });
    loop.exec();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double sequentialMs(const Manifest& manifest, Vault& vault)
{
    QElapsedTimer timer;
    timer.start();
    for (const SecretRequirement& requirement : manifest.secrets) {
        QEventLoop loop;
        vault.value(requirement.key, &loop, [&](const Error&, const QString&) { loop.quit(); });
        loop.exec();
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int keys = argc > 1 ? std::atoi(argv[1]) : 40;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    QTemporaryDir dir;
    Vault vault(QStringLiteral("bench"), dir.path());

    QByteArray yaml = "name: bench\nsecrets:\n";
    for (int i = 0; i < keys; ++i) {
        const QString key = QStringLiteral("BENCH_KEY_%1").arg(i);
        yaml += "  - key: " + key.toUtf8() + "\n    description: benchmark key\n";
        if (i % 2 == 0) // half set, half missing
            waitSet(vault, key);
    }
    const Manifest manifest = ManifestParser::parse(yaml, QStringLiteral("bench.yml"));

    double concurrent = 0, sequential = 0;
    for (int r = 0; r < rounds; ++r) {
        concurrent += concurrentMs(manifest, vault);
        sequential += sequentialMs(manifest, vault);
    }
    std::printf("readiness of %d keys (%d set), mean of %d rounds:\n", keys, (keys + 1) / 2,
                rounds);
    std::printf("  concurrent (Readiness::evaluate): %8.1f ms\n", concurrent / rounds);
    std::printf("  one after another:                %8.1f ms\n", sequential / rounds);
    return 0;
}
