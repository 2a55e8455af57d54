#include "ManifestWatcher.h"

#include "ManifestParser.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace latchkey {

ManifestWatcher::ManifestWatcher(const QString& pathOrDirectory, QObject* parent)
    : QObject(parent)
    , m_path(QFileInfo(ManifestParser::resolvePath(pathOrDirectory)).absoluteFilePath())
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    // Editors write in bursts (truncate, write, rename); parse once after it.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ManifestWatcher::reload);
    auto changed = [this] {
        rewatch();
        m_debounce->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    rewatch();
    m_manifest = ManifestParser::parseFile(m_path);
}

void ManifestWatcher::reload()
{
    m_manifest = ManifestParser::parseFile(m_path);
    emit manifestChanged(m_manifest);
}

void ManifestWatcher::rewatch()
{
    // Renaming a new file over the old one drops the watch on the file; the
    // folder's watch notices and this re-adds it.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(dir) && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

} // namespace latchkey
