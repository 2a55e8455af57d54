// The libsecret client: its thread, its connection to the service, and the
// searches. The requests that change or read items are in
// SecretServiceRequests.cpp. See SecretServiceClient.h.
#include "SecretServiceGlib.h"

#include <memory>

namespace latchkey::secretservice {

using namespace glib;

namespace {

gboolean runPosted(gpointer data)
{
    (*static_cast<std::function<void()>*>(data))();
    return G_SOURCE_REMOVE;
}

void deletePosted(gpointer data)
{
    delete static_cast<std::function<void()>*>(data);
}

void onNameAppeared(GDBusConnection*, const gchar*, const gchar* nameOwner, gpointer data)
{
    auto* d = static_cast<Client::Private*>(data);
    const std::string now = nameOwner ? nameOwner : "";
    if (d->owner.empty()) {
        d->owner = now; // the service was started for us: nothing changed
        return;
    }
    if (d->owner != now) {
        d->forget();
        d->notifyChange();
    }
}

void onNameVanished(GDBusConnection*, const gchar*, gpointer data)
{
    auto* d = static_cast<Client::Private*>(data);
    if (d->owner.empty())
        return; // not started yet: the next request starts it
    d->forget();
    d->notifyChange();
}

void onServiceSignal(GDBusConnection*, const gchar*, const gchar*, const gchar*,
                     const gchar* signal, GVariant*, gpointer data)
{
    // CollectionChanged is what gnome-keyring and KeePassXC send when a
    // collection is locked or unlocked.
    if (signal && std::string(signal).rfind("Collection", 0) == 0)
        static_cast<Client::Private*>(data)->notifyChange();
}

} // namespace

Client& Client::instance()
{
    static Client client;
    return client;
}

Client::Client()
    : d(std::make_unique<Private>())
{
    d->context = g_main_context_new();
    d->loop = g_main_loop_new(d->context, FALSE);
    d->thread = std::thread([this] {
        g_main_context_push_thread_default(d->context);
        g_main_loop_run(d->loop);
        d->forget();
        // Let the last callbacks of cancelled calls run before the context goes.
        while (g_main_context_iteration(d->context, FALSE)) {
        }
        g_main_context_pop_thread_default(d->context);
    });
}

Client::~Client()
{
    shutdown();
    g_main_loop_unref(d->loop);
    g_main_context_unref(d->context);
}

void Client::shutdown()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        if (d->stopped)
            return;
        d->stopped = true;
    }
    GMainLoop* loop = d->loop;
    d->post([this, loop] {
        for (auto& [handle, cancellable] : d->running)
            g_cancellable_cancel(cancellable);
        g_main_loop_quit(loop);
    });
    if (d->thread.joinable())
        d->thread.join();
}

void Client::setChangeListener(std::function<void()> listener)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->listener = std::move(listener);
}

void Client::cancel(Handle handle)
{
    d->post([this, handle] {
        const auto it = d->running.find(handle);
        if (it != d->running.end())
            g_cancellable_cancel(it->second);
    });
}

void Client::Private::post(std::function<void()> work)
{
    g_main_context_invoke_full(context, G_PRIORITY_DEFAULT, runPosted,
                               new std::function<void()>(std::move(work)), deletePosted);
}

void Client::Private::request(Handle handle, std::function<void(GCancellable*, Next)> body,
                              Next finish)
{
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (stopped)
            return finish({Code::Unavailable, "Latchkey is shutting down"});
    }
    // One shared state per request: the continuations below capture a
    // pointer to it, never copies of `body` (which may hold a thousand
    // search attributes).
    struct State {
        std::function<void(GCancellable*, Next)> body;
        Next finish;
        GCancellable* cancellable = nullptr;
        bool retried = false;
    };
    auto state = std::make_shared<State>();
    state->body = std::move(body);
    state->finish = std::move(finish);
    post([this, handle, state] {
        state->cancellable = g_cancellable_new();
        running[handle] = state->cancellable;
        setPhase(state->cancellable, Phase::Service);
        auto end = [this, handle, state](Status outcome) {
            running.erase(handle);
            {
                std::lock_guard<std::mutex> lock(mutex);
                phases.erase(handle);
            }
            g_object_unref(state->cancellable);
            state->finish(outcome);
        };
        auto attempt = std::make_shared<std::function<void()>>();
        *attempt = [this, state, end, attempt] {
            connect([this, state, end, attempt](Status status) {
                auto settle = [this, state, end, attempt](Status outcome) {
                    if (outcome.ok() || !isStale(outcome) || state->retried ||
                        g_cancellable_is_cancelled(state->cancellable)) {
                        *attempt = nullptr; // breaks the cycle through `attempt`
                        return end(outcome);
                    }
                    state->retried = true;
                    forget();
                    (*attempt)();
                };
                if (!status.ok())
                    return settle(status);
                state->body(state->cancellable, settle);
            });
        };
        (*attempt)();
    });
}

void Client::Private::setPhase(GCancellable* cancellable, Phase phase)
{
    for (const auto& [handle, which] : running) {
        if (which == cancellable) {
            std::lock_guard<std::mutex> lock(mutex);
            phases[handle] = phase;
            return;
        }
    }
}

Phase Client::phase(Handle handle) const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    const auto it = d->phases.find(handle);
    return it == d->phases.end() ? Phase::Service : it->second;
}

std::string Client::provider() const
{
    std::lock_guard<std::mutex> lock(d->mutex);
    return d->program;
}

void Client::Private::notifyChange()
{
    std::function<void()> copy;
    {
        std::lock_guard<std::mutex> lock(mutex);
        copy = listener;
    }
    if (copy)
        copy();
}

void Client::Private::forget()
{
    if (watch)
        g_bus_unwatch_name(watch);
    if (subscription && connection)
        g_dbus_connection_signal_unsubscribe(connection, subscription);
    watch = subscription = 0;
    g_clear_object(&service);
    g_clear_object(&connection);
    owner.clear();
}

void Client::Private::connect(std::function<void(Status)> ready)
{
    if (service)
        return ready({});
    waiting.push_back(std::move(ready));
    if (connecting)
        return;
    connecting = true;
    // A service object of our own (not libsecret's shared one) so that a
    // restart of the provider can be answered by opening a new one.
    secret_service_open(
        SECRET_TYPE_SERVICE, nullptr, SECRET_SERVICE_NONE, nullptr, trampoline,
        wrap([this](GObject*, GAsyncResult* result) {
            connecting = false;
            GError* error = nullptr;
            SecretService* opened = secret_service_open_finish(result, &error);
            Status status;
            if (!opened) {
                status = take(error);
                if (status.code == Code::Other)
                    status.code = Code::Unavailable;
            } else {
                service = opened;
                GDBusProxy* proxy = G_DBUS_PROXY(opened);
                connection = G_DBUS_CONNECTION(g_object_ref(g_dbus_proxy_get_connection(proxy)));
                busName = g_dbus_proxy_get_name(proxy);
                gchar* current = g_dbus_proxy_get_name_owner(proxy);
                owner = current ? current : "";
                g_free(current);
                watch = g_bus_watch_name_on_connection(
                    connection, busName.c_str(), G_BUS_NAME_WATCHER_FLAGS_NONE, onNameAppeared,
                    onNameVanished, this, nullptr);
                subscription = g_dbus_connection_signal_subscribe(
                    connection, busName.c_str(), kServiceInterface, nullptr, kServicePath, nullptr,
                    G_DBUS_SIGNAL_FLAGS_NONE, onServiceSignal, this, nullptr);
            }
            auto release = [this](Status outcome) {
                auto waiters = std::move(waiting);
                waiting.clear();
                for (auto& waiter : waiters)
                    waiter(outcome);
            };
            if (!status.ok())
                return release(status);
            // Which program serves us, so that every later message (also one
            // about it having stopped) can name it.
            call(
                "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                g_variant_new("(s)", busName.c_str()), G_VARIANT_TYPE("(u)"), nullptr,
                [this, release](Status asked, GVariant* reply) {
                    guint32 pid = 0;
                    if (asked.ok())
                        g_variant_get(reply, "(u)", &pid);
                    if (const std::string name = programOf(pid); !name.empty()) {
                        std::lock_guard<std::mutex> lock(mutex);
                        program = name;
                    }
                    release({});
                },
                "org.freedesktop.DBus");
        }));
}

void Client::Private::call(const char* path, const char* interface, const char* method,
                           GVariant* parameters, const GVariantType* replyType,
                           GCancellable* cancellable, std::function<void(Status, GVariant*)> done,
                           const char* destination)
{
    if (!connection) {
        if (parameters)
            g_variant_unref(g_variant_ref_sink(parameters));
        return done({Code::Unavailable, "not connected to the Secret Service"}, nullptr);
    }
    g_dbus_connection_call(connection, destination ? destination : busName.c_str(), path, interface,
                           method, parameters, replyType, G_DBUS_CALL_FLAGS_NONE, -1, cancellable,
                           trampoline, wrap([done](GObject* source, GAsyncResult* result) {
                               GError* error = nullptr;
                               GVariant* reply = g_dbus_connection_call_finish(
                                   G_DBUS_CONNECTION(source), result, &error);
                               if (!reply)
                                   return done(take(error), nullptr);
                               done({}, reply);
                               g_variant_unref(reply);
                           }));
}

void Client::Private::setLabel(const std::string& path, const std::string& label,
                               GCancellable* cancellable, Done done)
{
    // Read first: a provider such as gnome-keyring rewrites its whole keyring
    // file for every change, and the label (only old items lack the readable
    // one) rarely needs one.
    call(path.c_str(), kProperties, "Get", g_variant_new("(ss)", kItemInterface, "Label"),
         G_VARIANT_TYPE("(v)"), cancellable,
         [this, path, label, cancellable, done](Status status, GVariant* reply) {
             bool same = false;
             if (status.ok()) {
                 GVariant* inner = nullptr;
                 g_variant_get(reply, "(v)", &inner);
                 same = g_variant_is_of_type(inner, G_VARIANT_TYPE_STRING) &&
                        label == g_variant_get_string(inner, nullptr);
                 g_variant_unref(inner);
             }
             if (same)
                 return done({});
             call(path.c_str(), kProperties, "Set",
                  g_variant_new("(ssv)", kItemInterface, "Label",
                                g_variant_new_string(label.c_str())),
                  nullptr, cancellable, [done](Status status, GVariant*) { done(status); });
         });
}

void Client::Private::search(const Attributes& match, GCancellable* cancellable, SearchDone done)
{
    call(kServicePath, kServiceInterface, "SearchItems",
         g_variant_new("(@a{ss})", attributesVariant(match)), G_VARIANT_TYPE("(aoao)"), cancellable,
         [done](Status status, GVariant* reply) {
             if (!status.ok())
                 return done(status, {}, {});
             gchar** unlocked = nullptr;
             gchar** locked = nullptr;
             g_variant_get(reply, "(^ao^ao)", &unlocked, &locked);
             done({}, strings(unlocked), strings(locked));
         });
}

void Client::Private::readAlias(GCancellable* cancellable,
                                std::function<void(Status, std::string)> done)
{
    call(kServicePath, kServiceInterface, "ReadAlias", g_variant_new("(s)", "default"),
         G_VARIANT_TYPE("(o)"), cancellable, [done](Status status, GVariant* reply) {
             if (!status.ok())
                 return done(status, {});
             const gchar* path = nullptr;
             g_variant_get(reply, "(&o)", &path);
             if (!path || std::string(path) == "/")
                 return done({Code::NoCollection, "the Secret Service has no default collection"},
                             {});
             done({}, path);
         });
}

Client::Handle Client::search(Attributes match, SearchDone done)
{
    const Handle handle = ++d->nextHandle;
    struct Found {
        std::vector<std::string> unlocked, locked;
    };
    auto found = std::make_shared<Found>();
    d->request(
        handle,
        [this, match, found](GCancellable* cancellable, Private::Next next) {
            d->search(match, cancellable, [found, next](Status status, auto unlocked, auto locked) {
                found->unlocked = std::move(unlocked);
                found->locked = std::move(locked);
                next(status);
            });
        },
        [found, done](Status status) { done(status, found->unlocked, found->locked); });
    return handle;
}

Client::Handle Client::presence(std::vector<Attributes> matches, PresenceDone done)
{
    const Handle handle = ++d->nextHandle;
    auto answers = std::make_shared<std::vector<Presence>>();
    d->request(
        handle,
        [this, matches, answers](GCancellable* cancellable, Private::Next next) {
            answers->assign(matches.size(), Presence::Absent);
            if (matches.empty())
                return next({});
            // Every search is sent before the first answer is read: one round
            // trip's worth of waiting for the whole list.
            struct Tally {
                std::size_t pending;
                Status first;
                std::string locked; // a locked item, if any
            };
            auto tally = std::make_shared<Tally>(Tally{matches.size(), {}, {}});
            // Items locked in an unlocked collection only wait for the
            // provider's permission (SecretServicePermit.cpp): they are there,
            // and reading them asks for it.
            auto reply = [this, answers, tally, cancellable, next] {
                if (!tally->first.ok() || tally->locked.empty())
                    return next(tally->first);
                d->collectionLocked(tally->locked, cancellable,
                                    [answers, next](Status status, bool collectionIsLocked) {
                                        if (status.ok() && !collectionIsLocked)
                                            for (Presence& p : *answers)
                                                if (p == Presence::Locked)
                                                    p = Presence::Present;
                                        next({});
                                    });
            };
            for (std::size_t i = 0; i < matches.size(); ++i) {
                d->search(matches[i], cancellable,
                          [i, answers, tally, reply](Status status, auto unlocked, auto locked) {
                              if (!status.ok() && tally->first.ok())
                                  tally->first = status;
                              (*answers)[i] = !unlocked.empty() ? Presence::Present
                                              : !locked.empty() ? Presence::Locked
                                                                : Presence::Absent;
                              if (unlocked.empty() && !locked.empty())
                                  tally->locked = locked.front();
                              if (--tally->pending == 0)
                                  reply();
                          });
            }
        },
        [answers, done](Status status) {
            done(status, status.ok() ? *answers : std::vector<Presence>{});
        });
    return handle;
}

} // namespace latchkey::secretservice
