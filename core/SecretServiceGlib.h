#pragma once

// Internal to the libsecret backend (SecretServiceClient*.cpp): GLib helpers
// that turn GLib's callback style into C++ lambdas. Include only from .cpp
// files that include no Qt header (GLib names a struct member `signals`).

#define SECRET_API_SUBJECT_TO_CHANGE 1
#include <libsecret/secret.h>

#include "SecretServiceClient.h"

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace latchkey::secretservice::glib {

inline constexpr const char* kServicePath = "/org/freedesktop/secrets";
inline constexpr const char* kServiceInterface = "org.freedesktop.Secret.Service";
inline constexpr const char* kItemInterface = "org.freedesktop.Secret.Item";
inline constexpr const char* kCollectionInterface = "org.freedesktop.Secret.Collection";
inline constexpr const char* kProperties = "org.freedesktop.DBus.Properties";

// One pending GLib async call: the lambda that finishes it.
using Finish = std::function<void(GObject* source, GAsyncResult* result)>;

void trampoline(GObject* source, GAsyncResult* result, gpointer data);

inline gpointer wrap(Finish finish)
{
    return new Finish(std::move(finish));
}

// A GError turned into our vocabulary; frees it.
Status take(GError* error);

// True when the error means the service we were talking to went away
// (restarted, or our session with it is gone): reconnecting may help.
bool isStale(const Status& status);

GVariant* attributesVariant(const Attributes& attributes);
Attributes attributesFrom(GVariant* dictionary);
std::vector<std::string> strings(gchar** paths); // frees `paths`

// The program that owns a unique bus name, e.g. "gnome-keyring-daemon".
std::string programOf(unsigned pid);

} // namespace latchkey::secretservice::glib

namespace latchkey::secretservice {

// Everything below `thread` is touched only on the client's thread, except
// where a member says otherwise.
struct Client::Private {
    GMainContext* context = nullptr;
    GMainLoop* loop = nullptr;
    std::thread thread;
    std::atomic<Handle> nextHandle{0};

    mutable std::mutex mutex; // guards `stopped`, `listener`, `phases` and `program`
    bool stopped = false;
    std::function<void()> listener;
    std::map<Handle, Phase> phases;
    std::string program; // the provider's program, kept when it goes away

    std::map<Handle, GCancellable*> running;
    SecretService* service = nullptr;
    GDBusConnection* connection = nullptr;
    std::string busName;
    std::string owner;
    guint watch = 0;
    guint subscription = 0;
    bool connecting = false;
    std::vector<std::function<void(Status)>> waiting;

    void post(std::function<void()> work);

    void connect(std::function<void(Status)> ready);
    void forget(); // drops the connection; the next request reconnects
    void notifyChange();
    // Records what the request running with `cancellable` waits for now.
    void setPhase(GCancellable* cancellable, Phase phase);
    // Items that are locked although their collection is not wait for the
    // provider's per-client permission (KeePassXC's access dialog): asks for
    // it. Locked when the collection itself is locked (that needs the user).
    void permit(const std::vector<std::string>& locked, GCancellable* cancellable, Done done);
    // Whether the collection that holds `itemPath` is locked.
    void collectionLocked(const std::string& itemPath, GCancellable* cancellable,
                          std::function<void(Status, bool)> done);

    // Gives the item at `path` the label `label`, unless it has it already.
    void setLabel(const std::string& path, const std::string& label, GCancellable* cancellable,
                  Done done);
    // A method call to the service (or, with `destination`, to another name).
    void call(const char* path, const char* interface, const char* method, GVariant* parameters,
              const GVariantType* replyType, GCancellable* cancellable,
              std::function<void(Status, GVariant*)> done, const char* destination = nullptr);
    void search(const Attributes& match, GCancellable* cancellable, SearchDone done);
    void readAlias(GCancellable* cancellable, std::function<void(Status, std::string)> done);
    void removeAll(std::vector<std::string> paths, GCancellable* cancellable, Done done);
    // Reads the value of the (unlocked) item at `path` into `value`.
    static void fetchSecret(SecretService* service, const std::string& path,
                            GCancellable* cancellable, std::shared_ptr<Bytes> value, Done next);
    void update(const std::string& path, const Attributes& attributes, const std::string& label,
                const Bytes& value, GCancellable* cancellable, Done done);
    // With `replace`, an item with the same attributes is updated instead
    // (Secret Service's CreateItem "replace").
    void create(const Attributes& attributes, const std::string& label, const Bytes& value,
                GCancellable* cancellable, Done done, bool replace = true);
    // Runs request `handle` on the client's thread: connects, runs `body`,
    // and when `body` failed because the service went away under us (a
    // restart), reconnects and runs it once more. `finish` gets the outcome.
    using Next = std::function<void(Status)>;
    void request(Handle handle, std::function<void(GCancellable*, Next)> body, Next finish);
};

} // namespace latchkey::secretservice
