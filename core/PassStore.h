#pragma once

#include "Error.h"
#include "TeamMeta.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace latchkey {

// The files of a team store, in the pass format (what `pass` and `gopass`
// read and write), inside a git working tree:
//
//   <store>/KEY.gpg               the value of KEY, byte for byte, encrypted to
//                                 every recipient of the nearest .gpg-id
//   <store>/.gpg-id               one recipient per line (fingerprint, key id or
//                                 e-mail; '#' starts a comment); the nearest one
//                                 going up from <store> to the working tree's top
//   <.gpg-id folder>/.public-keys/<FINGERPRINT>.asc
//                                 the members' public keys, imported on use
//   <store>/.latchkey/KEY.json    the key's non-secret metadata (TeamMeta.h)
//
// Only names that are valid keys are secrets (`pass insert web/login` makes
// a folder, which Latchkey leaves alone). This class only reads and writes
// files; git and GnuPG are elsewhere (TeamRepository).
class PassStore {
public:
    PassStore() = default;
    // `top` is the git working tree's top folder (the .gpg-id search stops there).
    PassStore(const QString& folder, const QString& top);

    QString folder() const { return m_folder; }
    QString top() const { return m_top; }

    QString secretPath(const QString& key) const;
    QString metaFolder() const;
    QString metaPath(const QString& key) const;
    // The keys of the store: every valid KEY with a KEY.gpg, sorted.
    QStringList keys() const;
    // The key a path relative to the working tree's top names (KEY.gpg or
    // .latchkey/KEY.json in the store), or an empty string.
    QString keyOfPath(const QString& relative) const;
    // `path` relative to the top, for git.
    QString relative(const QString& path) const;

    // The nearest .gpg-id, or where a new one goes (the store folder).
    QString gpgIdPath() const;
    QString publicKeysFolder() const;
    Result<QStringList> recipientIds() const;
    // The ids of a .gpg-id's text: comments ('#') and blank lines dropped, as pass does.
    static QStringList parseGpgId(const QByteArray& text);

    // The bytes of KEY.gpg; std::nullopt when there is none.
    Result<std::optional<QByteArray>> readSecret(const QString& key) const;
    std::optional<TeamMeta> readMeta(const QString& key) const;

    // Replaces a file of the store atomically (SafeFile.h).
    static Error writeFile(const QString& path, const QByteArray& bytes, const QString& what);
    // How a value travels: its UTF-8 bytes. A file without Latchkey metadata
    // follows pass's convention that one trailing newline (what `pass
    // insert` adds) is not part of the value.
    static QByteArray valueBytesOf(QByteArray plaintext, bool writtenByLatchkey);

private:
    QString m_folder;
    QString m_top;
};

} // namespace latchkey
