#pragma once

#include "SecretState.h"

#include <QIcon>

#include <functional>

namespace latchkey {

// The app's icons by purpose: the freedesktop theme's icon when the desktop
// has one, else the one bundled in latchkey_resources (resources/icons), else
// the style's. Each is looked up the first time it is drawn or measured, not
// when it is given to an action or a button.
class Icons {
public:
    enum Id {
        Add,
        Edit,
        Delete,
        Copy,
        Reveal,
        Open,
        Unlock,
        Find,
        Help,
        Quit,
        Preferences,
        Warning,
        Error,
        Information,
        Ready,
        Undo,
        Trash,
        Refresh,
        Clear,
        Count
    };
    static QIcon get(Id id);
    // An icon that calls `lookup` the first time it is drawn or measured.
    static QIcon deferred(std::function<QIcon()> lookup);
    // The bundled status icon for a row state (never themed: they are the
    // app's own vocabulary); null for a state that has none.
    static QIcon state(SecretState state);
};

} // namespace latchkey
