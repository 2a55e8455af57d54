#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QStyle>

#include <array>

namespace latchkey {

namespace {

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
}};

QIcon bundledOr(const char* file, QStyle::StandardPixmap fallback)
{
    if (file) {
        const QString path = QLatin1String(":/icons/") + QLatin1String(file);
        if (QFile::exists(path))
            return QIcon(path);
    }
    return QApplication::style()->standardIcon(fallback);
}

} // namespace

QIcon Icons::get(Id id)
{
    static QHash<int, QIcon> cache;
    const auto known = cache.constFind(id);
    if (known != cache.cend())
        return *known;
    const Source& source = kSources.at(size_t(id));
    const QString name = QLatin1String(source.theme);
    const QIcon icon = QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name)
                                                 : bundledOr(source.bundled, source.style);
    cache.insert(id, icon);
    return icon;
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
