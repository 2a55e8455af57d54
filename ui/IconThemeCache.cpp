#include "IconThemeCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QtEndian>

#include <memory>

namespace latchkey {

namespace {

constexpr quint32 kNone = 0xffffffffu;

// One icon-theme.cache, read whole. The format (big-endian): a header of
// major and minor version (16 bits each), the offset of the hash table and
// of the directory list; the hash table is a bucket count and one offset per
// bucket to a chain of icons (next, name, image list).
class CacheFile {
public:
    explicit CacheFile(const QString& directory)
    {
        const QFileInfo info(directory + QStringLiteral("/icon-theme.cache"));
        QFile file(info.filePath());
        if (!info.exists() || !file.open(QIODevice::ReadOnly))
            return;
        // Qt ignores a cache older than the theme's folder or any folder it
        // lists (QIconCacheGtkReader); so does this, or the answers differ.
        const QDateTime written = info.lastModified();
        if (written < QFileInfo(directory).lastModified())
            return;
        m_bytes = file.readAll();
        if (u16(0) != 1 || u16(2) != 0)
            return;
        const quint32 list = u32(8);
        const quint32 count = u32(list);
        if (count == kNone)
            return;
        for (quint32 i = 0; i < count; ++i) {
            const quint32 at = u32(list + 4 + 4 * i);
            if (at == kNone || at >= quint32(m_bytes.size()))
                return;
            const QString folder =
                directory + QLatin1Char('/') + QString::fromUtf8(m_bytes.constData() + at);
            if (written < QFileInfo(folder).lastModified())
                return;
        }
        m_usable = true;
    }

    bool usable() const { return m_usable; }

    bool lists(const QByteArray& name) const
    {
        const quint32 table = u32(4);
        const quint32 buckets = u32(table);
        if (buckets == 0 || buckets == kNone)
            return false;
        // A damaged file may chain in a circle: no chain is longer than the
        // file has entries of 12 bytes. Names are read up to their NUL, and a
        // QByteArray always ends in one, so never past the end.
        qsizetype steps = m_bytes.size() / 12 + 1;
        for (quint32 icon = u32(table + 4 + 4 * (hash(name) % buckets));
             icon != kNone && icon < quint32(m_bytes.size()) && steps-- > 0; icon = u32(icon)) {
            const quint32 at = u32(icon + 4);
            if (at < quint32(m_bytes.size()) && qstrcmp(m_bytes.constData() + at, name) == 0)
                return true;
        }
        return false;
    }

private:
    // GTK's icon_name_hash: over signed chars.
    static quint32 hash(const QByteArray& name)
    {
        quint32 h = 0;
        for (qsizetype i = 0; i < name.size(); ++i) {
            const auto c =
                static_cast<quint32>(static_cast<qint32>(static_cast<signed char>(name[i])));
            h = i == 0 ? c : (h << 5) - h + c;
        }
        return h;
    }
    quint16 u16(quint32 at) const
    {
        if (qsizetype(at) + 2 > m_bytes.size())
            return 0xffff;
        return qFromBigEndian<quint16>(m_bytes.constData() + at);
    }
    quint32 u32(quint32 at) const
    {
        if (qsizetype(at) + 4 > m_bytes.size())
            return kNone;
        return qFromBigEndian<quint32>(m_bytes.constData() + at);
    }

    QByteArray m_bytes;
    bool m_usable = false;
};

// The themes of one search, folders and caches read once per process.
class Themes {
public:
    static Themes& instance()
    {
        static Themes themes;
        return themes;
    }

    // Whether the theme `theme` (and what it inherits) certainly lacks every
    // name in `names`; `visited` guards against inheritance loops.
    bool lacks(const QString& theme, const QList<QByteArray>& names, QSet<QString>& visited)
    {
        if (theme.isEmpty() || visited.contains(theme))
            return true;
        visited.insert(theme);
        QStringList parents;
        for (const QString& root : QIcon::themeSearchPaths()) {
            const QString directory = root + QLatin1Char('/') + theme;
            if (!QFileInfo(directory).isDir())
                continue;
            const CacheFile& cache = cacheOf(directory);
            if (!cache.usable())
                return false;
            for (const QByteArray& name : names)
                if (cache.lists(name))
                    return false;
            if (parents.isEmpty())
                parents = parentsOf(directory);
        }
        if (!parents.contains(QLatin1String("hicolor")))
            parents << QStringLiteral("hicolor");
        for (const QString& parent : std::as_const(parents))
            if (!lacks(parent.trimmed(), names, visited))
                return false;
        return true;
    }

private:
    const CacheFile& cacheOf(const QString& directory)
    {
        auto known = m_caches.find(directory);
        if (known == m_caches.end())
            known = m_caches.insert(directory, std::make_shared<CacheFile>(directory));
        return **known;
    }

    const QStringList& parentsOf(const QString& directory)
    {
        auto known = m_parents.find(directory);
        if (known == m_parents.end())
            known = m_parents.insert(directory, inherits(directory));
        return *known;
    }

    // The Inherits= line of the theme's index.theme, read as text: the rest
    // of the file (every folder's size and context) is what costs Qt.
    static QStringList inherits(const QString& directory)
    {
        QFile index(directory + QStringLiteral("/index.theme"));
        if (!index.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        bool inSection = false;
        while (!index.atEnd()) {
            const QByteArray line = index.readLine().trimmed();
            if (line.startsWith('[')) {
                if (inSection)
                    break; // the folders' sections follow: thousands of lines in hicolor
                inSection = line == "[Icon Theme]";
            } else if (inSection && line.startsWith("Inherits")) {
                const qsizetype equals = line.indexOf('=');
                if (equals > 0 && line.left(equals).trimmed() == "Inherits")
                    return QString::fromUtf8(line.mid(equals + 1))
                        .split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
        }
        return {};
    }

    QHash<QString, std::shared_ptr<CacheFile>> m_caches;
    QHash<QString, QStringList> m_parents;
};

} // namespace

IconThemeCache::Lookup IconThemeCache::lookup(const QString& directory, const QByteArray& name)
{
    const CacheFile cache(directory);
    if (!cache.usable())
        return Lookup::Unusable;
    return cache.lists(name) ? Lookup::Listed : Lookup::NotListed;
}

bool IconThemeCache::certainlyAbsent(const QString& name)
{
    // Qt tries the name, then the name cut at its last dash, and so on.
    QList<QByteArray> names;
    for (QString tried = name; !tried.isEmpty();) {
        names << tried.toUtf8();
        const qsizetype dash = tried.lastIndexOf(QLatin1Char('-'));
        tried = dash < 0 ? QString() : tried.left(dash);
    }
    QSet<QString> visited;
    Themes& themes = Themes::instance();
    if (!themes.lacks(QIcon::themeName(), names, visited) ||
        !themes.lacks(QIcon::fallbackThemeName(), names, visited))
        return false;
    // Unthemed icons: a file of that name in a fallback folder.
    for (const QString& folder : QIcon::fallbackSearchPaths())
        for (const char* suffix : {".png", ".svg", ".svgz", ".xpm"})
            if (QFileInfo::exists(folder + QLatin1Char('/') + name + QLatin1String(suffix)))
                return false;
    return true;
}

} // namespace latchkey
