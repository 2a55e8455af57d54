// Items that are locked although their collection is not: the provider wants
// its user's permission for this client. KeePassXC does that (unless its
// "Confirm when passwords are retrieved by clients" is off): SearchItems
// lists every item this process was not allowed yet as locked, and
// Service.Unlock on the items shows its access dialog. gnome-keyring locks
// items only with their collection. See SecretServiceClient.h.
#include "SecretServiceGlib.h"

namespace latchkey::secretservice {

using namespace glib;

namespace {

std::string collectionOf(const std::string& itemPath)
{
    const auto slash = itemPath.rfind('/');
    return slash == std::string::npos ? itemPath : itemPath.substr(0, slash);
}

} // namespace

void Client::Private::collectionLocked(const std::string& itemPath, GCancellable* cancellable,
                                       std::function<void(Status, bool)> done)
{
    call(collectionOf(itemPath).c_str(), kProperties, "Get",
         g_variant_new("(ss)", kCollectionInterface, "Locked"), G_VARIANT_TYPE("(v)"), cancellable,
         [done](Status status, GVariant* reply) {
             if (!status.ok())
                 return done(status, true);
             GVariant* inner = nullptr;
             g_variant_get(reply, "(v)", &inner);
             const bool locked = g_variant_is_of_type(inner, G_VARIANT_TYPE_BOOLEAN) &&
                                 g_variant_get_boolean(inner);
             g_variant_unref(inner);
             done({}, locked);
         });
}

void Client::Private::permit(const std::vector<std::string>& locked, GCancellable* cancellable,
                             Done done)
{
    if (locked.empty())
        return done({});
    collectionLocked(
        locked.front(), cancellable,
        [this, locked, cancellable, done](Status status, bool collectionIsLocked) {
            if (!status.ok() || collectionIsLocked)
                return done({Code::Locked, "the item is locked"});
            if (!service)
                return done({Code::Unavailable, "the Secret Service was disconnected"});
            setPhase(cancellable, Phase::Permission);
            std::vector<const gchar*> paths;
            for (const std::string& path : locked)
                paths.push_back(path.c_str());
            paths.push_back(nullptr);
            secret_service_unlock_dbus_paths(
                service, paths.data(), cancellable, trampoline,
                wrap([this, cancellable, done](GObject* source, GAsyncResult* result) {
                    GError* error = nullptr;
                    gchar** unlocked = nullptr;
                    const gint count = secret_service_unlock_dbus_paths_finish(
                        SECRET_SERVICE(source), result, &unlocked, &error);
                    g_strfreev(unlocked);
                    setPhase(cancellable, Phase::Service);
                    if (error)
                        return done(take(error));
                    done(count > 0 ? Status{} : Status{Code::Dismissed, "access was not allowed"});
                }));
        });
}

} // namespace latchkey::secretservice
