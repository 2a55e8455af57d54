#pragma once

// The Secret Service (org.freedesktop.secrets) through libsecret, on a thread
// of its own. This header has neither GLib nor Qt types so that GLib's
// `signals` identifiers and Qt's `signals` macro never meet: SecretServiceStore
// is the Qt face of it.
//
// Every request runs asynchronously on the client's thread (its own GLib main
// context), so many requests are in flight at once: a readiness check sends
// all its searches together. Callbacks run on the client's thread; they must
// copy what they need and hand it on.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace latchkey::secretservice {

enum class Code {
    Ok,
    NotFound,      // the service answered: no such item
    Locked,        // the item or its collection is locked
    Unavailable,   // no session bus, or nothing owns org.freedesktop.secrets
    NoCollection,  // the service has no default collection (a fresh keyring)
    Dismissed,     // the user dismissed the provider's prompt
    NotResponding, // the service did not answer in time
    Cancelled,     // the caller gave up (its deadline passed)
    Other,
};

struct Status {
    Code code = Code::Ok;
    std::string message; // GLib's text, for the log line of a person; never a value

    bool ok() const { return code == Code::Ok; }
};

using Attributes = std::map<std::string, std::string>;

// What the current value of `key` in the vault whose items carry
// server=`server` is found by, in the order it is looked for: Latchkey's own
// pair, then python keyring's (SecretServiceStore writes both).
std::vector<Attributes> valueMatches(const std::string& server, const std::string& key);

// Bytes of a secret value: wiped when destroyed or cleared.
class Bytes {
public:
    Bytes() = default;
    Bytes(const char* data, std::size_t size);
    Bytes(const Bytes& other);
    Bytes& operator=(const Bytes& other);
    Bytes(Bytes&& other) noexcept;
    Bytes& operator=(Bytes&& other) noexcept;
    ~Bytes();

    const char* data() const { return m_data.data(); }
    std::size_t size() const { return m_data.size(); }
    void clear();

private:
    std::vector<char> m_data;
};

enum class Presence { Absent, Present, Locked };

// What a request is waiting for, so that one that takes too long can say
// what the provider is waiting for instead of a bare timeout.
enum class Phase {
    Service,    // an answer of the service (searching, reading, writing)
    Permission, // the provider's own access dialog for an item (KeePassXC asks per client)
    Deletion,   // the provider's confirmation of a deletion (KeePassXC asks by default)
    Creation,   // the provider's prompt for a new item or keyring
    Unlock,     // the provider's unlock prompt
};

struct Item {
    std::string path;
    bool locked = false;
    Attributes attributes; // empty when the service would not show them
};

struct ServiceInfo {
    Status status;        // Unavailable / NoCollection / NotResponding / Ok
    bool locked = false;  // the default collection is locked
    std::string busName;  // the name we talk to (SECRET_SERVICE_BUS_NAME can change it)
    std::string provider; // the program that owns the name, e.g. "gnome-keyring-daemon"
    std::string collection;
};

class Client {
public:
    using Handle = std::uint64_t;
    using Done = std::function<void(Status)>;
    using SearchDone = std::function<void(Status, std::vector<std::string> unlocked,
                                          std::vector<std::string> locked)>;
    using PresenceDone = std::function<void(Status, std::vector<Presence>)>;
    using ItemsDone = std::function<void(Status, std::vector<Item>)>;
    using ReadDone = std::function<void(Status, Bytes)>;
    using InfoDone = std::function<void(ServiceInfo)>;
    using ValuesDone = std::function<void(Status, std::vector<std::pair<std::string, Bytes>>)>;

    // The process-wide client. Its thread starts on first use and stops at exit.
    static Client& instance();

    // The items matching `match` (attributes only, never the schema name),
    // split as the service answers: unlocked and locked.
    Handle search(Attributes match, SearchDone done);
    // One search per entry, all sent at once; the answer keeps the order.
    Handle presence(std::vector<Attributes> matches, PresenceDone done);
    // The items matching any of `matches` (searches sent at once), each once,
    // with their attributes.
    Handle items(std::vector<Attributes> matches, ItemsDone done);
    // The value of the matching item; NotFound / Locked as the service says.
    Handle read(Attributes match, ReadDone done);
    // The value of the item at `path` (one search() found), without asking
    // for an unlock: Locked when the item is.
    Handle readItem(std::string path, ReadDone done);
    // Opens the encrypted session values travel in, which a read would
    // otherwise open first: asked for beside a search, its key exchange
    // runs while the service searches.
    Handle openSession(Done done);
    // The `user` attribute and value of every item matching `match`, in one
    // GetSecrets call (SecretServiceBulk.cpp); Locked when one of them is.
    Handle readAll(Attributes match, ValuesDone done);
    // Replaces the value of the matching item (and sets its attributes and
    // label), or creates the item in the default collection.
    Handle store(Attributes match, Attributes attributes, std::string label, Bytes value,
                 Done done);
    // Deletes every matching item and checks that none is left.
    Handle remove(Attributes match, Done done);
    // Copies the value of the first unlocked item matching `from` into the
    // item matching `toMatch` (updated, or created in the default
    // collection) with `attributes` and `label`. The value stays on the
    // client's thread. NotFound / Locked when `from` has no readable item.
    Handle copy(Attributes from, Attributes toMatch, Attributes attributes, std::string label,
                Done done);
    // Gives every item matching `from` the attributes `attributes` and the
    // label `label`, keeping its value: a move in one change of each item.
    // Checks that nothing matches `from` any more. NotFound / Locked as for
    // remove().
    Handle relabel(Attributes from, Attributes attributes, std::string label, Done done);
    Handle info(InfoDone done);
    // Asks the provider to unlock the default collection (its own prompt).
    Handle unlock(Done done);

    // Gives up a request: its callback is still called, with Cancelled.
    void cancel(Handle handle);

    // What request `handle` waits for now (any thread).
    Phase phase(Handle handle) const;
    // The program that owns the Secret Service name, or that owned it last
    // when nothing does now, e.g. "keepassxc"; empty before the first
    // connection (any thread).
    std::string provider() const;

    // Called on the client's thread when the service's owner changes (a
    // restart) or a collection changes (locked, unlocked).
    void setChangeListener(std::function<void()> listener);

    // Stops the thread; later requests answer Unavailable.
    void shutdown();

    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    struct Private; // defined in SecretServiceGlib.h

private:
    Client();
    ~Client();
    std::unique_ptr<Private> d;
};

} // namespace latchkey::secretservice
