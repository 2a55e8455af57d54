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
    // The option and widget are only read now, while they exist; the base
    // style draws the same icon without them.
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
