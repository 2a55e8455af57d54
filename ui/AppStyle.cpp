#include "AppStyle.h"

#include "Icons.h"

#include <QApplication>
#include <QPointer>

namespace latchkey {

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                             const QWidget* widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    // Looked up later without the option and widget, which may be gone by
    // then; Qt's styles draw the overflow icon without them anyway.
    QPointer<QStyle> base = baseStyle();
    return Icons::deferred([base, icon] { return base ? base->standardIcon(icon) : QIcon(); });
}

void AppStyle::install()
{
    // The proxy takes the current style as its base (and ownership of it),
    // so QApplication does not delete it when it takes the proxy.
    QApplication::setStyle(new AppStyle(QApplication::style()));
}

} // namespace latchkey
