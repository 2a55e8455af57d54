// ui/IconThemeCache: it may say "certainly absent" only where Qt's icon loader
// finds nothing, and it must say so for a theme whose caches do not list the
// name (else it saves nothing). Themes are built here in scratch folders and
// cached with the real gtk-update-icon-cache; Qt is asked the same questions.
#include "IconThemeCache.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/time.h>

using namespace latchkey;

namespace {

// A theme `name` under `root`: `files` are paths like "48x48/apps/foo.png";
// each folder gets its section in index.theme.
bool makeTheme(const QString& root, const QString& name, const QStringList& files,
               const QString& inherits = {})
{
    const QString dir = root + QLatin1Char('/') + name;
    QStringList folders;
    for (const QString& file : files) {
        const QString folder = file.section(QLatin1Char('/'), 0, 1);
        if (!folders.contains(folder))
            folders << folder;
        if (!QDir().mkpath(dir + QLatin1Char('/') + folder))
            return false;
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(Qt::red);
        if (!image.save(dir + QLatin1Char('/') + file, "PNG"))
            return false;
    }
    QByteArray index = "[Icon Theme]\nName=" + name.toUtf8() + "\n";
    if (!inherits.isEmpty())
        index += "Inherits=" + inherits.toUtf8() + "\n";
    index += "Directories=" + folders.join(QLatin1Char(',')).toUtf8() + "\n\n";
    for (const QString& folder : std::as_const(folders))
        index += "[" + folder.toUtf8() +
                 "]\nSize=48\nContext=" + folder.section(QLatin1Char('/'), 1).toUtf8() +
                 "\nType=Fixed\n\n";
    QFile file(dir + QStringLiteral("/index.theme"));
    return file.open(QIODevice::WriteOnly) && file.write(index) == index.size();
}

bool cacheTheme(const QString& dir)
{
    QProcess tool;
    tool.start(QStringLiteral("gtk-update-icon-cache"),
               {QStringLiteral("--force"), QStringLiteral("--quiet"), dir});
    return tool.waitForFinished(30000) && tool.exitStatus() == QProcess::NormalExit &&
           tool.exitCode() == 0 && QFile::exists(dir + QStringLiteral("/icon-theme.cache"));
}

// Moves a file's or folder's modification time by `seconds`.
bool shiftTime(const QString& path, int seconds)
{
    struct timeval now[2];
    gettimeofday(&now[0], nullptr);
    now[0].tv_sec += seconds;
    now[1] = now[0];
    return utimes(QFile::encodeName(path).constData(), now) == 0;
}

void useThemes(const QString& root, const QString& theme)
{
    QIcon::setThemeSearchPaths({root});
    QIcon::setFallbackSearchPaths({});
    QIcon::setFallbackThemeName(theme);
    QIcon::setThemeName(theme);
}

} // namespace

class TestIconThemeCache : public QObject {
    Q_OBJECT
private slots:
    void lookupReadsTheCache()
    {
        QTemporaryDir root;
        QVERIFY(makeTheme(
            root.path(), QStringLiteral("t1"),
            {QStringLiteral("48x48/apps/app-own.png"), QStringLiteral("48x48/actions/edit.png")}));
        const QString dir = root.filePath(QStringLiteral("t1"));
        QCOMPARE(IconThemeCache::lookup(dir, "app-own"), IconThemeCache::Lookup::Unusable);
        QVERIFY(cacheTheme(dir));
        QCOMPARE(IconThemeCache::lookup(dir, "app-own"), IconThemeCache::Lookup::Listed);
        QCOMPARE(IconThemeCache::lookup(dir, "edit"), IconThemeCache::Lookup::Listed);
        QCOMPARE(IconThemeCache::lookup(dir, "edit-copy"), IconThemeCache::Lookup::NotListed);
        QCOMPARE(IconThemeCache::lookup(dir, "app-own-"), IconThemeCache::Lookup::NotListed);
        // A folder newer than the cache: Qt would not trust it, nor does this.
        QVERIFY(shiftTime(dir + QStringLiteral("/48x48/apps"), 60));
        QCOMPARE(IconThemeCache::lookup(dir, "app-own"), IconThemeCache::Lookup::Unusable);
        // A damaged cache is unusable, never read out of bounds.
        QFile cache(dir + QStringLiteral("/icon-theme.cache"));
        QVERIFY(cache.open(QIODevice::ReadWrite));
        const QByteArray whole = cache.readAll();
        QVERIFY(cache.resize(12));
        cache.close();
        QVERIFY(shiftTime(cache.fileName(), 120));
        QCOMPARE(IconThemeCache::lookup(dir, "app-own"), IconThemeCache::Lookup::Unusable);
        QVERIFY(cache.open(QIODevice::WriteOnly));
        QByteArray garbage = whole;
        for (qsizetype i = 12; i < garbage.size(); i += 3)
            garbage[i] = char(0xff);
        cache.write(garbage);
        cache.close();
        QVERIFY(shiftTime(cache.fileName(), 120));
        // Offsets that point anywhere: whatever it answers, it returns
        // (a read out of bounds would crash here or under the sanitizers).
        IconThemeCache::lookup(dir, "app-own");
    }

    // A hand-made cache whose only chain points back at itself: the lookup
    // ends, and says what the chain holds.
    void aCircularChainEnds()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("loop"));
        QVERIFY(QDir().mkpath(dir));
        auto u16 = [](QByteArray& out, quint16 v) {
            out.append(char(v >> 8)).append(char(v & 0xff));
        };
        auto u32 = [&u16](QByteArray& out, quint32 v) {
            u16(out, quint16(v >> 16));
            u16(out, quint16(v & 0xffff));
        };
        QByteArray cache;
        u16(cache, 1);
        u16(cache, 0);
        u32(cache, 12); // hash table
        u32(cache, 32); // directory list
        u32(cache, 1);  // one bucket
        u32(cache, 20); // its chain starts at 20
        u32(cache, 20); // 20: next is itself
        u32(cache, 36); // its name
        u32(cache, 32); // its image list
        u32(cache, 0);  // 32: an empty list, also the directory list
        cache += "abc"; // 36
        cache.append('\0');
        QFile file(dir + QStringLiteral("/icon-theme.cache"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(cache) == cache.size());
        file.close();
        QVERIFY(shiftTime(file.fileName(), 60));
        QCOMPARE(IconThemeCache::lookup(dir, "zzz"), IconThemeCache::Lookup::NotListed);
        QCOMPARE(IconThemeCache::lookup(dir, "abc"), IconThemeCache::Lookup::Listed);
    }

    // The safety rule, over names present, absent, and present only as a
    // shorter dash form, in a theme and in the theme it inherits.
    void certainOnlyWhereQtFindsNothing()
    {
        QTemporaryDir root;
        QVERIFY(makeTheme(root.path(), QStringLiteral("base"),
                          {QStringLiteral("48x48/apps/base-only.png"),
                           QStringLiteral("48x48/actions/edit.png")}));
        QVERIFY(makeTheme(root.path(), QStringLiteral("top"),
                          {QStringLiteral("48x48/actions/list-add.png")}, QStringLiteral("base")));
        QVERIFY(cacheTheme(root.filePath(QStringLiteral("base"))));
        QVERIFY(cacheTheme(root.filePath(QStringLiteral("top"))));
        useThemes(root.path(), QStringLiteral("top"));

        const QStringList present{QStringLiteral("list-add"), QStringLiteral("base-only")};
        for (const QString& name : present) {
            QVERIFY2(QIcon::hasThemeIcon(name), qPrintable(name));
            QVERIFY2(!IconThemeCache::certainlyAbsent(name), qPrintable(name));
        }
        // Qt falls back from edit-copy to edit: not certain.
        QVERIFY(!IconThemeCache::certainlyAbsent(QStringLiteral("edit-copy")));
        const QStringList absent{QStringLiteral("document-open"), QStringLiteral("view-refresh"),
                                 QStringLiteral("zzz")};
        for (const QString& name : absent) {
            QVERIFY2(!QIcon::hasThemeIcon(name), qPrintable(name));
            QVERIFY2(IconThemeCache::certainlyAbsent(name), qPrintable(name));
        }
    }

    void withoutACacheNothingIsCertain()
    {
        QTemporaryDir root;
        QVERIFY(makeTheme(root.path(), QStringLiteral("plain"),
                          {QStringLiteral("48x48/actions/list-add.png")}));
        useThemes(root.path(), QStringLiteral("plain"));
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("zzz")));
        QVERIFY(!IconThemeCache::certainlyAbsent(QStringLiteral("zzz")));
    }

    void anIconAddedAfterTheCacheIsNotMissed()
    {
        QTemporaryDir root;
        QVERIFY(makeTheme(root.path(), QStringLiteral("late"),
                          {QStringLiteral("48x48/actions/list-add.png")}));
        const QString dir = root.filePath(QStringLiteral("late"));
        QVERIFY(cacheTheme(dir));
        QVERIFY(shiftTime(dir + QStringLiteral("/icon-theme.cache"), -120));
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(dir + QStringLiteral("/48x48/actions/added-late.png"), "PNG"));
        useThemes(root.path(), QStringLiteral("late"));
        QVERIFY(QIcon::hasThemeIcon(QStringLiteral("added-late")));
        QVERIFY(!IconThemeCache::certainlyAbsent(QStringLiteral("added-late")));
    }

    void anUnthemedFileIsNotMissed()
    {
        QTemporaryDir root;
        QVERIFY(makeTheme(root.path(), QStringLiteral("t2"),
                          {QStringLiteral("48x48/actions/list-add.png")}));
        QVERIFY(cacheTheme(root.filePath(QStringLiteral("t2"))));
        useThemes(root.path(), QStringLiteral("t2"));
        QVERIFY(IconThemeCache::certainlyAbsent(QStringLiteral("loose-icon")));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("pixmaps"))));
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::green);
        QVERIFY(image.save(root.filePath(QStringLiteral("pixmaps/loose-icon.png")), "PNG"));
        QIcon::setFallbackSearchPaths({root.filePath(QStringLiteral("pixmaps"))});
        QVERIFY(!IconThemeCache::certainlyAbsent(QStringLiteral("loose-icon")));
    }
};

QTEST_MAIN(TestIconThemeCache)
#include "tst_iconthemecache.moc"
