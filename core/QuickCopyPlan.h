#pragma once

#include "Readiness.h"
#include "VaultIndex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace latchkey {

// What the tray's quick-copy menu shows, decided without any widget so it can
// be tested offscreen: one group per open manifest (titled with its verdict),
// then the vault's other secrets, most recently used first. Holds key names
// only, never values.
struct QuickCopyPlan {
    struct Entry {
        QString key;
        QString description;
        bool available = true; // false: declared by a manifest but not in the vault
    };
    struct Group {
        QString title; // "my-app — ready", "my-app — 1 missing", "Other secrets"
        QList<Entry> entries;
    };

    QList<Group> groups;
    int hiddenCount = 0; // secrets left out to keep the menu short; reach them via Search…

    // `recent` lists keys most recent first. At most `limit` secrets are
    // listed outside the manifest groups.
    static QuickCopyPlan build(const QList<SecretInfo>& secrets,
                               const QList<ReadinessReport>& manifests, const QStringList& recent,
                               int limit = 12);
};

} // namespace latchkey
