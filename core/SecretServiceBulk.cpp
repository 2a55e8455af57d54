// The libsecret client's bulk read: every value of a vault in one GetSecrets
// call. See SecretServiceClient.h.
#include "SecretServiceGlib.h"

#include <memory>

namespace latchkey::secretservice {

using namespace glib;

Client::Handle Client::readAll(Attributes match, ValuesDone done)
{
    // Reading values one key at a time costs a search and a GetSecret call
    // each, and gnome-keyring's search scans every item: for 1,000 items that
    // is seconds. Here: one search, the attributes of each item (sent at
    // once, to learn its key), then one GetSecrets call for all of them.
    const Handle handle = ++d->nextHandle;
    auto values = std::make_shared<std::vector<std::pair<std::string, Bytes>>>();
    d->request(
        handle,
        [this, match, values](GCancellable* cancellable, Private::Next next) {
            values->clear();
            d->search(
                match, cancellable,
                [this, values, cancellable, next](Status status, auto unlocked, auto locked) {
                    if (!status.ok())
                        return next(status);
                    if (!locked.empty())
                        return next({Code::Locked, "some of the items are locked"});
                    if (unlocked.empty())
                        return next({});
                    auto paths = std::make_shared<std::vector<std::string>>(unlocked);
                    auto users = std::make_shared<std::map<std::string, std::string>>();
                    auto pending = std::make_shared<std::size_t>(paths->size());
                    auto first = std::make_shared<Status>();
                    auto fetch = [this, values, paths, users, cancellable, next] {
                        if (!d->service)
                            return next({Code::Unavailable, "the Secret Service was disconnected"});
                        std::vector<const gchar*> list;
                        for (const std::string& path : *paths)
                            list.push_back(path.c_str());
                        list.push_back(nullptr);
                        secret_service_get_secrets_for_dbus_paths(
                            d->service, list.data(), cancellable, trampoline,
                            wrap([values, paths, users, next](GObject* source,
                                                              GAsyncResult* result) {
                                GError* error = nullptr;
                                GHashTable* secrets =
                                    secret_service_get_secrets_for_dbus_paths_finish(
                                        SECRET_SERVICE(source), result, &error);
                                if (!secrets)
                                    return next(error
                                                    ? take(error)
                                                    : Status{Code::Locked, "the items are locked"});
                                for (const std::string& path : *paths) {
                                    const auto user = users->find(path);
                                    auto* secret = static_cast<SecretValue*>(
                                        g_hash_table_lookup(secrets, path.c_str()));
                                    if (user == users->end() || !secret)
                                        continue; // not one of ours, or gone meanwhile
                                    gsize size = 0;
                                    const gchar* bytes = secret_value_get(secret, &size);
                                    values->emplace_back(user->second, Bytes(bytes, size));
                                }
                                g_hash_table_unref(secrets);
                                next({});
                            }));
                    };
                    for (const std::string& path : *paths) {
                        d->call(
                            path.c_str(), kProperties, "Get",
                            g_variant_new("(ss)", kItemInterface, "Attributes"),
                            G_VARIANT_TYPE("(v)"), cancellable,
                            [path, users, pending, first, fetch, next](Status s, GVariant* reply) {
                                if (s.ok()) {
                                    GVariant* inner = nullptr;
                                    g_variant_get(reply, "(v)", &inner);
                                    const Attributes attributes = attributesFrom(inner);
                                    g_variant_unref(inner);
                                    const auto user = attributes.find("user");
                                    if (user != attributes.end())
                                        (*users)[path] = user->second;
                                } else if (first->ok()) {
                                    *first = s;
                                }
                                if (--*pending > 0)
                                    return;
                                if (!first->ok())
                                    return next(*first);
                                fetch();
                            });
                    }
                });
        },
        [values, done](Status status) {
            done(status,
                 status.ok() ? std::move(*values) : std::vector<std::pair<std::string, Bytes>>{});
            values->clear();
        });
    return handle;
}

} // namespace latchkey::secretservice
