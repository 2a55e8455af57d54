// GLib plumbing for the libsecret backend; see SecretServiceGlib.h.
#include "SecretServiceGlib.h"

#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>

namespace latchkey::secretservice {

Bytes::Bytes(const char* data, std::size_t size)
    : m_data(data, data + size)
{
}

Bytes::Bytes(const Bytes& other)
    : m_data(other.m_data)
{
}

Bytes& Bytes::operator=(const Bytes& other)
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
    }
    return *this;
}

Bytes::Bytes(Bytes&& other) noexcept
    : m_data(std::move(other.m_data))
{
    other.m_data.clear();
}

Bytes& Bytes::operator=(Bytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        other.m_data.clear();
    }
    return *this;
}

Bytes::~Bytes()
{
    clear();
}

void Bytes::clear()
{
    // volatile keeps the compiler from dropping stores to memory about to be freed.
    volatile char* p = m_data.data();
    for (std::size_t i = 0; i < m_data.size(); ++i)
        p[i] = 0;
    m_data.clear();
}

std::vector<Attributes> valueMatches(const std::string& server, const std::string& key)
{
    return {{{"server", server}, {"user", key}}, {{"service", server}, {"username", key}}};
}

namespace glib {

void trampoline(GObject* source, GAsyncResult* result, gpointer data)
{
    auto* finish = static_cast<Finish*>(data);
    (*finish)(source, result);
    delete finish;
}

namespace {

bool contains(const std::string& text, const char* needle)
{
    return text.find(needle) != std::string::npos;
}

Status classifyRemote(const std::string& name, const std::string& message)
{
    if (name == "org.freedesktop.Secret.Error.IsLocked")
        return {Code::Locked, message};
    if (name == "org.freedesktop.Secret.Error.NoSuchObject")
        return {Code::NotFound, message};
    if (name == "org.freedesktop.DBus.Error.ServiceUnknown" ||
        name == "org.freedesktop.DBus.Error.NameHasNoOwner" ||
        name.rfind("org.freedesktop.DBus.Error.Spawn", 0) == 0)
        return {Code::Unavailable, message};
    if (name == "org.freedesktop.DBus.Error.NoReply" ||
        name == "org.freedesktop.DBus.Error.Timeout" ||
        name == "org.freedesktop.DBus.Error.TimedOut")
        return {Code::NotResponding, message};
    return {Code::Other, message};
}

} // namespace

Status take(GError* error)
{
    if (!error)
        return {Code::Other, "the Secret Service gave no reason"};
    const std::string message = error->message ? error->message : "";
    Status status{Code::Other, message};
    if (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CANCELLED)) {
        status.code = Code::Cancelled;
    } else if (g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) &&
               contains(message, "disconnected")) {
        // "Message recipient disconnected from message bus without replying":
        // the provider stopped (crashed, restarted) with our call pending. It
        // is gone, not slow; Unavailable is stale (isStale), so the request
        // runs once more on a fresh connection.
        status.code = Code::Unavailable;
    } else if (g_error_matches(error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ||
               g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NO_REPLY) ||
               g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_TIMEOUT) ||
               g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_TIMED_OUT)) {
        status.code = Code::NotResponding;
    } else if (error->domain == SECRET_ERROR) {
        if (error->code == SECRET_ERROR_IS_LOCKED)
            status.code = Code::Locked;
        else if (error->code == SECRET_ERROR_NO_SUCH_OBJECT)
            status.code = Code::NotFound;
    } else if (g_dbus_error_is_remote_error(error)) {
        gchar* name = g_dbus_error_get_remote_error(error);
        status = classifyRemote(name ? name : "", message);
        g_free(name);
    } else if (g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
               g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
               g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CLOSED) ||
               g_error_matches(error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
               g_error_matches(error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
               g_error_matches(error, G_DBUS_ERROR, G_DBUS_ERROR_DISCONNECTED)) {
        status.code = Code::Unavailable;
    }
    // Some failures only say what they are in words (GLib wraps them).
    if (status.code == Code::Other) {
        if (contains(message, "not provided by any .service") || contains(message, "autolaunch") ||
            contains(message, "Could not connect") || contains(message, "was not provided"))
            status.code = Code::Unavailable;
        else if (contains(message, "Timeout was reached"))
            status.code = Code::NotResponding;
    }
    g_error_free(error);
    return status;
}

bool isStale(const Status& status)
{
    // A restarted gnome-keyring no longer knows our session ("The session does
    // not exist") or the objects we cached; the bus says the peer is gone.
    return contains(status.message, "session does not exist") ||
           contains(status.message, "No such object") || contains(status.message, "NoSession") ||
           contains(status.message, "UnknownObject") || contains(status.message, "was closed") ||
           contains(status.message, "Disconnected") || status.code == Code::Unavailable;
}

GVariant* attributesVariant(const Attributes& attributes)
{
    GVariantBuilder builder;
    g_variant_builder_init(&builder, G_VARIANT_TYPE("a{ss}"));
    for (const auto& [name, value] : attributes)
        g_variant_builder_add(&builder, "{ss}", name.c_str(), value.c_str());
    return g_variant_builder_end(&builder);
}

Attributes attributesFrom(GVariant* dictionary)
{
    Attributes attributes;
    if (!dictionary || !g_variant_is_of_type(dictionary, G_VARIANT_TYPE("a{ss}")))
        return attributes;
    GVariantIter iter;
    g_variant_iter_init(&iter, dictionary);
    const gchar* name = nullptr;
    const gchar* value = nullptr;
    // gnome-keyring shows an item of a keyring it has not unlocked since it
    // started only by digests of its attributes ("gkr:compat:hashed:user"
    // and so on). Those say nothing readable, so such an item has none, as
    // when a provider hides them: the callers treat it as behind a lock.
    static constexpr std::string_view hashed = "gkr:compat:hashed:";
    while (g_variant_iter_next(&iter, "{&s&s}", &name, &value)) {
        if (std::string_view(name).substr(0, hashed.size()) == hashed)
            return {};
        attributes.emplace(name, value);
    }
    return attributes;
}

std::vector<std::string> strings(gchar** paths)
{
    std::vector<std::string> result;
    for (gchar** p = paths; p && *p; ++p)
        result.emplace_back(*p);
    g_strfreev(paths);
    return result;
}

std::string programOf(unsigned pid)
{
    if (pid == 0)
        return {};
    // argv[0] is the program's full name; /proc/PID/comm cuts it at 15 bytes.
    std::ifstream cmdline("/proc/" + std::to_string(pid) + "/cmdline", std::ios::binary);
    std::string first;
    std::getline(cmdline, first, '\0');
    if (first.empty()) {
        std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
        std::getline(comm, first);
    }
    const auto slash = first.rfind('/');
    return slash == std::string::npos ? first : first.substr(slash + 1);
}

} // namespace glib
} // namespace latchkey::secretservice
