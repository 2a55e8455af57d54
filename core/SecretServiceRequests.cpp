// The libsecret client's requests that read, change or unlock items, and the
// service's state. See SecretServiceClient.h.
#include "SecretServiceGlib.h"

#include <memory>

namespace latchkey::secretservice {

using namespace glib;

namespace {

// The end of a request that reads one value into `value`: the bytes go to
// `done` on success, and the request's copy is wiped either way.
std::function<void(Status)> answerWith(std::shared_ptr<Bytes> value, Client::ReadDone done)
{
    return [value, done](Status status) {
        done(status, status.ok() ? std::move(*value) : Bytes());
        value->clear();
    };
}

SecretValue* valueOf(const Bytes& bytes)
{
    // libsecret copies the bytes into its own non-pageable memory.
    return secret_value_new(bytes.data(), static_cast<gssize>(bytes.size()), "text/plain");
}

GHashTable* itemProperties(const Attributes& attributes, const std::string& label)
{
    GHashTable* properties = g_hash_table_new_full(
        g_str_hash, g_str_equal, g_free, reinterpret_cast<GDestroyNotify>(g_variant_unref));
    g_hash_table_insert(properties, g_strdup("org.freedesktop.Secret.Item.Label"),
                        g_variant_ref_sink(g_variant_new_string(label.c_str())));
    g_hash_table_insert(properties, g_strdup("org.freedesktop.Secret.Item.Attributes"),
                        g_variant_ref_sink(attributesVariant(attributes)));
    return properties;
}

} // namespace

void Client::Private::removeAll(std::vector<std::string> paths, GCancellable* cancellable,
                                Done done)
{
    if (paths.empty())
        return done({});
    if (!service)
        return done({Code::Unavailable, "the Secret Service was disconnected"});
    const std::string path = paths.back();
    paths.pop_back();
    // libsecret runs the provider's prompt when the delete needs one (KeePassXC
    // asks the user to confirm deletions).
    setPhase(cancellable, Phase::Deletion);
    secret_service_delete_item_dbus_path(
        service, path.c_str(), cancellable, trampoline,
        wrap([this, paths, cancellable, done](GObject* source, GAsyncResult* result) {
            setPhase(cancellable, Phase::Service);
            // `source` is the service the call was made on, even if we have
            // since reconnected.
            GError* error = nullptr;
            if (!secret_service_delete_item_dbus_path_finish(SECRET_SERVICE(source), result,
                                                             &error)) {
                if (error)
                    return done(take(error));
                return done({Code::Dismissed, "the deletion was not confirmed"});
            }
            removeAll(paths, cancellable, done);
        }));
}

void Client::Private::update(const std::string& path, const Attributes& attributes,
                             const std::string& label, const Bytes& value,
                             GCancellable* cancellable, Done done)
{
    if (!service)
        return done({Code::Unavailable, "the Secret Service was disconnected"});
    // The value first, then the attributes that record which write this was
    // (SecretServiceStore's revision): a crash in between leaves the new value
    // with the old revision, which the vault treats as "not known to be ours".
    secret_service_ensure_session(
        service, cancellable, trampoline,
        wrap([this, path, attributes, label, value, cancellable, done](GObject* source,
                                                                       GAsyncResult* result) {
            SecretService* on = SECRET_SERVICE(source);
            GError* error = nullptr;
            if (!secret_service_ensure_session_finish(on, result, &error))
                return done(take(error));
            SecretValue* secret = valueOf(value);
            GVariant* encoded = secret_service_encode_dbus_secret(on, secret);
            secret_value_unref(secret);
            if (!encoded)
                return done({Code::Other, "the value could not be encoded for the session"});
            call(path.c_str(), kItemInterface, "SetSecret", g_variant_new("(@(oayays))", encoded),
                 nullptr, cancellable,
                 [this, path, attributes, label, cancellable, done](Status status, GVariant*) {
                     if (!status.ok())
                         return done(status);
                     call(path.c_str(), kProperties, "Set",
                          g_variant_new("(ssv)", kItemInterface, "Attributes",
                                        attributesVariant(attributes)),
                          nullptr, cancellable,
                          [this, path, label, cancellable, done](Status status, GVariant*) {
                              if (!status.ok())
                                  return done(status);
                              setLabel(path, label, cancellable, done);
                          });
                 });
        }));
}

void Client::Private::create(const Attributes& attributes, const std::string& label,
                             const Bytes& value, GCancellable* cancellable, Done done, bool replace)
{
    auto createIn = [this, attributes, label, value, cancellable, done,
                     replace](const std::string& path) {
        if (!service)
            return done({Code::Unavailable, "the Secret Service was disconnected"});
        GHashTable* properties = itemProperties(attributes, label);
        SecretValue* secret = valueOf(value);
        setPhase(cancellable, Phase::Creation); // KeePassXC answers with a prompt
        secret_service_create_item_dbus_path(
            service, path.c_str(), properties, secret,
            replace ? SECRET_ITEM_CREATE_REPLACE : SECRET_ITEM_CREATE_NONE, cancellable, trampoline,
            wrap([done](GObject* source, GAsyncResult* result) {
                GError* error = nullptr;
                gchar* created = secret_service_create_item_dbus_path_finish(SECRET_SERVICE(source),
                                                                             result, &error);
                if (!created)
                    return done(error ? take(error)
                                      : Status{Code::Dismissed, "the item was not created"});
                g_free(created);
                done({});
            }));
        secret_value_unref(secret);
        g_hash_table_unref(properties);
    };
    readAlias(cancellable, [this, createIn, cancellable, done](Status status, std::string path) {
        if (status.ok())
            return createIn(path);
        if (status.code != Code::NoCollection)
            return done(status);
        // A fresh keyring without a default collection: ask the provider to
        // make one (it prompts for the new keyring's password).
        if (!service)
            return done({Code::Unavailable, "the Secret Service was disconnected"});
        GHashTable* properties = g_hash_table_new_full(
            g_str_hash, g_str_equal, g_free, reinterpret_cast<GDestroyNotify>(g_variant_unref));
        g_hash_table_insert(properties, g_strdup("org.freedesktop.Secret.Collection.Label"),
                            g_variant_ref_sink(g_variant_new_string("Login")));
        setPhase(cancellable, Phase::Creation);
        secret_service_create_collection_dbus_path(
            service, properties, "default", SECRET_COLLECTION_CREATE_NONE, cancellable, trampoline,
            wrap([createIn, done](GObject* source, GAsyncResult* result) {
                GError* error = nullptr;
                gchar* made = secret_service_create_collection_dbus_path_finish(
                    SECRET_SERVICE(source), result, &error);
                // gnome-keyring with no display for its prompt answers "/"
                // (no collection), not an error: storing there would fail
                // with "Object does not exist at path /" (exit 4, not 3).
                if (made && (!*made || std::string(made) == "/")) {
                    g_free(made);
                    made = nullptr;
                    if (!error)
                        error = g_error_new_literal(G_IO_ERROR, G_IO_ERROR_FAILED,
                                                    "its prompt could not be shown");
                }
                if (!made) {
                    Status failed = error ? take(error) : Status{};
                    if (failed.code != Code::Cancelled && failed.code != Code::NotResponding)
                        failed = {Code::NoCollection,
                                  "it did not create one: " + (failed.message.empty()
                                                                   ? std::string("no reason given")
                                                                   : failed.message)};
                    return done(failed);
                }
                const std::string path = made;
                g_free(made);
                createIn(path);
            }));
        g_hash_table_unref(properties);
    });
}

Client::Handle Client::items(std::vector<Attributes> matches, ItemsDone done)
{
    const Handle handle = ++d->nextHandle;
    auto found = std::make_shared<std::vector<Item>>();
    d->request(
        handle,
        [this, matches, found](GCancellable* cancellable, Private::Next next) {
            found->clear();
            if (matches.empty())
                return next({});
            struct Tally {
                std::size_t searches;
                std::size_t reads = 0;
                Status first;
                std::map<std::string, bool> seen; // path -> locked
            };
            auto tally = std::make_shared<Tally>(Tally{matches.size(), 0, {}, {}});
            // Once every search has answered, read each item's attributes
            // (again all at once).
            auto readAttributes = [this, found, tally, cancellable, next] {
                if (!tally->first.ok())
                    return next(tally->first);
                for (const auto& [path, locked] : tally->seen)
                    found->push_back({path, locked, {}});
                if (found->empty())
                    return next({});
                tally->reads = found->size();
                for (std::size_t i = 0; i < found->size(); ++i) {
                    d->call((*found)[i].path.c_str(), kProperties, "Get",
                            g_variant_new("(ss)", kItemInterface, "Attributes"),
                            G_VARIANT_TYPE("(v)"), cancellable,
                            [found, i, tally, next](Status s, GVariant* reply) {
                                // An item whose attributes the service will not
                                // show stays in the answer with none.
                                if (s.ok()) {
                                    GVariant* inner = nullptr;
                                    g_variant_get(reply, "(v)", &inner);
                                    (*found)[i].attributes = attributesFrom(inner);
                                    g_variant_unref(inner);
                                } else if (s.code == Code::Cancelled && tally->first.ok()) {
                                    tally->first = s;
                                }
                                if (--tally->reads == 0)
                                    next(tally->first);
                            });
                }
            };
            // Items locked in an unlocked collection only wait for the
            // provider's permission (SecretServicePermit.cpp): they count as
            // there, as in presence().
            auto settle = [this, tally, cancellable, readAttributes] {
                std::string locked;
                for (const auto& [path, isLocked] : tally->seen)
                    if (isLocked)
                        locked = path;
                if (!tally->first.ok() || locked.empty())
                    return readAttributes();
                d->collectionLocked(
                    locked, cancellable,
                    [tally, readAttributes](Status status, bool collectionIsLocked) {
                        if (status.ok() && !collectionIsLocked)
                            for (auto& entry : tally->seen)
                                entry.second = false;
                        readAttributes();
                    });
            };
            for (const Attributes& match : matches) {
                d->search(match, cancellable,
                          [tally, settle](Status status, auto unlocked, auto locked) {
                              if (!status.ok() && tally->first.ok())
                                  tally->first = status;
                              for (auto& path : unlocked)
                                  tally->seen[path] = false;
                              for (auto& path : locked)
                                  tally->seen.emplace(path, true);
                              if (--tally->searches == 0)
                                  settle();
                          });
            }
        },
        [found, done](Status status) { done(status, status.ok() ? *found : std::vector<Item>{}); });
    return handle;
}

Client::Handle Client::read(Attributes match, ReadDone done)
{
    const Handle handle = ++d->nextHandle;
    auto value = std::make_shared<Bytes>();
    d->request(
        handle,
        [this, match, value](GCancellable* cancellable, Private::Next next) {
            d->search(
                match, cancellable,
                [this, value, cancellable, next](Status status, auto unlocked, auto locked) {
                    if (!status.ok())
                        return next(status);
                    if (unlocked.empty() && locked.empty())
                        return next({Code::NotFound, "no such item"});
                    auto fetch = [this, value, cancellable, next](const std::string& path) {
                        if (!d->service)
                            return next({Code::Unavailable, "the Secret Service was disconnected"});
                        Private::fetchSecret(d->service, path, cancellable, value, next);
                    };
                    if (!unlocked.empty())
                        return fetch(unlocked.front());
                    const std::string item = locked.front();
                    d->permit({item}, cancellable, [fetch, item, next](Status permitted) {
                        if (!permitted.ok())
                            return next(permitted);
                        fetch(item);
                    });
                });
        },
        answerWith(value, std::move(done)));
    return handle;
}

Client::Handle Client::readItem(std::string path, ReadDone done)
{
    const Handle handle = ++d->nextHandle;
    auto value = std::make_shared<Bytes>();
    d->request(
        handle,
        [this, path, value](GCancellable* cancellable, Private::Next next) {
            if (!d->service)
                return next({Code::Unavailable, "the Secret Service was disconnected"});
            Private::fetchSecret(d->service, path, cancellable, value, next);
        },
        answerWith(value, std::move(done)));
    return handle;
}

Client::Handle Client::openSession(Done done)
{
    const Handle handle = ++d->nextHandle;
    d->request(
        handle,
        [this](GCancellable* cancellable, Private::Next next) {
            if (!d->service)
                return next({Code::Unavailable, "the Secret Service was disconnected"});
            secret_service_ensure_session(d->service, cancellable, trampoline,
                                          wrap([next](GObject* source, GAsyncResult* result) {
                                              GError* error = nullptr;
                                              if (!secret_service_ensure_session_finish(
                                                      SECRET_SERVICE(source), result, &error))
                                                  return next(take(error));
                                              next({});
                                          }));
        },
        std::move(done));
    return handle;
}

void Client::Private::fetchSecret(SecretService* service, const std::string& path,
                                  GCancellable* cancellable, std::shared_ptr<Bytes> value,
                                  Done next)
{
    secret_service_get_secret_for_dbus_path(
        service, path.c_str(), cancellable, trampoline,
        wrap([value, next](GObject* source, GAsyncResult* result) {
            GError* error = nullptr;
            SecretValue* secret = secret_service_get_secret_for_dbus_path_finish(
                SECRET_SERVICE(source), result, &error);
            if (!secret)
                return next(error ? take(error) : Status{Code::Locked, "the item is locked"});
            gsize size = 0;
            const gchar* bytes = secret_value_get(secret, &size);
            *value = Bytes(bytes, size);
            secret_value_unref(secret);
            next({});
        }));
}

Client::Handle Client::store(Attributes match, Attributes attributes, std::string label,
                             Bytes value, Done done)
{
    const Handle handle = ++d->nextHandle;
    auto secret = std::make_shared<Bytes>(std::move(value));
    d->request(
        handle,
        [this, match, attributes, label, secret](GCancellable* cancellable, Private::Next next) {
            d->search(match, cancellable,
                      [this, attributes, label, secret, cancellable,
                       next](Status status, std::vector<std::string> unlocked, auto locked) {
                          if (!status.ok())
                              return next(status);
                          auto write = [this, attributes, label, secret, cancellable,
                                        next](std::vector<std::string> items) {
                              if (items.empty())
                                  return d->create(attributes, label, *secret, cancellable, next);
                              // One item per key: the first is updated, any
                              // duplicates (left by other tools) are removed.
                              const std::string first = items.front();
                              items.erase(items.begin());
                              d->update(first, attributes, label, *secret, cancellable,
                                        [this, items, cancellable, next](Status s) {
                                            if (!s.ok())
                                                return next(s);
                                            d->removeAll(items, cancellable, next);
                                        });
                          };
                          if (locked.empty())
                              return write(unlocked);
                          d->permit(locked, cancellable,
                                    [write, unlocked, locked, next](Status permitted) {
                                        if (!permitted.ok())
                                            return next(permitted);
                                        std::vector<std::string> all = unlocked;
                                        all.insert(all.end(), locked.begin(), locked.end());
                                        write(all);
                                    });
                      });
        },
        [secret, done](Status status) {
            secret->clear();
            done(status);
        });
    return handle;
}

Client::Handle Client::remove(Attributes match, Done done)
{
    const Handle handle = ++d->nextHandle;
    d->request(
        handle,
        [this, match](GCancellable* cancellable, Private::Next next) {
            d->search(
                match, cancellable,
                [this, match, cancellable, next](Status status, auto unlocked, auto locked) {
                    if (!status.ok())
                        return next(status);
                    if (unlocked.empty() && locked.empty())
                        return next({Code::NotFound, "no such item"});
                    auto remove = [this, match, cancellable,
                                   next](const std::vector<std::string>& items) {
                        d->removeAll(
                            items, cancellable, [this, match, cancellable, next](Status s) {
                                if (!s.ok())
                                    return next(s);
                                // Success means gone: ask again.
                                d->search(match, cancellable, [next](Status s2, auto u, auto l) {
                                    if (!s2.ok())
                                        return next(s2);
                                    if (!l.empty())
                                        return next({Code::Locked, "the item is locked"});
                                    if (!u.empty())
                                        return next({Code::Other, "the item is still there after "
                                                                  "it was deleted"});
                                    next({});
                                });
                            });
                    };
                    if (locked.empty())
                        return remove(unlocked);
                    d->permit(locked, cancellable,
                              [remove, unlocked, locked, next](Status permitted) {
                                  if (!permitted.ok())
                                      return next(permitted);
                                  std::vector<std::string> all = unlocked;
                                  all.insert(all.end(), locked.begin(), locked.end());
                                  remove(all);
                              });
                });
        },
        done);
    return handle;
}

Client::Handle Client::info(InfoDone done)
{
    const Handle handle = ++d->nextHandle;
    auto answer = std::make_shared<ServiceInfo>();
    d->request(
        handle,
        [this, answer](GCancellable* cancellable, Private::Next next) {
            answer->busName = d->busName;
            d->call(
                "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                g_variant_new("(s)", d->busName.c_str()), G_VARIANT_TYPE("(u)"), cancellable,
                [this, answer, cancellable, next](Status status, GVariant* reply) {
                    guint32 pid = 0;
                    if (status.ok())
                        g_variant_get(reply, "(u)", &pid);
                    answer->provider = programOf(pid);
                    d->readAlias(cancellable, [this, answer, cancellable, next](Status s,
                                                                                std::string path) {
                        if (!s.ok())
                            return next(s);
                        answer->collection = path;
                        d->call(path.c_str(), kProperties, "Get",
                                g_variant_new("(ss)", kCollectionInterface, "Locked"),
                                G_VARIANT_TYPE("(v)"), cancellable,
                                [answer, next](Status s2, GVariant* reply2) {
                                    if (s2.ok()) {
                                        GVariant* inner = nullptr;
                                        g_variant_get(reply2, "(v)", &inner);
                                        answer->locked =
                                            g_variant_is_of_type(inner, G_VARIANT_TYPE_BOOLEAN) &&
                                            g_variant_get_boolean(inner);
                                        g_variant_unref(inner);
                                    }
                                    next(s2);
                                });
                    });
                },
                "org.freedesktop.DBus");
        },
        [this, answer, done](Status status) {
            answer->status = status;
            if (answer->busName.empty())
                answer->busName = d->busName;
            done(*answer);
        });
    return handle;
}

Client::Handle Client::unlock(Done done)
{
    const Handle handle = ++d->nextHandle;
    d->request(
        handle,
        [this](GCancellable* cancellable, Private::Next next) {
            d->readAlias(cancellable, [this, cancellable, next](Status status, std::string path) {
                if (!status.ok())
                    return next(status);
                if (!d->service)
                    return next({Code::Unavailable, "the Secret Service was disconnected"});
                const gchar* paths[] = {path.c_str(), nullptr};
                d->setPhase(cancellable, Phase::Unlock);
                secret_service_unlock_dbus_paths(
                    d->service, paths, cancellable, trampoline,
                    wrap([next](GObject* source, GAsyncResult* result) {
                        GError* error = nullptr;
                        gchar** unlocked = nullptr;
                        const gint count = secret_service_unlock_dbus_paths_finish(
                            SECRET_SERVICE(source), result, &unlocked, &error);
                        g_strfreev(unlocked);
                        if (error)
                            return next(take(error));
                        next(count > 0
                                 ? Status{}
                                 : Status{Code::Dismissed, "the unlock prompt was dismissed"});
                    }));
            });
        },
        done);
    return handle;
}

} // namespace latchkey::secretservice
