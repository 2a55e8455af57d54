#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace latchkey {

struct SecretInfo;

// The vault index's JSON, read in one pass straight into its fields: a
// 10,000-entry index is read on every change, and QJsonDocument builds and
// then walks a whole document tree for it. Anything this reader does not
// expect (a syntax error, another shape) makes it give up with std::nullopt;
// VaultIndex then reads the file with QJsonDocument, which names the problem.
struct IndexJson {
    struct Entry {
        QString key, description;
        QDateTime created, updated; // invalid when empty
        QString hint;
        QString expires, rotate; // schema 3, optional
        QDateTime deleted;       // schema 3, trash entries
        QString updatedBy;       // team vaults only, optional
        int rotateEvery = -1;    // schema 3, optional
    };
    int schema = -1;
    QList<Entry> secrets;
    QList<Entry> trash; // schema 3, optional

    static std::optional<IndexJson> parse(const QByteArray& bytes);
    // The compact JSON VaultIndex writes (its format is described there),
    // built by hand: about ten times faster than through QJsonDocument.
    static QByteArray serialize(int schema, const QString& vault, const QList<SecretInfo>& entries,
                                const QList<SecretInfo>& trash);
};

} // namespace latchkey
