#include "Icons.h"

#include "IconThemeCache.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyle>

#include <array>
#include <memory>
#include <optional>

namespace latchkey {

namespace {

// A source whose only icon is the theme's: without one the action has none.
constexpr QStyle::StandardPixmap kNoIcon = QStyle::SP_CustomBase;

struct Source {
    const char* theme;   // freedesktop icon name
    const char* bundled; // resources/icons, or null
    QStyle::StandardPixmap style;
};

constexpr std::array<Source, Icons::Count> kSources{{
    {"list-add", "add.svg", QStyle::SP_FileDialogNewFolder},
    {"document-edit", "edit.svg", QStyle::SP_FileDialogDetailedView},
    {"edit-delete", "delete.svg", QStyle::SP_TrashIcon},
    {"edit-copy", "copy.svg", QStyle::SP_FileDialogContentsView},
    {"view-visible", "reveal.svg", QStyle::SP_FileDialogContentsView},
    {"document-open", "open.svg", QStyle::SP_DialogOpenButton},
    {"object-unlocked", "unlock.svg", QStyle::SP_DialogYesButton},
    {"edit-find", nullptr, QStyle::SP_FileDialogContentsView},
    {"help-about", nullptr, QStyle::SP_MessageBoxQuestion},
    {"application-exit", nullptr, QStyle::SP_DialogCloseButton},
    {"preferences-system", nullptr, QStyle::SP_FileDialogDetailedView},
    {"dialog-warning", nullptr, QStyle::SP_MessageBoxWarning},
    {"dialog-error", nullptr, QStyle::SP_MessageBoxCritical},
    {"dialog-information", nullptr, QStyle::SP_MessageBoxInformation},
    {"emblem-ok", "status-ok.svg", QStyle::SP_DialogApplyButton},
    {"edit-undo", nullptr, kNoIcon},
    {"user-trash", nullptr, kNoIcon},
    {"view-refresh", "sync.svg", QStyle::SP_BrowserReload},
    {"edit-clear", "clear.svg", QStyle::SP_LineEditClearButton},
}};

QIcon bundledOr(const char* file, QStyle::StandardPixmap fallback)
{
    if (file) {
        const QString path = QLatin1String(":/icons/") + QLatin1String(file);
        if (QFile::exists(path))
            return QIcon(path);
    }
    if (fallback == kNoIcon)
        return QIcon();
    return QApplication::style()->standardIcon(fallback);
}

// The icon `id` stands for, looked up once: the theme's, the bundled one or
// the style's.
const QIcon& resolved(Icons::Id id)
{
    static QHash<int, QIcon> cache;
    auto known = cache.find(id);
    if (known == cache.end()) {
        const Source& source = kSources.at(size_t(id));
        const QString name = QLatin1String(source.theme);
        // Asking Qt's icon loader first costs the parse of the theme's
        // index (ui/IconThemeCache.h); the caches answer for certain when
        // the theme has no such icon.
        const bool themed = !IconThemeCache::certainlyAbsent(name) && QIcon::hasThemeIcon(name);
        known = cache.insert(id, themed ? QIcon::fromTheme(name)
                                        : bundledOr(source.bundled, source.style));
    }
    return *known;
}

// Stands for an icon until something draws or measures it. Looking an icon
// up searches the icon theme's folders and may load the SVG and image-format
// plugins; at start-up most of the app's icons sit in menus nobody has opened
// (README.md, "How fast the window is").
class DeferredIconEngine : public QIconEngine {
public:
    explicit DeferredIconEngine(std::function<const QIcon&()> resolve)
        : m_resolve(std::move(resolve))
    {
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_resolve().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_resolve().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_resolve().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return m_resolve().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_resolve().availableSizes(mode, state);
    }
    QString iconName() override { return m_resolve().name(); }
    bool isNull() override { return m_resolve().isNull(); }
    QString key() const override { return QStringLiteral("latchkey-deferred"); }
    QIconEngine* clone() const override { return new DeferredIconEngine(m_resolve); }

private:
    std::function<const QIcon&()> m_resolve;
};

} // namespace

QIcon Icons::get(Id id)
{
    return QIcon(new DeferredIconEngine([id]() -> const QIcon& { return resolved(id); }));
}

QIcon Icons::deferred(std::function<QIcon()> lookup)
{
    // Shared by the icon's copies (clone() copies the function), so the
    // lookup runs once.
    auto icon = std::make_shared<std::optional<QIcon>>();
    return QIcon(new DeferredIconEngine([icon, lookup]() -> const QIcon& {
        if (!*icon)
            *icon = lookup();
        return **icon;
    }));
}

QIcon Icons::state(SecretState state)
{
    static QHash<int, QIcon> cache;
    const auto known = cache.constFind(int(state));
    if (known != cache.cend())
        return *known;
    QIcon icon;
    switch (state) {
    case SecretState::Set:
        icon = bundledOr("status-ok.svg", QStyle::SP_DialogApplyButton);
        break;
    case SecretState::Missing:
        icon = bundledOr("status-missing.svg", QStyle::SP_MessageBoxCritical);
        break;
    case SecretState::NotSet:
        icon = bundledOr("status-optional.svg", QStyle::SP_MessageBoxInformation);
        break;
    case SecretState::Locked:
        icon = bundledOr("status-locked.svg", QStyle::SP_MessageBoxWarning);
        break;
    case SecretState::Unreadable:
        icon = bundledOr("status-unreadable.svg", QStyle::SP_MessageBoxWarning);
        break;
    case SecretState::Checking:
        break;
    }
    cache.insert(int(state), icon);
    return icon;
}

} // namespace latchkey
