#include "AppIdentity.h"

#include <QCoreApplication>

namespace latchkey {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
    // With the organization named like the app, a default-constructed
    // QSettings is ~/.config/latchkey/latchkey.conf on Linux.
    QCoreApplication::setOrganizationName(QStringLiteral("latchkey"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("latchkey.dev"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCHKEY_VERSION));
}

} // namespace latchkey
