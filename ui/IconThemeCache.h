#pragma once

#include <QString>
#include <QStringList>

namespace latchkey {

// Answers "can the icon theme have an icon of this name?" from the themes'
// icon-theme.cache files (written by gtk-update-icon-cache), without Qt's icon
// loader. The loader's first question parses the whole index.theme of each
// theme it visits: without a desktop icon theme that is hicolor's, about
// 3,800 lines and 7 to 12 ms of the window's start-up (README.md, "How fast
// the window is"), only to find none of the app's icons there.
//
// certainlyAbsent() is true only when QIcon::hasThemeIcon() would be false for
// certain: every theme Qt would search (QIcon::themeName(), what it inherits,
// QIcon::fallbackThemeName(), hicolor) has, in every folder of
// QIcon::themeSearchPaths() that holds it, a cache Qt itself would trust (as
// new as the folders it lists), none of them lists `name` or a shorter
// dash-separated form of it, and no folder of QIcon::fallbackSearchPaths()
// has the file. Anything it cannot tell for certain is "maybe": ask Qt.
class IconThemeCache {
public:
    static bool certainlyAbsent(const QString& name);

    // The lookup alone, for a theme folder `directory`: whether its cache is
    // usable (present, version 1.0, not older than the folders it lists), and
    // if so whether it lists `name`. For tests.
    enum class Lookup { Unusable, Listed, NotListed };
    static Lookup lookup(const QString& directory, const QByteArray& name);
};

} // namespace latchkey
