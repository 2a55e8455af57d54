#include "FastGet.h"

#include "MaskRule.h"
#include "SecretServiceClient.h"
#include "TextControls.h"

#include <glib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

namespace latchkey::cli {

namespace {

namespace ss = secretservice;

// How long gnome-keyring may take before the full command line is asked
// instead. It answers in milliseconds; one that is stuck then gets the
// whole --timeout (10 s by default) from the full command, which says so,
// so a frozen keychain is reported after 12 s rather than 10.
constexpr auto kPatience = std::chrono::seconds(2);

// The rules of core/SecretName.cpp (secretNameError, vaultNameError), in
// ASCII: a name either rule refuses is never answered here.
constexpr std::size_t kMaxKeyLength = 128; // kMaxSecretNameLength
constexpr std::size_t kMaxVaultLength = 64;

bool asciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool asciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool plainKey(const std::string& key)
{
    if (key.empty() || key.size() > kMaxKeyLength || !(asciiLetter(key[0]) || key[0] == '_'))
        return false;
    for (char c : key)
        if (!asciiLetter(c) && !asciiDigit(c) && c != '_')
            return false;
    return true;
}

bool plainVault(const std::string& vault)
{
    if (vault.empty() || vault.size() > kMaxVaultLength || vault[0] == '.' || vault[0] == '-')
        return false;
    for (char c : vault)
        if (!asciiLetter(c) && !asciiDigit(c) && c != '_' && c != '-' && c != '.')
            return false;
    return true;
}

std::string environment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}

struct Request {
    std::string vault;
    std::string key;
    bool reveal = false;
};

// [--vault NAME | --vault=NAME] get [--reveal] KEY (--reveal before or after
// KEY): the shapes the full command's parsers (app/cli/Cli.cpp) read the
// same way.
std::optional<Request> plainRequest(int argc, char** argv)
{
    int i = 1;
    Request request{environment("LATCHKEY_VAULT"), {}};
    const std::string first = i < argc ? argv[i] : "";
    if (first == "--vault" && i + 1 < argc) {
        request.vault = argv[i + 1];
        if (request.vault.empty())
            return std::nullopt;
        i += 2;
    } else if (first.rfind("--vault=", 0) == 0) {
        request.vault = first.substr(8);
        if (request.vault.empty())
            return std::nullopt;
        i += 1;
    }
    if ((argc - i != 2 && argc - i != 3) || std::strcmp(argv[i], "get") != 0)
        return std::nullopt;
    if (argc - i == 2) {
        request.key = argv[i + 1];
    } else {
        const std::string a = argv[i + 1];
        const std::string b = argv[i + 2];
        if (a == "--reveal")
            request.key = b;
        else if (b == "--reveal")
            request.key = a;
        else
            return std::nullopt;
        request.reveal = true;
    }
    if (request.vault.empty())
        request.vault = "default";
    if (!plainKey(request.key) || !plainVault(request.vault))
        return std::nullopt;
    return request;
}

// A path as the kernel resolves it and as Qt cleans it (QDir::cleanPath, for
// QStandardPaths) may differ once "." or ".." or "//" is in it: such a path
// is left to the full command.
bool plainPath(const std::string& path)
{
    if (path.empty() || path[0] != '/')
        return false;
    const std::string slashed = path + '/';
    return slashed.find("/./") == std::string::npos && slashed.find("/../") == std::string::npos &&
           path.find("//") == std::string::npos;
}

// True when nothing but the Secret Service can hold the vault: no other
// keychain chosen, no timeout given, and nothing at all where the list of
// team vaults goes (core/VaultRegistry.cpp: even an empty list could be
// refused there, and only the full command reads it).
bool plainSetting()
{
    if (!environment("LATCHKEY_TIMEOUT").empty() || !environment("LATCHKEY_KEYCHAIN").empty())
        return false;
    // QStandardPaths' GenericDataLocation: XDG_DATA_HOME, or ~/.local/share.
    std::string data = environment("XDG_DATA_HOME");
    if (data.empty()) {
        const std::string home = environment("HOME");
        if (!plainPath(home))
            return false;
        data = home + "/.local/share";
    } else if (!plainPath(data)) {
        return false;
    }
    // lstat: a link, even a dangling one, is something there too.
    const std::string registry = data + "/latchkey/team-vaults.json";
    struct stat info {};
    return ::lstat(registry.c_str(), &info) != 0 && errno == ENOENT;
}

using Deadline = std::chrono::steady_clock::time_point;

// One request to the client, started at once and waited for later.
template <typename Answer> class Pending {
public:
    // `start` is given the callback and returns the request's handle.
    template <typename Start>
    explicit Pending(Start start)
        : m_shared(std::make_shared<Shared>())
    {
        m_handle = start([shared = m_shared](Answer answer) {
            std::lock_guard<std::mutex> lock(shared->mutex);
            shared->answer = std::move(answer);
            shared->ready.notify_all();
        });
    }

    // The answer, waited for until `deadline` at most; then the request is
    // cancelled and not waited for (a provider that does not answer may not
    // even let the connection finish), and the answer is `late`.
    Answer wait(Deadline deadline, Answer late)
    {
        std::unique_lock<std::mutex> lock(m_shared->mutex);
        if (m_shared->ready.wait_until(lock, deadline,
                                       [this] { return m_shared->answer.has_value(); }))
            return std::move(*m_shared->answer);
        lock.unlock();
        ss::Client::instance().cancel(m_handle);
        return late;
    }

private:
    struct Shared {
        std::mutex mutex;
        std::condition_variable ready;
        std::optional<Answer> answer;
    };
    std::shared_ptr<Shared> m_shared;
    ss::Client::Handle m_handle = 0;
};

struct Found {
    ss::Status status;
    std::vector<std::string> unlocked;
    std::vector<std::string> locked;
};

struct Value {
    ss::Status status;
    ss::Bytes bytes;
};

Pending<Found> search(const ss::Attributes& match)
{
    return Pending<Found>([&match](auto done) {
        return ss::Client::instance().search(match, [done](ss::Status status,
                                                           std::vector<std::string> unlocked,
                                                           std::vector<std::string> locked) {
            done(Found{std::move(status), std::move(unlocked), std::move(locked)});
        });
    });
}

// The value, as the full command's read (SecretServiceStore::read) would
// find it; nothing when there is none or the full command must decide (an
// error, a lock, another provider, a value that is not UTF-8 text).
std::optional<Value> readValue(const Request& request, Deadline deadline)
{
    ss::Client& client = ss::Client::instance();
    const std::vector<ss::Attributes> matches =
        ss::valueMatches("latchkey/" + request.vault, request.key);
    Pending<Found> first = search(matches.front());
    // Asked for after the search, the session's key exchange runs on the
    // client's thread while the service searches, instead of after it.
    Pending<ss::Status> session([&client](auto done) { return client.openSession(done); });
    const ss::Status late{ss::Code::Cancelled, "no answer in time"};
    std::string path;
    for (std::size_t i = 0; i < matches.size() && path.empty(); ++i) {
        const Found found = i == 0 ? first.wait(deadline, Found{late, {}, {}})
                                   : search(matches[i]).wait(deadline, Found{late, {}, {}});
        // KeePassXC may ask its user before it gives a value, and a second
        // request after this one gave up would ask again: other providers
        // are left to the full command.
        if (!found.status.ok() || client.provider() != "gnome-keyring-daemon")
            return std::nullopt;
        if (!found.unlocked.empty())
            path = found.unlocked.front();
        else if (!found.locked.empty())
            return std::nullopt; // unlocking is the full command's (it asks the provider)
    }
    // Without the session a read would open a second one.
    if (path.empty() || !session.wait(deadline, late).ok())
        return std::nullopt;
    Value value = Pending<Value>([&](auto done) {
                      return client.readItem(path, [done](ss::Status status, ss::Bytes bytes) {
                          done(Value{std::move(status), std::move(bytes)});
                      });
                  }).wait(deadline, Value{late, {}});
    // The full command prints the stored text byte for byte
    // (core/SecretValue.cpp keeps a leading byte order mark); bytes that are
    // not UTF-8, or hold a NUL (which it prints as they are), are its to
    // judge.
    if (!value.status.ok() || !g_utf8_validate_len(value.bytes.data(), value.bytes.size(), nullptr))
        return std::nullopt;
    return value;
}

// Whether the terminal escaping of app/cli/Console.cpp (core/TerminalText.cpp)
// would change a mask: a mask holds no control character (core/MaskRule.h),
// so only a bidirectional control would be escaped.
bool hasBidiControl(const std::string& utf8)
{
    for (const char* p = utf8.c_str(); *p; p = g_utf8_next_char(p))
        if (isBidiControl(g_utf8_get_char(p)))
            return true;
    return false;
}

bool writeAll(const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

} // namespace

std::optional<int> fastGet(int argc, char** argv)
{
    const std::optional<Request> request = plainRequest(argc, argv);
    if (!request || !plainSetting())
        return std::nullopt;
    std::optional<int> answered;
    if (std::optional<Value> value =
            readValue(*request, std::chrono::steady_clock::now() + kPatience)) {
        // write(2) rather than stdio, so that no buffer keeps a copy. A
        // failed write is not an error for the full command either
        // (app/cli/Console.cpp, outRaw).
        if (request->reveal) {
            writeAll(value->bytes.data(), value->bytes.size());
            if (::isatty(STDOUT_FILENO))
                writeAll("\n", 1);
            answered = 0;
        } else {
            // The mask as the full command prints it: one line, escaped for
            // the terminal, which only changes a bidirectional control.
            const std::string mask = maskUtf8({value->bytes.data(), value->bytes.size()}) + '\n';
            if (!hasBidiControl(mask)) {
                writeAll(mask.data(), mask.size());
                answered = 0;
            }
        }
    }
    // The full command has a client of its own (in its module); this one's
    // thread and connection go now.
    ss::Client::instance().shutdown();
    return answered;
}

} // namespace latchkey::cli
