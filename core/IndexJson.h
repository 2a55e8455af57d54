#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

// The vault index's JSON, read in one pass straight into its fields: a
// 10,000-entry index is read on every change, and QJsonDocument builds and
// then walks a whole document tree for it. Anything this reader does not
// expect (a syntax error, another shape) makes it give up with std::nullopt;
// VaultIndex then reads the file with QJsonDocument, which names the problem.
struct IndexJson {
    struct Entry {
        QString key, description, created, updated, hint;
        QString updatedBy, rotate; // team vaults only
    };
    int schema = -1;
    QList<Entry> secrets;

    static std::optional<IndexJson> parse(const QByteArray& bytes);
};

} // namespace latchkey
