// The anchor of bench_vault: what a program that reads the same keys with
// libsecret in one process costs. Reads the keys named in KEYS_FILE (one per
// line) from vault VAULT, one secret_password_lookup after another, the way
// a plain libsecret client does it, and prints how many were found.
//
//   libsecret_lookup VAULT KEYS_FILE
#include <libsecret/secret.h>

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: libsecret_lookup VAULT KEYS_FILE\n");
        return 2;
    }
    // Matched by attributes only, like Latchkey (no schema name).
    static const SecretSchema schema = {"org.qt.keychain",
                                        SECRET_SCHEMA_DONT_MATCH_NAME,
                                        {{"server", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                         {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING}},
                                        0,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr};
    const std::string server = std::string("latchkey/") + argv[1];
    std::ifstream keys(argv[2]);
    std::string key;
    int found = 0;
    while (std::getline(keys, key)) {
        GError* error = nullptr;
        gchar* value = secret_password_lookup_sync(&schema, nullptr, &error, "server",
                                                   server.c_str(), "user", key.c_str(), nullptr);
        if (error) {
            std::fprintf(stderr, "%s\n", error->message);
            g_error_free(error);
            return 1;
        }
        if (value)
            ++found;
        secret_password_free(value);
    }
    std::printf("%d\n", found);
    return 0;
}
