/* keyringctl: what the tests need to do to their private gnome-keyring that
 * no stock tool does without a prompt.
 *
 *   keyringctl lock      lock the login collection
 *   keyringctl unlock    unlock it with $LATCHKEY_TEST_KEYRING_PASSWORD
 *                        (gnome-keyring's UnlockWithMasterPassword, no prompt)
 *   keyringctl locked    print "true" or "false"
 *   keyringctl pid       print the PID that owns org.freedesktop.secrets
 *
 * Exit status 0 on success, 1 on failure (with the reason on stderr). */
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

static const char* kCollection = "/org/freedesktop/secrets/collection/login";

static int fail(const char* what, GError* error)
{
    fprintf(stderr, "keyringctl: %s: %s\n", what, error ? error->message : "failed");
    if (error)
        g_error_free(error);
    return 1;
}

static GVariant* call(GDBusConnection* bus, const char* path, const char* iface, const char* method,
                      GVariant* args, const char* reply, GError** error)
{
    return g_dbus_connection_call_sync(bus, "org.freedesktop.secrets", path, iface, method, args,
                                       reply ? G_VARIANT_TYPE(reply) : NULL, G_DBUS_CALL_FLAGS_NONE,
                                       30000, NULL, error);
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: keyringctl lock|unlock|locked|pid\n");
        return 2;
    }
    GError* error = NULL;
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, NULL, &error);
    if (!bus)
        return fail("session bus", error);
    GVariant* result = NULL;
    if (strcmp(argv[1], "lock") == 0) {
        const gchar* paths[] = {kCollection, NULL};
        result = call(bus, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service", "Lock",
                      g_variant_new("(^ao)", paths), "(aoo)", &error);
        if (!result)
            return fail("lock", error);
    } else if (strcmp(argv[1], "unlock") == 0) {
        const char* password = g_getenv("LATCHKEY_TEST_KEYRING_PASSWORD");
        if (!password)
            return fail("unlock: LATCHKEY_TEST_KEYRING_PASSWORD is not set", NULL);
        GVariant* session =
            call(bus, "/org/freedesktop/secrets", "org.freedesktop.Secret.Service", "OpenSession",
                 g_variant_new("(sv)", "plain", g_variant_new_string("")), "(vo)", &error);
        if (!session)
            return fail("open session", error);
        const gchar* sessionPath = NULL;
        GVariant* ignored = NULL;
        g_variant_get(session, "(v&o)", &ignored, &sessionPath);
        GVariant* empty = g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, "", 0, 1);
        GVariant* secret =
            g_variant_new_fixed_array(G_VARIANT_TYPE_BYTE, password, strlen(password), 1);
        result = call(
            bus, "/org/freedesktop/secrets",
            "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", "UnlockWithMasterPassword",
            g_variant_new("(o(o@ay@ays))", kCollection, sessionPath, empty, secret, "text/plain"),
            NULL, &error);
        g_variant_unref(ignored);
        g_variant_unref(session);
        if (!result)
            return fail("unlock", error);
    } else if (strcmp(argv[1], "locked") == 0) {
        result = call(bus, kCollection, "org.freedesktop.DBus.Properties", "Get",
                      g_variant_new("(ss)", "org.freedesktop.Secret.Collection", "Locked"), "(v)",
                      &error);
        if (!result)
            return fail("locked", error);
        GVariant* value = NULL;
        g_variant_get(result, "(v)", &value);
        printf("%s\n", g_variant_get_boolean(value) ? "true" : "false");
        g_variant_unref(value);
    } else if (strcmp(argv[1], "pid") == 0) {
        result = g_dbus_connection_call_sync(
            bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "GetConnectionUnixProcessID", g_variant_new("(s)", "org.freedesktop.secrets"),
            G_VARIANT_TYPE("(u)"), G_DBUS_CALL_FLAGS_NONE, 30000, NULL, &error);
        if (!result)
            return fail("pid", error);
        guint32 pid = 0;
        g_variant_get(result, "(u)", &pid);
        printf("%u\n", pid);
    } else {
        fprintf(stderr, "keyringctl: unknown command %s\n", argv[1]);
        return 2;
    }
    g_variant_unref(result);
    g_object_unref(bus);
    return 0;
}
