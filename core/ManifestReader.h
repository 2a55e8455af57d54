#pragma once

#include "Manifest.h"

namespace latchkey {

struct YamlNode;

// Reads the document tree of an inf.yml into a Manifest: the fields Latchkey
// knows (name, description, secrets, integrations, credentials, env, and the
// same lists under `requirements:`), with merge keys applied. Every problem
// becomes a located diagnostic and reading goes on; other fields are not
// Latchkey's to judge and are ignored.
class ManifestReader {
public:
    // Bounds on what one manifest may declare, so a hostile file cannot make
    // `check` or `run` look up, print or export without end.
    static constexpr int kMaxSecrets = 1000;
    static constexpr int kMaxConnections = 1000; // integrations and credentials together
    static constexpr int kMaxEnv = 1000;

    static void read(const YamlNode* root, Manifest& manifest);
};

} // namespace latchkey
