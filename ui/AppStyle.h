#pragma once

#include <QProxyStyle>

namespace latchkey {

// The desktop's style, with the icons it would build while the window is
// being constructed looked up only when they are drawn (ui/Icons.h). The menu
// bar and the tool bar each ask for their overflow ("»") icon as they are
// created; Fusion loads it from a PNG file, and reading a file whose format is
// not given makes Qt load every image-format plugin to ask whether it claims
// the file (GIF, ICO, JPEG, SVG, with libjpeg): a cost of start-up for a
// button that shows only when the window is too narrow for its menus.
class AppStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    // Makes the application's current style (the platform's, or the one
    // given with -style or QT_STYLE_OVERRIDE) the base of an AppStyle.
    static void install();
};

} // namespace latchkey
