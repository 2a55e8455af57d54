#pragma once

#include "Manifest.h"

#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace latchkey {

// Follows one inf.yml on disk: parses it now and again whenever it changes,
// including editors that save by writing a new file and renaming it over
// the old one. A broken edit yields a manifest with error diagnostics, so a
// view shows the problem instead of stale data.
class ManifestWatcher : public QObject {
    Q_OBJECT
public:
    // `pathOrDirectory` as ManifestParser::resolvePath takes it.
    explicit ManifestWatcher(const QString& pathOrDirectory, QObject* parent = nullptr);

    QString path() const { return m_path; }
    const Manifest& manifest() const { return m_manifest; }

public slots:
    void reload();

signals:
    void manifestChanged(const latchkey::Manifest& manifest);

private:
    void rewatch();

    QString m_path;
    Manifest m_manifest;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace latchkey
