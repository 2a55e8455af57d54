// Benchmark, not a test: latchkey-cli side by side with its anchors, in one
// run, on the private keyring tests/with-keyring.sh starts:
//
//   check of 10, 200 and 1,000 keys   vs  libsecret_lookup (the same keys read
//                                          with libsecret, one process)
//   get --reveal, and the masked get  vs  secret-tool lookup
//   set, 10 and 10,000-entry index    vs  secret-tool store (same keyring),
//   and set without history            each replacing a value in its own item
//   set of a new key                   vs  secret-tool store of a new item
//
// With --vault-items N it runs only the rows of a vault of N secrets, whose
// N items are in the keyring too (the keyring size the goal names):
// check of 200 of its keys, get, and set with and without history and of a
// new key, against the same anchors on that keyring.
//
// Each pair runs alternately (A B A B …) so drift hits both; the figures are
// medians of whole-process wall times and the median of the per-pair ratios.
//
//   tests/with-keyring.sh build/tests/bench/bench_vault [ROUNDS] [--vault-items N]
//
// Filling the keyring with 1,000 items takes a minute or two: gnome-keyring
// rewrites its whole file on every store, so 7,500 took over an hour and
// 10,000 take over two hours. With --vault-items the items already there
// are kept: run it in a keyring of your own (a D-Bus session and XDG folders
// that outlive the run) to fill it once.
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace {

struct Command {
    Command(QString p, QStringList a, QByteArray i = {})
        : program(std::move(p))
        , arguments(std::move(a))
        , input(std::move(i))
    {
    }
    QString program;
    QStringList arguments;
    QByteArray input;
};

double runMs(const Command& command)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(command.program, command.arguments);
    process.write(command.input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench: %s %s exited %d\n", qPrintable(command.program),
                     qPrintable(command.arguments.join(u' ')), process.exitCode());
        std::exit(1);
    }
    return ms;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs a(i) and b(i) alternately for i = 0, 1, …; round 0 is a warm-up
// (page cache, keyring state) and is not counted.
void compareEach(const char* what, const std::function<Command(int)>& a,
                 const std::function<Command(int)>& b, int rounds)
{
    runMs(a(0));
    runMs(b(0));
    std::vector<double> ta, tb, ratio;
    for (int i = 1; i <= rounds; ++i) {
        ta.push_back(runMs(a(i)));
        tb.push_back(runMs(b(i)));
        ratio.push_back(ta.back() / tb.back());
    }
    std::printf("%-34s %9.1f ms %9.1f ms %7.2fx\n", what, median(ta), median(tb), median(ratio));
    std::fflush(stdout);
}

void compare(const char* what, const Command& a, const Command& b, int rounds)
{
    compareEach(
        what, [&a](int) { return a; }, [&b](int) { return b; }, rounds);
}

const QString cli = QStringLiteral(LATCHKEY_CLI_PATH);
const QString lookup = QStringLiteral(LATCHKEY_LOOKUP_PATH);

QString key(int i)
{
    return QStringLiteral("BENCH_KEY_%1").arg(i, 4, 10, QLatin1Char('0'));
}

// `secret-tool store` of `value` under server `server`, user `user`.
Command secretToolStore(const QString& server, const QString& user, const QByteArray& value)
{
    return {QStringLiteral("secret-tool"),
            {QStringLiteral("store"), QStringLiteral("--label=bench"), QStringLiteral("server"),
             server, QStringLiteral("user"), user},
            value};
}

void store(const QString& vault, int i)
{
    runMs(secretToolStore(QStringLiteral("latchkey/") + vault, key(i),
                          QStringLiteral("bench-value-%1-0123456789").arg(i).toUtf8()));
}

// How many items vault `vault` has in the keyring: one SearchItems call,
// which (unlike `secret-tool search`) reads no secret, so it stays quick with
// 10,000 items.
int storedCount(const QString& vault)
{
    QProcess search;
    search.start(QStringLiteral("gdbus"),
                 {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                  QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                  QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                  QStringLiteral("org.freedesktop.Secret.Service.SearchItems"),
                  QStringLiteral("{'server': 'latchkey/%1'}").arg(vault)});
    search.waitForFinished(-1);
    // "([objectpath '/org/…', '/org/…'], @ao [])": the unlocked items, then the locked.
    const QByteArray out = search.readAllStandardOutput();
    return static_cast<int>(out.left(out.indexOf("], ")).count("'/org/"));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::exit(1);
}

// An index of `entries` entries for vault `vault`, as Latchkey writes it.
void writeIndex(const QString& vault, int entries)
{
    const QString dir =
        QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("latchkey/vaults"));
    QDir().mkpath(dir);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray json = "{\"schema\":2,\"vault\":\"" + vault.toUtf8() + "\",\"secrets\":[";
    for (int i = 0; i < entries; ++i) {
        if (i)
            json += ',';
        json += "{\"key\":\"" + key(i).toUtf8() +
                "\",\"description\":\"A description of moderate length for this key\","
                "\"created\":\"" +
                now.toUtf8() + "\",\"updated\":\"" + now.toUtf8() +
                "\",\"hint\":\"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20226789\"}";
    }
    json += "]}";
    writeFile(dir + QStringLiteral("/") + vault + QStringLiteral(".json"), json);
}

// `check` of the first `size` keys of vault `vault` (a manifest of them),
// against libsecret_lookup reading the same keys in one process.
void compareCheck(const QString& vault, int size, const QTemporaryDir& work, int rounds)
{
    QByteArray manifest = "name: bench\nsecrets:\n";
    QByteArray keys;
    for (int i = 0; i < size; ++i) {
        manifest += "  - key: " + key(i).toUtf8() + "\n    description: benchmark key\n";
        keys += key(i).toUtf8() + '\n';
    }
    const QString manifestPath =
        work.filePath(QStringLiteral("inf-%1-%2.yml").arg(vault).arg(size));
    const QString keysPath = work.filePath(QStringLiteral("keys-%1-%2.txt").arg(vault).arg(size));
    writeFile(manifestPath, manifest);
    writeFile(keysPath, keys);
    compare(qPrintable(QStringLiteral("check, %1 keys (vs libsecret)").arg(size)),
            {cli, {QStringLiteral("--vault"), vault, QStringLiteral("check"), manifestPath}},
            {lookup, {vault, keysPath}}, rounds);
}

// `get --reveal` prints the value, as `secret-tool lookup` does; latchkey-cli's
// front answers it without Qt (app/cli/FastGet.h). The masked `get` goes
// through the full command line. Both rows have secret-tool lookup as anchor.
void compareGet(const QString& vault, const QString& revealRow, const QString& maskedRow,
                int rounds)
{
    const Command lookupOne{QStringLiteral("secret-tool"),
                            {QStringLiteral("lookup"), QStringLiteral("server"),
                             QStringLiteral("latchkey/") + vault, QStringLiteral("user"), key(1)}};
    compare(qPrintable(revealRow),
            {cli,
             {QStringLiteral("--vault"), vault, QStringLiteral("get"), QStringLiteral("--reveal"),
              key(1)}},
            lookupOne, rounds);
    compare(qPrintable(maskedRow),
            {cli, {QStringLiteral("--vault"), vault, QStringLiteral("get"), key(1)}}, lookupOne,
            rounds);
}

// `set` of a key that has a value, against secret-tool replacing a value:
// with history (the default: the previous value is copied first) or without
// (`config history 0`), which writes only the value and its revision.
void compareSet(const char* what, const QString& vault, bool history, int rounds)
{
    runMs({cli,
           {QStringLiteral("--vault"), vault, QStringLiteral("config"), QStringLiteral("history"),
            history ? QStringLiteral("5") : QStringLiteral("0")}});
    // Steady state before timing: the item has Latchkey's label and
    // attributes, and the history is full, so every timed `set` copies the
    // previous value and drops the oldest one.
    const Command set{cli,
                      {QStringLiteral("--vault"), vault, QStringLiteral("set"), key(0)},
                      "bench-value-new-0123456789"};
    for (int i = 0; i < 6; ++i)
        runMs(set);
    // The anchor replaces a value too, but in an item of its own: storing
    // over Latchkey's item would reset its label and attributes, and the
    // next `set` would then spend a keychain write to restore them.
    compare(
        what, set,
        secretToolStore(QStringLiteral("anchor/") + vault, key(0), "bench-value-new-0123456789"),
        rounds);
}

// A key set for the first time: no earlier value to keep, so Latchkey
// writes one new item as secret-tool does (each round a new key for both).
void compareNewKey(const char* what, const QString& vault, int first, int rounds)
{
    compareEach(
        what,
        [vault, first](int i) {
            return Command{
                cli,
                {QStringLiteral("--vault"), vault, QStringLiteral("set"), key(first + i)},
                "bench-value-new-0123456789"};
        },
        [vault, first](int i) {
            return secretToolStore(QStringLiteral("anchor/") + vault, key(first + i),
                                   "bench-value-new-0123456789");
        },
        rounds);
}

// The rows of vault "big", of `items` secrets, all of them in the keyring.
void vaultRows(int items, int rounds)
{
    const QString vault = QStringLiteral("big");
    // Keys are stored in order, so the first `stored` are there (a run that
    // was stopped while filling goes on where it stopped).
    const int stored = storedCount(vault);
    QElapsedTimer filling;
    filling.start();
    for (int i = stored; i < items; ++i)
        store(vault, i);
    std::printf("(%d of %d items stored now, in %.0f s)\n", std::max(0, items - stored), items,
                static_cast<double>(filling.elapsed()) / 1000);
    writeIndex(vault, items);
    const QString size = QLocale(QLocale::English).toString(items);
    QTemporaryDir work;
    compareCheck(vault, std::min(items, 200), work, rounds);
    compareGet(vault, QStringLiteral("get --reveal, %1-secret vault").arg(size),
               QStringLiteral("get, masked, %1-secret vault").arg(size), rounds);
    compareSet(qPrintable(QStringLiteral("set, %1-secret vault (vs store)").arg(size)), vault, true,
               rounds);
    compareSet(qPrintable(QStringLiteral("set, %1-secret vault, no history").arg(size)), vault,
               false, rounds);
    // New keys beyond the vault's, removed again so that a later run starts
    // from the same vault.
    compareNewKey(qPrintable(QStringLiteral("set, new key, %1-secret vault").arg(size)), vault,
                  items + 1, rounds);
    for (int i = 0; i <= rounds; ++i) {
        runMs({cli,
               {QStringLiteral("--vault"), vault, QStringLiteral("delete"),
                QStringLiteral("--purge"), key(items + 1 + i)}});
        runMs({QStringLiteral("secret-tool"),
               {QStringLiteral("clear"), QStringLiteral("server"),
                QStringLiteral("anchor/") + vault, QStringLiteral("user"), key(items + 1 + i)}});
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = args.size() > 1 ? std::max(3, args.at(1).toInt()) : 15;
    const qsizetype itemsAt = args.indexOf(QStringLiteral("--vault-items"));
    std::printf("%-34s %12s %12s %8s\n", "", "latchkey", "anchor", "ratio");
    if (itemsAt > 0 && itemsAt + 1 < args.size()) {
        vaultRows(std::max(1, args.at(itemsAt + 1).toInt()), rounds);
        return 0;
    }
    QTemporaryDir work;

    int stored = 0;
    for (const int size : {10, 200, 1000}) {
        while (stored < size)
            store(QStringLiteral("bench"), stored++);
        compareCheck(QStringLiteral("bench"), size, work, rounds);
    }
    compareGet(QStringLiteral("bench"), QStringLiteral("get --reveal (vs secret-tool lookup)"),
               QStringLiteral("get, masked (vs secret-tool lookup)"), rounds);

    // With history (the default: the previous value is copied first) and
    // without (`config history 0`), which writes only the value and its
    // revision.
    for (const int entries : {10, 10000, -10}) {
        const bool history = entries > 0;
        const QString vault = QStringLiteral("set%1%2")
                                  .arg(std::abs(entries))
                                  .arg(history ? QString() : QStringLiteral("nohistory"));
        writeIndex(vault, std::abs(entries));
        store(vault, 0);
        compareSet(qPrintable(QStringLiteral("set, %1-entry index%2 (vs store)")
                                  .arg(std::abs(entries))
                                  .arg(history ? QString() : QStringLiteral(", no history"))),
                   vault, history, rounds);
    }
    compareNewKey("set, new key (vs store, new item)", QStringLiteral("fresh"), 0, rounds);
    std::printf("keyring: %d items, and the earlier values set keeps\n",
                stored + 6 + 2 * (rounds + 1));
    return 0;
}
